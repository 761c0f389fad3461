"""``eventmap parse`` run as a user runs it: a fresh interpreter, the page from a file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# The place fields, in the order the ingest tests join them into one "places" string.
PLACE_FIELDS = ("place", "venue", "room", "address", "city", "campus")


def cli_listing(path: Path, *args: str) -> dict:
    """The whole JSON listing ``eventmap parse PATH ARGS…`` prints (meetings, warnings, as_of…);
    fails the test on a non-zero exit."""
    out = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", str(path), *args],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout)


def cli_meetings(path: Path, *args: str) -> list[dict]:
    """The meetings ``eventmap parse PATH ARGS…`` prints (its JSON output); fails the test on a
    non-zero exit."""
    return cli_listing(path, *args)["meetings"]


def cli_place_rows(meetings: list[dict]) -> list[tuple[str, str, str]]:
    """(date, start time, places) per CLI meeting, the places being the non-empty place fields
    joined with " | "."""
    return [
        (m["date"], m["start_time"], " | ".join(str(m[f]) for f in PLACE_FIELDS if m.get(f)))
        for m in meetings
    ]
