"""The parser's cheap tests before its IGNORECASE patterns (issue 17 item 13: a word the pattern
needs, looked for in the lower-cased text; the positions where a match can start) answer what
the patterns answer, on any text: a wrong answer would change what a page parses to."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventmap.ingest import calendar, places, when
from eventmap.ingest import text as ingest_text
from eventmap.ingest.parse import anchors, details, lexicon, lines, page, venues

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
    "Eintritt frei", "Register: x", ", ", "\u00a0", "word ", "\x85", "Speaker", "SPEAKERS",
    "featuring", "Presenter", "presenters", "Date", "TIME", "Lieu", "Où", "sede", "Horas", "|",
    "Veranstaltungsort", "Uhrzeit", "cuándo", "Día", "📍", "\ufe0f", "☎", "\u25ff",
    "Moderation", "MODÉRATION", "Modératrice", "Presenta", "presentan", "Referentin", "Ponente",
    "CONFÉRENCIER", "Conferencista", "expositora", "Moderación", "Dr. ", "Prof. ", "Intervenant",
]  # fmt: skip
_SEPARATORS = frozenset("·•|&")  # a line's separators, which is_prose counts as no words
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join)
EXAMPLES = [
    "Posted on", "posted by", "Updated:", "due to rain", "Stand: ", "Publié le", "mis à jour le",
    "Wilhelm-Leuschner-Straße 69", "Am Weidendamm 1a", "Karl-Marx-Allee 90/92, Berlin",
    "Doors open at", "Einlass ", "University of Michigan Michigan League Room 37", "Facebook",
    "le", "Réunion le", "Rally on ", "from\n", "the ", "\u017fince", "\u212aarl-Marx-Allee 9",
    "Stra\u017f\u017fe 4", "Po\u017fted", "", "📍 TRUJILLO", "\u2600x", "\u25ffx",
]  # fmt: skip


def _check(text: str) -> None:
    assert lexicon._not_event_date(text) == bool(lexicon._NOT_EVENT_DATE.search(text))
    assert places._de_street(text) == bool(places._DE_STREET.match(text))
    assert calendar.says_unless(text) == bool(calendar._UNLESS.search(text))
    for line in (text, text * 3, text * 9):
        n = len(line)
        words = [w for w in line.split() if w not in _SEPARATORS]  # "·", "|": no words
        assert ingest_text.is_prose(line) == (n > 160 or (n >= 35 and len(words) >= 18))
    fee = len(text) <= 120 and all(
        details._FEE_OR_SIGNUP.match(p.strip()) for p in text.split(", ")
    )
    assert details._fee_or_signup(text) == fee
    t = text.strip()
    cm = lexicon._CONTACT.match(t) if len(t) <= 60 else None
    contact = bool(cm) and (cm.group("phone") is None or sum(c.isdigit() for c in cm["phone"]) >= 7)
    assert venues._is_contact(text) == contact
    assert lexicon._cut_head_filler(text) == lexicon._HEAD_FILLER.sub("", text)
    found, expected = lexicon._find_speaker(text), lexicon._SPEAKER.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert page._may_be_field(text) or page._FIELD.fullmatch(text) is None
    assert text[:1] >= "\u2600" or lines._PIN.match(text) is None  # _heading_name
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


# The words _JUST_BEFORE and _DEADLINE_VERB end with (or end with before "on", "the", "am"...),
# in both cases and cut short, the words that lead into a date, and the characters around words:
# dashes, slashes, brackets, quotes, tabs, no-break spaces, the letters that match ASCII ones only
# when cases are ignored.
LEAD_PIECES = [
    "w/c", "W/B", "week", "commencing", "Week beginning", "starting", "of", "semaine", "du",
    "Woche", "vom", "ab", "semana", "de", "del", "closed", "Closed", "geschlossen", "fermé",
    "FERMÉES", "fermee", "cerrado", "cerradas", "modified", "edited", "geändert", "geandert",
    "modifiée", "modificado", "hasta", "jusqu'au", "jusqu’à", "jusqu", "bis", "zum",
    "spätestens", "spatestens", "au plus", "tard", "a más", "tardar", "no later", "than",
    "close", "closes", "closing", "open", "opens", "end", "ends", "due", "by", "until", "till",
    "before", "from", "start", "starts", "begin", "begins", "endet", "beginnt", "startet",
    "läuft", "lauft", "ouvre", "ouvertes", "Ouverture", "avant", "à partir", "a partir", "dès",
    "le", "desde", "antes", "cierra", "cierran", "abre", "abren", "on", "the", "am", "el", "der",
    "den", "depuis", "seit", "since", "Registration", "Anmeldung", "inscriptions", "RSVP",
    "Meeting", "Hall", "7", "12.",
    " ", "  ", "\t", "\n", "\xa0", "-", "–", "—", "/", "(", ")", "[", "\"", "“", "’", "'", ":",
    ",", ".", ";", "x", "C", "\u0130", "\u0131", "\u017f", "\u212a", "ß",
]  # fmt: skip
LEAD_TEXTS = st.lists(st.sampled_from(LEAD_PIECES), max_size=12).map("".join) | st.lists(
    st.sampled_from(LEAD_PIECES), max_size=12
).map(" ".join)
LEAD_EXAMPLES = [
    "w/c ", "Week commencing ", "Semaine du ", "Woche vom ", "semana del ", "(closed ",
    "Library closed on ", "hasta el ", "inscriptions jusqu'au ", "Anmeldung bis zum ",
    "Page last modified ", "no later than ", "RSVP—by ", "Registration opens ", "Tickets: from ",
    "Bookings close – ", "Sign-ups\xa0close\xa0on ", "Anmeldung\tab ", "inscripción antes del ",
    "Pre-orders (close) ", "réservations à partir du ", "inscriptions dès le ", "",
    "University of Michigan, Ann Arbor – ", "Closing rally, ",
]  # fmt: skip


def _check_lead(head: str) -> None:
    """Where _JUST_BEFORE or _DEADLINE_VERB matches the text before a date, the last-words
    prefilter lets _no_event_lead try them: a word missing from _LEAD_LAST_WORDS fails here."""
    near = head[-lexicon._NEXT_REACH :]
    if lexicon._JUST_BEFORE.search(near) or lexicon._DEADLINE_VERB.search(near):
        assert lexicon._ends_with_lead_word(when.lower_text(head[-lexicon._SIGNUP_REACH :])), head


# Every way a _JUST_BEFORE or _DEADLINE_VERB match can end, before the words that may follow it.
LEAD_PHRASES = [
    "w/c", "W/B", "week commencing", "Week beginning", "week starting", "week of", "semaine du",
    "Woche vom", "woche ab", "semana de", "Semana del", "closed", "geschlossen", "fermé",
    "fermée", "fermés", "fermées", "ferme", "fermee", "fermes", "fermees", "cerrado", "cerrada",
    "cerrados", "cerradas", "modified", "edited", "geändert", "geandert", "modifié", "modifiée",
    "modifie", "modifiee", "modificado", "modificada", "hasta", "jusqu'au", "jusqu’à", "jusqu'a",
    "bis zum", "bis spätestens", "spatestens", "au plus tard", "a más tardar", "a mas tardar",
    "no later than", "close", "closes", "closing", "open", "opens", "end", "ends", "due", "by",
    "until", "till", "before", "from", "start", "starts", "starting", "begin", "begins", "ab",
    "bis", "endet", "beginnt", "startet", "läuft", "lauft", "ouvre", "ouvrent", "avant",
    "à partir du", "a partir du", "dès le", "des le", "desde", "antes de", "antes del",
    "a partir de", "a partir del", "cierra", "cierran", "abre", "abren", "depuis", "seit",
    "since",
]  # fmt: skip
LEAD_FOLLOWERS = ["", " on", " the", " am", " le", " el", " de", " del", " der", " den", " du",
                  " vom", " from"]  # fmt: skip


@pytest.mark.parametrize("phrase", LEAD_PHRASES)
def test_lead_word_prefilter_lets_through_every_lead_phrase(phrase):
    heads = [f"{lead}{phrase}{follower}{end}" for lead in ("", "Registration ", "Hall (")
             for follower in LEAD_FOLLOWERS for end in (" ", ": ", " – ", "")]  # fmt: skip
    assert any(lexicon._JUST_BEFORE.search(h) or lexicon._DEADLINE_VERB.search(h) for h in heads), (
        f"{phrase!r} is in neither pattern: the table is stale"
    )
    for head in heads:
        _check_lead(head)


@pytest.mark.parametrize("head", LEAD_EXAMPLES)
def test_lead_word_prefilter_on_examples(head):
    _check_lead(head)


@settings(max_examples=3000, deadline=None)
@given(LEAD_TEXTS)
def test_lead_word_prefilter_lets_through_every_match(head):
    _check_lead(head)


RANGE_PIECES = ["to", "TO", "To", "until", "Until", "till", "through", "–", "—", "-", "bis",
                "Bis", "au", "AU", "jusqu'au", "al", "hasta", "Hasta", " ", "  ", "\t", "x",
                "SUN", "9:00 AM", ",", "\u017f", "\u212a"]  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(RANGE_PIECES), max_size=8).map("".join))
def test_the_range_prefilter_turns_away_only_texts_the_range_pattern_does_not_match(text):
    head = text[:12].lstrip()
    if head and head[0] not in anchors._RANGE_FIRST:
        assert anchors._RANGE_TO.match(text) is None


# Field labels and speaker lines as pages write them, in the four languages, with the label's
# spaces, separators and cases varied: each cheap test lets through what its pattern matches.
FIELD_LINES = [
    "Date", "DATE:", "Date : Sat 5 Dec 2026", "Dates | 5–7 March", "When:", "wann?", "Wann: heute",
    "Datum", "Datum:", "Fecha: jueves 7 de marzo", "Cuándo", "cuando :", "Día: 9", "Quand : le 7",
    "Time", "Times: 7pm", "Uhrzeit | 19 Uhr", "Heure", "Horaire: 19h", "Hora:19:00", "Horario",
    "Horas", "Horaires :", "Where", "Location: Hall 3", "Venue |  Town Hall", "Place", "Wo:",
    "Ort: Rathaus", "Veranstaltungsort", "VERANSTALTUNGSORT : Saal 2", "Lieu", "Lieu :", "Où",
    "Où : salle 4", "Lugar", "Dónde: Sala 2", "Sede: Centro Cívico", "Venue" + " " * 30 + ": x",
    "Date" + "\u00a0" * 20, "Location\t\t: Room 4", "Veranstaltungsort:", "Veranstaltungsortx",
    "Veranstaltungsorte: x", "Public meeting", "University of Michigan, Ann Arbor – Sat 9 March",
    "Time TBA", "Datum und Uhrzeit: 7.3.", "\u212aalender", "Orte", "",
]  # fmt: skip
SPEAKER_LINES = [
    "Speaker: Ana Ruiz", "Speakers : Ana Ruiz, Jo Lee", "SPEAKER:Jo", "featuring: The Band",
    "Featuring : Priya Raman.", "Presenter: Dr. Lee", "presenters:  A; B", "Room 4, speaker: Jo",
    "Guest speakers — Jo", "speaker Jo Lee", "Sprecher: Jo", "Intervenants : Jo", "Ponente: Ana",
    "Spea\u212aer: Jo", "SPEA\u212aERS: x", "\u0130 speaker: x", "Thursday 7 March, 7pm: Jo",
    "Lecture 12: history and politics", "",
]  # fmt: skip


@pytest.mark.parametrize("line", FIELD_LINES)
def test_field_prefilter_lets_through_every_field_line(line):
    assert page._may_be_field(line) or page._FIELD.fullmatch(line) is None


def test_field_prefilter_turns_away_long_lines_without_a_separator_up_front():
    assert not page._may_be_field("University of Michigan, Ann Arbor – Sat 9 March, 7pm")
    assert page._may_be_field("Veranstaltungsort")  # the longest label
    assert not page._may_be_field("Veranstaltungsorte")  # one letter more and no ":"


@pytest.mark.parametrize("line", SPEAKER_LINES)
def test_speaker_prefilter_finds_what_the_pattern_finds(line):
    found, expected = lexicon._find_speaker(line), lexicon._SPEAKER.search(line)
    assert (found and found.span()) == (expected and expected.span())


# Years, digits near them and what the year pattern's look-arounds test: digit-heavy texts take
# the engine's own scan, texts of mostly words the substring scan (year_counts picks by density).
YEAR_PIECES = [
    "19", "20", "2019", "1953", "1949", "2031", "0", "5", "9", "$", ",", ".", ",1", " ", "\n",
    "Room ", "Lecture ", "the meeting series will take up the lessons ", "–", "é",
]  # fmt: skip


def _year_counts_by_engine(text: str, until: int) -> list[tuple[int, int]]:
    counts: dict[int, int] = {}
    for m in when.YEAR_MENTION_RE.finditer(text):
        if (y := int(m.group(1))) <= until:
            counts[y] = counts.get(y, 0) + 1
    return list(counts.items())


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(YEAR_PIECES), max_size=30).map("".join))
def test_year_counts_find_what_the_year_pattern_finds_in_its_order(text):
    for until in (2019, 2026):
        assert list(when.year_counts(text, until=until).items()) == _year_counts_by_engine(
            text, until
        )


@pytest.mark.parametrize(
    "text",
    [
        "Attend a meeting in 2019, 7 March 2020 and $2019 or 1.2019, 2019,5 and 20190",
        "Tagung 2019 · Juni 2020 · 1949 · 1950–1999 · Raum 2019a · Zimmer 1970",
        "2019" * 50 + " 2020 ",  # digit-heavy: the engine's own scan
        "réunion le 7 mars 2019 à 19 h 30, salle 2020 " * 20,
    ],
)
def test_year_counts_on_examples(text):
    assert list(when.year_counts(text, until=2026).items()) == _year_counts_by_engine(text, 2026)


# Town lines and near misses: each country's postcode before or after its town, with regions,
# country names, brackets and commas, and lines whose digits are elsewhere.
TOWN_PIECES = [
    "Manchester", "M2 5NS", "M2", "5NS", "Toronto", "ON", "M5V 2T6", "M5V", "2T6", "Carlton",
    "VIC", "3053", "New South Wales", "2000", "Ann Arbor", "MI", "48104", "48104-1234",
    "60329", "D-60329", "Frankfurt am Main", "Australia", "UK", "Canada", "Germany", "USA",
    "Lecture 7: history", "Room 208", "7", "1a", ",", ", ", " ", "(", ")", ".", "Straße 4",
]  # fmt: skip


def _postal_town_by_every_form(text: str) -> places.PostalPlace | None:
    t = text.strip(" .;")
    if not t or len(t) > places._TOWN_LINE_CHARS or not places._DIGIT.search(t):
        return None
    named = None
    head, comma, tail = t.rpartition(",")
    if comma and tail.strip().lower() in places._COUNTRY_WORDS:
        named, t = places._COUNTRY_WORDS[tail.strip().lower()], head.strip(" ,")
    words = t.replace(",", " , ").replace("(", " ").replace(")", " ").split()
    for form in places.postal_forms():
        if not (named and named != form.country) and (found := places._read_form(form, words)):
            return found
    return None


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(TOWN_PIECES), max_size=6).map(" ".join))
def test_postal_town_digit_test_turns_away_only_lines_no_form_reads(text):
    assert places.find_postal_town(text) == _postal_town_by_every_form(text)
