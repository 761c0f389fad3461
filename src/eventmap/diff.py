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

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventmap.model import Meeting

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
        lambda m: _need((_place(m), m.date), _norm(m.campaign)),
        lambda m: _need((_place(m),), _norm(m.campaign)),
        lambda m: _need((_place(m),), m.kind, m.date),
        lambda m: _need((m.date, _norm(m.venue) or _norm(m.address)), _norm(m.campaign)),
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
            continue
        # Greedy best-first: most equal fields, then nearest date, then nearest position.
        candidates = sorted(
            ((i, j) for i in olds for j in news),
            key=lambda p: (
                -_similarity(old[p[0]], new[p[1]]),
                _date_gap(old[p[0]].date, new[p[1]].date),
                abs(olds.index(p[0]) - news.index(p[1])),
            ),
        )
        taken_old: set[int] = set()
        taken_new: set[int] = set()
        for i, j in candidates:
            if i not in taken_old and j not in taken_new:
                pairs.append((i, j))
                taken_old.add(i)
                taken_new.add(j)
    return pairs


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
    return _norm(m.campus or m.place)


def _need(required: tuple[Any, ...], *extra: Any) -> tuple[Any, ...] | None:
    """A grouping key, or None (skip this pass) when a part that identifies the meeting is blank."""
    if any(p in (None, "") for p in required):
        return None
    return (*required, *extra)


def _norm(value: str | None) -> str:
    return re.sub(r"\W+", " ", (value or "").casefold()).strip()


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
