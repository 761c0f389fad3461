"""What several subcommands need: the --as-of/--from/--to date type and the data to work on."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date

from eventmap.cli.progress import ProgressBar
from eventmap.core.dataset import Dataset, build_dataset, sources_from_paths
from eventmap.errors import UsageError
from eventmap.ingest.when import LANGUAGES


def iso_date(text: str) -> date:
    """argparse type for dates: YYYY-MM-DD, with a one-line error otherwise."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """``--lang``: the language FILEs are read in (default: each page's own, detected)."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the pages' language for month and weekday names (default: detected from their "
        "words; the store's pages keep the language they were imported in)",
    )


def load_dataset(
    files: Sequence[str], as_of: date | None = None, lang: str | None = None
) -> Dataset:
    """The meetings of FILEs (read in ``lang`` when given); with none, the store's current pages with its location fixes
    (the bundled listings on first use), exactly as the dashboard shows them. A build shows a
    progress bar on a terminal.

    A store that can't be used is an error (StoreError, one line naming the database), never a
    silent switch to the bundled pages: the user asked for what the store holds."""
    if lang and not files:
        raise UsageError(
            "--lang applies to FILEs; the store's pages are read in the language they were "
            "imported in (eventmap import FILE --lang XX)"
        )
    bar = ProgressBar()
    try:
        return _load(files, as_of, bar, lang)
    finally:
        bar.close()


def _load(
    files: Sequence[str], as_of: date | None, bar: ProgressBar, lang: str | None = None
) -> Dataset:
    from eventmap import config

    if files:
        return build_dataset(sources_from_paths(files, lang), as_of=as_of, progress=bar)
    from eventmap.core.dataset import load_store_dataset as load_store

    dataset = load_store(as_of=as_of, progress=bar)
    if dataset.no_current_listing:
        raise UsageError(
            "the store has no current listing (every imported version was undone); "
            "import a page with 'eventmap import FILE' or give FILEs"
        )
    if not dataset.sources:
        raise UsageError(
            f"no FILE given, and neither the store nor {config.settings().listings_dir} has listings"
        )
    return dataset
