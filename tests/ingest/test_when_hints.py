"""The fast date and time hints (case-sensitive patterns over lower-cased text) say what the
IGNORECASE hints they stand for say, on any text: a line they wrongly turned away would lose a
meeting, one they wrongly let through would only cost time, but both must be exact."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from eventmap.ingest import when

VOCABULARIES = [("en",), *((lang, "en") for lang in when.LANGUAGES[1:])]
# Month and time words in both cases, the characters that match ASCII letters only when cases
# are ignored, accented letters, typography, digits and the separators dates are written with.
ALPHABET = (
    "JanFebMarAprMayJunJulAugSepOctNovDecjanfebmaraprmayjunjulaugsepoctnovdec"
    "MÄRZmärzDéCdécFÉVfévAoûAOÛeneENEdicDICabrABRagoAGOmaiMAIdezDEZokt"
    "apmAPMhHuUrRsSnNoOdDiIyYtTgG"
    "\u0130\u0131\u017f\u212a\u00df\u1e9e\u00e4\u00c4\u00e9\u00c9ñÑ"
    "0123456789/.:-–—•’“ \u00a0\t,"
)
TEXTS = st.text(alphabet=ALPHABET, max_size=40)


def test_case_twins_are_the_only_characters_the_lower_hints_could_misread():
    everything = "".join(map(chr, range(128, sys.maxunicode + 1)))
    twins = set(re.compile(r"[a-z]", re.IGNORECASE).findall(everything))
    kinds = [re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s")]
    odd = set()
    for c in (c for c in everything if c.lower() != c):  # other characters lower to themselves
        low = c.lower()
        same_kind = len(low) == 1 and all(bool(k.match(c)) == bool(k.match(low)) for k in kinds)
        if not same_kind or low.isascii():
            odd.add(c)
    assert twins | odd == set(when.CASE_TWINS.findall(everything))


@pytest.mark.parametrize("langs", VOCABULARIES, ids="+".join)
def test_every_vocabulary_has_a_lower_hint(langs):
    assert when.vocabulary(langs).lower_hint is not None


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
@example("0-0-")  # "17-1-": the numeric hint and the vocabulary's hint read dashes alike
def test_date_hint_is_the_ignorecase_hint(text):
    for langs in VOCABULARIES:
        voc = when.vocabulary(langs)
        assert when.has_date_hint(text, voc) == bool(voc.hint.search(text)), langs


@settings(max_examples=1000, deadline=None)
@given(TEXTS)
def test_time_hint_is_the_ignorecase_hint(text):
    assert when.has_time_hint(text) == bool(when._TIME_HINT.search(text))


@pytest.mark.parametrize(
    "text",
    ["DİC 7", "dıc 7", "Kelvin: 7 \u212aov", "ſep 7", "7 PM", "7 \u0130M", "noon", "NOON", "7h30"],
)
def test_hints_on_case_twins(text):
    for langs in VOCABULARIES:
        voc = when.vocabulary(langs)
        assert when.has_date_hint(text, voc) == bool(voc.hint.search(text))
    assert when.has_time_hint(text) == bool(when._TIME_HINT.search(text))
