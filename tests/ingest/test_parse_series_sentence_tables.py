"""A lecture series published as a table of dates (date | speaker | topic) whose time and hall
are stated once, in the sentence above the table ("Die Ringvorlesung findet dienstags von 18:15
bis 19:45 Uhr im Audimax statt", "The lecture series takes place on Tuesdays at 6pm in the Great
Hall", "Le cycle a lieu chaque mardi à 18 h en salle B", "El ciclo se celebra los martes a las
18:00 en el Aula Magna"): every row takes that time and place, and a row whose remark changes
the room ("– Raumänderung: Hörsaal 5, Beginn 16:15 Uhr", "(change of venue: Room 4)") takes its
own. From holdout14's university lecture series; the rows are variants written from the
pattern, not copied from the corpus page."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)

HEADS = {
    "de": ("Datum", "Referent*in", "Thema"),
    "en": ("Date", "Speaker", "Topic"),
    "fr": ("Date", "Intervenant·e", "Sujet"),
    "es": ("Fecha", "Ponente", "Tema"),
}
DATES = {
    "de": ("08.12.2026", "15.12.2026", "12.01.2027"),
    "en": ("8 December 2026", "15 December 2026", "12 January 2027"),
    "fr": ("8 décembre 2026", "15 décembre 2026", "12 janvier 2027"),
    "es": ("8 de diciembre de 2026", "15 de diciembre de 2026", "12 de enero de 2027"),
}
ISO = ("2026-12-08", "2026-12-15", "2027-01-12")
SPEAKERS = ("Dr. Ana Ruiz", "Prof. Tom Berger", "Dr. Lina Haddad")
TOPICS = ("Cities and water", "Memory and archives", "Labour and migration")


def _page(lang: str, sentence: str, remark: str = "") -> str:
    """A series page: the sentence in a paragraph, then the table; ``remark`` ends the second
    row's topic cell."""
    head = "".join(f"<th>{h}</th>" for h in HEADS[lang])
    rows = "".join(
        f"<tr><td>{d}</td><td>{s}</td><td>{t}{remark if n == 1 else ''}</td></tr>"
        for n, (d, s, t) in enumerate(zip(DATES[lang], SPEAKERS, TOPICS, strict=True))
    )
    return (
        f'<html lang="{lang}"><body><h1>Series</h1><p>{sentence}</p>'
        f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></body></html>"
    )


def _read(html: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(m.date, m.start_time, m.venue or m.room) for m in parse(html, as_of=AS_OF).meetings]


# fmt: off
@pytest.mark.parametrize("lang,sentence,time,place", [
    ("de", "Die Ringvorlesung findet dienstags von 18:15 bis 19:45 Uhr im Audimax (Hauptgebäude) "
     "statt. Eine Anmeldung ist nicht erforderlich.", "18:15", "Audimax"),
    ("de", "Die Vortragsreihe findet immer mittwochs um 19 Uhr im Rathaussaal statt.",
     "19:00", "Rathaussaal"),
    ("de", "Das Kolloquium beginnt jeweils um 17 Uhr im Hörsaal 2.", "17:00", "Hörsaal 2"),
    ("de", "Die Vorträge finden jeweils dienstags um 18:15 Uhr im Audimax statt.",
     "18:15", "Audimax"),
    ("en", "The lecture series takes place on Tuesdays at 6pm in the Great Hall.",
     "18:00", "Great Hall"),
    ("en", "The seminar is usually held on Thursdays at 4.30pm in the Old Library.",
     "16:30", "Old Library"),
    ("en", "All talks at 6 pm in Room 101 unless noted.", "18:00", "Room 101"),
    ("fr", "Le cycle a lieu chaque mardi à 18 h en salle B.", "18:00", "salle B"),
    ("fr", "Le séminaire se tient le jeudi à 14 h 30 à la Maison des Sciences.",
     "14:30", "Maison des Sciences"),
    ("fr", "Toutes les séances ont lieu à 18 h en salle B.", "18:00", "salle B"),
    ("es", "El ciclo se celebra los martes a las 18:00 en el Aula Magna.", "18:00", "Aula Magna"),
    ("es", "El seminario tiene lugar los jueves a las 19 h en el Salón de Actos.",
     "19:00", "Salón de Actos"),
])
# fmt: on
def test_a_series_sentence_over_a_table_gives_every_row_its_time_and_place(
    lang: str, sentence: str, time: str, place: str
) -> None:
    assert _read(_page(lang, sentence)) == [(d, time, place) for d in ISO]


# fmt: off
@pytest.mark.parametrize("lang,sentence,remark,own", [
    ("de", "Die Ringvorlesung findet dienstags um 18:15 Uhr im Audimax statt.",
     " – Raumänderung: Hörsaal 5, Beginn 16:15 Uhr", ("16:15", "Hörsaal 5")),
    ("de", "Die Ringvorlesung findet dienstags um 18:15 Uhr im Audimax statt.",
     " (Achtung, abweichender Ort: Seminarraum 1)", ("18:15", "Seminarraum 1")),
    ("en", "The lecture series takes place on Tuesdays at 6pm in the Great Hall.",
     " (change of venue: Room 4)", ("18:00", "Room 4")),
    ("en", "The lecture series takes place on Tuesdays at 6pm in the Great Hall.",
     " – note new venue: Room 4, starts 5pm", ("17:00", "Room 4")),
    ("fr", "Le cycle a lieu chaque mardi à 18 h en salle B.",
     " – changement de salle : salle D", ("18:00", "salle D")),
    ("es", "El ciclo se celebra los martes a las 18:00 en el Aula Magna.",
     " – cambio de sala: Aula 3, a las 17:00", ("17:00", "Aula 3")),
])
# fmt: on
def test_a_row_that_changes_the_room_takes_its_own_and_the_others_keep_the_lists(
    lang: str, sentence: str, remark: str, own: tuple[str, str]
) -> None:
    got = _read(_page(lang, sentence, remark))
    assert got[1] == (ISO[1], *own)
    assert [got[0][1:], got[2][1:]] == [(got[0][1], got[0][2])] * 2
    assert got[0][2] != own[1]


# fmt: off
@pytest.mark.parametrize("lang,sentence,remark,want", [
    # a remark that changes only the time keeps the list's place
    ("de", "Die Ringvorlesung findet dienstags um 18:15 Uhr im Audimax statt.",
     " – Beginn bereits um 16:15 Uhr", ("16:15", "Audimax")),
    # a topic that holds a room's word is no change of room
    ("de", "Die Ringvorlesung findet dienstags um 18:15 Uhr im Audimax statt.",
     ": Raum und Zeit", ("18:15", "Audimax")),
    ("en", "The lecture series takes place on Tuesdays at 6pm in the Great Hall.",
     " – change of time: 5pm", ("17:00", "Great Hall")),
])
# fmt: on
def test_a_remark_that_moves_no_room_keeps_the_lists_place(
    lang: str, sentence: str, remark: str, want: tuple[str, str]
) -> None:
    assert _read(_page(lang, sentence, remark))[1] == (ISO[1], *want)


# fmt: off
@pytest.mark.parametrize("lang,sentence", [
    # no time in the sentence: the rows have none to take
    ("de", "Die Ringvorlesung findet im Audimax statt."),
    ("en", "The lecture series takes place in the Great Hall."),
    # a sentence about the registration, not the series
    ("en", "Registration closes at 6pm on the day before each talk."),
])
# fmt: on
def test_a_sentence_that_states_no_series_time_leaves_the_rows_untimed(
    lang: str, sentence: str
) -> None:
    assert [t for _, t, _ in _read(_page(lang, sentence))] == [None, None, None]


def test_a_labelled_time_field_that_mentions_term_time_is_still_the_lists_time() -> None:
    """"Vorlesungszeit" holds a series word, but the line is a labelled field block."""
    text = (
        "Physikalisches Kolloquium\n\n"
        "Zeit: dienstags, 17:15 Uhr (während der Vorlesungszeit)\n"
        "Ort: Großer Hörsaal, Gebäude 46\n\n"
        "08.12.2026   Prof. Dr. Ana Ruiz (Universität Bonn)\n"
        "             Wasser in der Stadt\n\n"
        "15.12.2026   Dr. Tom Berger (TU Wien)\n"
        "             Gedächtnis und Archiv\n"
    )
    got = [(m.date, m.start_time, m.venue) for m in parse(text, as_of=AS_OF).meetings]
    assert got == [("2026-12-08", "17:15", "Großer Hörsaal"), ("2026-12-15", "17:15", "Großer Hörsaal")]


def test_a_whole_series_page_reads_its_table_under_the_sentence() -> None:
    html = """<html lang="de"><body>
<h1>Ringvorlesung im Wintersemester 2026/27: „Stadt und Klima“</h1>
<p>Die Ringvorlesung findet <strong>mittwochs von 18:30 bis 20:00 Uhr im Hörsaalzentrum</strong>
(Am Campus 3) statt. Gäste sind willkommen; Leistungsnachweise bis 31.03.2027.</p>
<table>
<tr><th>Datum</th><th>Vortragende</th><th>Thema</th></tr>
<tr><td>18.11.2026</td><td>Prof. Dr. Eva Stein</td><td>Einführung</td></tr>
<tr><td>09.12.2026</td><td>Dr. Omar Aziz</td><td>Hitze in der Stadt</td></tr>
<tr><td>16.12.2026</td><td>—</td><td>keine Veranstaltung (Dies academicus)</td></tr>
<tr><td>13.01.2027</td><td>Prof. Dr. Mia Roth</td><td>Grüne Dächer – <strong>entfällt</strong></td></tr>
<tr><td>20.01.2027</td><td>Dr. Jan Ek</td><td>Wasser – <em>Raumänderung: Seminarraum 0.12, Beginn 17:00 Uhr</em></td></tr>
<tr><td>27.01.2027</td><td>Prof. Dr. Eva Stein</td><td>Bilanz</td></tr>
</table>
</body></html>"""
    listing = parse(html, as_of=date(2026, 12, 1))
    got = [(m.date, m.start_time, m.venue or m.room, m.status) for m in listing.meetings]
    assert got == [
        ("2026-12-09", "18:30", "Hörsaalzentrum", "scheduled"),
        ("2027-01-13", "18:30", "Hörsaalzentrum", "cancelled"),
        ("2027-01-20", "17:00", "Seminarraum 0.12", "scheduled"),
        ("2027-01-27", "18:30", "Hörsaalzentrum", "scheduled"),
    ]
    reasons = " ".join(w.reason for w in listing.warnings)
    assert "keine Veranstaltung" in reasons  # the row with no lecture is warned about
    assert "2026-11-18" in reasons  # the past row too


# fmt: off
@pytest.mark.parametrize("text,want", [
    # a sentence with its own date is a meeting of its own, not the time of the list below
    ("Die Abschlussveranstaltung findet am 09.02.2027 um 18 Uhr in der Aula statt.\n\n"
     "12.01.2027 Treffen\n19.01.2027 Treffen\n",
     [("2027-02-09", "18:00"), ("2027-01-12", None), ("2027-01-19", None)]),
    # a labelled time field whose words hold a series stem ("bicycle"): still the list's time
    ("Time: 10am – bring your bicycle\nPlace: Market Square\n\n"
     "12 January 2027 Ride\n19 January 2027 Ride\n",
     [("2027-01-12", "10:00"), ("2027-01-19", "10:00")]),
])
# fmt: on
def test_near_misses_keep_their_reading(text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(m.date, m.start_time) for m in parse(text, as_of=AS_OF).meetings] == want
