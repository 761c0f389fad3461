"""An events page's card: its date badge split over spans ("sam. 12 déc."), a category, a title,
then a meta line of its time and the place cell the markup names (``<span class="heure">16
h</span> · <span class="lieu">Le Foyer</span>``), then a blurb. One card is one meeting, with
its time and its place, never a meeting for the date and another for the time. Under a day
heading, a card's one time-and-place line is that day's time and place. From the theatre's
and the ateneo's agenda pages of tests/ingest/corpus/holdout12; the rows are variants written
from the pattern (EN/DE/FR/ES, other separators and time spellings)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

CARD = """<html lang="{lang}"><body><h1>{heading}</h1>
<ul>
<li><div class="date"><span class="wd">{wd}</span> <span class="d">{day}</span> <span class="m">{mon}</span></div>
<div><p class="cat">{cat}</p><h3><a href="/e/1">{title}</a></h3>
<p class="meta"><span class="time">{time}</span> {sep} <span class="{cls}">{place}</span></p>
<p>{blurb}</p></div></li>
<li><div class="date"><span class="wd">{wd2}</span> <span class="d">{day2}</span> <span class="m">{mon}</span></div>
<div><p class="cat">{cat}</p><h3><a href="/e/2">{title2}</a></h3>
<p class="meta"><span class="time">{time2}</span> {sep} <span class="{cls}">{place2}</span></p>
<p>{blurb}</p></div></li>
</ul></body></html>
"""

# fmt: off
ROWS = [
    ("fr", "Rencontres", "sam.", "12", "jeu.", "17", "déc.", "Rencontre", "Écrire la ville",
     "Lire Gorki", "16 h", "18 h 30", "·", "lieu", "Le Foyer", "Salle Jouvet",
     "Entrée libre dans la limite des places disponibles.", "12-12", "16:00", "12-17", "18:30"),
    ("fr", "Conférences", "mer.", "9", "ven.", "11", "déc.", "Conférence", "La ville ouvrière",
     "Le théâtre populaire", "18h", "20h15", "–", "salle", "Auditorium", "Studio Vilar",
     "Conférence suivie d'un échange avec le public.", "12-09", "18:00", "12-11", "20:15"),
    ("es", "Agenda", "vie.", "11", "sáb.", "12", "dic.", "Charla", "Vivienda y barrio",
     "Memoria obrera", "19:00 h", "12.30 h", "·", "lugar", "Salón de actos", "Patio central",
     "Entrada libre hasta completar el aforo.", "12-11", "19:00", "12-12", "12:30"),
    ("de", "Veranstaltungen", "Mi.", "16", "Do.", "17", "Dez.", "Lesung", "Das Haus am Fluss",
     "Fäden und Farben", "19:30 Uhr", "18 Uhr", "·", "ort", "Kleine Bühne", "Galerie im Turm",
     "Die Autorin liest aus ihrem neuen Roman, danach Gespräch.", "12-16", "19:30", "12-17",
     "18:00"),
    ("en", "Events", "Tue", "8", "Thu", "10", "Dec", "Talk", "Housing in the city",
     "A history of the docks", "7pm", "6.30pm", "·", "venue", "Main Hall", "Room 4",
     "Free entry, all welcome; tea and coffee from half an hour before.", "12-08", "19:00",
     "12-10", "18:30"),
    ("en", "What's on", "Sat", "12", "Sun", "13", "Dec", "Workshop", "Zine making",
     "Banner painting", "2:00 PM", "11:00 AM", "|", "location", "Studio B", "The Yard",
     "Materials provided, bring an idea and an old T-shirt.", "12-12", "14:00", "12-13",
     "11:00"),
]
# fmt: on


FIELDS = (
    "lang,heading,wd,day,wd2,day2,mon,cat,title,title2,time,time2,sep,cls,place,place2,blurb,"
    "d1,t1,d2,t2"
)
PLACE_ROWS = [dict(zip(FIELDS.split(","), r, strict=True)) for r in ROWS]


def _card_meetings(row: dict[str, str]) -> list:
    return parse(CARD.format(**row), as_of=AS_OF).meetings


@pytest.mark.parametrize("row", [dict(zip(FIELDS.split(","), r, strict=True)) for r in ROWS])
def test_card_is_one_meeting_with_its_time(row: dict[str, str]) -> None:
    meetings = _card_meetings(row)
    assert [(m.date, m.start_time) for m in meetings] == [
        (f"2026-{row['d1']}", row["t1"]),
        (f"2026-{row['d2']}", row["t2"]),
    ]


@pytest.mark.parametrize("row", PLACE_ROWS)
def test_card_meeting_has_its_place_cell(row: dict[str, str]) -> None:
    meetings = _card_meetings(row)
    assert len(meetings) == 2
    for m, p in zip(meetings, (row["place"], row["place2"]), strict=True):
        assert p in (m.venue or "", m.room or "", m.place or "", m.address or "")


def test_text_table_row_after_a_day_stays_an_entry() -> None:
    page = (
        "Agenda\n\nMardi 15 décembre\n"
        "18h30 | Réunion du conseil citoyen | Salle des Tilleuls\n\n"
        "Samedi 19 décembre\n15h | Spectacle de contes | Médiathèque Louise-Michel\n"
    )
    meetings = parse(page, as_of=AS_OF, lang="fr").meetings
    assert [(m.date, m.start_time, m.title) for m in meetings] == [
        ("2026-12-15", "18:30", "Réunion du conseil citoyen"),
        ("2026-12-19", "15:00", "Spectacle de contes"),
    ]


THEATRE = """<html lang="fr"><body><h1>Rencontres</h1>
<ul class="agenda">
<li><div class="agenda-date"><span class="jour">mar.</span> <span class="num">8</span> <span class="mois">déc.</span></div>
<div><p class="cat">Rencontre</p><h3>Écrire la ville</h3>
<p><span class="heure">16 h</span> · <span class="lieu">Le Foyer</span></p>
<p>Rencontre avec une autrice autour de son texte, créé au théâtre en janvier.</p></div></li>
<li><div class="agenda-date"><span class="jour">sam.</span> <span class="num">9</span> <span class="mois">janv.</span></div>
<div><p class="cat">Un midi, une pièce</p><h3>Lecture et discussion</h3>
<p><span class="heure">midi</span> · <span class="lieu">Salle Roger-Blin</span></p>
<p>Une lecture de trente minutes suivie d'une discussion avec l'équipe.</p></div></li>
<li><div class="agenda-date"><span class="jour">jeu.</span> <span class="num">14</span> <span class="mois">janv.</span></div>
<div><p class="cat">Conférence</p><h3>Le théâtre ouvrier</h3>
<p><span class="heure">18 h 30</span> · <span class="lieu">Médiathèque Kateb-Yacine</span></p>
<p>Conférence d'une historienne, en partenariat avec les bibliothèques de la ville.</p></div></li>
</ul></body></html>
"""


def test_theatre_page_of_cards() -> None:
    meetings = parse(THEATRE, as_of=AS_OF).meetings
    got = [(m.date, m.start_time, m.venue) for m in meetings]
    assert got == [
        ("2026-12-08", "16:00", "Le Foyer"),
        ("2027-01-09", "12:00", "Salle Roger-Blin"),
        ("2027-01-14", "18:30", "Médiathèque Kateb-Yacine"),
    ]
