"""Docs that stay true: every CLI command is in the README, every page has a title, the README
gives the two set-up commands and CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventmap.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
PAGES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]


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
    assert re.search(r'ui\.page_setup\(\s*"[^"]{3,}"', source), f"{page.name} sets no page title"


@pytest.mark.parametrize("page", PAGES[1:], ids=lambda p: p.name)
def test_every_page_is_in_the_readme(page):
    assert f"pages/{page.name}" in README


def test_quick_start_is_the_two_make_commands():
    assert "make run" in README and "make test" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_library_never_imports_streamlit_outside_ui():
    offenders = []
    for path in (ROOT / "src" / "eventmap").rglob("*.py"):
        if path.name == "ui.py":
            continue
        if re.search(r"^\s*(import streamlit|from streamlit)", path.read_text(), re.M):
            offenders.append(path.name)
    assert offenders == []
