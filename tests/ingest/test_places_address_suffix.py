"""``places.address_suffix`` gives the same answer as trying every comma-suffix of a line with
``looks_like_address``, in linear time (the suffix loop was quadratic in the number of commas)."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from eventmap.ingest.places import address_suffix, looks_like_address

PIECES = [
    "", "x", "Room 4", "Student Center", "12", "12 Main St", "12 main street", "12 N. Elm",
    "7 N", "5221 Gullen Mall", "Detroit", "MI 48202", "48202", "48202-1234", "12345 USA",
    "One", "One Plaza", "Two Rivers", "P.O. Box 5", "PO Box 7", "1 ", "12B Oak Ave", "12-14 Elm",
    "Road", "St", "A 5 b", "10117 Berlin", "3 Loop",
]  # fmt: skip


def _reference(parts: list[str]) -> int | None:
    for k in range(1, len(parts)):
        if looks_like_address(", ".join(parts[k:])):
            return k
    return None


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=7))
def test_the_same_answer_as_every_suffix_in_turn(parts):
    parts = [p.strip() for p in parts]
    assert address_suffix(parts) == _reference(parts)


def test_many_commas_take_linear_time():
    for piece in ("1 ", "x", "12 N", "One"):
        parts = [piece.strip()] * 50_000
        start = time.process_time()
        address_suffix(parts)
        assert time.process_time() - start < 1.0
