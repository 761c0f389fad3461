"""The month and weekday names go into the date pattern as a tree of their common beginnings
("m(?:a(?:r(?:ch|zo)?|y)|on(?:day)?)"), which the engine reads faster than the plain
alternation of the names sorted longest first: on any text, and when what follows makes a
match back off to a shorter name, both must match the same name at the same place."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventmap.ingest import when

VOCABULARIES = [("en",), *((lang, "en") for lang in when.LANGUAGES[1:])]


def _names(langs: tuple[str, ...]) -> list[str]:
    voc = when.vocabulary(langs)
    return sorted({*voc.months, *voc.weekdays})


def _plain(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# What may follow a name: a dot, a digit, a space, more letters (a longer word), or nothing; the
# patterns below make a match give a longer name back when the rest does not fit.
TAILS = ["", ".", " 7", "7", "x", "s", "day", ", ", " de", "."]


@pytest.mark.parametrize("langs", VOCABULARIES, ids="-".join)
def test_the_tree_matches_what_the_plain_alternation_matches(langs):
    names = _names(langs)
    tree = re.compile(rf"(?<!\w)({when._alternation(names)})\.?\s*+\d", re.IGNORECASE)
    plain = re.compile(rf"(?<!\w)({_plain(names)})\.?\s*+\d", re.IGNORECASE)
    texts = [f"{n}{tail} 7" for n in names for tail in TAILS]
    texts += [n.upper() + " 12" for n in names] + [n[:-1] + " 3" for n in names if len(n) > 2]
    for text in texts:
        got = [(m.span(), m.group(1)) for m in tree.finditer(text)]
        assert got == [(m.span(), m.group(1)) for m in plain.finditer(text)], text


@pytest.mark.parametrize("langs", VOCABULARIES, ids="-".join)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_the_tree_matches_the_same_names_in_any_text(langs, data):
    names = _names(langs)
    pieces = st.sampled_from([*names, *(n[: len(n) // 2] for n in names), *TAILS, " ", "1"])
    text = "".join(data.draw(st.lists(pieces, max_size=8)))
    for after in (r"", r"\b", r"\s*+\d", r"(?!\w)"):
        tree = re.compile(rf"(?:{when._alternation(names)}){after}", re.IGNORECASE)
        plain = re.compile(rf"(?:{_plain(names)}){after}", re.IGNORECASE)
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_tree_has_one_branch_per_letter():
    assert when._alternation(["march", "mar", "marzo", "may", "mon", "monday"]) == (
        "m(?:a(?:r(?:ch|zo)?|y)|on(?:day)?)"
    )


def test_names_that_one_character_could_match_either_way_are_refused():
    with pytest.raises(AssertionError, match="differ only in case"):
        when._alternation(["sa", "\u017fb"])  # the long s matches "s" when cases are ignored
