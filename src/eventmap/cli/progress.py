"""The CLI's progress bar: tqdm on stderr when stderr is a terminal, nothing otherwise.

Long builds (parsing and geocoding the listings for ``nearest``, ``tour``, ``export`` and
``geocode``) report ``(done, total)`` through a callable; :class:`ProgressBar` is that callable.
In a pipe, a cron job or a test it prints nothing, so output stays machine-readable.
"""

from __future__ import annotations

import sys
from typing import Any, TextIO


class ProgressBar:
    """``bar(done, total)`` draws a tqdm bar on ``stream`` (stderr) when it is a terminal."""

    def __init__(self, desc: str = "locating meetings", stream: TextIO | None = None):
        self.stream = stream if stream is not None else sys.stderr
        self.desc = desc
        isatty = getattr(self.stream, "isatty", None)
        self.live = bool(isatty and isatty())
        self._bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.live or total <= 0:
            return
        if self._bar is None:
            from tqdm import tqdm

            self._bar = tqdm(
                total=total, desc=self.desc, unit="meeting", file=self.stream, leave=False
            )
        self._bar.update(done - self._bar.n)
        if done >= total:
            self.close()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None
