"""A paragraph that looks back on what took place ("Wir blicken dankbar auf viele Begegnungen
zurück: … und zuletzt auf den Martinsumzug am Mittwoch, 11.11.", "We look back on …") reviews
past meetings: its dates without a time are no meetings, even where the cue wraps to the next
line. Written from holdout9's parish newsletter; the rows are variants of the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

TODAY = date(2030, 6, 1)  # no --as-of: the page's year anchors its dates


# fmt: off
@pytest.mark.parametrize("lang,paragraph", [
    ("de", "Wir blicken dankbar auf viele Begegnun-\ngen zurück, zuletzt auf den Martinsumzug am "
           "Mittwoch, 11.11., bei dem über 200 Kinder mitzogen."),
    ("de", "Wir blicken zurück auf das Pfarrfest am Sonntag, 12. Juli."),
    ("en", "As the year ends we look back on the lantern walk on Wednesday 11 November, when 200 "
           "children joined."),
    ("fr", "Nous revenons sur la fête de quartier du samedi 14 novembre, un beau succès."),
    ("es", "Echamos la vista atrás: la fiesta del barrio del sábado 14 de noviembre fue un éxito."),
])
# fmt: on
def test_a_look_back_is_no_meeting(lang, paragraph):
    page = f"Newsletter 4/2026\n\n{paragraph}\n\nSaturday 5 December 2026, 2pm: Advent market, Parish Hall\n"
    listing = parse(page, today=TODAY, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-05", "14:00")]


def test_a_meeting_under_a_look_back_heading_with_its_time_stays():
    page = ("Newsletter 4/2026\n\nWe look back on a good year. Next: Saturday 5 December 2026, "
            "2pm, Parish Hall.\n")  # fmt: skip
    ms = parse(page, today=TODAY).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2026-12-05", "14:00")]


def test_cli_parse_leaves_out_the_review(tmp_path):
    path = tmp_path / "pfarrbrief.txt"
    path.write_text(
        "Pfarrbrief 4/2026\n\nWir blicken dankbar auf viele Begegnungen zurück: auf die Firmung\n"
        "und zuletzt auf den Martinsumzug am Mittwoch, 11.11.2026.\n\n"
        "Samstag, 5. Dezember 2026, 14 Uhr: Adventsmarkt, Pfarrsaal\n",
        encoding="utf-8",
    )
    ms = cli_meetings(path, "--lang", "de")
    assert [(m["date"], m["start_time"]) for m in ms] == [("2026-12-05", "14:00")]
