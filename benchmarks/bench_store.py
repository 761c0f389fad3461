"""The store and the diff against the straightforward ways of doing the same jobs.

- Diff: ``diff_listings`` (pairs meetings by campaign + place, then date) against a diff keyed on
  ``Meeting.key`` alone. Speed in meetings per second, and how many of the edited meetings each
  reports as one "changed" meeting instead of a removal plus an addition.
- Diff, hard case: one campus holding hundreds of meetings whose dates all moved, so they are
  paired within one large group; against the all-pairs pairing the diff used before (kept
  below as ``_pair_by_all_pairs``), which is cubic in the group's size.
- Import: ``Store.import_listing`` (parse, diff against the stored version, one transaction,
  WAL) against parsing and inserting the text and meetings with plain ``sqlite3`` defaults.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import random
import sqlite3
import tempfile
from pathlib import Path

from run import Row, best_of
from synth import synthetic_listing

from eventmap import store
from eventmap.ingest import diff
from eventmap.ingest.diff import FIELDS, diff_listings
from eventmap.ingest.parse import parse
from eventmap.model import Meeting


def _meetings(n: int, seed: int = 3) -> list[Meeting]:
    rng = random.Random(seed)
    return [
        Meeting(
            campaign=f"Campaign {i % 40}",
            campus=f"University {i % 700}",
            venue=f"Hall {rng.randint(1, 30)}",
            room=f"Room {rng.randint(1, 400)}",
            date=f"2019-{1 + i % 12:02d}-{1 + i % 28:02d}",
            start_time=rng.choice(["18:00", "18:30", "19:00"]),
            source_line=i * 6,
        )
        for i in range(n)
    ]


def _edited(old: list[Meeting], seed: int = 4) -> tuple[list[Meeting], int]:
    """5% of meetings moved to another day, 5% to another venue; returns (new, edited count)."""
    rng = random.Random(seed)
    new = [dataclasses.replace(m) for m in old]
    picks = rng.sample(range(len(new)), len(new) // 10)
    for k, i in enumerate(picks):
        m = new[i]
        if k % 2:
            new[i] = dataclasses.replace(m, venue=f"{m.venue} Annex", room="Room 1")
        else:
            new[i] = dataclasses.replace(m, date=m.date[:-2] + f"{1 + (int(m.date[-2:]) % 27):02d}")
    return new, len(picks)


def naive_diff(old: list[Meeting], new: list[Meeting]) -> tuple[int, int, int]:
    before = {m.key: m for m in old}
    after = {m.key: m for m in new}
    added = [k for k in after if k not in before]
    removed = [k for k in before if k not in after]
    changed = [
        k
        for k in after
        if k in before and any(getattr(before[k], f) != getattr(after[k], f) for f in FIELDS)
    ]
    return len(added), len(removed), len(changed)


def _one_campus(n: int, seed: int = 5) -> tuple[list[Meeting], list[Meeting]]:
    """n meetings of one tour at one campus, two a day, then every date moved by 400 days."""
    rng = random.Random(seed)
    start = datetime.date(2019, 1, 1)
    old = [
        Meeting(
            campaign="Tour",
            campus="State University",
            venue=f"Hall {rng.randint(1, 30)}",
            room=f"Room {rng.randint(1, 400)}",
            date=(start + datetime.timedelta(days=i // 2)).isoformat(),
            start_time=rng.choice(["18:00", "18:30", "19:00"]),
            source_line=i * 6,
        )
        for i in range(n)
    ]
    moved = datetime.timedelta(days=400)
    new = [
        dataclasses.replace(m, date=(datetime.date.fromisoformat(m.date) + moved).isoformat())
        for m in old
    ]
    return old, new


def _pair_by_all_pairs(old, new, left_old, left_new, key_fn):
    """The diff's pairing step before it handled large groups: every pair of a group ranked."""
    groups_old: dict = {}
    for i in left_old:
        k = key_fn(old[i])
        if k is not None:
            groups_old.setdefault(k, []).append(i)
    groups_new: dict = {}
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
        candidates = sorted(
            ((i, j) for i in olds for j in news),
            key=lambda p: (
                -diff._similarity(old[p[0]], new[p[1]]),
                diff._date_gap(old[p[0]].date, new[p[1]].date),
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


def all_pairs_diff(old: list[Meeting], new: list[Meeting]) -> diff.ListingDiff:
    ours = diff._pair_by
    diff._pair_by = _pair_by_all_pairs
    try:
        return diff_listings(old, new)
    finally:
        diff._pair_by = ours


def _true_pairs(d: diff.ListingDiff) -> int:
    """Changes that pair a meeting with its own moved self (same line in both versions)."""
    return sum(c.before.source_line == c.after.source_line for c in d.changed)


def _import_plain(path: Path, text: str) -> None:
    listing = parse(text)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS listings (id INTEGER PRIMARY KEY, name TEXT, text TEXT)"
        )
        conn.execute("CREATE TABLE IF NOT EXISTS meetings (listing_id INTEGER, data TEXT)")
        cur = conn.execute("INSERT INTO listings (name, text) VALUES (?, ?)", ("page", text))
        conn.executemany(
            "INSERT INTO meetings VALUES (?, ?)",
            [(cur.lastrowid, json.dumps(m.to_dict())) for m in listing.meetings],
        )
    conn.close()


def run(quick: bool) -> list[Row]:
    rows: list[Row] = []
    n = 1000 if quick else 10000
    old = _meetings(n)
    new, edited = _edited(old)
    ours = best_of(lambda: diff_listings(old, new), 3)
    base = best_of(lambda: naive_diff(old, new), 3)
    rows.append(Row("diff speed", f"{n} meetings", n / ours, n / base, "meetings/s"))
    d = diff_listings(old, new)
    _, _, naive_changed = naive_diff(old, new)
    rows.append(
        Row(
            "edits shown as one change",
            f"{edited} edited",
            len(d.changed),
            naive_changed,
            "meetings",
        )
    )

    k = 300 if quick else 800
    old1, new1 = _one_campus(k)
    ours = best_of(lambda: diff_listings(old1, new1), 3)
    base = best_of(lambda: all_pairs_diff(old1, new1), 1)
    rows.append(
        Row("diff speed, one campus", f"{k} moved meetings", k / ours, k / base, "meetings/s")
    )
    rows.append(
        Row(
            "moved meetings paired with themselves",
            f"{k} at one campus",
            _true_pairs(diff_listings(old1, new1)),
            _true_pairs(all_pairs_diff(old1, new1)),
            "meetings",
        )
    )

    m = 200 if quick else 2000
    texts = [synthetic_listing(m, seed=s) for s in range(3)]
    with tempfile.TemporaryDirectory() as tmp:
        handle = store.open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        counter = iter(range(10**6))

        def ours_import() -> None:
            handle.import_listing("page", texts[next(counter) % 3])

        def plain_import() -> None:
            _import_plain(Path(tmp) / "plain.db", texts[next(counter) % 3])

        t_ours = best_of(ours_import, 3)
        t_plain = best_of(plain_import, 3)
        store.dispose_engines()
    rows.append(Row("import a page", f"{m} meetings", 1 / t_ours, 1 / t_plain, "imports/s"))
    return rows
