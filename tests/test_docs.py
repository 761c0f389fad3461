"""Docs that stay true: every CLI command is in the README, every page has a title, the README
gives the two set-up commands and CI runs the README's test command."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from eventmap.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = sorted((ROOT / "app_pages").glob("*.py"))


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_cli_command_is_documented(command):
    assert f"`eventmap {command}" in README


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_page_has_a_title(page):
    source = page.read_text(encoding="utf-8")
    assert re.search(r'web\.page_setup\(\s*"[^"]{3,}"', source), f"{page.name} sets no page title"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_page_is_in_the_readme(page):
    assert f"app_pages/{page.name}" in README


def test_quick_start_is_the_two_make_commands():
    assert "make run" in README and "make test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def _lint_imports(src: Path) -> subprocess.CompletedProcess:
    """Run import-linter's contract from pyproject.toml over the package found under ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    return subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command as c; c()",
         "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        capture_output=True, text=True, env=env, cwd=src, timeout=120,
    )  # fmt: skip


def test_the_layer_contract_holds():
    result = _lint_imports(ROOT / "src")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("core/leak.py", "import streamlit\n", "Only eventmap.web imports streamlit"),
        ("geo/leak.py", "from eventmap.core import frame\n", "Each layer imports only"),
        ("ingest/leak.py", "import pydeck\n", "Map and chart libraries"),
    ],
)
def test_the_layer_contract_fails_on_a_forbidden_import(tmp_path, module, line, broken):
    shutil.copytree(ROOT / "src" / "eventmap", tmp_path / "eventmap")
    (tmp_path / "eventmap" / module).write_text(line)
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    assert f"{broken}" in result.stdout and "BROKEN" in result.stdout
