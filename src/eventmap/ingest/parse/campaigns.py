"""Campaigns, the page's year and its day/month order."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from datetime import date

from eventmap.ingest import asof
from eventmap.ingest.asof import AsOf
from eventmap.ingest.parse.anchors import _Anchor
from eventmap.ingest.parse.details import _derived_title, _para_text
from eventmap.ingest.parse.lexicon import (
    _LINK_LINE,
    _PAGE_TITLE,
    _SALUTATION,
    _SUBTITLE,
    BLANK,
    CITY,
    DAY,
    PROSE,
    RULE,
    SERIES,
    _Context,
    _warn,
)
from eventmap.ingest.parse.lines import _month_heading
from eventmap.ingest.parse.segments import _Span
from eventmap.ingest.parse.venues import _is_sentence
from eventmap.ingest.places import (
    looks_like_address,
)
from eventmap.ingest.text import (
    Line,
)
from eventmap.ingest.when import (
    DAY_MONTH,
    DateMatch,
    by_frequency,
    find_times,
    resolve_year,
    weekday_fits,
)
from eventmap.model import Campaign, Meeting, ParseWarning

NO_DATE_ABOVE = "looks like meeting details but has no date above it"
_DAY_MONTH_REASON = (
    "{!r} may be a day and month; with no weekday, month name or year it is not read as a date "
    "here, and the line is no meeting"
)


def _campaigns(lines, kinds, events: list[tuple[str, object]], ctx: _Context) -> list[Campaign]:
    """Campaigns from the lines outside meetings: a heading, then a blurb, then its meetings
    (``events``: the page in order, as ``_page_events`` gives it)."""
    reader = _CampaignReader(lines, kinds, ctx)
    for kind, item in events:
        if kind == "meeting":
            reader.meeting(item)
        else:
            reader.paragraph(item)
    for c in reader.campaigns:
        c.links = list(dict.fromkeys(c.links))
    return reader.campaigns


def _page_events(lines, kinds, spans, meetings) -> list[tuple[str, object]]:
    """The page in order as ("meeting", Meeting) and ("para", [line indices]) events."""
    span_at = {s.first: ms for s, ms in zip(spans, meetings, strict=True)}
    in_span = {i for s in spans for i in s.indices}
    events: list[tuple[str, object]] = []
    para: list[int] = []
    for i in range(len(lines)):
        if i in span_at or i in in_span or kinds[i] in (BLANK, SERIES, DAY, RULE, CITY):
            if para:
                events.append(("para", para))
                para = []
            if i in span_at:
                events.append(("meeting", span_at[i]))
            continue
        para.append(i)
    if para:
        events.append(("para", para))
    return events


class _CampaignReader:
    """Turns paragraphs and meetings, in page order, into campaigns."""

    def __init__(self, lines: list[Line], kinds: list[str], ctx: _Context) -> None:
        self.lines, self.kinds, self.ctx = lines, kinds, ctx
        self.campaigns: list[Campaign] = []
        self.current: Campaign | None = None
        self.has_meetings = False
        self.pending: list[list[int]] = []  # heading paragraphs not yet given to a campaign
        self.page_title: str | None = None

    def text(self, para: list[int]) -> str:
        return _para_text(self.lines, para)

    def meeting(self, ms: list[Meeting]) -> None:
        if self.current is None or (
            self.pending and not self.has_meetings and not self.current.summary
        ):
            self.current = self.start(self.pending, None)
        for m in ms:
            m.campaign = self.current.title
        self.has_meetings = True
        self.pending = []

    def paragraph(self, p: list[int]) -> None:
        text = self.text(p)
        if any(self.kinds[ix] == PROSE for ix in p):
            self.blurb(p, text)
        elif _LINK_LINE.match(text) and self.current is not None:
            for ix in p:
                self.current.links.extend(self.lines[ix].links)
        else:
            self.pending.append(p)
            for ix in p:
                line = self.lines[ix]
                if find_times(line.text) or looks_like_address(line.text):
                    _warn(self.ctx, line, NO_DATE_ABOVE)
                elif (dm := DAY_MONTH.search(line.text)) is not None:
                    # "Sachspenden bitte bis 15.12. im Pfarrbüro abgeben.": a day and month with
                    # no weekday, month name or year is not read as a date; said, not dropped
                    _warn(self.ctx, line, _DAY_MONTH_REASON.format(dm.group(0)))

    def blurb(self, p: list[int], text: str) -> None:
        """A prose paragraph: more of the current campaign's summary, or a new campaign."""
        current = self.current
        if current is not None and not self.has_meetings and not self.pending:
            current.summary = f"{current.summary}\n\n{text}".strip()
        elif (
            current is not None
            and not self.has_meetings
            and all(
                _SUBTITLE.match(self.text(q)) or _LINK_LINE.match(self.text(q))
                for q in self.pending
            )
        ):
            extra = [self.text(q) for q in self.pending if not _LINK_LINE.match(self.text(q))]
            current.summary = "\n\n".join([current.summary, *extra, text]).strip()
            self.pending = []
        else:
            self.current = self.start(self.pending, p)
            self.current.summary = "\n\n".join(x for x in (self.current.summary, text) if x)
            self.has_meetings = False
            self.pending = []

    def start(self, heading: list[list[int]], first_prose: list[int] | None) -> Campaign:
        """A new campaign titled by its last heading paragraph, else by its blurb's start."""
        heads = []
        for p in heading:
            t = self.text(p)
            if _PAGE_TITLE.match(t):
                self.page_title = self.page_title or t
            elif not _LINK_LINE.match(t) and not _SALUTATION.match(t) and not _month_heading(t):
                heads.append(p)
        titles = [p for p in heads if not _SUBTITLE.match(self.text(p))]
        if titles:
            # The last heading, but a sentence under it ("Meetings begin at 7 pm. All are
            # welcome.") is more of the blurb, not the name.
            named = [p for p in titles if not _is_sentence(self.text(p))]
            tp = (named or titles)[-1]
            title = asof.without_subject_label(self.text(tp).strip()).rstrip(".")
            sub = [self.text(p) for p in heads[heads.index(tp) + 1 :]]
            src, source = self.lines[tp[0]].number, "heading"
        elif first_prose:
            title = _derived_title(self.text(first_prose))
            sub = [self.text(p) for p in heads]
            src, source = self.lines[first_prose[0]].number, "blurb"
            _warn(
                self.ctx,
                self.lines[first_prose[0]],
                f"campaign has no heading; called “{title}” after its blurb. "
                "Name it on Manage data (Campaigns).",
            )
        else:
            title = self.page_title or "Upcoming meetings"
            sub, src = [], self.lines[heading[0][0]].number if heading else 1
            source = "page"
        c = Campaign(title=title, summary="\n\n".join(sub), source_line=src, title_source=source)
        c.links.extend(u for p in heads for ix in p for u in self.lines[ix].links)
        self.campaigns.append(c)
        return c


_HISTORIC_YEARS = 25  # a year mentioned this long before today is history, not the page's date


def _page_year(years: list[int], anchors: Iterable[_Anchor], today: date) -> date | None:
    """Which of the years a page mentions it is from: the one in which most of its written
    weekdays fall on their dates (a 2019 page may talk of "the 2020 elections"); ties go to the
    most recent year. Returned as mid-year, the anchor for ``resolve_year``. None when that
    year lies decades back and today's year fits the weekdays as well: a talk on "La Unidad
    Popular, 1970–1973" (whose calendar is 2026's) does not date the page; today does."""
    dated = Counter(
        (a.date.month, a.date.day, a.date.weekday)
        for a in anchors
        if a.date and a.date.weekday is not None and a.date.year is None
    )

    def fits(year: int) -> int:
        mid = date(year, 7, 1)
        return sum(
            n
            for (month, day, weekday), n in dated.items()
            if weekday_fits(month, day, weekday, anchor=mid, exact_anchor=False)
        )

    best = max(years[:8], key=lambda y: (fits(y), y))  # the most-mentioned few are enough
    if today.year - best > _HISTORIC_YEARS and fits(today.year) >= fits(best):
        return None
    total = sum(dated.values())
    if total >= 2 and 2 * fits(best) < total:
        # no year the page names fits its weekdays ("Tuesday 19 January" under a book's
        # "(Mehring Books, 2024)"): the page is of a year just after the one it names that does
        near = max(range(best, best + _YEARS_AFTER + 1), key=lambda y: (fits(y), -y))
        if 3 * fits(near) >= 2 * total:
            return date(near, 7, 1)
    return date(best, 7, 1)


_YEARS_AFTER = 3  # years after the one a page names searched for the year its weekdays give


def _page_years(counts: Counter[int], anchors: Iterable[_Anchor], today: date) -> list[int]:
    """The years a page mentions, counting those its entries' dates write ("15.4.2019": the
    scan of the text skips a year inside a numeric date), most frequent first."""
    counts = Counter(counts)
    for a in anchors:
        if a.date is not None and a.date.year is not None and a.date.year <= today.year:
            counts[a.date.year] += 1
    return by_frequency(counts)


def _typical_date(spans: list[_Span], ctx: _Context) -> date | None:
    """The median of the dates whose weekday fits the anchor cleanly: what "near the other
    meetings" means for the first entry of a page, before any neighbour is known."""
    clean = []
    for span in spans:
        dm = span.anchor.date
        if dm is None or dm.weekday is None or dm.year is not None:
            continue
        choice = resolve_year(
            dm.month, dm.day, dm.weekday, anchor=ctx.anchor, exact_anchor=ctx.exact
        )
        if choice.year and not choice.problem:
            clean.append(date(choice.year, dm.month, dm.day))
    return sorted(clean)[len(clean) // 2] if clean else None


def _numeric_order(
    lines: list[Line], anchors: dict[int, _Anchor], lang: str, near: AsOf
) -> ParseWarning | None:
    """Read the page's slashed dates ("3/7/19") all day-first or all month-first (see
    ``_page_order``); the later dates on a line the way its first is ("Mar. 08/12 et mer.
    09/12")."""
    problem = _page_order(lines, anchors, lang, near)
    for a in anchors.values():
        if a.more and a.date is not None and a.date.order is not None:
            day_first = a.date.order == "dmy"
            a.more = [d.day_first() if day_first else d.month_first() for d in a.more]
    return problem


def _page_order(
    lines: list[Line], anchors: dict[int, _Anchor], lang: str, near: AsOf
) -> ParseWarning | None:
    """Read the page's slashed dates ("3/7/19") all day-first or all month-first.

    A date that only fits one way ("13/3", "3/13") decides; else a date is read the way its
    weekday fits ("Thu 07/03/2019", or "Wed 10/2" near ``near``: 10 February 2027 is a
    Wednesday, 2 October 2026 is not), the rest the way those dates are read, and else the page's
    language decides (English month-first, the others day-first), with a warning that names a
    date to check.
    """
    dated = [a for a in anchors.values() if a.date is not None]
    orders = {a.date.order for a in dated if a.date.order}
    ambiguous = [a for a in dated if a.date.slashed]
    if not ambiguous:
        return None
    if len(orders) == 1:
        day_first = orders == {"dmy"}
        for a in ambiguous:
            a.date = a.date.day_first() if day_first else a.date.month_first()
        return None
    # Nothing on the page settles it: a date whose weekday fits only one way is read that way
    # (find_date did), and the page's language decides the others.
    unsettled = [a for a in ambiguous if a.date.weekday_order is None]
    for a in unsettled:
        if a.date.weekday is not None and a.date.year is None:
            a.date = _weekday_read(a.date, near) or a.date
    by_weekday = {a.date.weekday_order for a in ambiguous} - {None}
    unsettled = [a for a in unsettled if a.date.weekday_order is None]
    if not unsettled:
        return None
    if len(by_weekday) == 1:
        for a in unsettled:  # the page's weekdays say how it writes its dates
            a.date = a.date.day_first() if by_weekday == {"dmy"} else a.date.month_first()
        return None
    day_first = lang != "en"
    first = unsettled[0]
    written = lines[first.index].text[first.date.start : first.date.end]
    way = "day-first" if day_first else "month-first"
    problem = ParseWarning(
        lines[first.index].number,
        f"dates such as {written!r} could be day-first or month-first; read {way}"
        + ("" if orders else f" (the page is in {lang})")
        + ", check them",
        lines[first.index].text[:200],
    )
    for a in unsettled:
        a.date = a.date.day_first() if day_first else a.date.month_first()
    return problem


def _weekday_read(dm: DateMatch, near: AsOf) -> DateMatch | None:
    """A yearless slashed date with a weekday ("Wed 10/2") read the one way its weekday fits
    in the year around ``near``, if only one way does."""
    fits = [
        dataclasses.replace(way, weekday_order=way.order)
        for way in (dm.day_first(), dm.month_first())
        if weekday_fits(way.month, way.day, dm.weekday, anchor=near.day, exact_anchor=near.exact)
    ]
    return fits[0] if len(fits) == 1 else None
