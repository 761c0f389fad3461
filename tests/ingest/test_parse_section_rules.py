"""A programme whose intro states the time of every session "unless stated otherwise", split
into series under headings, each series with a line saying where it always meets:

    Toutes les séances commencent à 19 h, sauf indication contraire.
    ## Cycle 2 — Les machines et nous
    Les mardis, à la Bibliothèque Marc-Favreau, 500, boulevard Rosemont.
    - Mardi 16 février — *Qu'est-ce qu'un algorithme ?*, avec Karim Benali

- the "unless stated otherwise" rule is the page's, over its headings, whether it is a line of
  its own or a sentence in the intro's paragraph; an entry under a later heading that states
  its own time keeps its own place; a news section's dates take no time from it;
- the series' place line gives each date under it that place, up to the next heading;
- "Date limite pour proposer un cours : le 15 février" is a deadline;
- a date struck through on a long line ("~~Mercredi 27 janvier~~ — Reportée (…) — *Titre*,
  avec …") is a postponed meeting, its title without the strike's marks;
- a title keeps its brackets and numbers ("La grève de l'amiante (1949) et …").
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (lang, intro paragraph's lines with the rule, one-line rule, heading 1, place line 1, entries
# 1, heading 2, place line 2, entries 2, venue 1, venue 2)
PAGES = {
    "en": (
        [
            "The People's University offers free courses, open to all, with no registration.",
            "Our teachers are volunteers: researchers, activists, enthusiasts.",
            "All sessions start at 7pm (doors 6.30pm), unless stated otherwise.",
        ],
        "All sessions start at 7pm unless stated otherwise.",
        "## Series 1 — Working-class Quebec",
        "Wednesdays, at the **Centre Saint-Pierre**, 1212 Panet Street, Montréal, room 200.",
        [
            "- **Wednesday 13 January** — *The asbestos strike (1949)*, with Anne Tremblay, historian",
            "- **Wednesday 20 January** — *The Common Front of 1972*, with Marc Gagnon",
        ],
        "## Series 2 — Machines and us",
        "Every Tuesday at the **Marc-Favreau Library**, 500 Rosemont Boulevard (multipurpose room).",
        [
            "- **Tuesday 16 February** — *What is an algorithm?*, with Karim Benali",
            "- **Tuesday 23 February** — *The invisible workers of AI*, with Julie Côté",
        ],
        "Centre Saint-Pierre",
        "Marc-Favreau Library",
    ),
    "de": (
        [
            "Die Volkshochschule von unten bietet kostenlose Kurse an, offen für alle.",
            "Unsere Referentinnen und Referenten arbeiten ehrenamtlich.",
            "Alle Abende beginnen um 19 Uhr (Einlass 18.30 Uhr), sofern nicht anders angegeben.",
        ],
        "Alle Abende beginnen um 19 Uhr, sofern nicht anders angegeben.",
        "## Reihe 1 — Arbeitergeschichte",
        "Mittwochs im **Bürgerhaus Nord**, Holländische Straße 5, Kassel, Saal 2.",
        [
            "- **Mittwoch, 13. Januar** — *Der Streik von 1949*, mit Anne Tremmel, Historikerin",
            "- **Mittwoch, 20. Januar** — *Die Gewerkschaften 1972*, mit Marc Gerber",
        ],
        "## Reihe 2 — Maschinen und wir",
        "Jeden Dienstag in der **Stadtbibliothek Kassel**, Obere Königsstraße 3.",
        [
            "- **Dienstag, 16. Februar** — *Was ist ein Algorithmus?*, mit Karim Benali",
            "- **Dienstag, 23. Februar** — *Unsichtbare Arbeit*, mit Julia Kurz",
        ],
        "Bürgerhaus Nord",
        "Stadtbibliothek Kassel",
    ),
    "fr": (
        [
            "L'Université populaire offre des cours gratuits, ouverts à toutes et à tous, sans",
            "inscription ni prérequis. Nos profs sont bénévoles : chercheuses, militants.",
            "**Toutes les séances commencent à 19 h** (accueil dès 18 h 30), sauf indication contraire.",
        ],
        "Toutes les séances commencent à 19 h, sauf indication contraire.",
        "## Cycle 1 — Le Québec ouvrier",
        "Les mercredis, au **Centre Saint-Pierre**, 1212, rue Panet, Montréal (métro Beaudry), salle 200.",
        [
            "- **Mercredi 13 janvier** — *La grève de l'amiante (1949)*, avec Geneviève Tremblay, historienne",
            "- **Mercredi 20 janvier** — *Le Front commun de 1972*, avec Marc-André Gagnon",
        ],
        "## Cycle 2 — Les machines et nous",
        "Les mardis, à la **Bibliothèque Marc-Favreau**, 500, boulevard Rosemont (métro Rosemont).",
        [
            "- **Mardi 16 février** — *Qu'est-ce qu'un algorithme ?*, avec Karim Benali",
            "- **Mardi 23 février** — *Les travailleurs invisibles de l'IA*, avec Julie Côté",
        ],
        "Centre Saint-Pierre",
        "Bibliothèque Marc-Favreau",
    ),
    "es": (
        [
            "La Universidad Popular ofrece cursos gratuitos, abiertos a todo el mundo, sin",
            "inscripción previa. Nuestro profesorado es voluntario: investigadoras, activistas.",
            "**Todas las sesiones empiezan a las 19 h** (acogida desde las 18.30 h), salvo indicación contraria.",
        ],
        "Todas las sesiones empiezan a las 19 h, salvo indicación contraria.",
        "## Ciclo 1 — Historia obrera",
        "Los miércoles, en el **Ateneo de Zaragoza**, calle Cinco de Marzo 12, sala 2.",
        [
            "- **Miércoles 13 de enero** — *La huelga de 1949*, con Ana Torres, historiadora",
            "- **Miércoles 20 de enero** — *El sindicalismo en 1972*, con Marcos Gil",
        ],
        "## Ciclo 2 — Las máquinas y nosotras",
        "Todos los martes en la **Biblioteca Cubit**, calle Mas de las Matas 20.",
        [
            "- **Martes 16 de febrero** — *¿Qué es un algoritmo?*, con Karim Benali",
            "- **Martes 23 de febrero** — *El trabajo invisible*, con Julia Cortés",
        ],
        "Ateneo de Zaragoza",
        "Biblioteca Cubit",
    ),
}


def _page(lang: str, *, paragraph: bool = True, place_lines: bool = True) -> str:
    intro, rule, h1, p1, e1, h2, p2, e2, _, _ = PAGES[lang]
    out = ["# Programme 2027", "", *(intro if paragraph else [rule]), ""]
    for head, place, entries in ((h1, p1, e1), (h2, p2, e2)):
        out += [head, ""]
        if place_lines:
            out += [place, ""]
        out += [*entries, ""]
    return "\n".join(out)


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("paragraph", [True, False], ids=["intro-sentence", "own-line"])
def test_the_unless_rule_times_every_series_and_each_takes_its_place_line(
    lang: str, paragraph: bool
) -> None:
    *_, v1, v2 = PAGES[lang]
    got = parse(_page(lang, paragraph=paragraph), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [
        ("2027-01-13", "19:00", v1),
        ("2027-01-20", "19:00", v1),
        ("2027-02-16", "19:00", v2),
        ("2027-02-23", "19:00", v2),
    ]
    # the place line is no meeting's detail or title, and a title keeps its bracketed year
    assert not any(v1 in (m.title or "") or v2 in (m.title or "") for m in got)
    assert "1949" in (got[0].title or "")


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_without_place_lines_the_later_series_still_takes_the_rule_s_time(lang: str) -> None:
    got = parse(_page(lang, place_lines=False), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in got] == ["19:00"] * 4
    assert all(m.venue is None for m in got)  # no heading is read as a venue


# fmt: off
@pytest.mark.parametrize("rule,dates,head,entry,venue", [
    ("All branch meetings begin at 6.30pm and are held in Committee Room 2, Civic Centre, unless stated otherwise.",
     ["Tuesday 14 January", "Tuesday 11 February"],
     "Retired Members Section", "Wed 5 Feb – 2pm – Riverside Central Library, Meeting Room 1",
     "Riverside Central Library"),
    ("Alle Sitzungen beginnen um 18.30 Uhr im Rathaus, Saal 2, sofern nicht anders angegeben.",
     ["Dienstag, 14. Januar", "Dienstag, 11. Februar"],
     "Seniorengruppe", "Mi 5. Feb. – 14 Uhr – Stadtbibliothek Kassel, Raum 1",
     "Stadtbibliothek Kassel"),
    ("Toutes les réunions commencent à 18 h 30 et se tiennent à la Bourse du Travail, sauf indication contraire.",
     ["Mardi 14 janvier", "Mardi 11 février"],
     "Section des retraités", "Mer 5 févr. – 14 h – Médiathèque José-Cabanis, salle 1",
     "Médiathèque José-Cabanis"),
    ("Todas las asambleas empiezan a las 18.30 y se realizan en el Ateneo, salvo indicación contraria.",
     ["Martes 14 de enero", "Martes 11 de febrero"],
     "Sección de jubilados", "Mié 5 feb. – 14 h – Biblioteca Cubit, sala 1",
     "Biblioteca Cubit"),
])
# fmt: on
def test_an_entry_with_its_own_time_under_a_later_heading_keeps_its_own_place(
    rule: str, dates: list[str], head: str, entry: str, venue: str
) -> None:
    page = "\n".join(["2025", "", rule, "", *dates, "", head, entry, ""])
    got = parse(page, as_of=date(2024, 12, 12)).meetings
    assert [m.start_time for m in got] == ["18:30", "18:30", "14:00"]
    assert got[-1].date == "2025-02-05" and got[-1].venue == venue


# fmt: off
@pytest.mark.parametrize("head,rule,entry,news,item", [
    (["From: Labor Council <news@example.org>", "Sent: Monday, November 23, 2026 9:14 AM",
      "To: Delegates", "Subject: Winter meetings"],
     "ALL MEETINGS BEGIN AT 7 PM UNLESS NOTED.", "Tue 12/1 | Delegates' meeting | Labor Temple",
     "IN THE NEWS", "- Western Mass nurses ratify first contract (Nov. 12)"),
    (["Von: DGB Kassel <info@example.org>", "Gesendet: Montag, 23. November 2026 09:14",
      "An: Delegierte", "Betreff: Termine im Winter"],
     "Alle Treffen beginnen um 19 Uhr, sofern nicht anders angegeben.",
     "Di 1.12. | Delegiertenversammlung | Gewerkschaftshaus", "Aktuelles",
     "- Pflegekräfte in Kassel schließen Tarifvertrag ab (12. November)"),
    (["De : UL CGT <ul@example.org>", "Envoyé : lundi 23 novembre 2026 09:14", "À : Délégués",
      "Objet : Réunions de l'hiver"],
     "Toutes les réunions commencent à 19 h, sauf indication contraire.",
     "Mar 1/12 | Assemblée des délégués | Bourse du Travail", "Actualités",
     "- Les infirmières de Nantes signent leur accord (12 novembre)"),
    (["De: CCOO Aragón <info@example.org>", "Enviado: lunes, 23 de noviembre de 2026 9:14",
      "Para: Delegados", "Asunto: Reuniones de invierno"],
     "Todas las reuniones empiezan a las 19 h, salvo indicación contraria.",
     "Mar 1/12 | Asamblea de delegados | Ateneo", "Noticias",
     "- Las enfermeras de Zaragoza firman su convenio (12 de noviembre)"),
])
# fmt: on
def test_a_news_section_takes_no_time_from_the_page_s_rule(
    head: list[str], rule: str, entry: str, news: str, item: str
) -> None:
    page = "\n".join([*head, "", rule, "", entry, "", news, item, "", "In solidarity,"])
    # dated by its "Sent:" line, the news item is past: no meeting, once it takes no time
    got = parse(page).meetings
    assert [(m.date, m.start_time) for m in got] == [("2026-12-01", "19:00")]


# fmt: off
@pytest.mark.parametrize("line", [
    "- Date limite pour proposer un cours pour la session d'été : le 15 février.",
    "- Deadline for course proposals for the summer term: on 15 February.",
    "- Anmeldeschluss für Kursvorschläge zum Sommersemester: am 15. Februar.",
    "- Fecha límite para proponer un curso para el verano: el 15 de febrero.",
])
# fmt: on
def test_a_deadline_with_an_article_after_its_colon_is_no_meeting(line: str) -> None:
    page = "\n".join(["Agenda", "", "Mercredi 13 janvier 2027, 19 h — Centre Saint-Pierre", "",
                      "Infos pratiques", line, ""])  # fmt: skip
    got = parse(page, as_of=AS_OF).meetings
    assert [m.date for m in got] == ["2027-01-13"]
    assert got[0].start_time == "19:00"


# fmt: off
@pytest.mark.parametrize("line,title", [
    ("- ~~Mercredi 27 janvier~~ — **Reportée** (nouvelle date à confirmer) — *Les ouvrières du "
     "textile de Montréal*, avec Sophie Nadeau, doctorante", "Les ouvrières du textile"),
    ("- ~~Wednesday 27 January~~ — **Postponed** (new date to be confirmed) — *The textile "
     "workers of Montreal and their strikes*, with Sophie Nadeau, doctoral student", "The textile workers"),
    ("- ~~Mittwoch, 27. Januar~~ — **Verschoben** (neuer Termin folgt) — *Die Textilarbeiterinnen "
     "von Chemnitz und ihre Streiks*, mit Sophie Naumann, Doktorandin", "Die Textilarbeiterinnen"),
    ("- ~~Miércoles 27 de enero~~ — **Aplazada** (nueva fecha por confirmar) — *Las obreras "
     "textiles de Sabadell y sus huelgas*, con Sofía Navarro, doctoranda", "Las obreras textiles"),
])
# fmt: on
def test_a_struck_date_on_a_long_line_is_a_postponed_meeting(line: str, title: str) -> None:
    page = "\n".join(["# Programme", "", "Séances à 19 h.", "", line, ""])
    (m,) = parse(page, as_of=AS_OF).meetings
    assert (m.date, m.status) == ("2027-01-27", "postponed")
    assert title in (m.title or "") and "~" not in (m.title or "")


# fmt: off
@pytest.mark.parametrize("line", [
    "Tuesdays in March, at the Library we read Marx.",  # a month, not a place
    "Les mercredis en janvier, nous lisons Marx.",
    "every week we meet at somebody's flat.",  # no name
])
# fmt: on
def test_a_weekly_line_naming_no_place_gives_the_series_none(line: str) -> None:
    page = "\n".join(["## Series", "", line, "", "- **Tuesday 2 March** — reading group", ""])
    (m,) = parse(page, as_of=AS_OF).meetings
    assert m.date == "2027-03-02"
    said = f"{m.venue} {m.address} {m.room} {m.place}"
    assert not any(w in said for w in ("Library", "Marx", "janvier", "flat"))
