"""A listing that repeats a meeting block: the tour warnings stay readable (library and page)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from app_fixtures import ROOT, make_env
from streamlit.testing.v1 import AppTest
from tour_fixtures import frame_of, meeting

from eventmap.cli import main
from eventmap.core import tour

PAGE = ROOT / "app_pages" / "2_Tour_logistics.py"
TIMEOUT = 120

DETROIT = """Detroit, Michigan
Thursday, April 11, 7:00 p.m.
Wayne State University Student Center, Room 258
5221 Gullen Mall, Detroit, MI 48202
Facebook Event Page
"""


def _repeat_detroit(text: str) -> str:
    assert DETROIT in text
    return text.replace(DETROIT, DETROIT + "\n" + DETROIT, 1)


def test_duplicate_entries_sharing_an_id_are_described_once() -> None:
    m = meeting("Wayne State University", "2019-04-11")
    df = frame_of([m, m])
    df["meeting_id"] = m.meeting_id  # identical entries may share an id: do not rely on either
    table = tour.warnings_frame(tour.travel_warnings(df), df)
    dup = table[table["kind"] == "duplicate"]
    assert len(dup) == 1
    assert dup.iloc[0]["meetings"] == "Wayne State University · 2019-04-11 · 19:00"
    assert dup.iloc[0]["meeting_ids"] == m.meeting_id


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        ({"campus": None, "place": "Detroit, Michigan"}, "Detroit, Michigan"),
        ({"campus": None, "place": None, "venue": "Student Center"}, "Student Center"),
        ({"campus": np.nan, "place": np.nan, "venue": np.nan}, None),  # falls back to the id
    ],
)
def test_missing_names_fall_back_without_nan(fields: dict, label: str | None) -> None:
    m = meeting("Wayne State University", "2019-04-11", time=None)
    df = frame_of([m])
    for column, value in fields.items():
        df[column] = df[column].astype("object")
        df.loc[:, column] = value
    table = tour.warnings_frame(tour.travel_warnings(df), df)
    described = set(table["meetings"])
    expected = label or m.meeting_id
    assert described == {f"{expected} · 2019-04-11 · time TBA"}
    assert not any("nan" in d.casefold() for d in described)


def test_without_a_frame_meetings_are_left_blank() -> None:
    m = meeting("Wayne State University", "2019-04-11", time=None)
    table = tour.warnings_frame(tour.travel_warnings(frame_of([m])))
    assert set(table["meetings"]) == {""}


@pytest.fixture
def repeated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = make_env(tmp_path, monkeypatch)
    page = data / "listings" / "upcoming-meetings.txt"
    page.write_text(_repeat_detroit(page.read_text("utf-8")), "utf-8")
    return data


def test_page_with_a_repeated_meeting_shows_the_duplicate(repeated_env: Path) -> None:
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT).run()
    assert not at.exception, [e.value for e in at.exception]
    box = at.selectbox(key="tour_campaign")
    (april,) = [o for o in box.options if o.casefold().startswith("the threat of fascism")]
    at = box.set_value(april).run()
    assert not at.exception, [e.value for e in at.exception]
    (table,) = [d.value for d in at.dataframe if "Check" in d.value.columns]
    dup = table[table["Check"] == "duplicate"]
    assert len(dup) == 1
    assert "Wayne State University" in dup.iloc[0]["Meetings"]
    assert "listed 2 times" in dup.iloc[0]["What"]
    assert not table["Meetings"].str.contains(r"\bnan\b", case=False).any()


def test_cli_warnings_describe_the_repeated_meeting(tmp_path: Path, seed_text: str, capsys) -> None:
    page = tmp_path / "repeated.txt"
    page.write_text(_repeat_detroit(seed_text), "utf-8")
    code = main(["tour", str(page), "--as-of", "2019-03-01", "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    warnings = [w for c in json.loads(out)["campaigns"] for w in c["warnings"]]
    (dup,) = [w for w in warnings if w["kind"] == "duplicate"]
    assert dup["meetings"] and all("Wayne State University" in d for d in dup["meetings"])
    assert all("2019-04-11" in d for d in dup["meetings"])
