"""What changed between two versions of a listing page: meetings added, removed and changed.

Pure: meetings in, a ``ListingDiff`` out. Meetings are paired in passes from the strictest match
to the loosest, so that a moved venue, a new time or a date that finally got announced shows up
as one *changed* meeting with its field list, not as a removal plus an addition:

1. identical content;
2. the same identity (``Meeting.key``: campaign, campus/place, kind, date, title);
3. the same campaign, campus/place and date (the kind or title changed);
4. the same campaign and campus/place, most similar first (the date changed or was added);
5. the same campus/place, kind and date, or both undated (the campaign heading was renamed);
6. the same campaign, date and venue or address (the campus/place was renamed).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventmap.model import Meeting, norm_text

# Line numbers move whenever anything above a meeting is edited: not a change of the meeting.
IGNORED_FIELDS = frozenset({"source_line"})
FIELDS: tuple[str, ...] = tuple(f for f in Meeting.__dataclass_fields__ if f not in IGNORED_FIELDS)

_VENUE_FIELDS = ("venue", "room", "address", "postal_code")
_TIME_FIELDS = ("start_time", "end_time", "time_tba")


@dataclass
class Change:
    before: Meeting
    after: Meeting
    fields: list[str]

    def summary(self) -> list[str]:
        """Readable phrases for the changed fields, e.g. ``["venue moved", "date added"]``."""
        phrases: list[str] = []
        changed = set(self.fields)
        if changed & {"venue", "address", "postal_code"}:
            phrases.append("venue moved")
        elif "room" in changed:
            phrases.append("room changed")
        if "date" in changed:
            phrases.append(_added_or_changed("date", self.before.date, self.after.date))
        if changed & set(_TIME_FIELDS):
            phrases.append(
                _added_or_changed("time", self.before.start_time, self.after.start_time)
                if "start_time" in changed
                else "time changed"
            )
        grouped = {"date", *_VENUE_FIELDS, *_TIME_FIELDS}
        phrases.extend(
            f"{name.replace('_', ' ')} changed" for name in self.fields if name not in grouped
        )
        return phrases

    def to_dict(self) -> dict[str, Any]:
        return {
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
            "fields": list(self.fields),
        }


@dataclass
class ListingDiff:
    added: list[Meeting] = field(default_factory=list)
    removed: list[Meeting] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "changed": len(self.changed),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": [m.to_dict() for m in self.added],
            "removed": [m.to_dict() for m in self.removed],
            "changed": [c.to_dict() for c in self.changed],
        }

    def field_rows(self) -> list[dict[str, str]]:
        """One row per changed field: meeting, field, before, after (for a table)."""
        rows = []
        for c in self.changed:
            for name in c.fields:
                rows.append(
                    {
                        "meeting": meeting_label(c.after),
                        "field": name,
                        "before": _show(getattr(c.before, name)),
                        "after": _show(getattr(c.after, name)),
                    }
                )
        return rows


def meeting_label(m: Meeting) -> str:
    """A short human name for a meeting: where, what and when."""
    where = m.campus or m.place or m.venue or m.title or "(no place)"
    kind = "" if m.kind == "meeting" else f"{m.kind.capitalize()}: "
    when = m.date or ("pending" if m.status == "pending" else "no date")
    return f"{kind}{where} ({when})"


def changed_fields(before: Meeting, after: Meeting) -> list[str]:
    return [name for name in FIELDS if getattr(before, name) != getattr(after, name)]


def diff_listings(old_meetings: Iterable[Meeting], new_meetings: Iterable[Meeting]) -> ListingDiff:
    """Pair the old and new meetings and report what was added, removed and changed."""
    old = list(old_meetings)
    new = list(new_meetings)
    left_old = list(range(len(old)))
    left_new = list(range(len(new)))
    pairs: list[tuple[int, int]] = []

    passes: list[Callable[[Meeting], Hashable | None]] = [
        lambda m: tuple(getattr(m, f) if f != "links" else tuple(m.links) for f in FIELDS),
        lambda m: m.key,
        lambda m: _need((_place(m), m.date), norm_text(m.campaign)),
        lambda m: _need((_place(m),), norm_text(m.campaign)),
        lambda m: _need((_place(m),), m.kind, m.date),
        lambda m: _need(
            (m.date, norm_text(m.venue) or norm_text(m.address)), norm_text(m.campaign)
        ),
    ]
    for key_fn in passes:
        matched = _pair_by(old, new, left_old, left_new, key_fn)
        pairs.extend(matched)
        used_old = {i for i, _ in matched}
        used_new = {j for _, j in matched}
        left_old = [i for i in left_old if i not in used_old]
        left_new = [j for j in left_new if j not in used_new]

    changes = []
    for i, j in sorted(pairs, key=lambda p: p[1]):
        fields = changed_fields(old[i], new[j])
        if fields:
            changes.append(Change(old[i], new[j], fields))
    return ListingDiff(
        added=[new[j] for j in left_new],
        removed=[old[i] for i in left_old],
        changed=changes,
    )


# An import is a new version of a stored source when at least this share of its meetings are
# meetings of that source (same campaign, place and date): "same page, new file".
SAME_PAGE_SHARE = 0.5


def same_page_share(old_meetings: Iterable[Meeting], new_meetings: Iterable[Meeting]) -> float:
    """The share of ``new_meetings`` that ``old_meetings`` also holds, by campaign, campus or
    place, and date: 1.0 for the same page, about 0 for another organization's page."""
    have = Counter(_page_key(m) for m in old_meetings)
    new = [_page_key(m) for m in new_meetings]
    if not new:
        return 0.0
    found = 0
    for key in new:
        if have[key] > 0:
            have[key] -= 1
            found += 1
    return found / len(new)


def _page_key(m: Meeting) -> tuple[str, str, str]:
    return (norm_text(m.campaign), _place(m), m.date or "")


def _pair_by(
    old: Sequence[Meeting],
    new: Sequence[Meeting],
    left_old: Sequence[int],
    left_new: Sequence[int],
    key_fn: Callable[[Meeting], Hashable | None],
) -> list[tuple[int, int]]:
    """Within each group of equal keys, pair the most similar meetings first."""
    groups_old: dict[Hashable, list[int]] = {}
    for i in left_old:
        k = key_fn(old[i])
        if k is not None:
            groups_old.setdefault(k, []).append(i)
    groups_new: dict[Hashable, list[int]] = {}
    for j in left_new:
        k = key_fn(new[j])
        if k is not None and k in groups_old:
            groups_new.setdefault(k, []).append(j)

    pairs = []
    for k, news in groups_new.items():
        olds = groups_old[k]
        if len(olds) == 1 and len(news) == 1:
            pairs.append((olds[0], news[0]))
        elif len(olds) * len(news) <= ALL_PAIRS_LIMIT:
            pairs.extend(_pair_greedy(old, new, olds, news, _all_pairs(olds, news)))
        else:
            pairs.extend(_pair_large(old, new, olds, news))
    return pairs


# Groups with more candidate pairs than this are paired among date neighbours only: comparing
# all pairs is quadratic in memory and n² log n in time (800 meetings at one campus: seconds).
ALL_PAIRS_LIMIT = 2500
NEIGHBOURS = 16  # old meetings considered per new one and per window in a large group


def _all_pairs(olds: Sequence[int], news: Sequence[int]) -> Iterable[tuple[int, int]]:
    return ((i, j) for i in olds for j in news)


def _pair_greedy(
    old: Sequence[Meeting],
    new: Sequence[Meeting],
    olds: Sequence[int],
    news: Sequence[int],
    candidates: Iterable[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Greedy best-first: most equal fields, then nearest date, then nearest position."""
    pos_old = {i: n for n, i in enumerate(olds)}
    pos_new = {j: n for n, j in enumerate(news)}
    ranked = sorted(
        candidates,
        key=lambda p: (
            -_similarity(old[p[0]], new[p[1]]),
            _date_gap(old[p[0]].date, new[p[1]].date),
            abs(pos_old[p[0]] - pos_new[p[1]]),
        ),
    )
    pairs = []
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    for i, j in ranked:
        if i not in taken_old and j not in taken_new:
            pairs.append((i, j))
            taken_old.add(i)
            taken_new.add(j)
    return pairs


def _pair_large(
    old: Sequence[Meeting], new: Sequence[Meeting], olds: Sequence[int], news: Sequence[int]
) -> list[tuple[int, int]]:
    """:func:`_pair_greedy` over a few candidates per new meeting (about n log n), then
    whatever is left paired in date order, so a group still yields min(len(olds), len(news))
    pairs as the all-pairs version does.

    A new meeting's candidates are the old ones that share a rare field value with it (its
    room, venue, address, time...), the ones at about its rank in date order (a tour moved by
    weeks keeps its order, whether meetings were added at its start or end), and the ones
    nearest in date (one meeting moved).
    """
    by_day = sorted(olds, key=lambda i: (_day(old[i].date), i))
    days = [_day(old[i].date) for i in by_day]
    news_by_day = sorted(news, key=lambda j: (_day(new[j].date), j))
    shared: dict[tuple[str, Hashable], list[int]] = {}
    for i in olds:
        for name in _PAIRING_FIELDS:
            value = getattr(old[i], name)
            if value not in (None, ""):
                shared.setdefault((name, value), []).append(i)
    scale = len(by_day) / len(news_by_day)
    extra = len(news_by_day) - len(by_day)
    half = NEIGHBOURS // 2
    top = max(0, len(by_day) - NEIGHBOURS)
    candidates: set[tuple[int, int]] = set()
    for rank, j in enumerate(news_by_day):
        for name in _PAIRING_FIELDS:
            bucket = shared.get((name, getattr(new[j], name)), ())
            if len(bucket) <= NEIGHBOURS:
                candidates.update((i, j) for i in bucket)
        at_day = bisect.bisect_left(days, _day(new[j].date))
        for at in {rank, rank - extra, round(rank * scale), at_day}:
            lo = min(max(0, at - half), top)
            candidates.update((i, j) for i in by_day[lo : lo + NEIGHBOURS])
    pairs = _pair_greedy(old, new, olds, news, sorted(candidates))
    taken_old = {i for i, _ in pairs}
    taken_new = {j for _, j in pairs}
    rest_old = [i for i in by_day if i not in taken_old]
    rest_new = [j for j in news_by_day if j not in taken_new]
    pairs.extend(zip(rest_old, rest_new, strict=False))
    return pairs


# Fields whose rare values point to the same meeting (not the date: that is what moved).
_PAIRING_FIELDS = tuple(f for f in FIELDS if f not in {"date", "links"})


def _day(value: str | None) -> int:
    """A date as a day number for sorting; undated (or unreadable) meetings sort last."""
    if value is None:
        return 10**8
    try:
        return date.fromisoformat(value).toordinal()
    except ValueError:
        return 10**8


def _similarity(a: Meeting, b: Meeting) -> int:
    return sum(getattr(a, f) == getattr(b, f) for f in FIELDS)


def _date_gap(a: str | None, b: str | None) -> int:
    if a is None or b is None:
        return 10**6
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 10**6


def _place(m: Meeting) -> str:
    return norm_text(m.campus or m.place)


def _need(required: tuple[Any, ...], *extra: Any) -> tuple[Any, ...] | None:
    """A grouping key, or None (skip this pass) when a part that identifies the meeting is blank."""
    if any(p in (None, "") for p in required):
        return None
    return (*required, *extra)


def _added_or_changed(what: str, before: Any, after: Any) -> str:
    if before in (None, "") and after not in (None, ""):
        return f"{what} added"
    if after in (None, "") and before not in (None, ""):
        return f"{what} removed"
    return f"{what} changed"


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)
