"""The dataset behind every page: built once per content key and shared by all sessions."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

from eventmap import config

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

    from eventmap.core.dataset import Dataset, Source


# Data loading ---------------------------------------------------------------------------------
def _file_stamp(paths: list[Path]) -> tuple[tuple[str, int, int], ...]:
    stamps = []
    for p in paths:
        try:
            st_ = p.stat()
        except OSError:
            continue
        stamps.append((str(p), st_.st_mtime_ns, st_.st_size))
    return tuple(stamps)


@st.cache_resource(show_spinner=False, max_entries=4)
def _bundled_sources(stamp: tuple[tuple[str, int, int], ...]) -> tuple[list[Source], str]:
    # Keyed on path, mtime and size so a rerun neither re-reads nor re-hashes big pages.
    from eventmap.core.dataset import content_key, sources_from_paths

    sources = sources_from_paths([s[0] for s in stamp])
    return sources, content_key(sources)


# Built datasets, by content key, shared by every session like st.cache_resource (the frame is
# shared read-only, never copied per rerun). Not st.cache_resource itself: that replays the
# elements a cached function draws, and the build draws a progress bar into the caller's page.
_DATASETS: OrderedDict[str, Dataset] = OrderedDict()
_DATASETS_LOCK = threading.Lock()  # one build at a time; others wait for it, then reuse it


def _cached_build(
    key: str, build: Callable[[Callable[[int, int], None]], Dataset | None], slot: DeltaGenerator
) -> Dataset | None:
    """The dataset under ``key``, built on a miss (a build that gives None is not kept); a build
    shows its progress in ``slot``."""
    with _DATASETS_LOCK:
        hit = _DATASETS.get(key)
        if hit is not None:
            _DATASETS.move_to_end(key)
            return hit
        bar = _ProgressBar(slot)
        try:
            dataset = build(bar)
        finally:
            bar.close()
        if dataset is None:
            return None
        _DATASETS[key] = dataset
        while len(_DATASETS) > 4:
            _DATASETS.popitem(last=False)
        return dataset


def _build_sources(sources: tuple[Source, ...], progress: Callable[[int, int], None]) -> Dataset:
    from eventmap.core.dataset import build_dataset

    return build_dataset(list(sources), progress=progress)


def _build_store(progress: Callable[[int, int], None]) -> Dataset:
    from eventmap.core.dataset import load_store_dataset as store_load

    return store_load(progress=progress)


class _ProgressBar:
    """A progress bar that appears only if a build actually runs (not on a cache hit)."""

    def __init__(self, slot: DeltaGenerator) -> None:
        self._slot = slot

    def __call__(self, done: int, total: int) -> None:
        text = f"Locating the meetings… {done} of {total}"
        self._slot.progress(done / total if total else 1.0, text=text)

    def close(self) -> None:
        self._slot.empty()


def _current_frame(slot: DeltaGenerator) -> Dataset | None:
    """The store's current located frame read from the cache without opening the store (see
    :func:`eventmap.core.located_cache.current_entry`), or None."""
    from eventmap.core import located_cache

    cfg = config.settings()
    path = located_cache.current_entry(cfg.db_url)
    if path is None:
        return None

    def read(_progress: Callable[[int, int], None]) -> Dataset | None:
        from eventmap.core.dataset import Dataset

        frame = located_cache.read_frame(path)
        return None if frame is None else Dataset(frame=frame, listing=None, from_cache=True)

    return _cached_build(f"frame|{path}|{cfg.data_dir}", read, slot)


def load_dataset(*, frame_only: bool = False) -> Dataset:
    """The current listings parsed, geocoded and framed; rebuilt only when their content changes.

    Reads the store (its current pages and location fixes; it imports the bundled pages when
    empty) keyed on ``Store.data_key()``. When the store can't be read, the bundled files under
    ``data/listings`` (or ``$EVENTMAP_DATA_DIR/listings``), keyed on their content hash.

    ``frame_only`` (for a page that uses only ``frame``, ``geocode_failures`` and
    ``no_current_listing``, as the home page does): when a SQLite store is unchanged since its
    located frame was cached, the frame is read without opening the store (a new app server's
    first page then loads no database library); that dataset has no ``sources`` or
    ``campaign_fixes``.
    """
    # The progress bar's place is made on every run, built or not, so the page keeps the same
    # layout from run to run: the browser matches elements by position, and a map that moved up
    # one place after the first run would be made again from scratch.
    slot = st.empty()
    if frame_only and (dataset := _current_frame(slot)) is not None:
        return dataset
    from eventmap import store

    try:
        key = f"{store.default_url()}|{config.settings().data_dir}|{store.open_store().data_key()}"
    except Exception as exc:  # a broken store must not take the dashboard down
        from eventmap.web.access import store_problem
        from eventmap.web.widgets import md_escape

        # Visitors never see the database's address or the reason: organizers do.
        st.warning(
            md_escape(store_problem(exc, "Could not read the listing store"))
            + "; showing the bundled listings."
        )
        sources, key = _bundled_sources(_file_stamp(config.settings().bundled_listing_paths()))
        return _cached_build(key, lambda bar: _build_sources(tuple(sources), bar), slot)
    return _cached_build(key, _build_store, slot)


def no_listing_notice(dataset: Dataset, *, title: bool = True) -> bool:
    """Say so, and return True, when the store has no current listing (all undone). ``title``:
    draw the title "No current listing" (pages that drew their own title pass False)."""
    if not dataset.no_current_listing:
        return False
    if title:
        st.title("No current listing")
    st.info(
        "Every imported version of the listings has been undone, so there is nothing to show. "
        "Import a page on **Manage data** (or run `eventmap import FILE`); the version history "
        "there keeps every earlier import."
    )
    return True
