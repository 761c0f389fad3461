"""The parser's cheap tests before its IGNORECASE patterns (issue 17 item 13: a word the pattern
needs, looked for in the lower-cased text; the positions where a match can start) answer what
the patterns answer, on any text: a wrong answer would change what a page parses to."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventmap.ingest import calendar, parse, places, when
from eventmap.ingest import text as ingest_text

# The words the patterns look for, in both cases and cut short, the characters that match ASCII
# letters only when cases are ignored, accents, digits, spaces and the separators of lines.
PIECES = [
    "posted", "Published", "UPDATED", "by", "BY", "due", "due to", "closed on", "Stand", "stand",
    "mis à jour", "veröffentlicht", "publié", "actualizado", "©", "Doors", "doors open", "Einlass",
    "ouverture des portes", "apertura de puertas", "Puertas", "Straße", "STRASSE", "str.", "weg",
    "Allee", "ring", "Ufer", "markt", "Platz", "Karl-Marx-Allee ", "le", "EL", "am", "On", "the",
    "dès", "vom", "from", "Monday", "Sat", "March", "7", "12", "2019", "69", "1a", "/", ".", ",",
    ":", "-", "–", " ", "  ", "\t", "\n", "a", "S", "K", "\u0130", "\u0131", "\u017f", "\u212a",
    "\u1e9e", "ß", "é", "É", "unless", "UNLESS stated", "sauf mention", "Sofern nicht", "wenn",
    "SALVO que", "VERÖFFENTLICHT", "veroffentlicht", "MIS A JOUR", "University", "@", "www.", "WWW.", "Tel: ", "+49 ", "(030) ", "12345", "€", "8,00 €", "free",
    "Eintritt frei", "Register: x", ", ", "\u00a0", "word ", "\x85",
]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
EXAMPLES = [
    "Posted on", "posted by", "Updated:", "due to rain", "Stand: ", "Publié le", "mis à jour le",
    "Wilhelm-Leuschner-Straße 69", "Am Weidendamm 1a", "Karl-Marx-Allee 90/92, Berlin",
    "Doors open at", "Einlass ", "University of Michigan Michigan League Room 37", "Facebook",
    "le", "Réunion le", "Rally on ", "from\n", "the ", "\u017fince", "\u212aarl-Marx-Allee 9",
    "Stra\u017f\u017fe 4", "Po\u017fted", "",
]  # fmt: skip


def _check(text: str) -> None:
    assert parse._not_event_date(text) == bool(parse._NOT_EVENT_DATE.search(text))
    assert places._de_street(text) == bool(places._DE_STREET.match(text))
    assert calendar.says_unless(text) == bool(calendar._UNLESS.search(text))
    for line in (text, text * 3, text * 9):
        n = len(line)
        assert ingest_text.is_prose(line) == (n > 160 or (n >= 35 and len(line.split()) >= 18))
    fee = len(text) <= 120 and all(parse._FEE_OR_SIGNUP.match(p.strip()) for p in text.split(", "))
    assert parse._fee_or_signup(text) == fee
    t = text.strip()
    cm = parse._CONTACT.match(t) if len(t) <= 60 else None
    contact = bool(cm) and (cm.group("phone") is None or sum(c.isdigit() for c in cm["phone"]) >= 7)
    assert parse._is_contact(text) == contact
    assert parse._cut_head_filler(text) == parse._HEAD_FILLER.sub("", text)
    for at in {len(text), len(text) // 2}:
        doors = when.DOORS_RE.search(text, max(0, at - 30), at) is not None
        assert when._doors_before(text, at) == doors
    for langs in (("en",), ("de", "en"), ("fr", "en")):
        leftmost = when.vocabulary(langs).date_re.search(text)
        assert when.date_starts_by(text, 3, langs) == bool(leftmost and leftmost.start() < 3)


CAMPUS_PIECES = [
    "University", "of", "Michigan", "California", "Los Angeles", "UC", "Berkeley", "State",
    "New York", "College", "the", "Holy Cross", "Institute", "Technology", "Polytechnic", "Tech",
    "Caltech", "Georgia", "Texas", "A&M", "UMass", "Amherst", "NYU", "CU", "Boulder", "UT",
    "Austin", "Wayne", "San Diego", "Ann Arbor", "Room", "12", "at", ",", "–", "-", ".", "'",
    " ", "  ", "a", "A", "u", "U", "niversity", "ollege", "K", "İ",
]  # fmt: skip
CAMPUS_TEXTS = st.lists(st.sampled_from(CAMPUS_PIECES), max_size=10).map(" ".join) | st.lists(
    st.sampled_from(CAMPUS_PIECES), max_size=10
).map("".join)


def _abbreviations() -> list[str]:
    return [a for a in places._ABBREV.replace("(?: [A-Z][a-z]+)?", "").split("|")]


@pytest.mark.parametrize("name", _abbreviations())
def test_every_abbreviation_passes_the_campus_test(name):
    assert places._may_name_campus(name)
    assert places.find_campus(f"at {name}, Room 4") is not None


@settings(max_examples=1500, deadline=None)
@given(CAMPUS_TEXTS)
def test_campus_test_turns_away_only_texts_without_a_campus(text):
    assert places._may_name_campus(text) or places._campus_re().search(text) is None


@pytest.mark.parametrize("text", EXAMPLES)
def test_prefilters_on_examples(text):
    _check(text)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_prefilters_answer_what_the_patterns_answer(text):
    _check(text)
