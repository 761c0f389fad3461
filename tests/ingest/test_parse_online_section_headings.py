"""A heading that says the meeting under it is online ("Reunión en línea", "Online meeting",
"Réunion en ligne", "Online-Treffen") is read with a blank line between it and the date (as an
HTML card's blocks are): the meeting is online, and the city heading of the section above it
("Cádiz") is not its city. A zone written as words after the time ("(hora peninsular)") is a
time-zone note, never the place. From the Andalusian cards of tests/ingest/corpus/holdout9;
the rows are variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 19)


def _page(towns: tuple[str, str], heading: str, dates: tuple[str, str, str], places, remark):
    return (
        f"Upcoming\n\n{towns[0]}\n\n{dates[0]}\n\n{places[0]}\n\n"
        f"{towns[1]}\n\n{dates[1]}\n\n{places[1]}\n\n{heading}\n\n{dates[2]}\n\n{remark}\n"
    )


# fmt: off
@pytest.mark.parametrize("towns,heading,dates,places,remark,lang,time", [
    (("Granada", "Cádiz"), "Reunión en línea",
     ("Jueves 14 de enero, 18:00 h", "Viernes 5 de febrero, 18:00 h",
      "Domingo 24 de enero, 17:00 h (hora peninsular)"),
     ("Facultad de Filosofía y Letras, Aula B-12", "Facultad de Filosofía y Letras, Aula Magna"),
     "Inscríbete en la web para recibir el enlace.", "es", "17:00"),
    (("Leeds", "York"), "Online meeting",
     ("Thursday 14 January, 7pm", "Friday 5 February, 7pm", "Sunday 24 January, 5pm (UK time)"),
     ("Leeds Library, Room 2", "York Explore Library"),
     "Register on our website to receive the link.", None, "17:00"),
    (("Lyon", "Grenoble"), "Réunion en ligne",
     ("jeudi 14 janvier, 19 h", "vendredi 5 février, 19 h", "dimanche 24 janvier, 17 h"),
     ("Bourse du Travail, salle 3", "Maison des associations"),
     "Inscrivez-vous sur notre site pour recevoir le lien.", "fr", "17:00"),
    (("Köln", "Bonn"), "Online-Treffen (Zoom)",
     ("Donnerstag, 14. Januar, 19 Uhr", "Freitag, 5. Februar, 19 Uhr",
      "Sonntag, 24. Januar, 17 Uhr"),
     ("Bürgerhaus Stollwerck, Raum 2", "Haus der Bildung"),
     "Anmeldung über unsere Website, der Link kommt per Mail.", "de", "17:00"),
])
# fmt: on
def test_the_online_heading_ends_the_city(towns, heading, dates, places, remark, lang, time):
    ms = parse(_page(towns, heading, dates, places, remark), as_of=AS_OF, lang=lang).meetings
    online = [m for m in ms if m.online]
    assert [(m.date, m.start_time) for m in online] == [("2027-01-24", time)]
    fields = (online[0].place, online[0].venue, online[0].city, online[0].address)
    assert online[0].city is None and not any(f and towns[1] in f for f in fields)
    assert [m.online for m in ms] == [False, False, True]


def test_hora_peninsular_is_a_time_zone_note():
    ms = parse("Reuniones\n\nDomingo 24 de enero, 17:00 h (hora peninsular)\n", as_of=AS_OF).meetings
    assert [(m.start_time, m.place, m.tz_hint) for m in ms] == [("17:00", None, "hora peninsular")]


def test_an_online_section_through_the_cli(tmp_path):
    page = tmp_path / "tarjetas.txt"
    page.write_text(
        _page(
            ("Granada", "Cádiz"), "Reunión en línea",
            ("Jueves 14 de enero, 18:00 h", "Viernes 5 de febrero, 18:00 h",
             "Domingo 24 de enero, 17:00 h (hora peninsular)"),
            ("Facultad de Filosofía y Letras, Aula B-12", "Facultad de Filosofía y Letras, Aula Magna"),
            "Online por Zoom.",
        ),
        encoding="utf-8",
    )  # fmt: skip
    got = [(m["date"], m["online"], m["city"]) for m in cli_meetings(page, "--as-of", "2026-11-19")]
    assert got[-1] == ("2027-01-24", True, None)
