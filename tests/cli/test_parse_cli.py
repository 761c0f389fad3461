"""``eventmap parse``: the JSON says which day yearless dates were read against, and why."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from eventmap.cli import main

ARTICLE = (
    "Spring tour comes to Michigan\n"
    "19 February 2007\n"
    "\n"
    "Students and workers filled the hall last week to hear the case against war and "
    "austerity, and the campaign now comes to more campuses across the state.\n"
    "\n"
    "Meetings\n"
    "\n"
    "Monday, March 5, 7 pm\n"
    "Student Center, Room 4\n"
    "Ann Arbor, MI\n"
)
PLAIN = "Upcoming Meetings\n\nUC Berkeley\nMonday, April 8, 7 pm\nMoffitt Library\n"


@pytest.fixture
def pages(tmp_path):
    article, plain = tmp_path / "article.txt", tmp_path / "plain.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    plain.write_text(PLAIN, encoding="utf-8")
    return article, plain


def _parse(capsys, *args: str) -> dict:
    assert main(["parse", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_as_of_from_the_dateline(pages):
    r = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", str(pages[0])],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["as_of"] == {"date": "2007-02-19", "origin": "dateline"}


def test_as_of_given_on_the_command_line(pages, capsys):
    out = _parse(capsys, str(pages[1]), "--as-of", "2019-03-01")
    assert out["as_of"] == {"date": "2019-03-01", "origin": "given"}
    assert out["meetings"][0]["date"] == "2019-04-08"


def test_as_of_today_when_the_page_gives_nothing(pages, capsys):
    out = _parse(capsys, str(pages[1]))
    assert out["as_of"] == {"date": date.today().isoformat(), "origin": "today"}


def test_several_pages_each_say_their_own(pages, capsys):
    out = _parse(capsys, str(pages[0]), str(pages[1]))
    assert out["as_of"] == {"date": None, "origin": None}  # they differ
    assert out["pages"] == [
        {"file": "article.txt", "as_of": {"date": "2007-02-19", "origin": "dateline"}},
        {"file": "plain.txt", "as_of": {"date": date.today().isoformat(), "origin": "today"}},
    ]
