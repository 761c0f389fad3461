"""Spans: which lines make one meeting (its heading, its anchor, its details)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, islice

from eventmap.ingest import calendar
from eventmap.ingest.parse.anchors import _NEAR, _Anchor, _only_time
from eventmap.ingest.parse.lexicon import (
    _ALNUM,
    _BULLET,
    _DIGIT,
    _KIND,
    _LETTERS,
    _LINK_LINE,
    _ONLINE,
    _ONLINE_STEMS,
    _SENTENCE_END,
    _SERIES,
    _STATUS_WORDS,
    ANCHOR,
    BLANK,
    CITY,
    DAY,
    LABEL_SENTENCE,
    OTHER,
    PROSE,
    RULE,
    SERIES,
    _has_status,
    _place_labelled,
    all_weekday_names,
    place_labelled_in,
    point_labelled_in,
)
from eventmap.ingest.parse.lines import (
    _ITEM_MARKS,
    _PLACE_MARK,
    _ROUTE_FACTS,
    _is_campus_line,
    _is_detail_like,
    _name_heading,
    _other_caps_heading,
    _section_between,
    _time_then_cell,
    lead_time_place,
    month_heading_line,
    time_then_place_sentence,
)
from eventmap.ingest.parse.venues import (
    _badge,
    _is_city_line,
    _is_sentence,
    _name_over_street,
    _name_words,
    _named_venue_line,
    _placelike,
    _reads_as_sentence,
    _street_line,
    _title_over_venue,
    _unnumbered_street,
    _venue_kind,
    _venue_street_line,
    description_venue,
    film_credits,
    name_like,
    own_sentence,
    place_first_sentence,
    place_only_sentences,
    place_then_remark,
    sentence_venue,
    venue_first,
)
from eventmap.ingest.places import looks_like_block_line, parse_city_region, postal_place
from eventmap.ingest.text import (
    Line,
    contains_any,
)
from eventmap.ingest.when import (
    find_times,
)


@dataclass
class _Span:
    anchor: _Anchor
    header: list[int] = field(default_factory=list)
    details: list[int] = field(default_factory=list)
    series: tuple[str | None, str | None] | None = None  # (campus heading, venue)
    city: int | None = None  # the line of the city heading the meeting is under
    # Details written above the date, in a block that the date closes (venue, address, date)
    pre: list[int] = field(default_factory=list)

    @property
    def first(self) -> int:
        return self.header[0] if self.header else self.pre[0] if self.pre else self.anchor.index

    @property
    def indices(self) -> list[int]:
        return [*self.header, *self.pre, self.anchor.index, *self.details]


def _header(
    lines, kinds, anchor_idx: int, floor: int, contiguous_prev: bool, top: int = 0
) -> list[int]:
    """Line indices of the heading above an anchor (at most 3, none below ``floor``); ``top`` is
    the page's first line of text (its title, never a card's name heading)."""
    got: list[int] = []
    j = anchor_idx - 1
    while j > floor and len(got) < 3 and kinds[j] == OTHER:
        if _is_detail_like(lines[j].text) or not _ALNUM.search(lines[j].text):
            break  # a detail, or a rule ("-----" under a table's head): no heading
        if month_heading_line(lines[j].text):
            break  # "JANVIER" over its days: the month's, no place
        got.append(j)
        j -= 1
    got.reverse()
    if not got:
        # Pages that put every field in a paragraph of its own: a place line, a blank, the date.
        j = anchor_idx - 1
        while j > floor and kinds[j] == BLANK:
            j -= 1
        # alone in its paragraph: not the line right under the meeting above's date
        alone = (j - 1 <= floor or kinds[j - 1] == BLANK) and (j < 1 or kinds[j - 1] != ANCHOR)
        if j > floor and j < anchor_idx - 1 and kinds[j] == OTHER and alone:
            text = lines[j].text
            if _has_status(text):  # "ABGESAGT – Universität Zürich": the heading, cancelled
                text = _STATUS_WORDS.sub(" ", text).strip(" :–—-") or text
            placelike = (
                _is_campus_line(text) or _is_city_line(text) or _KIND.match(text)
                or (j > top and (_name_heading(text) or _town_then_venue(text) or venue_first(text)))
            )  # fmt: skip
            if placelike and not _is_detail_like(text) and not month_heading_line(text):
                return [j]
        return got
    if contiguous_prev and j == floor:
        # No blank line between this meeting and the previous one: the lines above could be
        # the previous meeting's details. Keep only what reads as a heading.
        last = lines[got[-1]].text
        if (
            kinds[floor] == ANCHOR
            and _BULLET.match(lines[floor].text)
            and _BULLET.match(lines[anchor_idx].text)
            and not any(_BULLET.match(lines[g].text) for g in got)
        ):
            return []  # "- Do., 14. Jänner …" / "  Universität Graz, …" / "- Di., …": the item's
        if len(got) >= 2 and _is_city_line(last) and _is_campus_line(lines[got[-2]].text):
            return got[-2:]
        if _BULLET.match(last) or _is_campus_line(last) or _is_city_line(last) or _KIND.match(last):
            return got[-1:]
        return got[-1:] if len(got) > 1 or kinds[floor] != ANCHOR else []
    return got


# A card's heading that names the town, a dash, then the venue: "Portland, OR — Powell's City of
# Books", "Villeurbanne – Maison du Livre, de l'Image et du Son".
_TOWN_DASH = re.compile(r"\s[–—-]\s")
_TOWN_VENUE_LEN = 90


def town_and_venue(text: str) -> tuple[str, str] | None:
    """(town, venue) of a card's heading that is a town, a dash and a venue (see
    _town_then_venue); else None."""
    if not _town_then_venue(text):
        return None
    dash = _TOWN_DASH.search(text)
    return text[: dash.start()].strip(), text[dash.end() :].strip()  # type: ignore[union-attr]


def _town_then_venue(text: str) -> bool:
    """Whether a heading is a town, a dash and a venue named by its kind."""
    if len(text) > _TOWN_VENUE_LEN or (dash := _TOWN_DASH.search(text)) is None:
        return False
    town, venue = text[: dash.start()].strip(), text[dash.end() :].strip()
    if not venue[:1].isupper() or venue[-1:] in "!?:" or _is_sentence(venue):
        return False
    # a venue's word, not a title's capitals ("Manchester - Building A Fighting Union"); or any
    # name after a town with its state ("Portland, OR — Powell's City of Books")
    if _placelike(venue):
        return _is_city_line(town) or _name_heading(town)
    return "," in town and parse_city_region(town) is not None and name_like(venue)


_BLOCK_MAX = 5  # lines of a block that the date closes


def _block_above(lines, kinds, idx: int, floor: int) -> tuple[list[int], list[int]]:
    """A paragraph that the date line closes ("Campus / Venue, Room / Address / Date, time"):
    its first line is the heading when it names a campus, a city or the kind of meeting (or is
    a title over three lines or more), the rest (all of it, when it starts with the venue) are
    the meeting's details. Only when the paragraph has a blank line (or the page's start) above it and
    one below the date, so the details of the meeting above are never taken."""
    after = idx + 1
    if after < len(kinds) and kinds[after] != BLANK:
        return [], []
    j = idx - 1
    while j > floor and kinds[j] == OTHER and idx - j <= _BLOCK_MAX:
        j -= 1
    if j == idx - 1 or not (j < 0 or kinds[j] == BLANK) or (0 <= j <= floor):
        return [], []
    block = list(range(j + 1, idx))
    if any(_LINK_LINE.match(lines[b].text) for b in block):
        return [], []
    top = lines[block[0]].text
    if _is_campus_line(top) or _is_city_line(top) or _KIND.match(top):
        return block[:1], block[1:]
    if _is_detail_like(top) or _placelike(top) or len(block) < 3:
        return [], block  # the venue itself, first
    return block[:1], block[1:]  # a title over the venue


_RULE_GAP = 4  # blank and rule lines between a venue's block and the dates it holds


def _venue_over_rule(lines: list[Line], kinds: list[str], idx: int, floor: int) -> list[int]:
    """A venue's block over the rule that times the dates under it ("Bürgerhaus Vegesack" /
    "Kirchheide 49" / "28757 Bremen", then "Wir reparieren einmal im Monat samstags, 11 bis
    14 Uhr.", then "Nächste Termine: Sa. 23.1., Sa. 20.2."): the block's lines, the dates'
    details; else none."""
    j = idx - 1
    rules = 0
    while j > floor and kinds[j] in (BLANK, RULE) and idx - j <= _RULE_GAP:
        rules += kinds[j] == RULE
        j -= 1
    if not rules or j <= floor or kinds[j] != OTHER:
        return []
    end = j
    while j > floor and kinds[j] == OTHER and end - j < _BLOCK_MAX:
        j -= 1
    if j > floor and kinds[j] not in (BLANK, CITY):
        return []
    block = list(range(j + 1, end + 1))
    if len(block) < 2 or not _placelike(lines[block[0]].text):
        return []
    if not any(_street_line(lines[b].text) or looks_like_block_line(lines[b].text) for b in block):
        return []  # a venue with its street, not a paragraph of the blurb
    return block


def _is_heading_block(lines: list[Line], header: list[int]) -> bool:
    """Heading lines that are all campuses, cities or kinds ("Wayne State University" over
    "Detroit"): the usual heading, with nothing of the venue in it."""
    return all(
        _is_campus_line(lines[h].text) or _is_city_line(lines[h].text) or _KIND.match(lines[h].text)
        for h in header
    )


def _segment(
    lines: list[Line],
    kinds: list[str],
    anchors: dict[int, _Anchor],
    breaks: list[int] | None = None,
) -> list[_Span]:
    spans: list[_Span] = []
    claimed: set[int] = set()
    series: tuple[str | None, str | None] | None = None
    series_at: dict[int, tuple[str | None, str | None]] = {}
    # Series headings: "Campus\nAll meetings held in VENUE".
    for i, k in enumerate(kinds):
        if k != SERIES:
            continue
        venue = _SERIES.match(lines[i].text).group("venue")
        if calendar.unless_rule(lines[i].text) is not None:
            venue = None  # "... unless stated": the list's place, which entries may override
        elif venue is not None:
            # "All events are held in store unless another venue is listed. Book a seat …": the
            # place up to its clause or its sentence's end
            venue = calendar.cut_unless(venue)
        campus_lines = []
        j = i - 1
        while j >= 0 and kinds[j] == OTHER and len(campus_lines) < 2:
            campus_lines.insert(0, j)
            j -= 1
        campus = ", ".join(lines[c].text for c in campus_lines) or None
        claimed.update(campus_lines)
        claimed.add(i)
        series_at[i] = (campus, venue)
    order = sorted(anchors)
    cities = [i for i, k in enumerate(kinds) if k == CITY]
    # A heading in capitals that names no city ("💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)") ends the
    # section of the city heading above it.
    city_ends = (
        [i for i in range(1, len(kinds)) if _other_caps_heading(lines, kinds, i)] if cities else []
    )
    if cities and breaks:  # a chat's next message ends the city heading of the one before
        city_ends = sorted({*city_ends, *breaks})
    # How many prose and blank lines come before each line (kinds do not change here): whether
    # a stretch of lines has one is then a subtraction, not a loop.
    prose_before = list(accumulate((k == PROSE for k in kinds), initial=0))
    blank_before = list(accumulate((k == BLANK for k in kinds), initial=0))
    series_claims = sorted(claimed)
    series_lines = sorted(series_at)
    prev_end = -1  # last line index that belongs to the previous meeting or a boundary
    top = next((i for i, k in enumerate(kinds) if k != BLANK), len(kinds))
    named: bool | None = None  # whether names head two dates or more (found when needed)
    for idx in order:
        a = anchors[idx]
        lo, hi = bisect_right(series_lines, prev_end), bisect_left(series_lines, idx)
        if hi > lo:
            series = series_at[series_lines[hi - 1]]
        elif prose_before[idx] > prose_before[max(prev_end, 0)]:
            series = None
        k = bisect_left(series_claims, idx)
        floor = max(
            prev_end,
            spans[-1].details[-1] if spans and spans[-1].details else -1,
            series_claims[k - 1] if k else -1,
        )
        contiguous = spans and blank_before[idx] == blank_before[spans[-1].anchor.index]
        header = (
            []
            if a.inline_head or a.day is not None
            else _header(lines, kinds, idx, floor, bool(contiguous), top)
        )
        header = [h for h in header if h not in claimed]
        c = bisect_left(cities, idx)
        if c and _section_between(city_ends, cities[c - 1], idx):
            c = 0
        pre: list[int] = []
        if (
            not a.inline_head
            and a.day is None
            and not (header and _is_heading_block(lines, header))
        ):
            block = _block_above(lines, kinds, idx, floor)
            if block[1] and len(block[0]) + len(block[1]) >= 2:
                header, pre = block
            elif not header:
                pre = _venue_over_rule(lines, kinds, idx, floor)
        city = cities[c - 1] if c else None
        if a.inline_head and _name_over_sentence(lines, kinds, idx, floor, top):
            if named is None:  # a tour's page: other names head its dates too
                named = sum(_name_over_date(lines, kinds, i, top) for i in order) >= 2
            if named:
                city = idx - 1 - (kinds[idx - 1] == BLANK)  # "Denton" over "The meeting at …"
        span = _Span(a, header, [], series, city, pre)
        if spans:
            _details(spans[-1], lines, kinds, limit=span.first, claimed=claimed)
        spans.append(span)
        claimed.update(header)
        claimed.update(pre)
        claimed.add(idx)
        prev_end = idx
    if spans:
        _details(spans[-1], lines, kinds, limit=len(lines), claimed=claimed)
    return spans


def _name_over_date(lines: list[Line], kinds: list[str], idx: int, top: int) -> bool:
    """Whether a name alone in its paragraph heads the date line at ``idx`` (maybe past a blank
    line): "Austin" over "Thursday, January 14, 7:00 p.m."."""
    h = idx - 2 if idx >= 2 and kinds[idx - 1] == BLANK else idx - 1
    return h > top and kinds[h] in (OTHER, CITY) and _name_heading(lines[h].text)


def _name_over_sentence(
    lines: list[Line], kinds: list[str], idx: int, floor: int, top: int
) -> bool:
    """Whether a name alone in its paragraph ("Denton", "Grenoble") heads the sentence with the
    date at ``idx`` right under it: the chapter's city, kept over the campus the sentence names."""
    h = idx - 2 if idx >= 2 and kinds[idx - 1] == BLANK else idx - 1  # maybe past a blank line
    return (
        floor < h > top
        and kinds[h] == OTHER
        and kinds[h - 1] == BLANK
        and _name_heading(lines[h].text)
        and not _is_campus_line(lines[h].text)
    )


_TIME_FIRST_REACH = 24  # characters before the time of a line that opens with it


def _time_first(text: str) -> bool:
    """Whether a paragraph opens with its time, maybe after a word or two ("6pm–8pm, Wickham
    School of Arts, …", "Assemble 10am at Civic Park …", "Starts 9am Saturday at …", "From
    6.30pm at Islington Park …", "Ab 19 Uhr im …", "À partir de 18 h à …", "Desde las 18:00 en
    …"): the details of the date line above it that gave no time."""
    tm = find_times(text[: _TIME_FIRST_REACH + 16])
    return tm is not None and tm.start <= _TIME_FIRST_REACH


# An e-mail's or a newsletter's closing words on a line of their own.
_VALEDICTION = re.compile(
    r"\s*+(?:in\s++solidarity|solidarity|(?:best|warm|kind)(?:\s++(?:wishes|regards))?|"
    r"regards|cheers|thanks|many\s++thanks|yours(?:\s++(?:sincerely|faithfully))?|"
    r"(?:(?:mit\s++)?(?:solidarische[nm]?|viele[n]?|herzliche[n]?|beste[n]?|freundliche[n]?)\s++)"
    r"gr(?:ü|ue)(?:ß|ss)en?|"
    r"salutations(?:\s++(?:fraternelles|militantes|syndicales|cordiales))?|cordialement|"
    r"amitiés|fraternellement|bien\s++à\s++vous|"
    r"(?:un\s++)?(?:saludos?|abrazos?)(?:\s++(?:cordiales|fraternales|solidarios|compañeros))?|"
    r"atentamente|un\s++abrazo)\s*+[,.!]?\s*+",
    re.IGNORECASE,
)
_VALEDICTION_MAX = 40


def _valediction(text: str) -> bool:
    return len(text) <= _VALEDICTION_MAX and _VALEDICTION.fullmatch(text) is not None


def _venue_first_cells(text: str) -> bool:
    """Whether a long line is a card's meta line: a venue's name first, then cells after a
    middle dot, the last maybe a notice in sentences ("WUK Saal · Einlass 19.00 / Beginn 20.00
    · Das Konzert muss leider abgesagt werden. Tickets werden …")."""
    first, dot, rest = text.partition(" · ")
    return bool(dot) and len(first) <= _META_VENUE_MAX and _placelike(first) and " · " in rest


_META_VENUE_MAX = 50

# A site's legal and contact links, in a footer line of their own.
_FOOTER_LINK = re.compile(
    r"(?:impressum|datenschutz(?:erkl[äa]rung)?|imprint|privacy(?:\s++policy)?|cookies?|"
    r"cookie\s++settings|terms(?:\s++of\s++use)?|legal\s++notice|accessibility|sitemap|"
    r"mentions\s++l[ée]gales|confidentialit[ée]|politique\s++de\s++confidentialit[ée]|"
    r"plan\s++du\s++site|aviso\s++legal|pol[ií]tica\s++de\s++privacidad|"
    r"pol[ií]tica\s++de\s++cookies|accesibilidad|mapa\s++del\s++sitio|agb|barrierefreiheit)",
    re.IGNORECASE,
)
_FOOTER_SPLIT = re.compile(r"\s*+[|·•/–—]\s*+")
_FOOTER_MAX = 120


def _site_footer(text: str) -> bool:
    """Whether a line is only a site's legal links ("Impressum · Datenschutz", "Mentions
    légales | Confidentialité", "Aviso legal")."""
    t = text.strip(" *_")
    if not t or len(t) > _FOOTER_MAX:
        return False
    parts = [p for p in _FOOTER_SPLIT.split(t) if p]
    return bool(parts) and all(_FOOTER_LINK.fullmatch(p) for p in parts)


def _details(span: _Span, lines, kinds, *, limit: int, claimed: set[int]) -> None:
    """Claim the lines after an anchor that describe the same meeting."""
    j = span.anchor.index + 1
    got: list[int] = []
    while j < limit:
        k = kinds[j]
        if k != BLANK and _valediction(lines[j].text):
            break  # "In solidarity," / "Dana Whitfield": the e-mail's close, no detail
        if k != BLANK and _site_footer(lines[j].text):
            break  # "Impressum · Datenschutz", "Privacy policy | Cookies": the site's, no detail
        if (
            k == PROSE
            and (got or span.anchor.day is not None)
            and _pin_follows(lines, kinds, j, limit)
        ):
            j += 1  # "- Cancelled because the hall is closed …" / "- 📍 Ralph Thornton Centre"
            continue
        if (
            k == PROSE
            and j == span.anchor.index + 1
            and j not in claimed
            and span.anchor.day is None
            and place_only_sentences(lines[j].text)
        ):
            got.append(j)  # "Adventsfeier … Geschichten. Gemeindehaus Lamm, Am Markt 7. Wer …"
            j += 1
            continue
        if (
            k == PROSE
            and j == span.anchor.index + 1
            and j not in claimed
            and _lone_date(span.anchor)
            and (point_labelled_in(lines[j].text) or calendar.departure(lines[j].text) is not None)
        ):
            got.append(j)  # "Spring walk with … Meeting point: Furzey Gardens gate. Bring …"
            j += 1
            continue
        if (
            k == PROSE
            and j == span.anchor.index + 1
            and j not in claimed
            and place_then_remark(lines[j].text) is not None
        ):
            got.append(j)  # "Sur le podium du Village de Noël, place Saint-Lambert — une …"
            j += 1
            continue
        if (
            k == PROSE
            and j == span.anchor.index + 1
            and j not in claimed
            and _lone_date(span.anchor)
            and calendar.meet_label_split(lines[j].text) is not None
        ):
            got.append(j)  # "SAMEDI 12 DÉCEMBRE" / "Tournai, mille ans d'histoire – RDV : Office …"
            j += 1
            continue
        if (
            k == PROSE
            and j == span.anchor.index + 1
            and j not in claimed
            and _time_first(lines[j].text)
            and find_times(lines[span.anchor.index].text) is None
        ):
            got.append(j)  # "THURSDAY 26 NOVEMBER – GENERAL MEETING" / "6pm–8pm, Wickham …"
            j += 1
            continue
        if (
            k == PROSE
            and j == span.anchor.index + 1
            and j not in claimed
            and _lone_date(span.anchor)
            and description_venue(lines[j].text)
        ):
            got.append(j)  # "Sat 5 Dec, 20h30" / "Sidewalk astronomy at Rhodes Memorial (…). …"
            j += 1
            continue
        if (
            k == PROSE
            and j == span.anchor.index + 1
            and j not in claimed
            and _lone_date(span.anchor)
            and not span.anchor.inline_head  # the date opens its line: a heading, no sentence's
            and find_times(lines[span.anchor.index].text) is None
            and _BULLET.match(lines[j].text) is None  # "- …": the list's next item
            and find_times(lines[j].text) is not None
        ):
            got.append(j)  # "Tuesday 9 February" / "Annual General Meeting – 7pm prompt, …"
            j += 1
            continue
        if (
            k == PROSE
            and j == span.anchor.index + 1
            and j not in claimed
            and LABEL_SENTENCE.match(lines[j].text) is not None
            and (_place_labelled(lines[j].text) or calendar.meets_at(lines[j].text))
        ):
            got.append(j)  # "Treffpunkt: vor der Stadtbibliothek Brixen (Domplatz). Wir …"
            j += 1
            continue
        if (
            k == PROSE
            and j not in claimed
            and (
                lead_time_place(lines[j].text) or (got and time_then_place_sentence(lines[j].text))
            )
        ):
            # "A las 19:30 h, Centro Cívico Delicias, salón de actos. Orden …"; under the title,
            # "14h00 – 17h00, Centre de loisirs des Franches-Montagnes, salle 2. Inscription …"
            got.append(j)
            j += 1
            continue
        if k == PROSE and j not in claimed and own_sentence(lines[j].text) is not None:
            got.append(j)  # "Exceptionnellement à 18h, à la Salle Wittert (…), dans le cadre …"
            j += 1
            continue
        if (
            k == PROSE
            and len(got) == 1
            and j == got[0] + 1
            and j not in claimed
            and place_first_sentence(lines[j].text) is not None
        ):
            got.append(j)  # "Assemblée générale, 20h00" / "Restaurant de la Gare, Le Noirmont. …"
            j += 1
            continue
        if k == PROSE and got and j not in claimed and _venue_first_cells(lines[j].text):
            got.append(j)  # "WUK Saal · Einlass 19.00 / Beginn 20.00 · Das Konzert muss …"
            j += 1
            continue
        if k == PROSE and got and j not in claimed and place_labelled_in(lines[j].text):
            got.append(j)  # a blurb's paragraph right under the title that says "… Ort: …"
            j += 1
            continue
        if j in claimed or k in (PROSE, SERIES, ANCHOR, DAY, RULE, CITY):
            break
        if k == OTHER and span.anchor.columns is not None and month_heading_line(lines[j].text):
            break  # a table's row, then the next month's heading row ("Enero 2027")
        if k != BLANK and not _ALNUM.search(lines[j].text):
            break  # a rule ("-----", "* * *") closes the meeting above it
        if k != BLANK:
            got.append(j)
            j += 1
            continue
        # A blank line may fall inside a meeting (place and date, blank, venue and address):
        # take the next paragraph only if nothing after the date was read yet and the
        # paragraph is not a heading over a blurb.
        nxt = j
        while nxt < limit and kinds[nxt] == BLANK:
            nxt += 1
        if nxt < limit and (_valediction(lines[nxt].text) or _site_footer(lines[nxt].text)):
            break
        if (
            got
            and nxt < limit
            and kinds[nxt] == PROSE
            and nxt not in claimed
            and len(got) < _CARD_LINES
            and (nxt + 1 >= limit or kinds[nxt + 1] == BLANK)
            and _card_label(span.anchor)
            and calendar.zone_times(lines[nxt].text) is not None
        ):
            got.append(nxt)  # "Webinar 1 · …" / title / "🕕 18:00 Lima · 17:00 Ciudad de México"
            j = nxt + 1
            continue
        if (
            got
            and nxt < limit
            and kinds[nxt] == PROSE
            and nxt not in claimed
            and _venue_first_cells(lines[nxt].text)
        ):
            got.append(nxt)  # a card's paragraphs: "WUK Saal · Einlass 19.00 · Das Konzert …"
            j = nxt + 1
            continue
        if (
            not got
            and nxt < limit
            and kinds[nxt] == PROSE
            and _pin_follows(lines, kinds, nxt, limit)
        ):
            j = nxt + 1  # a remark, then the entry's pinned place
            continue
        if (
            not got
            and nxt < limit
            and kinds[nxt] == PROSE
            and nxt not in claimed
            and (nxt + 1 >= limit or kinds[nxt + 1] == BLANK)
            and _venue_paragraph(lines[nxt].text)
        ):
            got.append(nxt)  # "**La Plata:** Facultad de Humanidades y … (UNLP) — calle 51 …"
            j = nxt + 1
            continue
        if (
            not got
            and nxt < limit
            and kinds[nxt] in (PROSE, OTHER)
            and nxt not in claimed
            and lines[nxt].text.startswith(_ITEM_MARKS)
            and (nxt + 1 >= limit or kinds[nxt + 1] == BLANK)
            and _lone_date(span.anchor)
            and _lone_item(lines, kinds, nxt, limit)
        ):
            # a date heading over its one entry as a list item: "### Di 24.1." / "- Tournoi de
            # la Ville de Lausanne (U11 à U18), salle omnisport du Vieux-Moulin, Lausanne."
            got.append(nxt)
            j = nxt + 1
            continue
        if (
            not got
            and nxt < limit
            and kinds[nxt] in (PROSE, OTHER)
            and nxt not in claimed
            and (nxt + 1 >= limit or kinds[nxt + 1] == BLANK)
            and _lone_date(span.anchor)
            and (description_venue(lines[nxt].text) or point_labelled_in(lines[nxt].text))
        ):
            # a card's date alone, then its description that says where: "Tue 15 Dec, 12
            # noon" / "Festive buffet … at the Clarke Foley Centre, Cunliffe Road, Ilkley LS29
            # 9DZ. Tickets …"; "So, 18.04.2027, 14 Uhr" / "Frühlingsführung … Treffpunkt:
            # Wanderparkplatz Christenberg (Münchhausen). Dauer ca. 2 Stunden …"
            got.append(nxt)
            j = nxt + 1
            continue
        if (
            got
            and len(got) <= _CARD_BLURB_AT
            and nxt < limit
            and kinds[nxt] in (PROSE, OTHER)
            and nxt not in claimed
            and _lone_date(span.anchor)
            and calendar.start_lead_time(lines[nxt].text) is not None
        ):
            # "Samedi 5 et dimanche 6 juin 2027" / "Pow-wow de Lac-Simon" / "Lac-Simon (Abitibi)"
            # / "Grande entrée à 13 h les deux jours. …": the card's blurb, when it starts first
            got.append(nxt)
            j = nxt + 1
            continue
        if (
            not got
            and nxt < limit
            and kinds[nxt] in (PROSE, OTHER)
            and nxt not in claimed
            and _lone_date(span.anchor)
            and calendar.departure(lines[nxt].text) is not None
        ):
            # "Samstag, 13. März 2027" / "Abfahrt mit dem Bus um 7.00 Uhr vom Festplatz Auer. …"
            # / "Kosten: 35 €": the outing's paragraph, when and where it leaves first
            end = nxt + 1
            while end < limit and kinds[end] in (OTHER, PROSE) and end not in claimed:
                end += 1
            got.extend(range(nxt, end))
            j = end
            continue
        end = nxt
        while end < limit and kinds[end] == OTHER and end not in claimed:
            end += 1
        after = end
        while after < limit and kinds[after] == BLANK:
            after += 1
        if (
            not got
            and end == nxt + 1
            and after < limit
            and after not in claimed
            and kinds[after] in (OTHER, PROSE)
            and lead_time_place(lines[after].text)
        ):
            # a title's paragraph, then its time and place: "PROYECCIÓN: «…»" / "A las 19:00
            # en el salón de actos del Centro Cívico Delicias (…). Entrada libre."
            got.extend((nxt, after))
            j = after + 1
            continue
        if (
            got
            and end == nxt + 1
            and (_ROUTE_FACTS.match(lines[nxt].text) or lead_time_place(lines[nxt].text))
        ):
            # an outing's paragraphs: its title, its facts, "Salida: 8:00 h desde la Plaza …"
            got.append(nxt)
            j = end
            continue
        if end == nxt + 1 and month_heading_line(lines[nxt].text):
            break  # "Enero" after a blank line: the next month's heading, not the place
        if (
            nxt < limit
            and lines[nxt].heading
            and lines[span.anchor.index].text.startswith(_ITEM_MARKS)
        ):
            # "- Do, 08.04.2027" / "" / "## Stammtisch Meran" / "**Ort:** Ost West Club": the
            # next section's heading and its place, not the list item's
            break
        if not _takes_paragraph(span, lines, kinds, got, nxt, end):
            if (through := _fields_through_time(span, lines, kinds, nxt, limit, claimed)) is None:
                break
            end = through
        got.extend(range(nxt, end))
        j = end
    if (label := _label_below(lines, kinds, span.anchor.index, got, j, limit, claimed)) is not None:
        got.append(label)
    span.details = [g for g in got if kinds[g] != BLANK]
    claimed.update(span.details)
    meta = next((g for g in span.details if _time_then_cell(lines[g].text)), None)
    if meta is not None and meta != span.details[0]:
        # a card's time and the place cell its markup names are read first: the lines above
        # them are its category and title, never its place
        span.details.remove(meta)
        span.details.insert(0, meta)


_LABEL_REACH = 6  # lines between a card's last detail read and its labelled place


# A town's label before a venue: "La Plata:", "Lyon :", "In Leeds:".
_TOWN_LABEL = re.compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*+\s++){0,2}[A-ZÀ-Þ][\w'’.-]*+\s?:\s++")


def _lone_item(lines: list[Line], kinds: list[str], i: int, limit: int) -> bool:
    """Whether list item ``i`` is alone in its list: the next line that is not blank is no
    item of the same list (the next date's heading, the page's end)."""
    after = i + 1
    while after < limit and kinds[after] == BLANK:
        after += 1
    return (
        after >= limit
        or kinds[after] in (ANCHOR, DAY)
        or not lines[after].text.startswith(_ITEM_MARKS)
    )


def _lone_date(a: _Anchor) -> bool:
    """Whether a date line gives its date and time and nothing else: a card's."""
    if a.day is not None or a.entry or a.columns is not None:
        return False
    t = a.tail
    for dm in reversed(a.more):  # "Sa 6.2. et Sa 13.2.": the later dates are the line's too
        if 0 <= dm.start < dm.end <= len(t):
            t = t[: dm.start] + t[dm.end :]
    if a.more:
        t = _DATE_JOINS.sub(" ", t)
    t = t.strip(_TAIL_MARKS)
    tm = find_times(t) if t else None
    return not t or (tm is not None and tm.start == 0 and not t[tm.end :].strip(_TAIL_MARKS))


_TAIL_MARKS = " ,.;:|–—-·"
_DATE_JOINS = re.compile(r"(?<!\S)(?:et|and|und|y|&)(?!\S)", re.IGNORECASE)


def _venue_paragraph(text: str) -> bool:
    """A paragraph long enough to read as prose that is a venue and its street: maybe a town's
    label, then a place's name before a dash, a bracket or a comma ("La Plata: Facultad de
    Humanidades y Ciencias de la Educación (UNLP) — calle 51 e/ 124 y 125, Ensenada")."""
    t = _TOWN_LABEL.sub("", text.strip(), count=1)
    head = _VENUE_HEAD_END.split(t, maxsplit=1)[0].strip()
    return (
        0 < len(head) <= _VENUE_HEAD_MAX
        and _placelike(head)
        and not _is_sentence(head)
        and not _SENTENCE_MARK.search(t)
    )


_VENUE_HEAD_MAX = 80
_VENUE_HEAD_END = re.compile(r"\s[–—]\s|[(,]")  # where a venue's name ends: a dash, a bracket
_SENTENCE_MARK = re.compile(r"[.!?]\s++[A-ZÀ-Þ]")  # a second sentence: a blurb, not a venue


def _online(text: str) -> bool:
    """``_ONLINE.search(text)``, tried only when one of its stems is there."""
    return contains_any(text.casefold(), _ONLINE_STEMS) and _ONLINE.search(text) is not None


def _label_below(
    lines: list[Line],
    kinds: list[str],
    anchor: int,
    got: list[int],
    j: int,
    limit: int,
    claimed: set[int],
) -> int | None:
    """A card's labelled place a few paragraphs under the lines read, before the next meeting
    ("Lundi 16 novembre, 14h" / speaker / « title » / "Lieu : MISHA, salle …"), when none of
    the lines read is labelled: its line."""
    if any(_place_labelled(lines[g].text) for g in got):
        return None
    if any(_online(lines[g].text) for g in [anchor, *got]):
        return None  # an online session: a later "Ort:" is another note's ("ab Januar 2027")
    for k in range(j, min(limit, j + _LABEL_REACH)):
        if k in claimed or kinds[k] not in (BLANK, OTHER, PROSE):
            return None
        if lines[k].heading:
            return None  # "## Stammtisch Meran" / "**Ort:** …": the next section's place
        if kinds[k] == OTHER and _place_labelled(t := lines[k].text):
            if kinds[k - 1] != BLANK:
                return None  # under a heading of its own ("Our next season" / "Venue: …")
            value = t.split(":", 1)[1].strip()
            # a place, not a page's note under a "Venue:" heading ("the library is wheelchair
            # accessible …"): a name, not a sentence
            return k if value[:1].isupper() and not _reads_as_sentence(value) else None
    return None


def _takes_paragraph(
    span: _Span, lines: list[Line], kinds: list[str], got: list[int], nxt: int, end: int
) -> bool:
    """Whether the paragraph ``nxt:end`` after a blank line is still the meeting's, given the
    lines ``got`` under its date so far."""
    a = span.anchor
    # A table row ("Sat, Dec 19 | 7:30 PM") that gives no more than its time has its
    # title and place in the lines under it, as a card does.
    row_only = a.entry and a.day is None and not _tail_has_place(a)
    # "Talleres de lectura: miércoles 10, 17 y 24 de marzo, 18 hs" over a paragraph that
    # closes with its venue ("Coordina: Laura Benítez." / "Sala de lectura infantil")
    venue_last = not got and _ends_with_venue(lines, nxt, end)
    # "Mi., 9.12. | 18:30 Uhr — Stammtisch" over "Ort: Café Beim Bréck, …": the row's place
    row_only = row_only or (
        a.entry and a.day is None and nxt < end and _place_labelled(lines[nxt].text)
    )
    if a.entry and a.day is not None and end > nxt and _time_with_note(a.tail) and not a.own_place:
        return True  # a time alone over its entry's paragraphs: title, "Location: …", a tag
    card_label = _card_label(a)
    if card_label and end - nxt == 1 and len(got) < _CARD_LINES:
        return True  # a card's title, speakers and time, each a paragraph of its own
    if (
        (a.inline_head and not venue_last and not card_label)
        or (a.entry and not row_only)
        or a.columns is not None  # a table row has its title and place in its cells
        or end == nxt
    ):
        return False  # before the tests below, which cannot keep the paragraph then
    after = end
    while after < len(kinds) and kinds[after] == BLANK:
        after += 1
    if end - nxt == 1 and (
        _time_then_cell(lines[nxt].text)
        or (after < len(kinds) and after - end <= 1 and _time_then_cell(lines[after].text))
    ):
        return True  # a card's title, then its time and place cells: one meeting
    followed_by_prose = after < len(kinds) and kinds[after] == PROSE
    if followed_by_prose and end - nxt == 1 and not got and len(lines[nxt].text) < 40:
        # "Online meeting (Zoom), 5pm NZDT" closing the card: a detail, not a heading
        text = lines[nxt].text
        followed_by_prose = not (_badge(text) or find_times(text) is not None)
    if followed_by_prose and any(
        _street_line(lines[b].text)
        or _venue_street_line(lines[b].text)
        or ("," in lines[b].text and postal_place(lines[b].text) is not None)
        or (end - nxt == 1 and got and _TOWN_REGION.fullmatch(lines[b].text.strip()) is not None)
        for b in range(nxt, end)
    ):
        # a venue block with its street or its town's postcode ("Lansdown Hall, Lansdown,
        # Stroud GL5 1BB"), then a note about it
        followed_by_prose = False
    if followed_by_prose:
        return False
    first = lines[nxt].text
    if (
        _is_sentence(first)
        and not _is_detail_like(first)
        and not venue_last
        # "Club Los Arcos, Av. de los Arcos 1200, Col. Carretas, Querétaro, Qro.": a venue and
        # its street, the state's abbreviation ending it, is no note
        and not (end - nxt == 1 and _venue_street_line(first))
        and not calendar.meets_at(_BULLET.sub("", first, count=1))
        # "Regional meeting at the Corn Exchange, 2 Call Lane." under a date alone: what
        # happens and where, with the venue's street
        and not (end - nxt == 1 and not got and _lone_date(a) and sentence_venue(first))
        # "Frühlingsführung mit Förster Jan Dersch. Treffpunkt: Wanderparkplatz Christenberg.
        # Dauer ca. 2 Stunden." under a date and time alone: what happens, and where to meet
        and not (end - nxt == 1 and not got and _lone_date(a) and point_labelled_in(first))
    ):
        return False  # "Pre-orders for the new book close Sun 15 Feb.": a note, no venue
    heads_next = end - nxt == 1 and after < len(kinds) and kinds[after] == ANCHOR
    if heads_next and _online_heading(lines, after) == nxt:
        return False  # "Online meeting" over the next date: that meeting's heading
    if heads_next and _tail_has_place(a) and not (_is_detail_like(first) or _place_labelled(first)):
        return False  # the date line has its place; the lone line is the next entry's heading
    # After the first paragraph, only an address or link paragraph (a page with every
    # field in a paragraph of its own) still belongs to this meeting.
    noted = list(
        islice(
            (
                g
                for g in got
                if kinds[g] != BLANK
                and not (
                    _time_note(lines[g].text)
                    or _badge(lines[g].text)
                    or film_credits(lines[g].text)
                )
            ),
            2,  # whether there is one, or more than one, is all the tests below ask
        )
    )  # a "Cancelled" badge over the title: the title's paragraph still follows; so do a
    # film's credits under its title ("La Noire de…" / "Ousmane Sembène, 1966, 60 min")
    if (
        noted
        and not (
            (end - nxt == 1 and (_is_detail_like(first) or film_credits(first)))
            # "📍 Cinéma Le Rio, 94 avenue …"; not a pinned note ("📌 Pas d'atelier le mardi 8 …")
            or (
                end - nxt == 1
                and _PLACE_MARK.match(first) is not None
                and (
                    _placelike(first) or "\U0001f4cc" not in first[:_MARK_REACH]
                )  # 📌: maybe a note
                and not _is_sentence(first)
            )
            or (end - nxt == 2 and _venue_over_street(first, lines[nxt + 1].text))
            # a card's town and its region under its title: "Lac-Simon (Abitibi)"
            or (end - nxt == 1 and len(noted) == 1 and _TOWN_REGION.fullmatch(first.strip()))
            or _card_venue_para(lines, noted, nxt, end)
            or (
                # "Dr Aoife Brennan" / "Dublin City Library and Archive, 138–144 Pearse
                # Street, Dublin 2": the speaker's name, then the venue with its street
                len(noted) == 1
                and end - nxt == 1
                and _PERSON.fullmatch(lines[noted[0]].text.strip()) is not None
                and not _placelike(lines[noted[0]].text)
                and _named_venue_line(first)
                and "," in first
                and any(c.isdigit() for c in first)  # the venue's street number
            )
            or (
                any(film_credits(lines[g].text) for g in got)
                and end - nxt <= 2
                and (_placelike(first) or _named_venue_line(first))
            )  # a film, its credits, then its cinema ("Institut français du Sénégal, jardin")
        )
    ):
        return False
    return end - nxt <= 6  # a venue block has 3-6 lines; more is something else


_CARD_BLURB_AT = 3  # paragraphs of a card before its blurb: title, place, a tag
# A town with its region or its neighbour in brackets: "Lac-Simon (Abitibi)", "Wendake (près de
# Québec)", "Kitigan Zibi (près de Maniwaki, Outaouais)", "Oberstdorf (Allgäu)".
_TOWN_REGION = re.compile(
    r"(?-i:[A-ZÀ-Þ])[^\W\d_][\w'’ .-]{0,38}?\s\((?:près\s++de\s++|near\s++|bei\s++|"
    r"cerca\s++de\s++)?(?-i:[A-ZÀ-Þ])[^()\d]{2,60}\)"
)


def _card_label(a: _Anchor) -> bool:
    """Whether a date line is a card's label and its date alone ("Webinar 1 · jueves 11 de
    febrero" over its title, speakers and time, each a paragraph), not a one-line entry."""
    return (
        bool(a.inline_head)
        and not a.tail.strip(" .·|–—-")
        and _CARD_LABEL.fullmatch(a.inline_head.strip()) is not None
    )


_CARD_LINES = 6  # lines under a card's labelled date taken one paragraph at a time
# A card's label before its date, up to three words and a separator: "Webinar 1 ·", "Presencial ·",
# "Session 3 –", "Atelier |".
_CARD_LABEL = re.compile(r"(?:[^\W_][\w'’.-]*+\s++){0,2}[^\W_][\w'’.-]*+\s*+[·|–—:-]")


# A person's name alone: "Dr Aoife Brennan", "Mícheál Ó Dálaigh", "Prof. Anna von Weber".
_PERSON = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s)?[A-ZÀ-Þ][^\W\d_]*+[.'’-]?[^\W\d_]*+"
    r"(?:\s(?:[A-ZÀ-Þ][^\W\d_]*+[.'’-]?[^\W\d_]*+|de|da|del|van|von|di|du|le|la)){1,4}"
)


_TIME_NOTE = re.compile(r"\(([^()]{1,40})\)")


def _time_with_note(text: str) -> bool:
    """A time alone, maybe with a note of another time in brackets ("17h00 (portes 16h30)",
    "7pm (doors 6.30pm)", "19:30 Uhr (Einlass 19 Uhr)")."""
    if _only_time(text):
        return True
    tm = find_times(text)
    if tm is None or tm.start != 0:
        return False
    note = _TIME_NOTE.fullmatch(text[tm.end :].strip(" .,;:"))
    return note is not None and find_times(note.group(1)) is not None


_MARK_REACH = 4  # characters at a line's start that hold its mark ("📌", "- 📍")


def _ends_with_venue(lines: list[Line], start: int, end: int) -> bool:
    """Whether a paragraph under a date closes with its venue on a line of its own, under a
    blurb that reads as sentences (a ``<dd>``: "Charla con el Prof. Daniel Ferreyra." /
    "Sala Raúl González Tuñón"): a short line naming a venue's kind, no sentence."""
    if end - start < 2:
        return False
    last = lines[end - 1].text.strip()
    return (
        len(last) <= 60
        and _venue_kind(last) is not None
        and not _is_sentence(last)
        and not _SENTENCE_END.search(last)
    )


def _pin_follows(lines: list[Line], kinds: list[str], j: int, limit: int) -> bool:
    """Whether the line after line ``j``, in its paragraph, is a place marked with a pin
    ("- 📍 Ralph Thornton Community Centre") or a label ("Lugar: La Hoja Suelta, C/ Sueca, 27"):
    the entry's place, after a remark or a blurb about it."""
    if not (j + 1 < limit and kinds[j + 1] == OTHER):
        return False
    text = lines[j + 1].text
    return bool(_PLACE_MARK.match(text)) or _place_labelled(text)


def _venue_over_street(name: str, street: str) -> bool:
    """A paragraph of two lines that is a venue block: the venue's name (with or without a
    venue word, maybe its room) over its street ("Labor Temple" / "1602 S Park St, Madison",
    "Central Library, Room 302" / "201 W Mifflin St"), or over a street without its number and
    the town after it ("Róisín Dubh" / "Dominick Street Upper, Galway", "Cyprus Avenue" /
    "Caroline Street, Cork")."""
    if not _street_line(street):
        return _unnumbered_street_town(street) and _name_words(name) and not _DIGIT.search(name)
    if _street_line(name):
        return False
    return _name_over_street([name, street]) or _placelike(name) or _named_venue_line(name)


def _unnumbered_street_town(text: str) -> bool:
    """Whether a line is a street without its number, then its town after a comma, maybe its
    district's number ("Caroline Street, Cork", "Curved Street, Temple Bar, Dublin 2",
    "Dominick Street Upper, Galway")."""
    street, comma, town = text.partition(",")
    street = _STREET_SIDE.sub("", street.strip())
    return (
        bool(comma)
        and _TOWN_AFTER_STREET.fullmatch(town.strip()) is not None
        and not _DIGIT.search(street)
        and _unnumbered_street(street)
    )


_STREET_SIDE = re.compile(r"(?<!\s)\s++(?:Upper|Lower|North|South|East|West)$")
# A town after the street, maybe an area before it and the district's number after it.
_TOWN_AFTER_STREET = re.compile(
    r"[^\W\d_][^\d,·|]{1,40}(?:,\s[^\W\d_][^\d,·|]{1,40})?(?:\s\d{1,2})?"
)


def _card_venue_para(lines: list[Line], noted: list[int], nxt: int, end: int) -> bool:
    """An event card with every field in a paragraph of its own (date / title / venue, maybe a
    "Cancelled" badge between): the paragraph after the title line is the venue's when the
    title names no place and the paragraph reads as a venue line ("CodeBase · Argyle House,
    3 Lady Lawson St", "En la librería, 1.er piso", "Online event")."""
    titled = [g for g in noted if not _badge(lines[g].text)]
    if not titled and end - nxt == 1 and len(lines[nxt].text) <= 80:
        return not _is_sentence(lines[nxt].text)  # "Annulé" / the title: the card goes on
    if len(titled) != 1 or end - nxt > 2:
        return False
    venue = lines[nxt].text
    if _badge(venue):
        return True  # "Online event", a "Cancelled" badge
    return _title_over_venue([lines[titled[0]], *lines[nxt:end]])  # a name, maybe its street


_CARD_FIELDS = 3  # paragraphs of a card read past its title for its time line
_TIME_REMARK_END = re.compile(r"\s*+\([^()]{1,40}\)\s*+$")  # a time's remark in brackets
# A card's time line: "Einlass 19:00 | Beginn 20:00", "Beginn 19:30", "Start: 7pm", "Début 19 h".
_START_LINE = re.compile(
    r"^\W*+(?:beginn|start|starts|begins?|d[ée]but|inicio|comienzo|einlass|doors|uhrzeit|time|"
    r"horaires?|hora|ab|from|d[èe]s|desde|[àa]\s++partir\s++de)\b",
    re.IGNORECASE,
)


_CARD_META_LINES = 4  # a card's meta list: its time, then its place, price, seats


def _fields_through_time(
    span: _Span, lines: list[Line], kinds: list[str], nxt: int, limit: int, claimed: set[int]
) -> int | None:
    """A card under a date with no time, every field in a paragraph of its own ("Sa 28.11." /
    "Konzert · WUK Saal" / "Lina Tauber & Band" / "Einlass 19:00 | Beginn 20:00"): where the
    paragraph with its time line ends, when one of the next few short paragraphs is it; else
    None (the paragraphs are someone else's)."""
    a = span.anchor
    tail = a.tail.strip(_TAIL_MARKS)
    # a date block's weekday after its day and month: "12" / "DIC" / "SÁB"
    if (tail and not _weekday_alone(tail)) or a.entry or a.columns is not None or a.inline_head:
        return None
    if a.more:
        return None
    j, seen = nxt, 0
    while j < limit and seen < _CARD_FIELDS:
        end = j
        while end < limit and kinds[end] == OTHER and end not in claimed:
            end += 1
        if end == j or end - j > _CARD_META_LINES:
            return None
        t = _BULLET.sub("", lines[j].text, count=1)  # "• 11:00 a. m. – 4:00 p. m."
        if (
            len(t) <= 60
            and (_START_LINE.match(t) or _only_time(_TIME_REMARK_END.sub("", t)))
            and find_times(t) is not None
        ):
            return end  # "• 9:30 h (ambos días)", "• 7:00 p. m. (hora de Lima, GMT-5)"
        if end - j > 2:
            return None  # only a card's meta list ("• 10:00 – 13:30" / "• Mercado …" / "• 65 €")
        seen += 1
        j = end
        while j < limit and kinds[j] == BLANK:
            j += 1
    return None


def _weekday_alone(text: str) -> bool:
    """Whether a text is only a weekday's name or its short form ("SÁB", "Sat.", "Mi")."""
    return text.strip(" .,()").casefold() in all_weekday_names()


_DOORS_START = re.compile(
    r"^\W*+(?:doors|einlass|ouverture\s++des\s++portes|apertura\s++de\s++puertas)\b", re.I
)


def _time_note(text: str) -> bool:
    """A line about the times only ("Doors open 1.30pm, meeting starts 2pm"): a venue block may
    still follow it after a blank line."""
    return len(text) <= 60 and _DOORS_START.match(text) is not None and find_times(text) is not None


def _tail_has_place(a: _Anchor) -> bool:
    """Whether the date line goes on, after its time, with words ("– rendez-vous au Puits")."""
    tm = a.tail_times()
    rest = a.tail[tm.end :] if tm and tm.start <= _NEAR else a.tail
    if _badge(rest.strip(" |·•–—-:,")):
        return False  # "| 18H00 — SÉANCE ANNULÉE": a status, the entry's lines below
    return len(_LETTERS.findall(rest)) >= 2


_HEADING_LEN = 60  # characters: "💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)"


def _online_heading(lines: list[Line], i: int) -> int | None:
    """The line right above date line ``i`` (a blank line between them at most), when it is a
    short heading of its own paragraph (a blank line or the page's start above it) that says
    the meeting is held online ("💻 CÍRCULO DE ESTUDIO VIRTUAL (Zoom)", "Online reading
    group:", "Reunión en línea"), else None."""
    h = i - 2 if i >= 2 and not lines[i - 1].text else i - 1
    if h < 0 or not (t := lines[h].text) or len(t) > _HEADING_LEN:
        return None
    if h < i - 1 and _DIGIT.search(t):
        return None  # a paragraph away, a line with a number is an entry, not a heading
    if h >= 1 and lines[h - 1].text:
        return None
    return h if contains_any(t.casefold(), _ONLINE_STEMS) and _ONLINE.search(t) else None
