"""An e-mail newsletter's box: a rule of dashes, the box's heading, a time and place stated for
its series ("Todas las sesiones son de 17:00 a 18:30 en Etopia (Avda. Ciudad de Soria, 8),
aula 2."), the series' dates, a closing rule. The time and place are the series' dates', and
end with the box: the next section's entries keep their own places, their venue lines are no
meetings, and neither are the office hours at the end. The place is a name with no venue word,
known by the address in brackets after it, and the heading framed by rules of "=" after the
box ("AVANCE DE ENERO 2027") is no entry. (holdout33's time bank in Zaragoza, after its blind
score: its series had no place, and the January section gave nine extra meetings.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)

# (first section's heading, day, entry, its venue line; the box's heading, rule, dates; the next
#  section's heading, day, entry, venue line; the office's heading and hours; the rule's place)
PAGES = {
    "es": ("AGENDA DE DICIEMBRE", "MIÉRCOLES 2 DE DICIEMBRE", "18:00  Taller de costura",
           "Centro Cívico Delicias, sala 3", "CICLO: ACOMPAÑAMIENTO DIGITAL",
           "Todas las sesiones son de 17:00 a 18:30 en Etopia (Avda. Ciudad de Soria, 8), aula 2.",
           "Fechas: jueves 3, 10 y 17 de diciembre.", "AVANCE DE ENERO 2027", "JUEVES 14 DE ENERO",
           "19:00  Asamblea general anual", "Centro Cívico Delicias, salón de actos", "OFICINA",
           "Horario habitual: martes y jueves, de 17:00 a 19:30, en el Centro Cívico Delicias.",
           "Etopia"),
    "en": ("DECEMBER DIARY", "WEDNESDAY 2 DECEMBER", "6pm  Sewing and mending workshop",
           "Delicias Community Centre, room 3", "SERIES: DIGITAL HELP FOR OLDER PEOPLE",
           "All sessions start at 5pm at The Exchange (12 Corn Street), room 2.",
           "Dates: Thursday 3, 10 and 17 December.", "JANUARY 2027 PREVIEW",
           "THURSDAY 14 JANUARY", "7pm  Annual general meeting",
           "Delicias Community Centre, main hall", "OFFICE",
           "Usual hours: Tuesdays and Thursdays, 5pm to 7.30pm, at the Delicias Community Centre.",
           "The Exchange"),
    "de": ("TERMINE IM DEZEMBER", "MITTWOCH, 2. DEZEMBER", "18:00  Nähwerkstatt",
           "Bürgerhaus Süd, Raum 3", "REIHE: DIGITALHILFE FÜR ÄLTERE",
           "Alle Kurse beginnen um 17 Uhr im Tollhaus (Alter Schlachthof 35), Raum 2.",
           "Termine: Donnerstag, 3., 10. und 17. Dezember.", "VORSCHAU JANUAR 2027",
           "DONNERSTAG, 14. JANUAR", "19:00  Jahreshauptversammlung", "Bürgerhaus Süd, Saal",
           "BÜRO", "Sprechzeiten: dienstags und donnerstags, 17 bis 19.30 Uhr, im Bürgerhaus Süd.",
           "Tollhaus"),
    "fr": ("AGENDA DE DÉCEMBRE", "MERCREDI 2 DÉCEMBRE", "18 h  Atelier couture",
           "Maison de quartier, salle 3", "CYCLE : AIDE NUMÉRIQUE POUR LES AÎNÉS",
           "Toutes les séances commencent à 17 h à Kerlann (12 rue Pasteur), salle 2.",
           "Dates : jeudi 3, 10 et 17 décembre.", "AVANT-PREMIÈRE JANVIER 2027", "JEUDI 14 JANVIER",
           "19 h  Assemblée générale annuelle", "Maison de quartier, grande salle", "PERMANENCE",
           "Horaires : mardi et jeudi, de 17 h à 19 h 30, à la Maison de quartier.",
           "Kerlann"),
}  # fmt: skip


def _page(p: tuple[str, ...]) -> str:
    h1, d1, e1, v1, box, rule, dates, h2, d2, e2, v2, office, hours, _ = p
    bar, dash = "=" * 41, "-" * 41
    return "\n".join([
        bar, h1, bar, "", d1, f"  {e1}", f"         {v1}", "", dash, box, rule, dates, dash, "",
        bar, h2, bar, "", d2, f"  {e2}", f"         {v2}", "", office, hours, "",
    ])  # fmt: skip


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_box_times_and_places_its_own_dates_only(lang: str) -> None:
    p = PAGES[lang]
    got = parse(_page(p).encode(), as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-02", "18:00"), ("2026-12-03", "17:00"), ("2026-12-10", "17:00"),
        ("2026-12-17", "17:00"), ("2027-01-14", "19:00"),
    ]  # fmt: skip
    assert [m.venue for m in got[1:4]] == [p[13]] * 3
    assert got[0].venue == got[4].venue == p[3].split(",")[0]
    assert got[4].room == p[10].split(", ")[1]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Todas las sesiones son de 17:00 a 18:30 en Etopia (Avda. Ciudad de Soria, 8), aula 2.", "Etopia"),
        ("All sessions start at 5pm at The Exchange (12 Corn Street), room 2.", "The Exchange"),
        ("Alle Kurse beginnen um 17 Uhr im Tollhaus (Alter Schlachthof 35), Raum 2.", "Tollhaus"),
        ("Toutes les séances commencent à 17 h à Kerlann (12 rue Pasteur), salle 2.", "Kerlann"),
    ],
)  # fmt: skip
def test_a_name_is_a_place_by_the_address_in_brackets(text: str, place: str) -> None:
    page = f"Ciclo\n\n{text}\n\n- 3 December 2026\n- 10 December 2026\n"
    got = parse(page.encode(), as_of=AS_OF).meetings
    assert [m.venue for m in got] == [place, place]


@pytest.mark.parametrize(
    "text",
    [
        "Todas las sesiones son de 17:00 a 18:30 en Zaragoza (Aragón, 2026).",
        "All sessions start at 5pm in Leeds (West Yorkshire, 2026).",
    ],
)
def test_a_bracket_without_a_street_makes_no_place(text: str) -> None:
    """A name followed by brackets that hold no street address is not taken for a venue by
    them."""
    page = f"Ciclo\n\n{text}\n\n- 3 December 2026\n- 10 December 2026\n"
    got = parse(page.encode(), as_of=AS_OF).meetings
    assert [m.start_time for m in got] == ["17:00", "17:00"]
    assert all(m.venue in (None, "Zaragoza", "Leeds") for m in got)
