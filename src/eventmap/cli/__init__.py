"""The ``eventmap`` command: a thin layer over the library."""

from eventmap.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
