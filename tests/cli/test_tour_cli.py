"""``eventmap tour``: JSON and table output on the seed page and on crafted listings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tour_fixtures import APRIL, april_tour, frame_of, meeting

from eventmap.cli import main
from eventmap.cli.tour import report
from eventmap.core import tour

AS_OF = "2019-03-01"

# Two campaigns in the seed's layout. The second has two meetings on the same evening on
# opposite coasts, a meeting listed twice and one whose details are still to come.
CRAFTED = """Upcoming Meetings

Attend a meeting

Coast to Coast

With a touring speaker, who will speak at universities across the country on the history of the labor movement and its lessons for today.

Read more

San Diego, California
Tuesday, April 9, 7:30 p.m.
San Diego State University Student Union, Templo Mayor
6075 Aztec Cir. Dr., San Diego, CA 92182

Detroit, Michigan
Wednesday, April 10, 7:00 p.m.
Wayne State University Student Center, Room 258
5221 Gullen Mall, Detroit, MI 48202


Campus Week

Student groups are holding meetings on many campuses this week to discuss the fight against war and the defense of democratic rights.

Read more

New York University
Tuesday, March 12, 6:30pm
NYU Kimmel Center room 909
60 Washington Square South, NYC

San Diego State University
Tuesday, March 12, 9PM
Aztec Student Union (3rd Floor), Presidential Suite

New York University
Tuesday, March 12, 6:30pm
NYU Kimmel Center room 909
60 Washington Square South, NYC

Massachusetts Institute of Technology
Details coming soon.
"""


def _run_json(capsys, *argv: str) -> dict:
    code = main(["tour", *argv, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _campaign(doc: dict, name: str) -> dict:
    (found,) = [c for c in doc["campaigns"] if c["campaign"] == name]
    return found


def test_report_document_on_hand_made_meetings() -> None:
    df = frame_of([*april_tour(), meeting("UC Berkeley", "2019-03-01", campaign="Other")])
    doc = report(df, tour.TravelAssumptions())
    assert [c["campaign"] for c in doc["campaigns"]] == ["Other", APRIL]
    april = _campaign(doc, APRIL)
    assert [leg["from"] for leg in april["legs"]][:2] == [
        "UC Berkeley",
        "San Diego State University",
    ]
    first = april["legs"][0]
    assert set(first) >= {"from", "to", "days", "distance_km", "mode", "from_date", "to_date"}
    assert first["from_date"] == "2019-04-08"
    assert first["days"] == 1
    assert _campaign(doc, "Other")["legs"] == []
    assert [w["kind"] for w in april["warnings"]] == ["missing_details"]
    assert doc["assumptions"]["drive_max_km"] == 500.0
    json.dumps(doc)  # every value is JSON-able
    only = report(df, tour.TravelAssumptions(), "Other")
    assert [c["campaign"] for c in only["campaigns"]] == ["Other"]


def test_seed_april_tour_json(capsys, seed_path: Path) -> None:
    doc = _run_json(capsys, str(seed_path), "--as-of", AS_OF)
    april = [c for c in doc["campaigns"] if c["campaign"].casefold().startswith("the threat")]
    assert len(april) == 1
    legs = april[0]["legs"]
    assert len(legs) == 5
    assert legs[0]["distance_km"] == pytest.approx(740, abs=25)  # UC Berkeley -> San Diego State
    (sd_detroit,) = [leg for leg in legs if leg["from_date"] == "2019-04-09"]
    assert "San Diego" in sd_detroit["from"]
    assert "Wayne State" in sd_detroit["to"]
    assert sd_detroit["mode"] == "fly"
    assert sd_detroit["days"] == 2
    assert sd_detroit["distance_km"] == pytest.approx(3150, abs=80)
    kinds = {w["kind"] for w in april[0]["warnings"]}
    assert "missing_details" in kinds  # MIT: time and location TBA


def test_campaign_option_and_threshold(capsys, seed_path: Path) -> None:
    doc = _run_json(capsys, str(seed_path), "--as-of", AS_OF)
    name = next(c["campaign"] for c in doc["campaigns"] if c["legs"])
    only = _run_json(capsys, str(seed_path), "--as-of", AS_OF, "--campaign", name)
    assert [c["campaign"] for c in only["campaigns"]] == [name]
    driven = _run_json(
        capsys, str(seed_path), "--as-of", AS_OF, "--campaign", name, "--drive-max-km", "99999"
    )
    assert {leg["mode"] for leg in driven["campaigns"][0]["legs"]} == {"drive"}


def test_crafted_listing_warnings(capsys, tmp_path: Path) -> None:
    page = tmp_path / "crafted.txt"
    page.write_text(CRAFTED, encoding="utf-8")
    doc = _run_json(capsys, str(page), "--as-of", AS_OF)
    coast = _campaign(doc, "Coast to Coast")
    (leg,) = coast["legs"]
    assert leg["days"] == 1 and leg["mode"] == "fly"
    assert [w["kind"] for w in coast["warnings"] if w["kind"] == "next_day_far"] == ["next_day_far"]
    assert coast["shape"] == "tour"
    week = _campaign(doc, "Campus Week")
    # NYU at 6:30 pm and San Diego at 9 pm the same evening: local groups, not a tour. So no
    # legs and no same-day "flight" warning; the warnings that fit a local campaign remain.
    assert week["shape"] == "local"
    assert "km apart" in week["shape_reason"]
    assert week["legs"] == []
    kinds = [w["kind"] for w in week["warnings"]]
    assert "same_day_far" not in kinds
    assert "duplicate" in kinds
    assert "undated" in kinds
    (dup,) = [w for w in week["warnings"] if w["kind"] == "duplicate"]
    assert "2 times" in dup["message"]
    assert len(dup["meeting_ids"]) >= 1


def test_each_campaign_carries_its_shape_and_reason(capsys, seed_path: Path) -> None:
    doc = _run_json(capsys, str(seed_path), "--as-of", AS_OF)
    shapes = {c["campaign"][:20]: (c["shape"], bool(c["shape_reason"])) for c in doc["campaigns"]}
    assert shapes == {
        "The Threat of Fascis": ("tour", True),
        "A federal judge orde": ("local", True),
    }
    assert main(["tour", str(seed_path), "--as-of", AS_OF]) == 0
    out = capsys.readouterr().out
    assert "Shape: local (2 meetings on 12 Mar 2019" in out
    assert "(not a tour: no legs" in out


def test_table_output(capsys, seed_path: Path) -> None:
    assert main(["tour", str(seed_path), "--as-of", AS_OF]) == 0
    out = capsys.readouterr().out
    assert "Assumptions:" in out
    assert "distance_km" in out
    assert "fly" in out
    assert "! missing_details:" in out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["{seed}", "--campaign", "No Such Tour"], 2, "no campaign 'No Such Tour'"),
        (["{seed}", "--drive-max-km", "-5"], 2, "drive_max_km"),
        (["{missing}"], 1, "missing.txt"),
    ],
)
def test_errors_are_one_line(
    capsys, seed_path: Path, tmp_path: Path, argv: list[str], code: int, message: str
) -> None:
    paths = {"seed": seed_path, "missing": tmp_path / "missing.txt"}
    argv = [a.format(**paths) for a in argv]
    assert main(["tour", *argv, "--as-of", AS_OF]) == code
    err = capsys.readouterr().err
    assert err.startswith("eventmap: error:")
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_no_file_uses_bundled_listings(
    capsys, monkeypatch, tmp_path: Path, seed_path: Path
) -> None:
    # A data dir holding only a copy of the seed: the command must read it (or the store made
    # from it) with no FILE given.
    listings = tmp_path / "listings"
    listings.mkdir()
    (listings / "upcoming-meetings.txt").write_text(seed_path.read_text("utf-8"), "utf-8")
    monkeypatch.setenv("EVENTMAP_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("EVENTMAP_DB", f"sqlite:///{tmp_path / 'store.db'}")
    doc = _run_json(capsys, "--as-of", AS_OF)
    assert any(c["legs"] for c in doc["campaigns"])
