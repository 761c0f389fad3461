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
import json
import logging
import os
import re
import tempfile
import time
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
        # One file: ParquetFile, not read_table (which loads pyarrow's dataset layer first).
        with path.open("rb") as fh:
            frame = pq.ParquetFile(fh).read().to_pandas()
    except (OSError, ValueError) as exc:  # pyarrow's errors derive from these
        log.warning("ignoring unreadable dataset cache %s (%s)", path, exc)
        return None
    return coerce(frame)


def write_frame(path: Path, frame: pd.DataFrame) -> bool:
    """Store ``frame`` at ``path`` atomically; a failure only logs (the cache is optional) and
    returns False."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        os.close(fd)
    except OSError as exc:
        log.warning("cannot cache the located dataset in %s (%s)", path.parent, exc)
        return False
    try:
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except (OSError, ValueError, pa.ArrowException) as exc:
        Path(tmp).unlink(missing_ok=True)
        log.warning("cannot cache the located dataset at %s (%s)", path, exc)
        return False
    _prune(path.parent)
    return True


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob(f"{PREFIX}*.parquet"), key=_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


# The current entry of a SQLite store, found without opening the store ---------------------------
# A new app server's first page needs only the frame. Opening the store (SQLAlchemy, the schema
# check, the data key's queries) is most of a warm start's cost before the map, so after a build
# or a read the store's data key is remembered next to the stamps (modification time and size)
# of its database file and write-ahead log. While the stamps are unchanged, nothing was written
# to the store, so the data key, and the entry, are still current.
CURRENT_PREFIX = "current-"
SETTLED_NS = 2_000_000_000  # stamps are remembered only for files untouched this long (below)
_SQLITE_URL = re.compile(r"^sqlite(?:\+\w+)?:///(?P<path>[^?]+)(?:\?.*)?$")


def sqlite_file(store_url: str) -> Path | None:
    """The database file of a ``sqlite:///`` URL; None for others (in memory, a server)."""
    m = _SQLITE_URL.match(store_url)
    if not m or m["path"] == ":memory:" or m["path"].startswith("file:"):
        return None
    return Path(m["path"])


def store_stamp(store_url: str, *, settled: bool = False) -> str | None:
    """The stamps of a SQLite store's database file and write-ahead log, or None (not SQLite,
    no file; with ``settled``, also when a file changed in the last ``SETTLED_NS``: a write in
    the same clock tick as the stamp could leave it unchanged, one later cannot)."""
    db = sqlite_file(store_url)
    if db is None:
        return None
    parts = []
    now = time.time_ns()
    for path in (db, Path(f"{db}-wal")):
        try:
            st = path.stat()
        except OSError:
            st = None
        if path is db and st is None:
            return None
        if st is None or (path is not db and st.st_size == 0):
            parts.append("-")  # an empty log is no log: it comes and goes with connections
            continue
        if settled and now - st.st_mtime_ns < SETTLED_NS:
            return None
        parts.append(f"{st.st_mtime_ns}:{st.st_size}")
    return "|".join(parts)


def _current_path(store_url: str, cache_dir: Path | None = None) -> Path:
    name = hashlib.sha256(store_url.encode()).hexdigest()[:16]
    return (cache_dir or config.settings().cache_path) / f"{CURRENT_PREFIX}{name}.json"


def remember_current(store_url: str, stamp: str | None, data_key: str) -> None:
    """Note that the store at ``store_url`` had ``data_key`` while its files had ``stamp``
    (taken before the key was read; see :func:`store_stamp`). A failure only logs."""
    if stamp is None:
        return
    path = _current_path(store_url)
    text = json.dumps({"store": store_url, "stamp": stamp, "data_key": data_key})
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("cannot note the current dataset in %s (%s)", path.parent, exc)


def current_entry(store_url: str) -> Path | None:
    """The cached frame's path for the store's current data, when the store is SQLite, its files
    are as they were when their data key was noted, and the entry exists; else None."""
    stamp = store_stamp(store_url)
    if stamp is None:
        return None
    try:
        noted = json.loads(_current_path(store_url).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(noted, dict) or noted.get("store") != store_url:
        return None
    if noted.get("stamp") != stamp or not isinstance(noted.get("data_key"), str):
        return None
    path = entry_path(dataset_key(store_url, noted["data_key"], None))
    return path if path.is_file() else None
