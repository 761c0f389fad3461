"""``eventmap parse`` run as a user runs it: a fresh interpreter, the page from a file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def cli_meetings(path: Path, *args: str) -> list[dict]:
    """The meetings ``eventmap parse PATH ARGS…`` prints (its JSON output); fails the test on a
    non-zero exit."""
    out = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", str(path), *args],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout)["meetings"]
