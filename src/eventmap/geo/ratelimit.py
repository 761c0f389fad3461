"""A minimum-interval rate limiter shared by every thread of the process.

Public Nominatim allows one request per second for a whole application, so the limiter for an
endpoint is one object per process (:func:`shared_limiter`), not one per session or geocoder.
``clock`` and ``sleep`` are injectable so tests run without real waiting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class RateLimiter:
    def __init__(
        self,
        min_interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        if min_interval < 0:
            raise ValueError("min_interval must be >= 0")
        self.min_interval = float(min_interval)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._next = float("-inf")  # earliest time the next request may start
        self.waited = 0.0  # total seconds slept, for reports and tests

    def acquire(self) -> float:
        """Block until a request may be sent; return how long this call waited."""
        with self._lock:  # held while sleeping: that is what serialises the threads
            now = self._clock()
            wait = self._next - now
            if wait > 0:
                self._sleep(wait)
                self.waited += wait
                now = self._clock()
                now = max(now, self._next)
            self._next = now + self.min_interval
            return max(wait, 0.0)

    def defer(self, seconds: float) -> None:
        """Push the next allowed request at least ``seconds`` into the future (Retry-After)."""
        with self._lock:
            self._next = max(self._next, self._clock() + max(0.0, seconds))


_registry: dict[str, RateLimiter] = {}
_registry_lock = threading.Lock()


def shared_limiter(key: str, min_interval: float) -> RateLimiter:
    """The process-wide limiter for one endpoint (created on first use)."""
    with _registry_lock:
        lim = _registry.get(key)
        if lim is None:
            lim = _registry[key] = RateLimiter(min_interval)
        else:
            lim.min_interval = max(lim.min_interval, float(min_interval))
        return lim
