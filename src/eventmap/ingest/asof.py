"""When a page was published: the day its dates without a year are read against ("as of").

A page says "Monday, April 8" and means the April 8 after it was written. Which year that is
depends on when the page was published, so every import records the day it used and where that
day came from (its *origin*), and every later read uses the same day: stored meetings never move.

``page_as_of`` looks in this order and takes the first it finds:

1. the page's metadata (``ingest.html.published_date``: ``article:published_time``,
   ``og:updated_time``, JSON-LD ``datePublished``/``dateModified``, a ``<time datetime>`` near
   the top);
2. a date in the address path (``/2017/01/23/``, ``/2017-01-23-``, ``/2017/01/``);
3. the server's ``Last-Modified`` header;
4. a dateline in the first lines of text ("Posted on January 23, 2017", "Updated: 1/23/2017"),
   an e-mail's ``Date:`` header (``email_date``), or a lone date under the headline with the
   article's prose after it (``bare_dateline``): that line is the page's date, and the parser
   never reads it as a meeting; else a footer's date ("Last updated: …", "Stand: …", a
   letter's "Madrid, 20 de noviembre de 2026" over its signer: ``footer_date``); else the
   date of the meeting that minutes record, under their title (``minutes_date``).

A pasted chat (``ingest.chat``) is as of its latest message that gives its year ("chat"); the
page's own date beats it. An explicit ``--as-of`` beats all of them ("given"). With none of them, the import day is
recorded ("today"): it is read as *today* was at import, so the page's own years still win.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urlsplit

from eventmap.ingest.places import VENUE_WORDS, parse_place
from eventmap.ingest.text import Line, is_prose
from eventmap.ingest.when import find_date, find_times

GIVEN, PAGE, ADDRESS, LAST_MODIFIED, DATELINE, CHAT, TODAY = (
    "given", "page", "address", "last-modified", "dateline", "chat", "today",
)  # fmt: skip
ORIGINS = (GIVEN, PAGE, ADDRESS, LAST_MODIFIED, DATELINE, CHAT, TODAY)
_SAYS = {
    GIVEN: "given at import",
    PAGE: "from the page's metadata",
    ADDRESS: "from the address",
    LAST_MODIFIED: "from the server's Last-Modified date",
    DATELINE: "from a dateline on the page",
    CHAT: "from the chat's latest message",
    TODAY: "the import day (the page gives no date)",
}


@dataclass(frozen=True)
class AsOf:
    """The day a page's yearless dates are read against, and where it came from."""

    day: date
    origin: str  # one of ORIGINS

    @property
    def exact(self) -> bool:
        """True when the day anchors the dates; False for the import day, which only stands in
        for *today* (the page's own years win over it)."""
        return self.origin != TODAY

    def describe(self) -> str:
        """``as of 2017-01-23, from the address``."""
        return describe(self.day, self.origin)


def describe(day: date | str | None, origin: str | None) -> str:
    """A stored as-of and its origin in words; legacy rows without an origin were given."""
    if not day:
        return "no as-of date recorded"
    text = day.isoformat() if isinstance(day, date) else str(day)
    return f"as of {text}, {_SAYS.get(origin or GIVEN, origin or '')}"


def today() -> date:
    """Today's date: the one clock of ingest (tests move it to show that stored dates don't)."""
    return date.today()


_PATH_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])(?:[/_-](0?[1-9]|[12]\d|3[01]))?(?!\d)"
)


def address_date(url: str | None) -> date | None:
    """A date in the path of ``url``: ``/2017/01/23/``, ``/2017-01-23-title``, or ``/2017/01/``
    (then the first of the month). The host and the query are not looked at."""
    if not url:
        return None
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return None
    m = _PATH_DATE.search(path)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def header_date(value: str | None) -> date | None:
    """The day of an HTTP date (``Last-Modified: Mon, 23 Jan 2017 10:00:00 GMT``)."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


_DATELINE = re.compile(
    r"^\W{0,3}(?:posted|published|updated|last\s+updated|last\s+modified|as\s+of)\b", re.I
)
_DATELINE_LINES = 20
# A document's version and its date near its top: "PROGRAMME - version 3, 27 November 2026",
# "Fassung vom 27.11.2026", "Version du 27 novembre 2026", "Versión 2 del 27 de noviembre".
_VERSION_DATE = re.compile(
    r"\b(?:version|fassung|versi[óo]n)(?:\s*+\d++(?:\.\d++)*+)?\s*+(?:,|:|vom|du|del|of|from|[–—-])?"
    r"\s*+(?=\d|(?:[^\W\d_]++\.?,?\s++)?\d)",
    re.I,
)


def _versioned(text: str) -> bool:
    """Whether a line gives its document's version before a date."""
    low = text.lower()
    return ("ersi" in low or "fassung" in low) and _VERSION_DATE.search(text) is not None


# The title of minutes, the record of a meeting that took place: "Minutes of the Branch Committee
# meeting", "MINUTES", "PROTOKOLL der 6. Sitzung", "Niederschrift über …", "Procès-verbal de la
# réunion", "Compte rendu", "Acta de la asamblea".
MINUTES_TITLE = re.compile(
    r"^\W*+(?:[^\W\d_]++\s++){0,3}?(?:minutes|(?:sitzungs)?protokoll|niederschrift|"
    r"proc[èe]s[\s-]verbal|compte[\s-]rendu|acta|minuta)\b(?!\s*+:)",
    re.I,
)
MINUTES_TITLE_LEN = 80  # characters: a longer line is no title


_MINUTES_TOP = 8  # non-blank lines at the top of minutes that may hold the meeting's date


def _day_first(langs: tuple[str, ...]) -> bool:
    """Whether the page's slashed dates are read day first: any page not in English."""
    return langs[0] != "en"


def minutes_date(lines: list[Line], langs: tuple[str, ...] = ("en",)) -> date | None:
    """The date of the meeting that minutes record, under their title at the top ("Minutes of
    the Branch Committee meeting" / "held on Tuesday 8 December 2026"): minutes are written on
    or just after it, so it is the page's own date. None for a page that is no minutes."""
    title = False
    seen = 0
    for line in lines:
        t = line.text
        if not t:
            continue
        seen += 1
        if seen > _MINUTES_TOP:
            return None
        if not title:
            title = len(t) <= MINUTES_TITLE_LEN and MINUTES_TITLE.match(t) is not None
            continue
        dm = find_date(t, langs=langs, day_first=_day_first(langs))
        if dm is not None:
            if dm.year is None:
                return None
            with contextlib.suppress(ValueError):
                return date(dm.year, dm.month, dm.day)
            return None
    return None


def dateline_date(lines: list[Line], langs: tuple[str, ...] = ("en",)) -> date | None:
    """A dateline with a full date in the first lines of text: "Posted on January 23, 2017",
    else a lone date at the top of an article (``bare_dateline``)."""
    seen = 0
    for line in lines:
        if not line.text:
            continue
        seen += 1
        if seen > _DATELINE_LINES:
            break
        if len(line.text) > 120 or not (_DATELINE.match(line.text) or _versioned(line.text)):
            continue
        dm = find_date(line.text, langs=langs, day_first=_day_first(langs))
        if dm is not None and dm.year is not None:
            try:
                return date(dm.year, dm.month, dm.day)
            except ValueError:
                continue
    mail = email_date(lines, langs)
    if mail is not None:
        return mail[1]
    bare = bare_dateline(lines, langs)
    if bare:
        return bare[1]
    return footer_date(lines, langs) or minutes_date(lines, langs)


# A town before a letter's date, with the word that may lead into it: "Berlin, den", "Paris, le".
LETTER_PLACE = re.compile(
    r"^[A-ZÀ-Þ][\w'’.-]*+(?:[ -][A-ZÀ-Þ][\w'’.-]*+){0,3}(?:,?\s++(?:den|am|le|el))?$"
)
# Words before the date of a page's footer that say it is the page's: "Last updated",
# "Stand:", "Letzte Änderung:", "Mise à jour :", "Actualizado el", "Issued by the Branch Secretary,", "Programme
# publié le", "Veröffentlicht am"; a version's date only right before it ("Programme susceptible
# de modifications – version du", "Fassung vom", "versión del"; not "English version, 3 May").
_FOOTER_DATELINE = re.compile(
    r"\b(?:(?:last\s++)?(?:updated|modified|edited)|issued|stand|aktualisiert|herausgegeben|"
    r"(?:zuletzt\s++)?ge[äa]ndert|(?:letzte\s++)?(?:[äa]nderung|aktualisierung)|"
    r"mise?\s++[àa]\s++jour|last\s++changed?|modifi[ée]e?\s++le|"
    r"derni[èe]re\s++modification|[ée]mis|actualizad[oa]|actualizaci[óo]n|modificad[oa]|"
    r"[úu]ltima\s++modificaci[óo]n|emitid[oa]|"
    r"posted|published|publi[ée]e?s?|ver[öo]ffentlicht|publicad[oa]s?)\b"
    r"|\b(?:version|versi[óo]n|fassung)(?:\s++(?:of|from|du|de|del|vom|von))?[\s:]*+$",
    re.I,
)
_FOOTER_LINES = 6  # the page's last lines of text searched for its date
_FOOTER_LEN = 120


_SIGNER_LEN = 60


def _signed(lines: list[Line], i: int) -> bool:
    """Whether the letter's date at line ``i`` starts its paragraph and the line right under it
    is who signed it ("La Secretaría de Organización", "The Branch Committee"): short, no
    digit, no venue (a tour's "Portland, 20 February 2027" over "Powell's Books" is a stop)."""
    if i > 0 and lines[i - 1].text:
        return False
    if i + 1 >= len(lines):
        return False
    signer = lines[i + 1].text
    return (
        0 < len(signer) <= _SIGNER_LEN
        and not any(c.isdigit() for c in signer)
        and VENUE_WORDS.search(signer) is None
    )


def footer_date(lines: list[Line], langs: tuple[str, ...] = ("en",)) -> date | None:
    """The page's date at its foot: "Last updated: 30 November 2026", "Stand: 1. Dezember 2026",
    "Issued by the Branch Secretary, 20 November 2026", or a letter's place and date alone on
    its line ("Madrid, 20 de noviembre de 2026"), among the last lines of text."""
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        t = lines[i].text
        if not t:
            continue
        seen += 1
        if seen > _FOOTER_LINES:
            return None
        if len(t) > _FOOTER_LEN:
            continue
        dm = find_date(t, langs=langs, day_first=_day_first(langs))
        if dm is None or dm.year is None or dm.end_day:
            continue
        before = t[: dm.start]
        letter = (
            dm.weekday is None
            and "," in before
            and not t[dm.end :].strip(_AROUND_DATE)
            and LETTER_PLACE.match(before.strip(" ,")) is not None
            and _signed(lines, i)
        )  # "Madrid, 20 de noviembre de 2026"; not "Date: Thursday, 4 April 2019"
        if letter or _FOOTER_DATELINE.search(before):
            try:
                return date(dm.year, dm.month, dm.day)
            except ValueError:
                return None
    return None


# An e-mail's header lines, in the languages the parser reads ("From:", "Von:", "De :", "Para:").
_MAIL_HEADER = re.compile(
    r"^(?:from|to|cc|bcc|reply-to|subject|sent|date|von|an|betreff|gesendet|datum|de|à|a|objet|"
    r"envoy[ée]|para|asunto|enviado|fecha)\s*+:",
    re.I,
)
_MAIL_DATE = re.compile(r"^(?:date|sent|datum|gesendet|envoy[ée]|enviado|fecha)\s*+:", re.I)
_MAIL_SUBJECT = re.compile(r"^(?:subject|betreff|objet|asunto)\s*+:", re.I)
_MAIL_LINES = 3  # header lines (the date's among them) that make an e-mail's header
_MAIL_TOP = 12  # the page's first lines of text searched for it


def email_date(lines: list[Line], langs: tuple[str, ...] = ("en",)) -> tuple[int, date] | None:
    """The date line of an e-mail's header at the top of the page ("Date : lun. 30 nov. 2026 à
    09 h 14" among "De :", "À :", "Objet :"), and its index: when the page was sent, never a
    meeting. The header is a run of at least three such lines, one of them the date with its
    year ("Date:" alone, under a meeting's title, is a field label)."""
    found = _email_header_date(lines, langs, with_year=True)
    return found if found is not None and found[1] is not None else None


def email_date_line(lines: list[Line], langs: tuple[str, ...] = ("en",)) -> int | None:
    """The index of an e-mail header's date line at the top of the page whatever its date says,
    a year or not ("Date : Jeu. 3 déc., 09 h 12" among "De :" and "Objet :"): never a meeting."""
    found = _email_header_date(lines, langs, with_year=False)
    return found[0] if found is not None else None


def _email_header_date(
    lines: list[Line], langs: tuple[str, ...], *, with_year: bool
) -> tuple[int, date | None] | None:
    seen, run, when = 0, 0, None
    for i, line in enumerate(lines):
        if not line.text:
            if run >= _MAIL_LINES and when is not None:
                return when
            run, when = 0, None
            continue
        seen += 1
        if seen > _MAIL_TOP:
            break
        if len(line.text) > 200 or not _MAIL_HEADER.match(line.text):
            if run >= _MAIL_LINES and when is not None:
                return when
            run, when = 0, None
            continue
        run += 1
        if when is None and _MAIL_DATE.match(line.text):
            dm = find_date(line.text, langs=langs, day_first=_day_first(langs))
            if dm is not None and dm.year is not None:
                with contextlib.suppress(ValueError):  # "31 Feb 2026": no date
                    when = (i, date(dm.year, dm.month, dm.day))
            elif dm is not None and not with_year:
                when = (i, None)
    return when if run >= _MAIL_LINES else None


def email_subject(lines: list[Line], header_line: int) -> int | None:
    """The index of the subject line ("Subject:", "Betreff:", "Objet :", "Asunto:") in the
    e-mail header whose date line is at ``header_line`` (``email_date``), if any: it names what
    the message is about, whose dates its body gives."""
    i = header_line
    while i > 0 and lines[i - 1].text and _MAIL_HEADER.match(lines[i - 1].text):
        i -= 1
    while i < len(lines) and lines[i].text and _MAIL_HEADER.match(lines[i].text):
        if _MAIL_SUBJECT.match(lines[i].text):
            return i
        i += 1
    return None


def without_subject_label(text: str) -> str:
    """An e-mail's subject line without its label: "Subject: This week" -> "This week"."""
    m = _MAIL_SUBJECT.match(text)
    return text[m.end() :].strip() if m and text[m.end() :].strip() else text


_AROUND_DATE = " \t,.;:|·•*–—-"  # what may stand beside a lone date on its line


_BY = re.compile(r"^(?:by|von|par|por)\s", re.I)
_BYLINE_WORDS = 6
_NAME_JOINS = frozenset({"of", "the", "for", "and", "de", "la", "le", "du", "des", "del", "der",
                         "die", "und", "et", "y", "von", "van"})  # fmt: skip


def is_byline(text: str) -> bool:
    """Who wrote the page, beside its date: "By Jane Doe", "Socialist Equality Party", "Von der
    Redaktion". At most six words, no digit, names capitalised (or led by "by", "von"…), and no
    venue, campus or city: "Trades Hall" or "Sydney" beside a date is a meeting's place."""
    words = text.split()
    if not 0 < len(words) <= _BYLINE_WORDS or any(c.isdigit() for c in text):
        return False
    named = [w for w in words if w.casefold() not in _NAME_JOINS]
    if not (_BY.match(text) or all(w[:1].isupper() for w in named)):
        return False
    name = _BY.sub("", text)
    if VENUE_WORDS.search(name):
        return False
    place = parse_place(name)
    return place.campus is None and place.city is None


_PARA_LINES = 3  # lines of a hard-wrapped paragraph read as one
_WRAPPED = 60  # characters of a line that a text page wrapped
_DIGIT = re.compile(r"\d")


def _paragraph(lines: list[Line], i: int) -> tuple[str, int]:
    """The first paragraph after line ``i`` (up to _PARA_LINES of its lines, joined: a text
    page wraps its prose) and the index of its last line read."""
    j = i + 1
    while j < len(lines) and not lines[j].text:
        j += 1
    part: list[str] = []
    while j < len(lines) and lines[j].text and len(part) < _PARA_LINES:
        if part and (len(part[-1]) < _WRAPPED or "|" in part[-1]):
            break  # not a wrapped line of prose: a list's or a table's lines
        part.append(lines[j].text)
        j += 1
    return " ".join(part), j - 1


def _prose_under(lines: list[Line], i: int) -> str:
    """The prose under a lone date at line ``i``: its next paragraph, or the one after an
    article's headline under it (a line with no digits: "Join the IYSSE at a meeting on your
    campus"); "" when there is none."""
    first, end = _paragraph(lines, i)
    if is_prose(first):
        return first
    if not first or _DIGIT.search(first) or end - i > _PARA_LINES + 2:
        return ""
    second, _ = _paragraph(lines, end)
    return second if is_prose(second) else ""


def bare_dateline(lines: list[Line], langs: tuple[str, ...] = ("en",)) -> tuple[int, date] | None:
    """A lone date under a headline or at the very top of an article, and its line's index.

    Conservative, so that a meeting's date line is never taken: it must be the first dated line
    among the first lines of text, nothing on it but a full date with its year (a weekday may go
    with it: "Wednesday, April 20, 2016", "19 February 2007") and maybe a byline ("By Jane Doe,
    3 February 2027", "Socialist Equality Party, 3 February 2027"), and the next line must be prose
    without a time (or with a time and a date of its own). A date followed by a place, a venue, a
    time or another date is a meeting's.
    """
    seen = 0
    for i, line in enumerate(lines):
        if not line.text:
            continue
        seen += 1
        if seen > _DATELINE_LINES:
            return None
        t = line.text
        dm = find_date(t, langs=langs, day_first=_day_first(langs))
        if dm is None:
            continue
        if dm.year is None or dm.end_day:
            return None
        before, after_date = t[: dm.start].strip(_AROUND_DATE), t[dm.end :].strip(_AROUND_DATE)
        if before and not is_byline(before):
            return None
        if after_date and not (_BY.match(after_date) and is_byline(after_date)):
            return None  # "3 February 2027, by Jane Doe" is a byline; a place or time is not
        after = _prose_under(lines, i)
        # A time in the prose under it is the date's meeting's, unless the prose gives its own
        # date ("17 July 2023" over "... will hold a public meeting on Friday, 21 July at 3.30")
        if not after or (find_times(after) and find_date(after, langs=langs) is None):
            return None
        try:
            return i, date(dm.year, dm.month, dm.day)
        except ValueError:
            return None
    return None


def page_as_of(
    *,
    published: date | None = None,
    url: str | None = None,
    last_modified: str | None = None,
    lines: list[Line] | None = None,
    langs: tuple[str, ...] = ("en",),
) -> AsOf | None:
    """The page's own date, in the documented order (see the module docstring), or None."""
    if published is not None:
        return AsOf(published, PAGE)
    found = address_date(url)
    if found is not None:
        return AsOf(found, ADDRESS)
    found = header_date(last_modified)
    if found is not None:
        return AsOf(found, LAST_MODIFIED)
    found = dateline_date(lines or [], langs)
    if found is not None:
        return AsOf(found, DATELINE)
    return None
