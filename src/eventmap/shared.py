"""One lazily built instance per process, shared by every thread and Streamlit session."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Shared(Generic[T]):
    """``get()`` builds the value on first use, exactly once even under concurrent callers.

    ``reset()`` forgets it (after the settings change, or in tests), calling ``close`` on it first
    when given.
    """

    def __init__(self, build: Callable[[], T], close: Callable[[T], None] | None = None):
        self._build = build
        self._close = close
        self._value: T | None = None
        self._lock = threading.Lock()

    def get(self) -> T:
        value = self._value
        if value is None:
            with self._lock:
                if self._value is None:
                    self._value = self._build()
                value = self._value
        return value

    def peek(self) -> T | None:
        """The value if it was built, without building it."""
        return self._value

    def reset(self) -> None:
        with self._lock:
            value, self._value = self._value, None
        if value is not None and self._close is not None:
            self._close(value)
