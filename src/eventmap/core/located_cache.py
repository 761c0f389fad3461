"""The located dataset of the current versions, kept on disk so a new process need not rebuild it.

Parsing and geocoding the store's pages is the slow part of every cold start. The frame it
produces depends only on the pages and pins in the store (``Store.data_key()``), the day yearless
dates are read against, the geocoder settings, the shipped pin and campus tables, and the
versions of eventmap (and a hash of its source) and of the place and time-zone data. ``dataset_key`` hashes all of that;
the frame is written as ``<cache_dir>/located-<key>.parquet`` (via a temporary file and an
atomic rename) and read back with the canonical dtypes. Anything that changes the result
changes the key, so an entry is never stale, only unused; old entries are pruned.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import tempfile
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from eventmap import __version__, config
from eventmap.geo.place_index import source_versions

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

FORMAT = 1
PREFIX = "located-"
KEEP = 8  # newest entries kept; older ones are removed after each write


def _stamp(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path}:{st.st_mtime_ns}:{st.st_size}"


@functools.cache
def code_hash() -> str:
    """A hash of eventmap's own source: a changed parser or geocoder invalidates the cache even
    when the version number stays the same (as it does in a working copy)."""
    package = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def geocoder_settings(settings: config.Settings | None = None) -> dict[str, str]:
    """What the geocoder's answers depend on, besides the store (no secrets)."""
    cfg = settings or config.settings()
    try:
        tz_version = metadata.version("timezonefinder")
    except metadata.PackageNotFoundError:
        tz_version = "missing"
    return {
        "provider": cfg.geocoder,
        "domain": cfg.geocoder_domain or "",
        "scheme": cfg.geocoder_scheme or "",
        "venues": _stamp(cfg.shipped_table("venues.csv")),
        "campuses": _stamp(cfg.shipped_table("campuses.csv")),
        "timezonefinder": tz_version,
        **{f"places.{k}": v for k, v in source_versions().items()},
    }


def dataset_key(store_url: str, data_key: str, as_of: date | None) -> str:
    """The cache key of the located dataset of the store's current versions."""
    parts = {
        "format": str(FORMAT),
        "eventmap": __version__,
        "code": code_hash(),
        "store": store_url,
        "data": data_key,
        # Pages imported without an as-of day are read against today: the key turns daily.
        "as_of": (as_of or date.today()).isoformat(),
        **geocoder_settings(),
    }
    text = "\n".join(f"{k}={parts[k]}" for k in sorted(parts))
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def entry_path(key: str, cache_dir: Path | None = None) -> Path:
    return (cache_dir or config.settings().cache_path) / f"{PREFIX}{key}.parquet"


def read_frame(path: Path) -> pd.DataFrame | None:
    """The cached frame, or None when there is none (or it can't be read: it is rebuilt)."""
    if not path.is_file():
        return None
    import pyarrow.parquet as pq

    from eventmap.core.frame import coerce

    try:
        frame = pq.read_table(path).to_pandas()
    except (OSError, ValueError) as exc:  # pyarrow's errors derive from these
        log.warning("ignoring unreadable dataset cache %s (%s)", path, exc)
        return None
    return coerce(frame)


def write_frame(path: Path, frame: pd.DataFrame) -> None:
    """Store ``frame`` at ``path`` atomically; a failure only logs (the cache is optional)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        log.warning("cannot cache the located dataset in %s (%s)", path.parent, exc)
        return
    try:
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except (OSError, ValueError, pa.ArrowException) as exc:
        Path(tmp).unlink(missing_ok=True)
        log.warning("cannot cache the located dataset at %s (%s)", path, exc)
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob(f"{PREFIX}*.parquet"), key=_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
