"""The store and the diff against the straightforward ways of doing the same jobs.

- Diff: ``diff_listings`` (pairs meetings by campaign + place, then date) against a diff keyed on
  ``Meeting.key`` alone. Speed in meetings per second, and how many of the edited meetings each
  reports as one "changed" meeting instead of a removal plus an addition.
- Import: ``Store.import_listing`` (parse, diff against the stored version, one transaction,
  WAL) against parsing and inserting the text and meetings with plain ``sqlite3`` defaults.
"""

from __future__ import annotations

import dataclasses
import json
import random
import sqlite3
import tempfile
from pathlib import Path

from run import Row, best_of
from synth import synthetic_listing

from eventmap import store
from eventmap.diff import FIELDS, diff_listings
from eventmap.model import Meeting
from eventmap.parse import parse


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
