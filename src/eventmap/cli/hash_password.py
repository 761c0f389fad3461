"""``eventmap hash-password``: the organizer password's scrypt hash, for ``admin_password_hash``.

With the hash configured (``EVENTMAP_ADMIN_PASSWORD_HASH`` or ``admin_password_hash`` in
``.streamlit/secrets.toml``), the password itself need not be stored anywhere.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from eventmap.errors import UsageError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "hash-password",
        help="print the organizer password's hash for admin_password_hash",
        description=(
            "Read the organizer password (asked twice on a terminal, else one line from "
            "standard input) and print its scrypt hash. Example: "
            "EVENTMAP_ADMIN_PASSWORD_HASH=$(eventmap hash-password)"
        ),
    )
    p.set_defaults(func=run)


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Organizer password: ")
        if getpass.getpass("Again: ") != first:
            raise UsageError("the two passwords differ; nothing printed")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def run(args: argparse.Namespace) -> int:
    from eventmap.core.admin import hash_password

    password = _read_password()
    if not password:
        raise UsageError("the password is empty; nothing printed")
    print(hash_password(password))
    return 0
