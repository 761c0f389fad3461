"""Dates and times as organisers write them: "Thursday, March 14th, 7PM", "7:00 p.m.", "time TBA".

Finding (``find_date``, ``find_times``) is separate from resolving the year (``resolve_year``),
because the year usually has to be inferred from the weekday and the rest of the page.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from eventmap.ingest.text import contains_any

# Month and weekday names come from CLDR through babel, per language, so that "März", "jeudi"
# and "marzo" read like "March"; nothing is hand-typed but a few English short forms.
LANGUAGES = ("en", "de", "fr", "es")
# Forms CLDR lacks: English short forms, the north and east German "Sonnabend" (Saturday, as
# Dresden, Leipzig and Hamburg write it; "Sa." is its short form too) and the Austrian "Feber"
# (February, beside CLDR's Austrian "Jänner": "5. Jänner, 2. Feber, 2. März").
_EXTRA_WEEKDAYS = {"en": {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}, "de": {"sonnabend": 5}}
_EXTRA_MONTHS = {"en": {"sept": 9}, "de": {"feber": 2}}


def _fold(name: str) -> str:
    return name.casefold().rstrip(".")


@cache
def month_names(lang: str) -> dict[str, int]:
    """Lower-cased month names and abbreviations of ``lang`` (CLDR) -> month number."""
    out = dict(_base_months(lang))
    out.update(_EXTRA_MONTHS.get(lang, {}))
    for name, k in _regional_months(lang).items():
        out.setdefault(name, k)
    return out


@cache
def _base_months(lang: str) -> dict[str, int]:
    """The language's own month names and abbreviations (CLDR), without its regions'."""
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for k, v in get_month_names(width, context, locale=lang).items():
                out.setdefault(_fold(v), int(k))
    return out


_REGION = re.compile(r"[a-z]{2,3}_[A-Z]{2}")


def _regional_months(lang: str) -> dict[str, int]:
    """Month names the language's regions write otherwise (CLDR): Austrian "Jänner" and "Jän.",
    Uruguayan "setiembre" and "set.". Full names, and their regional abbreviations that start
    them (a region's other abbreviations, "jui" for juin and juillet, are left out). Only each
    region's own data is read (cheap: most regions inherit their months)."""
    from babel import localedata

    base = set(_base_months(lang))
    out: dict[str, int] = {}
    regions = sorted(i for i in localedata.locale_identifiers() if _REGION.fullmatch(i))
    for loc in regions:
        if not loc.startswith(f"{lang}_"):
            continue
        months = localedata.load(loc, merge_inherited=False).get("months", {})
        for context in ("format", "stand-alone"):
            wide = months.get(context, {}).get("wide", {})
            short = months.get(context, {}).get("abbreviated", {})
            for k, v in wide.items():
                name = _fold(v)
                if name in base:
                    continue
                out.setdefault(name, int(k))
                abbr = _fold(short.get(k, ""))
                if len(abbr) >= 3 and name.startswith(abbr) and abbr not in base:
                    out.setdefault(abbr, int(k))
    return out


@cache
def weekday_names(lang: str) -> dict[str, int]:
    """Lower-cased weekday names and abbreviations of ``lang`` (CLDR) -> 0 (Monday) to 6."""
    from babel.dates import get_day_names

    out: dict[str, int] = {}
    # English two-letter forms ("We", "Th") are ordinary words; German ones ("Do.") are not.
    widths = ("wide", "abbreviated") if lang == "en" else ("wide", "abbreviated", "short")
    for width in widths:
        for context in ("format", "stand-alone"):
            for k, v in get_day_names(width, context, locale=lang).items():
                if len(_fold(v)) >= 2:
                    out.setdefault(_fold(v), int(k))
    out.update(_EXTRA_WEEKDAYS.get(lang, {}))
    return out


_ANY_DIGIT = re.compile(r"\d")


@cache
def _weekday_stems() -> dict[str, int]:
    """The weekdays' full names in every language read (folded, five letters or more) -> 0
    (Monday) to 6: stems of the words that name one ("mardi", "Tuesdays", "dienstags",
    "Dienstagskurse", "martes")."""
    return {n: k for lang in LANGUAGES for n, k in weekday_names(lang).items() if len(n) >= 5}


def weekday_named(text: str) -> int | None:
    """The weekday (0 is Monday) the first word of ``text`` that names one by its full name,
    alone or in a compound, names ("Les cours du mardi" -> 1, "Die Dienstagskurse" -> 1), else
    None."""
    stems = _weekday_stems()
    for word in _SHORT_WORD.findall(text):
        folded = _fold(word)
        for stem, k in stems.items():
            if folded.startswith(stem):
                return k
    return None


@lru_cache(maxsize=1)
def _own_names() -> dict[str, frozenset[str]]:
    """Each language's month and weekday names that no other language shares (4+ letters: short
    forms collide with ordinary words)."""
    names = {lang: set(month_names(lang)) | set(weekday_names(lang)) for lang in LANGUAGES}
    return {
        lang: frozenset(
            n
            for n in names[lang] - set().union(*(names[o] for o in LANGUAGES if o != lang))
            if len(n) >= 4
        )
        for lang in LANGUAGES
    }


# The commonest short words of each language (articles, conjunctions, prepositions) that the
# others do not share ("de", "la", "en", "des", "in", "an" are shared and left out). Month and
# weekday names come first; these decide the pages whose dates use only names that several
# languages share ("Do., 4. April, 20 Uhr").
# fmt: off
_FUNCTION_WORDS = {
    "en": frozenset({"the", "and", "of", "to", "for", "with", "will", "is", "are", "this",
                     "from", "be", "by", "at"}),
    "de": frozenset({"der", "die", "das", "und", "mit", "für", "von", "zu", "zum", "zur", "im",
                     "ist", "sind", "wir", "ein", "eine", "einer", "den", "dem", "auf", "wird",
                     "nicht", "auch", "sich", "uhr", "bei", "nach", "über"}),
    "fr": frozenset({"le", "les", "et", "du", "pour", "avec", "une", "dans", "sur", "aux",
                     "nous", "au", "vous", "à"}),
    "es": frozenset({"el", "los", "las", "del", "para", "con", "una", "por", "es", "se", "al",
                     "su"}),
}
# fmt: on
_NAME_WEIGHT = 3  # one month or weekday name counts as much as three function words
_SHORT_WORD = re.compile(r"[^\W\d_]+")
LANGUAGE_SAMPLE = 100_000  # characters of a page read for its language: enough, and bounded


def page_language(text: str) -> str:
    """The language of a page, from its own words: the one whose CLDR month and weekday names
    (those no other language shares) and commonest short words it uses most; English when none
    stands out."""
    counts = Counter(_SHORT_WORD.findall(text[:LANGUAGE_SAMPLE].casefold()))
    scores = {
        lang: _NAME_WEIGHT * sum(counts[n] for n in own)
        + sum(counts[w] for w in _FUNCTION_WORDS[lang])
        for lang, own in _own_names().items()
    }
    best = max(LANGUAGES, key=lambda lang: scores[lang])
    return best if scores[best] > scores["en"] else "en"


def _alternation(names) -> str:
    """A pattern that matches any of ``names``, longest first, as the plain alternation of them
    sorted longest first does, written as a tree of their common beginnings ("mar(?:ch|zo)?"):
    the engine reads each character once at a position instead of trying every name there (a
    third of the time on English dates, half to a quarter with another language's names).
    Names that end where a longer one goes on come after it (an optional group is tried
    first), so a backtracking match tries the same names in the same order."""
    return _name_tree(sorted(set(names)), 0)


def _name_tree(names: list[str], depth: int) -> str:
    """The tree pattern of sorted ``names`` that share their first ``depth`` characters."""
    ends = False
    branches: dict[str, list[str]] = {}
    for n in names:
        if len(n) == depth:
            ends = True
        else:
            branches.setdefault(n[depth], []).append(n)
    # Two first characters that could match one character when cases are ignored ("s" and
    # the long s) would let two branches match at once: none of the languages' names has both.
    folded = ({c.lower() for c in branches}, {c.upper() for c in branches})
    if any(len(f) != len(branches) for f in folded):
        raise AssertionError(f"names that differ only in case: {sorted(branches)}")
    parts = [re.escape(c) + _name_tree(group, depth + 1) for c, group in branches.items()]
    if not parts:
        return ""
    if len(parts) == 1 and not ends:
        return parts[0]
    return f"(?:{'|'.join(parts)})" + ("?" if ends else "")


@dataclass(frozen=True)
class Vocabulary:
    """The month and weekday names of some languages, and the date pattern built from them."""

    langs: tuple[str, ...]
    months: dict[str, int]
    weekdays: dict[str, int]
    date_re: re.Pattern[str]
    hint: re.Pattern[str]
    # The hint's month stems without IGNORECASE, for lower-cased text (see ``_lower_hint``).
    lower_hint: re.Pattern[str] | None = None


@lru_cache(maxsize=16)
def vocabulary(langs: tuple[str, ...] = ("en",)) -> Vocabulary:
    """Names of ``langs`` merged (the first language wins a clash) and their date pattern."""
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for lang in reversed(langs):
        months.update(month_names(lang))
        weekdays.update(weekday_names(lang))
    return Vocabulary(
        langs, months, weekdays, _date_pattern(months, weekdays), _hint(months), _lower_hint(months)
    )


def _date_pattern(months: dict[str, int], weekdays: dict[str, int]) -> re.Pattern[str]:
    wd = rf"(?P<wd>{_alternation(weekdays)})\.?"
    mon = rf"(?P<mon>{_alternation(months)})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º)?"
    year = r"(?:,?\s*+(?:de\s++)?(?P<year>(?:19|20)\d\d)|/(?P<yy>\d\d)(?![\d/]))?"
    g = {"wd": "wd2", "mon": "mon2", "day": "day2", "year": "year2", "yy": "yy2"}

    def second(pattern: str) -> str:
        for a, b in g.items():
            pattern = pattern.replace(f"(?P<{a}>", f"(?P<{b}>")
        return pattern

    # "Monday, April 8", "Thursday, March 14th, 2019", "March, 27", "Mon. Apr. 8", "Mar 7/19"
    # "16-18", "9 au 10", "9. bis 10.", "5. bis zum 9.", "5. bis am 9." (Swiss)
    until = r"\s*+(?:[-–—]|\b(?:to|bis(?:\s{1,3}(?:zum|am))?|au|al)\b)\s*+"
    # Not a month right after a day and a hyphen: "place du 20-Août 7" is a street, not Aug 7.
    month_first = (
        rf"(?<!\d-)(?:{wd}\s*+,?\s*+)?{mon}\s*+,?\s*+{day}(?!\.\d)(?:{until}(?P<dend>[0-3]?\d)(?!\d|:\d))?"
        rf"(?!\d|:\d)(?!\s*(?:[ap]\.?m\b)){year}"
    )
    # "Monday 8 April 2019", "8th of April", "Donnerstag, 7. März", "jueves 7 de marzo",
    # "Saturday the 16th of January", "Samstag, den 16. Januar"
    # the first day's own time in brackets before the range goes on: "Du samedi 6 (10h) au
    # dimanche 7 février (16h)", "vom 6. (10 Uhr) bis 7. Februar"
    day_time = r"(?:\s*+\(\s*+\d{1,2}(?:[h:.]\d\d)?\s*+(?:h|uhr|hrs?|[ap]\.?m\.?)?\s*+\))?"
    day_first = (
        rf"(?:{second(wd)}\s*+,?\s*+(?:(?:the|den)\s++)?)?{second(day)}\.?"
        rf"(?:{day_time}{until}(?:(?P<wd4>{_alternation(weekdays)})\.?\s*+,?\s*+)?(?P<dend2>[0-3]?\d)\.?)?"
        r"\s*+(?:of\s++|de\s++)?"
        rf"{second(mon)}{second(year)}"
    )
    # "Tuesday 3/5", "3/5/2019", "3/7/19" (a weekday or a year is required: "24/7" is no
    # date), "07.03.2019", "Sa., 9.3." (dotted dates are day-first wherever they are written)
    numeric = (
        rf"(?:(?P<wd3>{_alternation(weekdays)})\.?\s*+,?\s*+(?:den\s++)?)?"
        r"(?:(?P<a>[0-3]?\d)(?:/(?P<b>[0-3]?\d)(?:/(?P<y3>(?:19|20)?\d\d))?(?![\d/])"
        # "17-01-2027", "06-02-2027" (dashed, only with its whole year: "10-12" is no date)
        r"|-(?P<b5>[0-3]?\d)-(?P<y5>(?:19|20)\d\d)(?![\d-]))"
        r"|(?P<dd>[0-3]?\d)\.(?P<mm>[01]?\d)"
        # "Sa. 9.3.", "07.03.2019"; after a weekday also without the last dot ("MER. 02.12")
        r"(?:\.(?P<y4>(?:19|20)?\d\d)?|(?(wd3)(?=\s|,|$)|(?!)))(?![\d.])"
        # "2019-03-07" (ISO, as calendar software writes it)
        r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-]))"
    )
    first = "".join(sorted({n[0] for n in (*months, *weekdays)}))
    pattern = re.compile(
        # Every date starts with a digit or the first letter of a name: checking that first lets
        # the engine skip most positions without trying every name.
        rf"(?=[\d{re.escape(first)}])(?<![\w/.])(?:{month_first}|{day_first}|{numeric})(?![\w/])",
        re.IGNORECASE,
    )
    if tuple(pattern.groupindex) != _DATE_GROUPS:  # _date_match unpacks the groups in this order
        raise AssertionError(f"date pattern groups changed: {tuple(pattern.groupindex)}")
    return pattern


def _stems(months: dict[str, int]) -> list[str]:
    return sorted({n[:3] for n in months if len(n) >= 3})


def _hint(months: dict[str, int]) -> re.Pattern[str]:
    return re.compile(rf"{_alternation(_stems(months))}|\d/|\d\.\d|\d-[0-3]?\d-", re.IGNORECASE)


_NUMERIC_HINT = re.compile(
    r"\d(?:/|\.\d|-[0-3]?\d-)"
)  # the hint's numbers: 3/7, 7.3., 2019-03-, 17-1-
# The only characters that match an ASCII letter when cases are ignored ("İ", "ı", "ſ", the Kelvin
# sign), and the only ones whose lower case is not one character of the same kind (\w, \d, \s):
# in text without them, a case-sensitive pattern of lower-case letters matches the lower-cased
# text where its IGNORECASE twin matches the text (tests/ingest/test_when_hints.py checks it).
CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")


def lower_text(text: str) -> str | None:
    """``text.lower()`` when it has none of the CASE_TWINS (a case-sensitive pattern of lower-case
    letters then matches it where the IGNORECASE pattern matches ``text``), else None: for cheap
    tests that must pass before an IGNORECASE pattern can match."""
    if text.isascii() or not CASE_TWINS.search(text):
        return text.lower()
    return None


def _lower_hint(months: dict[str, int]) -> re.Pattern[str] | None:
    """The hint's stems as a case-sensitive pattern, for lower-cased text: the engine skips to
    their first letters in C (5x faster than the IGNORECASE hint). None when a stem has a letter
    outside plain and accented Latin lower case (for those the two could differ)."""
    stems = _stems(months)
    for c in {c for s in stems for c in s if not c.isascii() or not c.isalpha()}:
        latin = "\u00c0" <= c <= "\u024f" and not CASE_TWINS.match(c)
        if not (latin and c == c.lower()):
            return None
    if any(s != s.lower() for s in stems):
        return None
    return re.compile(_alternation(stems))


def has_date_hint(text: str, voc: Vocabulary) -> bool:
    """Whether ``text`` has a month stem, "3/", "3.7" or "9-03-": ``voc.hint.search(text)``, faster."""
    if voc.lower_hint is not None and (text.isascii() or not CASE_TWINS.search(text)):
        return bool(voc.lower_hint.search(text.lower()) or _NUMERIC_HINT.search(text))
    return bool(voc.hint.search(text))


PENDING_RE = re.compile(
    r"^\W*(?:details\s+(?:coming\s+soon|to\s+(?:be\s+announced|come|follow)|tba|tbd)|"
    r"date\s+(?:and\s+(?:time|location)\s+)?(?:tba|tbd|to\s+be\s+(?:announced|determined|confirmed))|"
    r"(?:more\s+)?(?:info|information)\s+coming\s+soon|coming\s+soon|tba|tbd)\W*$",
    re.IGNORECASE,
)
# A bare "TBA" after another noun is that noun's: "POSTPONED, new date TBA", "venue TBA".
TIME_TBA_RE = re.compile(
    r"\b(?:time\s*:?\s*(?:tba|tbd|to\s+be\s+(?:announced|determined|confirmed))|"
    r"(?<!date )(?<!date: )(?<!venue )(?<!venue: )(?<!location )(?<!location: )(?<!place )"
    r"(?<!room )(?<!speaker )(?<!speakers )(?<!topic )(?<!title )(?:tba|tbd))\b",
    re.IGNORECASE,
)

# "pm", "p.m.", "P.M", and a bare "p" right after the digits ("7:00p").
_AMPM = r"(?P<ap{n}>[ap])(?:\.?\s?m\b\.?|(?<=\d[ap])\b)"
# A 24-hour clock said so: "19 Uhr", "19 h", "18h30", "1900hrs", "19 hs", "a las 19 horas"
# ("horas" only after "las", minutes after a comma, a range's "18 a" or a dash or a dot before
# two digits: "— 20 horas · En el Ateneo"; "durante 2 horas", ", 3 horas" are lengths), "à 9 heures", "15 heures" ("heures" after two
# digits or "à": "2 heures de marche" is no time).
_H24 = (
    r"(?P<h24{n}>uhr|hrs?|hs|(?:(?<=\d\d )|(?<=\d\d)|(?<=[àa] \d )|(?<=vers \d ))heures?|h|"
    r"(?:(?<=las \d )|(?<=las \d\d )|(?<=\d,\d\d )|(?<=\d a \d )|(?<=\d a \d\d )"
    # "19:30 horas", "19.30 horas" (the minutes make it a clock's); "19 horas" opening a line or
    # a cell (not "20 horas de trabajo" in a sentence)
    r"|(?<=\d:\d\d )|(?<=\d\.\d\d )|(?<=^1[3-9] )|(?<=^2[0-3] )|(?<=[|·] 1[3-9] )"
    r"|(?<=[|·] 2[0-3] )"
    r"|(?<=[—–·:] \d\d ))horas)\b"
)  # "hs": Argentina, Uruguay ("19 hs")
_CLOCK = (
    r"(?:(?P<mil{n}>[012]\d[0-5]\d)(?=\s?hrs?\b|\s?[-–]\s?[012]\d[0-5]\d\s?hrs?\b)"
    r"|(?P<h{n}>[012]?\d)(?:\s*+(?:[:.]|h(?=\s?[0-5]\d(?!\d))|heures?(?=\s[0-5]\d(?!\d))"
    r"|(?<=\d\d),(?=[0-5]\d\s?(?:horas|hs|hrs?|h|uhr)\b))"  # "19,30 horas", "19,30 h" (Spain)
    # not a number's thousands ("3.000 Gäste", "2.500 asistentes"): no digit after the minutes
    r"\s*+(?P<m{n}>[0-5]\d)(?![.]?\d))?)"
    r"\s*+(?:{ampm}|(?P<noon{n}>noon)|{h24})?"
)
_T1 = _CLOCK.format(n=1, ampm=_AMPM.format(n=1), h24=_H24.format(n=1))
_T2 = _CLOCK.format(n=2, ampm=_AMPM.format(n=2), h24=_H24.format(n=2))
# not "après-midi" (the afternoon)
_NOON = r"\bnoon\b|\bmidday\b|(?<!apr[èe]s[-\s])\bmidi\b|\bmediod[ií]a\b|\bmittags\b"
# A range's ends: "7–9 pm", "19 bis 21 Uhr", "10H > 12H30", "10h → 12h" (a flyer's arrow) and
# "9h/17h" (a slash after a clock's "h" or minutes only: "3/7" is a date).
TIME_RE = re.compile(
    # Every time starts with a digit or the "n" or "m" of a noon word: that one test turns away
    # most positions before the look back and the clock's branches are tried there.
    # Not glued to a letter: "WC2H 0DT", "SW1A 1AA" are postcodes, not 2 h and 1 am.
    rf"(?=[\dnm])(?<![\d:/$£€,.])(?<![^\W\d_])(?P<t1>{_T1}|(?P<noonword>{_NOON}))"
    rf"(?:\s*+(?:-|–|—|>|→|to|until|till|bis|à|a|(?:(?<=\dh)|(?<=[:h.]\d\d))/)"
    rf"\s*+(?:{_T2}|(?P<noonend>{_NOON})))?",
    re.IGNORECASE,
)
_TIME_GROUPS = ("t1", "mil1", "h1", "m1", "ap1", "noon1", "h241", "noonword",
                "mil2", "h2", "m2", "ap2", "noon2", "h242", "noonend")  # fmt: skip
if tuple(TIME_RE.groupindex) != _TIME_GROUPS:  # _time_match unpacks the groups in this order
    raise AssertionError(f"TIME_RE groups changed: {tuple(TIME_RE.groupindex)}")


@dataclass
class DateMatch:
    start: int
    end: int
    month: int
    day: int
    year: int | None
    weekday: int | None  # 0 = Monday
    # For "3/7/19": the two numbers as written, when either order could be meant; the parser
    # decides per page which comes first.
    slashed: tuple[int, int] | None = None
    order: str | None = None  # "dmy"/"mdy" when the numbers themselves say ("13/3", "3/13")
    end_day: int | None = None  # "March 16-18", "7–9 June", "Saturday 9 – Sunday 10 March"
    # "Thu 07/03/2019": the order in which the written weekday fits, when only one does (a
    # slashed date is read that way unless the page's other dates settle the order)
    weekday_order: str | None = None
    # A range into another month ("30 March – 2 April"): its last day's month, and year if written
    end_month: int | None = None
    end_year: int | None = None

    def day_first(self) -> DateMatch:
        """The same written date read day-first (only for an ambiguous slashed date)."""
        if self.slashed is None:
            return self
        a, b = self.slashed
        return DateMatch(self.start, self.end, b, a, self.year, self.weekday, None, "dmy")

    def month_first(self) -> DateMatch:
        """The same written date read month-first (only for an ambiguous slashed date)."""
        if self.slashed is None:
            return self
        a, b = self.slashed
        return DateMatch(self.start, self.end, a, b, self.year, self.weekday, None, "mdy")


_DOTTED_SLASH_RANGE = re.compile(r"(?<=\d)\./(?=\d)")
# The first of two weekdays written as a pair before a range of days: "Sa./So., 16./17.1."
_WEEKDAY_PAIR_START = re.compile(r"(?<![\w.])(?P<wd>[^\W\d_]{2,12})\.?\s{0,2}[/–-]\s{0,2}$")


@lru_cache(maxsize=4096)  # a line's date is asked for again by later readers
def find_date(
    text: str, *, langs: tuple[str, ...] = ("en",), day_first: bool = False
) -> DateMatch | None:
    """The first month-and-day mentioned in ``text`` (weekday and year when given).

    Names are read in ``langs``. A slashed date is month-first ("3/7" is March 7) unless
    ``day_first`` or its numbers say otherwise ("13/3"); a dotted one is always day-first.
    """
    voc = vocabulary(langs)
    # Every date has a digit: one scan for one character class is far cheaper than the hint's
    # alternation, and skips most prose.
    if not _ANY_DIGIT.search(text):
        return None
    if not has_date_hint(text, voc):
        return None
    if "./" in text:  # "Sa./So., 16./17.1.": the days' range as "16.–17.1." (same length)
        text = _DOTTED_SLASH_RANGE.sub(".–", text)
    for m in voc.date_re.finditer(text):
        dm = _date_match(m, voc, day_first, text)
        if dm is not None:
            return _range_end(dm, text, voc, day_first)
    return None


def date_starts_by(text: str, k: int, langs: tuple[str, ...] = ("en",)) -> bool:
    """Whether a date pattern match starts in the first ``k`` characters of ``text``: a cheap
    test that must hold for ``find_date(text)`` to start there (its first match is the
    leftmost), tried at those few positions only."""
    date_re = vocabulary(langs).date_re
    return any(date_re.match(text, p) for p in range(min(k, len(text))))


# Between the two ends of a range: "30 March – 2 April", "March 30 to April 2", "bis", "au", "al".
# Bounded runs of spaces: the pattern is only matched at a date's end, but stays linear anywhere.
_RANGE_TO = re.compile(
    r"\s{0,3}(?:[-–—]|(?:to|until|bis(?:\s{1,3}(?:zum|am))?|au|al)\b)\s{0,3}", re.IGNORECASE
)


def _range_end(dm: DateMatch, text: str, voc: Vocabulary, day_first: bool) -> DateMatch:
    """A date followed by a dash and a second full date ("30 March – 2 April", "March 30 –
    April 2, 2019", "Sat 30 March – Tue 2 April") is one range: the match runs to the end of
    the second date, which gives ``end_day`` and ``end_month`` (and the year both lack)."""
    if dm.end_day is not None and dm.weekday is not None and dm.start:
        return _first_weekday(dm, text, voc)
    if dm.end_day is not None or dm.slashed is not None:
        return dm
    sep = _RANGE_TO.match(text, dm.end)
    m2 = voc.date_re.match(text, sep.end()) if sep else None
    if m2 is None:
        return dm
    last = _date_match(m2, voc, day_first, text)
    if last is None or last.slashed is not None or last.end_day is not None:
        return dm
    if (last.month, last.day) == (dm.month, dm.day):
        return dm
    return dataclasses.replace(
        dm,
        end=last.end,
        year=dm.year or (last.year - 1 if last.year and last.month < dm.month else last.year),
        end_day=last.day,
        end_month=last.month if last.month != dm.month else None,
        end_year=last.year,
    )


# The first weekday of a range of weekdays right before a date's own weekday: "Fr.–" in
# "Fr.–Sa., 22.–23. Januar", "Fri – " in "Fri – Sat 22–23 January" (searched in a short slice).
_WEEKDAY_RANGE_START = re.compile(r"([^\W\d_]{2,12})\.?\s{0,2}[-–—]\s{0,2}$")


def _first_weekday(dm: DateMatch, text: str, voc: Vocabulary) -> DateMatch:
    """A range of days under a range of weekdays ("Fr.–Sa., 22.–23. Januar"): the first weekday
    is the first day's (the date pattern took the last one, "Sa.", for the 22nd)."""
    wm = _WEEKDAY_RANGE_START.search(text, max(0, dm.start - 16), dm.start)
    if wm is None or (wd := voc.weekdays.get(_fold(wm.group(1)))) is None:
        return dm
    return dataclasses.replace(dm, start=wm.start(), weekday=wd)


_TIME_AFTER = re.compile(r",?\s?\d")
# A slashed day and month without a weekday or a year is a date when a sentence says so: "le",
# "el", "am", "on" before it and its time right after ("Réunion le 17/12 à 19h45", "el 18/03 a
# las 19 h", "on 12/3 at 7pm"); not a fraction, a score or a deadline ("avant le 15/01").
_SLASHED_LEAD = re.compile(r"(?:^|\s)(?:le|el|am|on|du|del)\s++$", re.IGNORECASE)
_SLASHED_TIME_REACH = 12  # characters from the date to its time


# A date joined to one before it ("cierra el 24/12 y el 31/12 a las 18 h"): a list's, whose
# first date is the one read.
_SLASHED_JOINED = re.compile(r"(?:^|\s)(?:y|et|and|und|ou|o|or|e)\s++\S++\s++$", re.IGNORECASE)


def _slashed_said(text: str, start: int, end: int) -> bool:
    if _SLASHED_LEAD.search(text, max(0, start - 5), start) is None:
        return False
    if _SLASHED_JOINED.search(text, max(0, start - 10), start) is not None:
        return False
    tm = find_times(text[end : end + _SLASHED_TIME_REACH + 8])
    return tm is not None and tm.start <= _SLASHED_TIME_REACH


# A feast's or a holiday's name right after a dotted day and month names that day, as a church's
# service plan heads its days: "24.12. Heiligabend", "31.12. Silvester", "25.12. 1. Weihnachtstag",
# "06.01. Epiphanias", "01.11. Toussaint", "24.12. Nochebuena". Dotted dates are written mostly
# in German; the other languages' names cost nothing here. Only a date that opens its line:
# "Abschnitt 2.1. Weihnachtsmarkt" is no date.
_FEAST_AFTER = re.compile(
    r"\s{0,3}[,:–—-]?\s{0,3}(?:[12]\.\s?)?(?:christi\s)?(?:heilig(?:er\s)?abend|weihnacht\w*|"
    r"christfest|christvesper|christmette|silvester|altjahrsabend|neujahr\w*|epiphanias|dreik[öo]nig\w*|"
    r"heilige\sdrei\sk[öo]nige|gr[üu]ndonnerstag|karfreitag|karsamstag|oster\w*|himmelfahrt|"
    r"pfingst\w*|fronleichnam|erntedank\w*|reformationstag|allerheiligen|bu[ßs]-?\sund\sbettag|"
    r"volkstrauertag|ewigkeitssonntag|totensonntag|aschermittwoch|palmsonntag|trinitatis|"
    r"advent\w*|christmas\w*|new\syear\W?s\s(?:eve|day)|good\sfriday|easter\w*|ash\swednesday|"
    r"palm\ssunday|pentecost|no[ëe]l|saint-sylvestre|nouvel\san|p[âa]ques|vendredi\ssaint|"
    r"pentec[ôo]te|toussaint|nochebuena|navidad|nochevieja|a[ñn]o\snuevo|reyes|viernes\ssanto|"
    r"pascua|pentecost[ée]s)\b",
    re.IGNORECASE,
)


# The date pattern's groups in order (checked in ``_date_pattern``): ``_date_match`` unpacks them.
_DATE_GROUPS = ("wd", "mon", "day", "dend", "year", "yy", "wd2", "day2", "wd4", "dend2", "mon2",
                "year2", "yy2", "wd3", "a", "b", "y3", "b5", "y5", "dd", "mm", "y4", "iy", "im",
                "id")  # fmt: skip


# A numbered list's item that opens with an English month's name, then a word in lower case
# that is no preposition ("1. December branch meetings", "2. January dues reminder"), and
# gives no time: the month is its topic, no date. (German writes "1. Dezember" for the date,
# its nouns in capitals: "4. September und 2. Oktober", "1. August im Bürgerhaus" are dates.)
_LIST_NUMBER_TOPIC = re.compile(
    r"\d{1,2}\.\s++(?:january|february|march|may|june|july|october|december)\s++"
    r"(?!(?:at|from|in|on|to|until|till|and|or)\b)(?-i:[a-z])",
    re.IGNORECASE,
)


def _date_match(m: re.Match[str], voc: Vocabulary, day_first: bool, text: str) -> DateMatch | None:
    (wd, mon, day_s, dend, year, yy, wd2, day2, _wd4, dend2, mon2,
     year2, yy2, wd3, a_s, b_s, y3, b5, y5, dd, mm, y4, iy, im, iday) = m.groups()  # fmt: skip
    b_s, y3 = b_s or b5, y3 or y5
    wd = wd or wd2 or wd3
    slashed = order = None
    end = m.end()
    if mon and not wd and _fold(mon) in voc.weekdays:
        # "mar. 26 janv.": a word that names a weekday and a month (mardi/mars, martes/marzo)
        # before a day and a month name is the weekday
        later = voc.date_re.match(text, m.start("day"))
        dm = _date_match(later, voc, day_first, text) if later and later.group("mon2") else None
        if dm is not None:
            return dataclasses.replace(dm, start=m.start(), weekday=voc.weekdays[_fold(mon)])
        if yy and not year:
            # "Mar 09/02" (martes 9 February), "mar. 12/01": the weekday before a day and a
            # month in numbers, not a month name with a two-digit year (March 9, 2002)
            wd, a_s, b_s, mon, yy = mon, day_s, yy, None, None
    if mon:
        month, day, year = voc.months[_fold(mon)], int(day_s), year or yy
    elif mon2:
        month, day = voc.months[_fold(mon2)], int(day2)
        year = year2 or yy2
        if (
            not (wd or year)
            and _LIST_NUMBER_TOPIC.match(text, m.start("day2"))
            and find_times(text) is None
        ):
            return None  # "1. December branch meetings": a list's first item, about December
    elif a_s:
        a, b, year = int(a_s), int(b_s), y3
        after = None if wd or year else _BRACKET_WEEKDAY.match(text, end)
        if after is not None and _fold(after.group(1)) in voc.weekdays:  # "12/12 (Sat) @ 4pm"
            wd, end = after.group(1), after.end()
        if not (wd or year or _slashed_said(text, m.start(), end)):
            return None
        if a > 12 or (day_first and b <= 12):
            month, day = b, a
        else:
            month, day = a, b
        if a <= 12 and b <= 12 and a != b:
            slashed = (a, b)
        order = "dmy" if a > 12 >= b else "mdy" if b > 12 >= a else None
        first = _SLASHED_RANGE_START.search(text, max(0, m.start() - 16), m.start())
        if order == "dmy" and first is not None and int(first.group("day")) < day:
            y = int(year) + (2000 if len(year) == 2 else 0) if year else None
            return DateMatch(
                first.start("day"), end, month, int(first.group("day")), y,
                voc.weekdays[_fold(wd)] if wd else None, order="dmy", end_day=day,
            )  # fmt: skip  # "24 al 26/03/2027", "du 24 au 26/03", "24–26/03/2027"
    elif iy:
        month, day, year = int(im), int(iday), iy
    else:
        month, day, year = int(mm), int(dd), y4
        if (
            year
            and len(year) == 2
            and not wd
            and _CODE_BEFORE.search(text, max(0, m.start() - _CODE_REACH), m.start())
        ):
            return None  # "(Yellow 1.1.39)", "Raum 2.1.14": a room's code, no date
        dated = (
            wd
            or year
            or _TIME_AFTER.match(text, m.end())
            or (not text[: m.start()].strip() and _FEAST_AFTER.match(text, m.end()))
            # "13.01. · 27.01. · 10.02.": dotted dates listed together vouch for each other
            or _DOTTED_NEXT.match(text, m.end())
            or _DOTTED_BEFORE.search(text, max(0, m.start() - _DOTTED_BEFORE_REACH), m.start())
            # "15.04.  Die Krise des Kapitalismus": a list's date column, two digits each,
            # opening its line before the entry's words (a section's number is no "01.02.")
            or (
                len(dd) == 2
                and len(mm) == 2
                and not text[: m.start()].strip(_ITEM_MARKS)
                and (col := _DOTTED_COLUMN.match(text, m.end())) is not None
                # not "17.01. — Dimanche 17 janvier : …": the date said again in words
                and _fold(col.group("word")) not in voc.weekdays
            )
        )
        first = _DOTTED_RANGE_START.search(text, max(0, m.start() - 24), m.start())
        if (
            first is None
            and (led := _DOTTED_RANGE_LED.search(text, max(0, m.start() - 32), m.start()))
            is not None
        ):
            wd0 = led.group("wd")  # "Room 4 – 17.01.2027": a word before it, but no weekday
            first = led if wd0 is None or _fold(wd0) in voc.weekdays else None
            bare = first is not None and wd0 is None and not _RANGE_LEAD.search(led.group(0))
            if bare and not 0 < day - int(led.group("day")) <= _BARE_RANGE_DAYS:
                first = None  # "1 – 10.01.2027", "2 – 17.01.2027": an item's number, no range
        first_wd = first.group("wd") if first is not None else None
        known = first_wd is not None and _fold(first_wd) in voc.weekdays
        if first is not None and (dated or known) and int(first.group("day")) < day:
            end_day, day = day, int(first.group("day"))  # "Sa., 16.–So., 17.01."
            y = int(year) + (2000 if len(year) == 2 else 0) if year else None
            start = first.start() if known or first_wd is None else first.start("day")
            weekday = voc.weekdays[_fold(first_wd)] if known else None
            # "Sa./So., 16./17.1.": the weekday written last is the last day's, the one before
            # it the first day's
            pair = _WEEKDAY_PAIR_START.search(text, max(0, start - 16), start) if known else None
            if pair is not None:
                paired = voc.weekdays.get(_fold(pair.group("wd")))
                start, weekday = (pair.start(), paired) if paired is not None else (start, weekday)
            return DateMatch(start, end, month, day, y, weekday, end_day=end_day)
        if not dated:
            return None  # "Section 2.1." is no date; "7.3. 19 Uhr", "Sa., 9.3.", "24.12. Heiligabend" are
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    y = int(year) if year else None
    if y is not None and y < 100:
        y += 2000
    weekday = voc.weekdays[_fold(wd)] if wd else None
    by_weekday = None
    if slashed and y is not None and weekday is not None and order is None:
        by_weekday = _order_by_weekday(slashed, y, weekday)
        if by_weekday is not None:
            month, day = (slashed[1], slashed[0]) if by_weekday == "dmy" else slashed
    end_day = int(dend or dend2 or 0)
    end_day = end_day if day < end_day <= 31 else None
    return DateMatch(m.start(), end, month, day, y, weekday, slashed, order, end_day, by_weekday)


# A dotted day and month right after another, across a list's mark: "13.01. · 27.01.",
# "13.01., 27.01.", "13.01. / 27.01." (not "und": "13.01. und" reads on its own elsewhere).
_DOTTED_NEXT = re.compile(r"\s{0,3}[·,;/|•]\s{0,3}[0-3]?\d\.[01]?\d\.(?:\d{4}|\d{2})?(?!\d)")
_DOTTED_BEFORE = re.compile(r"(?<![\d.])[0-3]?\d\.[01]?\d\.\s{0,3}[·,;/|•]\s{0,3}$")
_DOTTED_BEFORE_REACH = 14
# the entry's words after the date: "15.04.  Die Krise …", "29.04. – ¿Qué fue …?"
_DOTTED_COLUMN = re.compile(r"\s*+(?:[|–—:]\s*+)?[¿¡«\"“„']?(?P<word>[^\W\d_]++)")
_ITEM_MARKS = " \t-•*·"  # a list item's mark before its date


# The first day of a dotted range written with its day alone, right before the last one:
# "16.–17.01.", "Sa., 16.–So., 17.01.", "Fr 5. - Sa 6.3.2027" (searched in a short slice).
_DOTTED_RANGE_START = re.compile(
    r"(?<![\w.])(?:(?P<wd>[^\W\d_]{2,12})\.?\s{0,2},?\s{0,2})?(?P<day>[0-3]?\d)\.\s{0,3}[-–—]\s{0,3}"
    r"(?:[^\W\d_]{2,12}\.?\s{0,2},?\s{0,2})?$"
)
# The same first day without its dot, where a line, a cell or "du", "vom", "del" opens the range:
# "du sa 16 au di 17.01.2027", "16 – 17.01.2027", "vom 16. bis 17.1.", "del 16 al 17.01.2027"
# ("Room 4 – 17.01.2027" is a room and its date).
_DOTTED_RANGE_LED = re.compile(
    r"(?:^|[|·•(]\s{0,3}|\b(?:du|del|from|vom|von)\s{1,3})"
    r"(?:(?P<wd>(?!(?:du|del|from|vom|von)\b)[^\W\d_]{2,12})\.?\s{0,2},?\s{0,2})?"
    r"(?P<day>0?[1-9]|[12]\d|3[01])\.?\s{0,3}(?:[-–—]|\b(?:al|au|to|bis(?:\s{1,3}(?:zum|am))?)\b)"
    r"\s{0,3}(?:[^\W\d_]{2,12}\.?\s{0,2},?\s{0,2})?$",
    re.IGNORECASE,
)
_RANGE_LEAD = re.compile(r"\b(?:du|del|from|vom|von)\b", re.IGNORECASE)
_BARE_RANGE_DAYS = 3  # a bare "16 – 17.01." is a weekend's range; "1 – 10.01." a list's item
# The first day of a slashed range written with its day alone, right before the last one: "24 al
# 26/03/2027", "du 24 au 26/03", "24–26/03/2027" (searched in a short slice).
_SLASHED_RANGE_START = re.compile(
    # at the line's start, after a cell's or a list's mark, or after "du", "del", "from", "vom"
    # ("Room 4 – 26/03/2027" is a room, "Grupo 2: 10 – 24/03/2027" a group and its date)
    r"(?:^|[|·•(]\s{0,3}|\b(?:du|del|from|vom|von)\s{1,3})"
    r"(?P<day>0?[1-9]|[12]\d|3[01])\s{0,3}(?:[-–—]|\b(?:al|au|to|bis)\b)\s{0,3}$",
    re.IGNORECASE,
)
# A weekday in brackets right after a numeric date: "12/12 (Sat)", "3/7 (Thu.)".
_BRACKET_WEEKDAY = re.compile(r"\s?\(\s?([^\W\d_]{2,12})\.?\s?\)")


def _order_by_weekday(slashed: tuple[int, int], year: int, weekday: int) -> str | None:
    """ "Thu 07/03/2019": the order in which the written weekday fits ("dmy": 7 March is a
    Thursday, 3 July is not), when exactly one does."""
    a, b = slashed
    fits = [
        order
        for order, (month, day) in (("mdy", (a, b)), ("dmy", (b, a)))
        if (d := _valid(year, month, day)) is not None and d.weekday() == weekday
    ]
    return fits[0] if len(fits) == 1 else None


@dataclass
class TimeMatch:
    start: int
    end: int
    start_time: str | None
    end_time: str | None
    guessed_pm: bool = False  # no am/pm was written; read as afternoon/evening


_HHMM = [f"{h:02d}:{m:02d}" for h in range(24) for m in range(60)]  # formatting is slow


def _hhmm(h: int, m: int) -> str:
    return _HHMM[h * 60 + m] if 0 <= h < 24 and 0 <= m < 60 else f"{h:02d}:{m:02d}"


def _to24(h: int, m: int, ap: str | None) -> tuple[int, int] | None:
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap.lower() == "p" else 0)
    elif h > 23:
        return None
    return h, m


# Every time we accept has am/pm, a colon, "noon" or a 24-hour mark: a cheap test that skips
# most text.
# A part of the day after an hour: "a las 7 de la tarde", "à 9 heures du matin", "um 7 Uhr
# abends", "at 7 in the evening", "a las 12 del día" (in daylight: noon), "a las 12 del mediodía".
_DAYPART_WORDS = (
    r"de\s++la\s++(?:tarde|noche|ma[ñn]ana|madrugada)|del\s++(?:d[ií]a|mediod[ií]a)|"
    r"du\s++(?:soir|matin)|"
    r"de\s++l['’]apr[èe]s-midi|"
    r"abends|nachmittags|morgens|vormittags|in\s++the\s++(?:evening|afternoon|morning)|at\s++night"
)
# The minutes said in words after an hour: "7 y media" (7:30), "8 y cuarto" (8:15), "8 menos
# cuarto" (7:45), "7 heures et demie", "8 h et quart", "9 heures moins le quart".
_MINUTE_WORDS = (
    r"(?:y|et)\s++(?:(?P<half>media|demie)|(?P<quarter>cuarto|quart))|"
    r"(?:menos|moins\s++le)\s++(?P<less>cuarto|quart)"
)
_DAYPART_HINT = rf"\s*+(?:(?:heures?|uhr|h)\s++)?(?:(?:{_MINUTE_WORDS})\s++)?(?:{_DAYPART_WORDS})"
_TIME_HINT = re.compile(
    r"\d\s*[ap]\.?\s?m|\d[ap]\b|\d[:.h]\d\d|\d\s?(?:uhr|hrs?|hs|h|heures?|horas)\b|noon|midday|midi|"
    rf"mediod|mittags|\d{_DAYPART_HINT}",
    re.IGNORECASE,
)


# _TIME_HINT for lower-cased text: a pattern that starts with a character class, so the engine
# skips in C to a digit, and the words, each a substring test (a pattern of plain words tries
# them at every "m" and "n", four to ten times slower).
_TIME_HINT_DIGIT = re.compile(
    r"\d(?:\s*[ap]\.?\s?m|[ap]\b|[:.h]\d\d|\s?(?:uhr|hrs?|hs|h|heures?|horas)\b)"
)
_TIME_HINT_WORDS = ("noon", "midday", "midi", "mediod", "mittags")
# The words of a part of the day (_DAYPART_WORDS), each a substring test before the pattern.
_DAYPART_STEMS = (
    "tarde", "noche", "mañana", "manana", "madrugada", "soir", "matin", "après", "apres",
    "abends", "nachmittags", "morgens", "vormittags", "evening", "afternoon", "morning", "night",
    "del d", "del mediod",
)  # fmt: skip
_DAYPART_HINT_RE = re.compile(rf"\d{_DAYPART_HINT}")


@lru_cache(maxsize=4096)  # asked again of a line by the later readers
def has_time_hint(text: str) -> bool:
    """``_TIME_HINT.search(text)``, faster (see CASE_TWINS)."""
    if text.isascii() or not CASE_TWINS.search(text):
        low = text.lower()
        if _TIME_HINT_DIGIT.search(low):
            return True
        if contains_any(low, _TIME_HINT_WORDS):
            return True
        return contains_any(low, _DAYPART_STEMS) and _DAYPART_HINT_RE.search(low) is not None
    return bool(_TIME_HINT.search(text))


@lru_cache(maxsize=4096)
def find_times(text: str) -> TimeMatch | None:
    """The first clock time or time range in ``text``.

    A bare number only counts as a time with am/pm, "noon", a colon or dot ("19:00", "7.30"),
    or a 24-hour mark ("19 Uhr", "19 h", "18h30", "1900hrs"). Without am/pm or a 24-hour mark,
    1:00 to 7:59 is read as afternoon/evening (meetings are not held at 3 a.m.) and
    ``guessed_pm`` says so. A range's start takes the end's am/pm when it has none ("7–9 pm").
    When the doors open before the meeting ("Doors 6:30 pm, starts 7 pm", "Einlass 18.30 Uhr,
    Beginn 19 Uhr"), the match covers both and its start time is the meeting's.
    """
    tm = _first_time(text)
    skipped = 0
    while (
        tm is not None
        and skipped < _RATINGS_SKIPPED
        and text[tm.start : tm.end] == "12A"
        and not text[tm.end : tm.end + 1].isalnum()
    ):
        skipped += 1  # "AFTERSUN (12A)": a film's rating, not midnight; the next time counts
        later = _first_time(text[tm.end :])
        tm = (
            None
            if later is None
            else dataclasses.replace(later, start=later.start + tm.end, end=later.end + tm.end)
        )
    if tm is not None and "t" in text[tm.end : tm.end + 6]:  # "18 Uhr c.t.": maybe a quarter
        return _academic_quarter(text, tm)
    return tm


# "12A", a British film certificate, reads as "12 a(m)": "THE ZONE OF INTEREST (12A)"; no page
# writes midnight so.
_RATINGS_SKIPPED = 3  # ratings passed over on a line before its time is given up


# German academic quarters after a time: "c.t." (cum tempore) starts a quarter past the hour,
# "s.t." (sine tempore) on the hour.
# Starts only where a run of spaces starts (see match_after_spaces), so a search is linear too.
_ACADEMIC = re.compile(
    r"(?<!\s)(?:\s*+,?\s*+(?:(c)|s)\.\s?t\.?(?!\w)|\s++(?:(cum)|sine)\s++tempore\b)", re.I
)


def match_after_spaces(
    pattern: re.Pattern[str], text: str, pos: int, floor: int = 0
) -> re.Match[str] | None:
    r"""``pattern.match(text, pos)`` for a pattern that opens with ``(?<!\s)\s*``: the match starts
    at the beginning of the run of spaces ``pos`` is in (never before ``floor``)."""
    while pos > floor and text[pos - 1].isspace():
        pos -= 1
    return pattern.match(text, pos)


def _academic_quarter(text: str, tm: TimeMatch) -> TimeMatch:
    m = match_after_spaces(_ACADEMIC, text, tm.end, tm.start)
    if m is None:
        return tm
    start = tm.start_time
    if (m.group(1) or m.group(2)) and start is not None:
        h, mm = int(start[:2]), int(start[3:]) + 15
        start = _hhmm(h + mm // 60, mm % 60) if h + mm // 60 < 24 else start
    return TimeMatch(tm.start, m.end(), start, tm.end_time, tm.guessed_pm)


_DAYPART = re.compile(
    r"(?<![\d:/.,])(?P<h>[012]?\d)(?:\s*+[:.h]\s*+(?P<m>[0-5]\d))?\s*+(?:(?:heures?|uhr|h)\s++)?"
    rf"(?:(?:{_MINUTE_WORDS})\s++)?(?P<part>{_DAYPART_WORDS})\b",
    re.IGNORECASE,
)


def _said_minutes(m: re.Match[str], h: int) -> tuple[int, int]:
    """The hour and minutes of a match whose minutes may be said in words (_MINUTE_WORDS)."""
    if m.group("half"):
        return h, 30
    if m.group("quarter"):
        return h, 15
    if m.group("less"):
        return (h - 1) % 24, 45
    return h, int(m.groupdict().get("m") or 0)


_MORNING = ("mañana", "manana", "madrugada", "matin", "morgens", "vormittags", "morning")


def _daypart_time(text: str) -> TimeMatch | None:
    """The first hour said with its part of the day ("a las 7 de la tarde" 19:00, "à 9 heures du
    matin" 09:00, "um 7 Uhr abends" 19:00, "at 8 in the evening" 20:00), else None."""
    if not contains_any(text.lower(), _DAYPART_STEMS):
        return None
    m = _DAYPART.search(text)
    if m is None:
        return None
    before = _ROOM_BEFORE.search(text, max(0, m.start() - 20), m.start())
    if before is not None and before.group("code") is None:
        return None  # "Room 4 in the evening": a room's number
    if int(m.group("h")) > 23:
        return None
    h, mm = _said_minutes(m, int(m.group("h")))
    part = m.group("part").lower()
    if h < 12 and not part.endswith(_MORNING) and not (part.startswith("del") and h >= 8):
        h += 12  # "del día" is daylight: 10 or 12 as written, 1 to 7 after noon
    return TimeMatch(m.start(), m.end(), _hhmm(h, mm), None, False)


# A bare hour after the word that makes a number an hour: Spanish "a las 18" and "a la 1" (a
# number after "las" is always an hour), and, before the end of a clause, French "à 18", German
# "um 18" and English "at 6" (1 to 12: "at 17" is no English time; "à 18 ans", "um 18 Prozent",
# "at 6 Main St" go on with a word; "de 10 à 18" is a range of opening hours).
_PREP_HOUR = re.compile(
    r"(?:(?<=\ba las )|(?<=\ba la )|(?<=\bà )(?<!\bde \d à )(?<!\bde \d\d à )|(?<=\bum )|(?<=\bat ))"
    r"(?P<h>[012]?\d)(?![\d:.,h]\d|[\d:])"
    r"(?:(?<=[sl] \d)|(?<=[sl] \d\d)|(?=\s*+(?:[,;!)–—]|\.(?!\d)|-\s|$)|\s++(?:y|et|menos|moins)\s))"
    rf"(?:\s++(?:{_MINUTE_WORDS})\b)?",
    re.IGNORECASE,
)
_PREP_WORDS = ("a la", "à ", "um ", "at ")  # the cheap test: one of them before the pattern


def _prep_hour(text: str) -> TimeMatch | None:
    """The first bare hour that its preposition makes a time (see _PREP_HOUR), else None."""
    low = text.lower()
    if not contains_any(low, _PREP_WORDS):
        return None
    for m in _PREP_HOUR.finditer(text):
        h = int(m.group("h"))
        if h > 23 or (text[m.start() - 2] in "tT" and not 1 <= h <= 12):
            continue
        guessed = 1 <= h <= 7  # as for "7:00": meetings are not held at 3 a.m.
        h, mm = _said_minutes(m, h + 12 if guessed else h)  # "a las 7 y media": 19:30
        return TimeMatch(m.start(), m.end(), _hhmm(h, mm), None, guessed)
    return None


def _first_time(text: str) -> TimeMatch | None:
    ph = _prep_hour(text)
    if not has_time_hint(text):
        return ph
    tm = _clock_time(text)
    dp = _daypart_time(text)
    tm = dp if dp is not None and (tm is None or dp.start <= tm.start) else tm
    if ph is None or (tm is not None and tm.start <= ph.start):
        return tm
    if tm is not None and _doors_before(text, ph.start):  # "doors at 6, talk at 7pm"
        return TimeMatch(ph.start, tm.end, tm.start_time, tm.end_time, tm.guessed_pm)
    return ph


def _clock_time(text: str) -> TimeMatch | None:
    found = None
    then = -1  # where the start must be, after "for" ("7pm for 7.30pm"); -1: anywhere later
    for m in TIME_RE.finditer(text):
        tm = _time_match(m)
        if tm is None or (m.end() - m.start() <= 5 and (_room_number(text, m) or _day_month(m))):
            continue
        if _after_duration(text, m.start()):
            continue  # "Durée : 1 h 45": how long, not when
        if found is not None:  # the doors opened at ``found``; the meeting starts now
            if then < 0 and not _soon_after(found.start_time, tm.start_time):
                return found  # "accueil à 9h, clôture à 17h": the day's end, no start after doors
            if then >= 0 and (
                tm.start != then
                or _MEAL_AFTER.match(text, tm.end)
                or not _soon_after(found.start_time, tm.start_time)
            ):
                # "7pm for 2 hours, dinner at 9pm": no second time after "for"; "6pm for 6.30pm
                # dinner": the party starts at six, the dinner later
                return found
            return TimeMatch(found.start, tm.end, tm.start_time, tm.end_time, tm.guessed_pm)
        if (
            gather := _GATHER_FOR.match(text, tm.end) or _DOORS_AFTER.match(text, tm.end)
        ) is not None:
            then = gather.end()
        elif not _doors_before(text, tm.start):
            return tm
        found = tm
    return found


# A running time's label before a time: "Durée : 1 h 45 environ", "Dauer: ca. 1:30 h",
# "Duración: 1 h 30", "Running time: 1h45". Searched only in the few characters before the time.
_DURATION_BEFORE = re.compile(
    r"\b(?:dur[ée]e|duraci[óo]n|duration|(?:spiel|film)?dauer|laufzeit|running\s++time|"
    r"run\s*+time|length)\s*+[:.]?\s*+(?:(?:de|ca\.?|env\.?|environ|approx\.?|about|"
    r"approximately|aprox\.?|unos|etwa|rund)\s*+)?$",
    re.IGNORECASE,
)
_DURATION_REACH = 40  # characters before a time that may hold its label
_DURATION_STEMS = ("dur", "dauer", "laufzeit", "time", "length")


def _after_duration(text: str, start: int) -> bool:
    before = text[max(0, start - _DURATION_REACH) : start].lower()
    return any(s in before for s in _DURATION_STEMS) and _DURATION_BEFORE.search(before) is not None


# "7pm for 7.30pm", "10.30 for 11am" (British): people gather at the first time, the meeting
# starts at the second.
_GATHER_FOR = re.compile(r"\s*+for\s++(?=\d)", re.IGNORECASE)
_GATHER_GAP = 120  # minutes at most between gathering and start ("7pm for 2 hrs" is a length)
# A time named as the doors' or registration's, then the start: "5.30pm registration, meeting
# starts 6pm", "18.30 Uhr Einlass, Beginn 19 Uhr", "18h30 accueil, début 19h".
_DOORS_AFTER = re.compile(
    r"\s*+(?:registration|check-in|doors(?:\s++open)?|arrivals?|einlass|anmeldung|accueil|"
    r"inscriptions?|acreditaci[óo]n|apertura\s++de\s++puertas)\b[^\d\n]{0,40}?(?=\d)",
    re.IGNORECASE,
)


def _soon_after(first: str | None, then: str | None) -> bool:
    """Whether ``then`` ("19:30") is a little after ``first`` ("19:00"): a start after the
    gathering, not a duration read as a clock ("7pm for 2 hrs")."""
    if first is None or then is None:
        return False
    gap = (int(then[:2]) * 60 + int(then[3:])) - (int(first[:2]) * 60 + int(first[3:]))
    return 0 < gap <= _GATHER_GAP


_MEAL_AFTER = re.compile(r"\s*+(?:dinner|lunch|supper|meal|food|drinks|buffet)\b", re.IGNORECASE)


# A room's code of three dotted numbers after a room word or, in brackets, a building's name
# ("Yellow 1 lecture theatre (Yellow 1.1.39)", "Raum 2.1.14"): no date with a two-digit year.
_CODE_BEFORE = re.compile(
    r"(?:\(\s*+(?!(?:beginn|start|ab|bis|from|until|vom|am|le|du|au|el|del|desde|hasta|termin|"
    r"date|datum|fecha|ende|end|deadline|frist|anmeldung|inscription|inscripci[óo]n)\b)"
    r"(?-i:[A-ZÀ-Þ])[^\W\d_]++|\b(?:room|rm|raum|zimmer|h[öo]rsaal|salle|sala|aula|lab|level|ebene))"
    r"\.?\s*+$",
    re.IGNORECASE,
)  # not "Nähkurs (Beginn 12.1.27)": a start's date
_CODE_REACH = 24


# A room's number after a room word ("Seminar Room 4.01", "Raum 1.12", "Salle 2.03", "Room
# 2A") or a building's letters ("HB1.07"): no clock time. A dotted number that reads as a
# meeting's time (minutes on the quarter: "Back Room 7.30") stays a time.
_ROOM_CODE = re.compile(r"\d{1,2}(?:\.\d\d|[ap])", re.IGNORECASE)
_ROOM_BEFORE = re.compile(
    r"(?:\b(?:room|rm|raum|zimmer|h[öo]rsaal|seminarraum|salle|sala|aula|lab|office|suite)\.?"
    r"\s*+(?:no\.?\s*+)?|(?P<code>[^\W\d_]))$",
    re.IGNORECASE,
)


# A day and month in German numbers, its own dot after the month ("am 05.04. um 18 Uhr",
# "Termine: 01.02. 15.02. …"): not a time whose minutes are no multiple of five (a time at a
# sentence's end, "um 19.30.", has them).
DAY_MONTH = re.compile(r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.(?!\d)")


def _day_month(m: re.Match[str]) -> bool:
    """Whether a time's match ("05.04") is a day and month ("05.04.")."""
    text, start = m.string, m.start()
    dm = DAY_MONTH.match(text, start)
    return dm is not None and int(text[dm.end() - 3 : dm.end() - 1]) % 5 != 0


def _room_number(text: str, m: re.Match[str]) -> bool:
    """Whether a time's match ("4.01", "2A": no mark or range) is a room's number."""
    end = m.end()
    while end > m.start() and text[end - 1].isspace():
        end -= 1  # "Room 2.05 (35 Johnston St)": the match takes the space after the number
    if not _ROOM_CODE.fullmatch(text, m.start(), end):
        return False
    # "4.01": the dot three characters before the end, within the match ("1A." at a text's
    # start must not wrap around to its last character)
    dotted = end - m.start() >= 4 and text[end - 3] == "."
    if dotted and int(text[end - 2 : end]) % 15 == 0:
        return False
    before = _ROOM_BEFORE.search(text, max(0, m.start() - 20), m.start())
    return before is not None and (dotted or before.group("code") is None)


def _doors_before(text: str, at: int) -> bool:
    """``DOORS_RE`` in the 30 characters before ``at`` (searched only when one of its words is)."""
    lo = max(0, at - 30)
    if at - lo < _DOORS_SHORTEST:
        return False
    low = lower_text(text[lo:at])
    if low is not None and not _DOORS_STEMS.search(low):
        return False
    return DOORS_RE.search(text, lo, at) is not None


# "Doors 6:30 pm, program starts 7 pm", "Einlass 18.30 Uhr, Beginn 19 Uhr": the first time is
# when the doors open, the next one when the meeting starts.
_DOORS_WORDS = (
    r"doors(?:\s+(?:(?:and|&)\s+bar\s+)?open)?|arrivals?|registration|check-in|einlass|"
    r"ankunft|anmeldung|t[üu]r[öo]ffnung|inscriptions?|acreditaci[óo]n|registro|"
    r"ouverture(?:\s+des\s+portes)?|portes|accueil(?:\s+(?:caf[ée]|du\s+public))?|"
    r"apertura(?:\s+de\s+puertas)?|puertas|recepci[óo]n"
)
DOORS_RE = re.compile(
    rf"\b(?:{_DOORS_WORDS})\b"
    r"(?:\s*+(?:at|from|um|ab|à|dès|[aà]\s+partir\s+de(?:\s+las)?|a\s+las|desde(?:\s+las)?))?"
    r"[\s:,]*+$",
    re.IGNORECASE,
)
# The same words anywhere: a line that names the doors' time as well as another.
DOORS_WORD = re.compile(rf"\b(?:{_DOORS_WORDS})\b", re.IGNORECASE)
# Lower-case words that DOORS_RE needs one of: a case-sensitive alternation the engine skips
# to in C.
_DOORS_STEMS = re.compile(
    r"door|arrival|registration|check-in|einlass|ankunft|anmeldung|ffnung|inscription|"
    r"acreditaci|registro|ouverture|portes|accueil|apertura|puertas|recepci"
)
_DOORS_SHORTEST = len("doors")  # the shortest text DOORS_RE matches


def _clock(mil: str | None, h: str | None, m: str | None, ap: str | None, h24: str | None):
    """(hour, minute, am/pm, said to be 24-hour) of one clock of a TIME_RE match, or None."""
    if mil:
        return int(mil[:2]), int(mil[2:]), None, True
    if h is None:
        return None
    return int(h), int(m or 0), ap, h24 is not None


def _written_24(match: re.Match[str]) -> bool:
    """Whether a clock is written the 24-hour way: its hour with a leading zero ("06:30") or an
    "h" between its hour and minutes ("6h30", "6 h 30", "7 heures 15"), as no 12-hour clock is."""
    h1s, m1s = match.group("h1"), match.group("m1")
    if h1s is None or m1s is None:
        return False
    if h1s[0] == "0":
        return True
    return "h" in match.string[match.end("h1") : match.start("m1")].lower()


# A street's name right before a number: "calle Mayor 3", "Hauptstraße 3", "place du Marché 2",
# "6 Mount Street, Flat 2" (a street word a few words back, or a street's ending right before).
_STREET_BEFORE = re.compile(
    r"\b(?:calle|c/|avenida|avda\.?|rue|boulevard|place|plaza|paseo|carrer|via|flat|apt\.?|"
    r"unit)\b[^\d,;:]{0,40}$|(?:stra(?:ß|ss)e|str\.|gasse|weg|platz|allee|ufer|damm|ring|"
    r"street|st\.|road|rd\.|lane|avenue|ave\.?)\s++$",
    re.IGNORECASE,
)
_EARLIEST_BARE_START = 8  # a bare number before this hour, then a clock: not a range's start


def _number_then_time(
    match: re.Match[str],
    h1s: str | None,
    m1s: str | None,
    ap1g: str | None,
    h241: str | None,
    c2: tuple,
) -> bool:
    """Whether a range's start is a bare number after a word and before a spaced dash, with a
    clock after it that it cannot start ("Mayor 3 – 19:30 h", "Hauptstraße 3 – 19.30 Uhr"), or
    after a room's word ("Room 3 - 7pm"): the number is an address's or a room's."""
    if h1s is None or m1s is not None or ap1g or h241 or match.group("h2") is None:
        return False
    text = match.string
    gap = text[match.end("h1") : match.start("h2")]
    if not gap.startswith(" ") or not gap.endswith(" "):
        return False  # "3-5 pm", "10–13 Uhr": a range written tight
    before = text[max(0, match.start() - 30) : match.start()]
    room = _ROOM_BEFORE.search(before.rstrip()) if before.endswith(" ") else None
    if room is not None and room.group("code") is None:
        return True
    if _STREET_BEFORE.search(before) is None:
        return False  # "Frühstück 7 – 10 Uhr", "Samstag 7 – 13 Uhr": a range
    said24 = c2[3] or c2[0] >= 13
    return bool(said24) and int(h1s) < _EARLIEST_BARE_START


def _time_match_at(match: re.Match[str], hour: str) -> TimeMatch | None:
    """The time of a range's end read alone (see _number_then_time)."""
    sub = TIME_RE.match(match.string, match.start(hour))
    if sub is None or sub.start() != match.start(hour):
        return None
    return _time_match(sub)


def _time_match(match: re.Match[str]) -> TimeMatch | None:
    # The groups in TIME_RE's order (see TIME_RE.groupindex): a tuple is far cheaper than a dict.
    (_, mil1, h1s, m1s, ap1g, noon1, h241, noonword,
     mil2, h2s, m2s, ap2g, noon2, h242, noonend) = match.groups()  # fmt: skip
    if noonword or noon1:
        c1 = (12, 0, "p", True)
    else:
        c1 = _clock(mil1, h1s, m1s, ap1g, h241)
        if c1 is None:
            return None
    h1, m1, ap1, said24 = c1
    c2 = _clock(mil2, h2s, m2s, ap2g, h242)
    ap2 = c2[2] if c2 else None
    end_is_noon = bool(noon2 or noonend)
    has_end = end_is_noon or (c2 is not None and bool(ap2 or c2[3] or m2s is not None))
    if has_end and c2 is not None and _number_then_time(match, h1s, m1s, ap1g, h241, c2):
        # "calle Mayor 3 – 19:30 h", "Raum 3 - 7pm": a house's or room's number, then the time
        return _time_match_at(match, "h2")
    if not (ap1 or said24 or m1s is not None or (has_end and (ap2 or (c2 and c2[3])))):
        if not (end_is_noon and c2 is None):
            return None  # a plain number such as a room or a day
        if not 6 <= h1 <= 11:  # "Saturday 23 – Noon", "Room 4 – noon": a number, then the time
            g = "noonend" if noonend else "noon2"
            return TimeMatch(match.start(g), match.end(g), "12:00", None, False)
        ap1 = "a"  # "10 – noon": the morning, up to noon
    end = None
    if has_end:
        end = (12, 0) if end_is_noon else _to24(c2[0], c2[1], ap2)
        said24 = said24 or bool(c2 and c2[3])
        if ap1 is None and ap2:
            ap1 = ap2
            cand = _to24(h1, m1, ap1)
            if cand and end and cand > end:  # "11–1 pm" starts in the morning
                ap1 = "a"
    start = _to24(h1, m1, ap1)
    if start is None:
        return None
    guessed = False
    if ap1 is None and not said24 and 1 <= start[0] <= 7 and not _written_24(match):
        start, guessed = (start[0] + 12, start[1]), True
    if (
        end is not None
        and ap2 is None
        and not said24
        and not end_is_noon
        and end < start
        and end[0] < 12
    ):
        end = (end[0] + 12, end[1])  # "7:00 – 9:00" ends in the evening, "11:00-1:00" after noon
    if end is not None and end <= start:
        end = None  # still backwards: better no end than a negative duration
    return TimeMatch(
        match.start(),
        match.end() if has_end else match.end(1),
        _hhmm(*start),
        _hhmm(*end) if end else None,
        guessed,
    )


# The digits come first and the look back after them: a pattern that starts with a digit lets the
# engine skip to the next 1 or 2 in C instead of trying every position (a tenth of the time).
# A document's number after its year is no mention of the year's dates ("Reglamento (UE)
# 2016/679", "Directive (EU) 2019/1937"); a date's month after it is ("2027/01/14").
YEAR_MENTION_RE = re.compile(r"((?:19[5-9]|20\d)\d)(?<![\d$,.]\d{4})(?!\d|,\d|/\d{3})")


def year_counts(text: str, *, until: int) -> Counter[int]:
    """How often the page mentions each four-digit year from 1950 to ``until``."""
    counts: Counter[int] = Counter()
    # Every year starts "19" or "20": on a page of mostly words, str.find skips to those far
    # faster than the engine's scan. Two mentions cannot overlap (each ends before a non-digit),
    # so a match at each start finds what finditer finds, in the same order. On digit-heavy
    # text (more than one start in 40 characters) the engine's own scan is faster.
    if text.count("19") + text.count("20") <= len(text) // 40:
        starts = sorted(at for lead in ("19", "20") for at in _occurrences(text, lead))
        found = (YEAR_MENTION_RE.match(text, at) for at in starts)
    else:
        found = YEAR_MENTION_RE.finditer(text)
    for m in found:
        if m is not None and (y := int(m.group(1))) <= until:
            counts[y] += 1
    return counts


def _occurrences(text: str, sub: str) -> list[int]:
    """Where ``sub`` starts in ``text``, overlapping occurrences included."""
    out = []
    at = text.find(sub)
    while at >= 0:
        out.append(at)
        at = text.find(sub, at + 1)
    return out


def mentioned_years(text: str, *, until: int) -> list[int]:
    """Four-digit years the page mentions (1950 to ``until``), most frequent first."""
    return by_frequency(year_counts(text, until=until))


def by_frequency(counts: Counter[int]) -> list[int]:
    """Years most frequent first; a tie goes to the later year."""
    return sorted(counts, key=lambda y: (-counts[y], -y))


@dataclass
class YearChoice:
    year: int | None
    problem: str | None = (
        None  # set when the choice is doubtful; the parser turns it into a warning
    )


def _valid(y: int, month: int, day: int) -> date | None:
    try:
        return date(y, month, day)
    except ValueError:
        return None


def anchor_window(anchor: date, *, exact: bool) -> tuple[date, date]:
    """Dates an undated-year entry may fall on: around a publication date, or its year.

    The window is under two years wide, so a month, day and weekday fit at most one date in it.
    """
    if exact:  # a publication date: pages list what is coming, and a little of what just passed
        return anchor - timedelta(days=180), anchor + timedelta(days=540)
    return date(anchor.year - 1, 7, 1), date(anchor.year + 1, 6, 30)


@lru_cache(maxsize=4096)
def _fitting_years(
    month: int, day: int, weekday: int, anchor: date, exact: bool
) -> tuple[int, ...]:
    """The years in which month/day falls on ``weekday`` in the window around ``anchor`` (a page
    asks for the same few hundred dates with one anchor: hence the cache)."""
    lo, hi = anchor_window(anchor, exact=exact)
    return tuple(
        y
        for y in range(lo.year, hi.year + 1)
        if (d := _valid(y, month, day)) and lo <= d <= hi and d.weekday() == weekday
    )


def weekday_fits(month: int, day: int, weekday: int, *, anchor: date, exact_anchor: bool) -> bool:
    """Whether the weekday fits month/day in one year near ``anchor``: the same as
    ``not resolve_year(month, day, weekday, anchor=anchor, exact_anchor=...).problem``, without
    writing out the problem."""
    if len(_fitting_years(month, day, weekday, anchor, exact_anchor)) != 1:
        return False
    # resolve_year also wants the date to exist within a year of the anchor: always so, bar
    # 29 February.
    return (month, day) != (2, 29) or any(
        _valid(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    )


def resolve_year(
    month: int,
    day: int,
    weekday: int | None,
    *,
    anchor: date,
    exact_anchor: bool = True,
    neighbour: date | None = None,
) -> YearChoice:
    """Choose the year for a date written without one.

    With a weekday: the one year near the anchor (the publication date, else the year the page
    is from) in which that date falls on that weekday. When none fits there, the weekday is
    taken for a typo: the year nearest the neighbour (the listing's other meetings), with a
    warning. Without a weekday: the year that puts the date nearest the neighbour, else the
    anchor.
    """
    ref = neighbour or anchor
    fits = () if weekday is None else _fitting_years(month, day, weekday, anchor, exact_anchor)
    if len(fits) == 1 and (month, day) != (2, 29):
        # The common case, first: a date that exists in one year exists in every year (bar
        # 29 February), so there is a year near the neighbour and no need to look for it.
        return YearChoice(fits[0])
    near = [d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := _valid(y, month, day))]
    if not near:
        return YearChoice(None, f"{calendar.month_name[month]} {day} is not a date")
    nearest = min(near, key=lambda d: abs((d - ref).days))
    if weekday is None:
        return YearChoice(nearest.year)
    if len(fits) == 1:
        return YearChoice(fits[0])
    where = anchor.isoformat() if exact_anchor else str(anchor.year)
    others = [
        y
        for y in range(ref.year - 12, ref.year + 13)
        if (d := _valid(y, month, day)) and d.weekday() == weekday
    ]
    when = ", ".join(str(y) for y in sorted(others, key=lambda y: abs(y - ref.year))[:2])
    return YearChoice(
        nearest.year,
        f"{calendar.month_name[month]} {day} is not a {calendar.day_name[weekday]} near {where}"
        + (f" (it is in {when})" if when else "")
        + f"; assumed {nearest.year}, check the weekday",
    )
