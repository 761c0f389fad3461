"""Heavy modules load where they are used, so a new process pays only for what it does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def loaded_after(code: str) -> set[str]:
    """Which of the heavy modules a new process has imported after running ``code``."""
    probe = (
        f"{code}\nimport json, sys\n"
        "heavy = ['pandas', 'sqlalchemy', 'openpyxl', 'icalendar', 'timezonefinder', "
        "'pyarrow.parquet', 'geopy', 'zipcodes', 'streamlit']\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]), file=sys.stderr)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_parse_on_the_command_line_loads_no_data_frame_or_database_library() -> None:
    seed = ROOT / "data" / "listings" / "upcoming-meetings.txt"
    code = f"from eventmap.cli import main\nmain(['parse', {str(seed)!r}])"
    assert loaded_after(code) == set()


def test_importing_the_library_loads_no_writer_calendar_or_time_zone_library() -> None:
    code = (
        "import eventmap.output.export, eventmap.output.ics, eventmap.geo.geocoder, "
        "eventmap.core.dataset, eventmap.core.tour, eventmap.cli.main"
    )
    # pandas (frames everywhere) and SQLAlchemy (the geocode cache may live in the store's
    # database) are fine; the writers, the calendar and the time-zone finder are not.
    assert loaded_after(code) <= {"pandas", "sqlalchemy"}
