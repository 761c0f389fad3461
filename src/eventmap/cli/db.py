"""``eventmap db status|upgrade``: the store's schema revision, and applying pending ones."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "db",
        help="show or upgrade the store's schema revision",
        description=(
            "Show the schema revision of the store (EVENTMAP_DB) or upgrade it. The store also "
            "upgrades itself when it is opened; `db upgrade` does it ahead of time, e.g. before "
            "starting several app servers. Examples: `eventmap db status`, `eventmap db upgrade`."
        ),
    )
    sub = p.add_subparsers(dest="db_command", metavar="ACTION")
    sub.required = True
    status = sub.add_parser(
        "status",
        help="print the current and newest revision and what is pending (changes nothing)",
        description="Print the store's revision, the newest one, and the pending revisions.",
    )
    status.add_argument("--format", choices=["text", "json"], default="text")
    status.set_defaults(func=run_status)
    upgrade = sub.add_parser(
        "upgrade",
        help="apply the pending revisions (under the writer lock)",
        description=(
            "Apply the pending schema revisions in one transaction, under the writer lock "
            "(waits at most EVENTMAP_DB_TIMEOUT seconds for it)."
        ),
    )
    upgrade.set_defaults(func=run_upgrade)


def run_status(args: argparse.Namespace) -> int:
    from eventmap import store

    url = store.default_url()
    now = store.status(store.engine_for(url), url)
    if args.format == "json":
        keys = ("url", "current", "head", "pending", "unversioned_tables", "unknown")
        print(json.dumps({k: getattr(now, k) for k in keys} | {"up_to_date": now.up_to_date}))
    else:
        print(now.describe())
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    from eventmap import store

    url = store.default_url()
    applied = store.upgrade(store.engine_for(url), url)
    if applied:
        print(f"{store.safe_url(url)}: applied {', '.join(applied)}; now at {store.head()}")
    else:
        print(f"{store.safe_url(url)}: already at {store.head()}; nothing to upgrade")
    return 0
