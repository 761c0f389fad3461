"""A semester flyer copied from its PDF: the place and time every entry has "unless stated"
given as a block under its label ("Wenn nicht anders angegeben:" / "Universität Bielefeld,
Hauptgebäude, Hörsaal H10" / "Universitätsstraße 25, 33615 Bielefeld" / "Beginn jeweils 18:15
Uhr"); entries whose own line says their time is to come ("– Uhrzeit folgt") keep it to come;
a date alone over its entry's title and a streaming line ("Live auf wsws.org/de und über Zoom")
is one meeting, and the contact lines after two blank lines are none; a note's paragraph after a
titled date's entry is no entry of that day. Written from holdout45's IYSSE Bielefeld flyer; the
rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 14)

FLYERS = [
    ("de", "Wenn nicht anders angegeben:",
     ["Universität Bielefeld, Hauptgebäude, Hörsaal H10", "Universitätsstraße 25, 33615 Bielefeld"],
     "Beginn jeweils 18:15 Uhr",
     ["Di 15.12.   Krieg gegen Russland?", "Di 12.01.   Die Zivilklausel verteidigen!"],
     ("Samstag, 1. Mai 2027", "Internationale Online-Maikundgebung – Uhrzeit folgt",
      "Live auf wsws.org/de und über Zoom"),
     ["Kontakt", "E-Mail: iysse.bielefeld@example.org", "Instagram: @iysse_bielefeld"],
     "Hörsaal H10"),
    ("en", "Unless stated otherwise:",
     ["University of Leeds, Great Hall, Room G.12", "Woodhouse Lane, Leeds LS2 9JT"],
     "All meetings start at 6.15pm",
     ["Tue 15 Dec   War against Russia?", "Tue 12 Jan   Defend free speech!"],
     ("Saturday 1 May 2027", "International Online May Day Rally – time TBA",
      "Live on wsws.org and via Zoom"),
     ["Contact", "Email: iysse.leeds@example.org", "Instagram: @iysse_leeds"],
     "Room G.12"),
    ("fr", "Sauf mention contraire :",
     ["Université de Strasbourg, Palais universitaire, salle Pasteur", "9 place de l'Université, 67000 Strasbourg"],
     "Début à 18 h 15",
     ["mar. 15 déc.   Guerre contre la Russie ?", "mar. 12 janv.   Défendre la liberté d'expression !"],
     ("samedi 1er mai 2027", "Rassemblement international en ligne du 1er Mai – heure à confirmer",
      "En direct sur wsws.org et sur Zoom"),
     ["Contact", "Courriel : ijssi.strasbourg@example.org", "Instagram : @ijssi_strasbourg"],
     "salle Pasteur"),
    ("es", "Salvo que se indique otra cosa:",
     ["Universidad de Salta, Pabellón Central, aula 12", "Av. Bolivia 5150, A4408 Salta"],
     "Comienzo a las 18:15 h",
     ["mar. 15 dic.   ¿Guerra contra Rusia?", "mar. 12 ene.   ¡Defender la libertad de expresión!"],
     ("sábado 1 de mayo de 2027", "Acto internacional en línea del 1.º de Mayo – horario por confirmar",
      "En vivo por wsws.org y por Zoom"),
     ["Contacto", "Correo: iysse.salta@example.org", "Instagram: @iysse_salta"],
     "aula 12"),
]  # fmt: skip


def _flyer(label, block, rule, rows, card, contact) -> str:
    return "\n".join(
        ["TERMINE", "", label, *block, rule, "", *rows, "", "", *card, "", "", *contact, ""]
    )


@pytest.mark.parametrize(
    ("lang", "label", "block", "rule", "rows", "card", "contact", "room"), FLYERS
)
def test_the_blocks_place_and_time_are_each_rows(
    lang, label, block, rule, rows, card, contact, room
):
    ms = parse(_flyer(label, block, rule, rows, card, contact), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [
        ("2026-12-15", "18:15"), ("2027-01-12", "18:15"), ("2027-05-01", None)
    ]  # fmt: skip
    for m in ms[:2]:
        assert room in " ".join(filter(None, (m.venue, m.room, m.place)))


@pytest.mark.parametrize(
    ("lang", "label", "block", "rule", "rows", "card", "contact", "room"), FLYERS
)
def test_a_time_to_come_is_not_the_lists(lang, label, block, rule, rows, card, contact, room):
    ms = parse(_flyer(label, block, rule, rows, card, contact), as_of=AS_OF, lang=lang).meetings
    may = [m for m in ms if m.date == "2027-05-01"]
    assert len(may) == 1 and may[0].start_time is None and may[0].time_tba


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        # a label that names no rule, or a block without its time: nothing is the rows' place
        ("de", "Kontakt:"),
        ("en", "Contact:"),
        ("fr", "Contact :"),
        ("es", "Contacto:"),
    ],
)  # fmt: skip
def test_another_label_over_an_address_gives_no_place(lang, label):
    _, _, block, rule, rows, card, contact, room = next(f for f in FLYERS if f[0] == lang)
    ms = parse(_flyer(label, block, rule, rows, card, contact), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms][:2] == ["2026-12-15", "2027-01-12"]
    for m in ms[:2]:
        assert room not in " ".join(filter(None, (m.venue, m.room, m.place)))


@pytest.mark.parametrize(
    ("lang", "rule", "row", "note"),
    [
        ("de", "Beginn jeweils 18:15 Uhr",
         ["Di 02.02.   Semesterabschlussdiskussion: Wie weiter?", "Ausnahmsweise 19 Uhr in Hörsaal H4"],
         ["Hinweis: Die Universitätsverwaltung hat uns den Raum",
          "kurzfristig entzogen. Wir protestieren gegen diese", "politische Zensur."]),
        ("en", "All meetings start at 6.15pm",
         ["Tue 2 Feb   End of term discussion: where next?", "This time at 7pm in Room G.04"],
         ["Note: the university withdrew our room", "at short notice. We protest against this",
          "political censorship."]),
        ("fr", "Début à 18 h 15",
         ["mar. 2 févr.   Débat de fin de semestre : et maintenant ?", "Exceptionnellement à 19 h en salle G04"],
         ["Remarque : l'université nous a retiré la salle", "au dernier moment. Nous protestons contre",
          "cette censure politique."]),
        ("es", "Comienzo a las 18:15 h",
         ["mar. 2 feb.   Debate de fin de cuatrimestre: ¿y ahora qué?", "Excepcionalmente a las 19:00 en el aula G04"],
         ["Nota: la universidad nos retiró el aula", "a último momento. Protestamos contra",
          "esta censura política."]),
    ],
)  # fmt: skip
def test_a_notes_paragraph_after_a_titled_date_is_no_entry(lang, rule, row, note):
    page = "\n".join(["TERMINE", "", rule, "", *row, "", *note, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-02-02", "19:00")]


@pytest.mark.parametrize(
    ("lang", "row", "own"),
    [
        ("de", "Do 28.01.   Filmabend im AJZ, Heeper Str. 132, 19.30 Uhr", "AJZ"),
        ("de", "Do 21.01.   12.30 Uhr: Mittagsdiskussion an der HSBI", "HSBI"),
        ("en", "Thu 28 Jan   Film night at the Hyde Park Picture House, 73 Brudenell Rd, 7.30pm",
         "Hyde Park Picture House"),
        ("fr", "jeu. 28 janv.   Soirée cinéma au Cinéma Star, 27 rue du Jeu-des-Enfants, 19 h 30",
         "Cinéma Star"),
        ("es", "jue. 28 ene.   Noche de cine en el Cine Teatro Victoria, Av. Belgrano 1265, 19:30 h",
         "Cine Teatro Victoria"),
    ],
)  # fmt: skip
def test_an_entrys_own_place_beats_the_blocks(lang, row, own):
    _, label, block, rule, rows, _, _, room = next(f for f in FLYERS if f[0] == lang)
    page = "\n".join(["TERMINE", "", label, *block, rule, "", rows[0], row, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 2
    first, second = (" ".join(filter(None, (m.venue, m.room, m.place))) for m in ms)
    assert room in first
    assert own in second and room not in second


@pytest.mark.parametrize(
    ("lang", "page"),
    [
        # the place is to come, or a title has "time" in it: the list's time stays
        ("fr", "Toutes les animations ont lieu à 10 h 30 à la bibliothèque, sauf mention contraire.\n\n"
               "Samedi 16 janvier 2027 – L'heure du conte (lieu à confirmer)\n"),
        ("en", "All events start at 10.30am at the Central Library unless stated otherwise.\n\n"
               "Saturday 16 January 2027 – Story time with Ms Patel (room to be confirmed)\n"),
        ("es", "Todas las actividades empiezan a las 10:30 en la biblioteca, salvo que se indique otra cosa.\n\n"
               "sábado 16 de enero de 2027 – La hora del cuento (sala por confirmar)\n"),
        ("de", "Alle Lesungen beginnen um 10.30 Uhr in der Stadtbücherei, sofern nicht anders angegeben.\n\n"
               "Samstag, 16. Januar 2027 – Lesung: Die Zeit der Wölfe, Teil 2 folgt im Februar\n"),
    ],
)  # fmt: skip
def test_a_place_to_come_keeps_the_lists_time(lang, page):
    ms = parse(page, as_of=date(2027, 1, 5), lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-16", "10:30")]


@pytest.mark.parametrize(
    ("lang", "page"),
    [
        # an entry of its own that is streamed, its title after a colon: two meetings that day
        ("de", "Beginn jeweils 19 Uhr.\n\nDienstag, 12. Januar 2027\nLesekreis im Café Central\n"
               "Online-Vortrag via Zoom: Klimagerechtigkeit\n"),
    ],
)  # fmt: skip
def test_a_streamed_entry_with_its_title_is_an_entry(lang, page):
    ms = parse(page, as_of=date(2027, 1, 5), lang=lang).meetings
    assert [m.date for m in ms] == ["2027-01-12", "2027-01-12"]
