"""Patterns that open with spaces start only where a run of spaces starts, so searching them is
linear; ``match_after_spaces`` matches them from inside such a run exactly as the unguarded
pattern would match there."""

from __future__ import annotations

import re
import time

import pytest

from eventmap.ingest.when import match_after_spaces

GUARDED = re.compile(
    r"(?<!\s)(?:\s*+,?\s*+(?:(c)|s)\.\s?t\.?(?!\w)|\s++(?:(cum)|sine)\s++tempore\b)"
)
UNGUARDED = re.compile(r"\s*+,?\s*+(?:(c)|s)\.\s?t\.?(?!\w)|\s++(?:(cum)|sine)\s++tempore\b")


@pytest.mark.parametrize(
    "text,pos",
    [
        ("18 Uhr c.t.", 6),
        ("18 Uhr   c.t.", 6),
        ("18 Uhr   c.t.", 8),  # from the middle of the run
        ("18 Uhr, s.t.", 6),
        ("10 Uhr cum tempore", 6),
        ("10 Uhr \t sine tempore!", 8),
        ("10 Uhr ct", 6),  # no dots: no quarter
        ("9:15 c.t.", 4),
        ("Vortrag 18 Uhr", 14),  # at the end
        ("", 0),
    ],
)
def test_match_after_spaces_is_the_unguarded_match(text: str, pos: int) -> None:
    got = match_after_spaces(GUARDED, text, pos)
    want = UNGUARDED.match(text, pos)
    assert (got is None) == (want is None)
    if got is not None and want is not None:
        assert got.end() == want.end()
        assert got.groups() == want.groups()


def test_a_guarded_pattern_searches_a_long_run_of_spaces_in_linear_time() -> None:
    line = "18 Uhr" + " " * 4_000 + "x"

    def elapsed(pattern: re.Pattern[str]) -> float:
        start = time.perf_counter()
        for _ in pattern.finditer(line):
            pass
        return time.perf_counter() - start

    # Same line, same run: the unguarded pattern rescans the rest of the run from every space.
    assert elapsed(GUARDED) * 20 < elapsed(UNGUARDED)
