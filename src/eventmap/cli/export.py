"""``eventmap export``: the (filtered) meetings as CSV, Excel, JSON, GeoJSON, iCalendar or Parquet."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from eventmap.cli.common import add_lang_option, iso_date, load_dataset
from eventmap.core.filters import Filters, apply_filters, campus_label, from_query_params
from eventmap.core.frame import COLUMNS
from eventmap.errors import OutputError, UsageError
from eventmap.model import STATUSES
from eventmap.output import export, ics


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help="write the (filtered) meetings as csv, xlsx, json, geojson, ics or parquet",
        description=(
            "Write the meetings, filtered like the dashboard's sidebar, to a file. Every format "
            "but CSV records where it came from (listing versions, filters, time). With no FILE, "
            "reads the store (or the bundled listings)."
        ),
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="listing pages (.txt or .html)")
    p.add_argument("--format", "-f", required=True, choices=list(export.FORMATS), dest="fmt")
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="output file, or - for stdout (text formats)",
    )
    p.add_argument(
        "--campaign",
        action="append",
        default=[],
        metavar="NAME",
        help="keep this campaign (repeatable)",
    )
    p.add_argument(
        "--campus",
        action="append",
        default=[],
        metavar="NAME",
        help="keep this campus (repeatable)",
    )
    p.add_argument(
        "--state", action="append", default=[], metavar="XX", help="keep this state (repeatable)"
    )
    p.add_argument(
        "--status",
        action="append",
        default=[],
        choices=list(STATUSES),
        help="keep this status (repeatable)",
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--online",
        dest="attendance",
        action="store_const",
        const="online",
        help="keep only meetings held online (Zoom, webinar, moved online)",
    )
    where.add_argument(
        "--in-person",
        dest="attendance",
        action="store_const",
        const="in-person",
        help="keep only meetings that are not held online",
    )
    p.add_argument(
        "--from", dest="date_from", type=iso_date, metavar="DATE", help="first day (YYYY-MM-DD)"
    )
    p.add_argument(
        "--to", dest="date_to", type=iso_date, metavar="DATE", help="last day (YYYY-MM-DD)"
    )
    p.add_argument(
        "--as-of", type=iso_date, metavar="DATE", help="resolve dates without a year near this day"
    )
    p.add_argument(
        "--columns",
        metavar="A,B,...",
        help="only these columns, in this order (table formats; GeoJSON properties)",
    )
    add_lang_option(p)
    p.set_defaults(func=run)


def _filters(args: argparse.Namespace, df) -> Filters:
    """The command-line filters, checked against the data with the same code as the URL."""

    params = {
        "campaign": list(args.campaign),
        "campus": list(args.campus),
        "state": [s.upper() for s in args.state],
        "status": list(args.status),
        "attendance": [args.attendance] if args.attendance else [],
    }
    f, _notes = from_query_params(params, df)
    known = {
        "campaign": (f.campaigns, sorted(df["campaign"].dropna().astype(str).unique())),
        "campus": (f.campuses, sorted(campus_label(df).dropna().astype(str).unique())),
        "state": (f.states, sorted(df["state"].dropna().astype(str).unique())),
    }
    for key, (kept, values) in known.items():
        dropped = [v for v in params[key] if v not in kept]
        if dropped:
            shown = "; ".join(values) or "none"
            raise UsageError(f"no {key} {dropped[0]!r} in the data ({key} values: {shown})")
    f.statuses = list(args.status)
    f.date_from, f.date_to = args.date_from, args.date_to
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise UsageError("--from is after --to")
    return f


def _columns(text: str | None) -> list[str] | None:

    if not text:
        return None
    cols = [c.strip() for c in text.split(",") if c.strip()]
    unknown = [c for c in cols if c not in COLUMNS]
    if unknown:
        raise UsageError(f"unknown column {unknown[0]!r} (columns: {', '.join(COLUMNS)})")
    return cols


def _write(out: str, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a failed export leaves no half file."""
    target = Path(out)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or Path("."))
    except OSError as exc:
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; an export is an ordinary file
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write {out}: {exc.strerror or exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _label(row: dict) -> str:
    where = row.get("campus") or row.get("place") or row.get("city") or "unknown place"
    return f"{where} ({row.get('campaign') or 'no campaign'}, line {row.get('source_line')})"


def run(args: argparse.Namespace) -> int:

    fmt = export.FORMATS[args.fmt]
    to_stdout = args.output == "-"
    if to_stdout and fmt.binary:
        raise UsageError(
            f"{fmt.label} is a binary format: write it to a file (-o meetings.{fmt.ext}), not stdout"
        )
    if not to_stdout and Path(args.output).is_dir():
        raise UsageError(
            f"{args.output} is a folder: give a file name, e.g. {args.output}/meetings.{fmt.ext}"
        )
    columns = _columns(args.columns)
    dataset = load_dataset(args.files, args.as_of, args.lang)
    f = _filters(args, dataset.frame)
    df = apply_filters(dataset.frame, f)
    meta = export.provenance(dataset, f)
    data = export.export(df, args.fmt, meta, columns=columns, calname=export.calendar_name(f))

    if to_stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        _write(args.output, data)

    if args.fmt == "ics":
        left = ics.undated(df)
        count = len(df) - len(left)
        what = f"{count} event{'s' if count != 1 else ''}"
        if len(left):
            print(
                f"left out {len(left)} meeting(s) with no date: "
                + "; ".join(_label(r) for r in left.to_dict("records")),
                file=sys.stderr,
            )
    elif args.fmt == "geojson":
        located = int((df["lat"].notna() & df["lon"].notna()).sum())
        what = f"{located} located meeting{'s' if located != 1 else ''}"
        if located < len(df):
            print(f"left out {len(df) - located} meeting(s) without coordinates", file=sys.stderr)
    else:
        what = f"{len(df)} meeting{'s' if len(df) != 1 else ''}"
    if not to_stdout:
        print(f"wrote {what} to {args.output}", file=sys.stderr)
    return 0
