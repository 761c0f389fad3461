"""Print a pip constraints file pinning every direct dependency to its declared floor.

`make test-floors` installs the project with these constraints and runs the suite, so each
``>=`` in pyproject.toml is a version we have actually tested. Extras named on the command line
(default: test and postgres, when present) are pinned too.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

_REQ = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*>=\s*([0-9][^,;\s]*)")


def floors(pyproject: Path, extras: list[str]) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    reqs = list(project.get("dependencies", []))
    optional = project.get("optional-dependencies", {})
    for extra in extras:
        reqs += [r for r in optional.get(extra, []) if not r.startswith(project["name"])]
    pins = {}
    for req in reqs:
        m = _REQ.match(req)
        if m:
            pins[m.group(1).lower()] = m.group(3)
    return [f"{name}=={version}" for name, version in sorted(pins.items())]


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[1]
    chosen = sys.argv[1:] or ["test", "postgres"]
    print("\n".join(floors(root / "pyproject.toml", chosen)))
