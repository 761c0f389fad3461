"""A local stand-in for Nominatim's ``/search`` endpoint, on 127.0.0.1, for tests.

    with FakeNominatim({"60 washington square south": (40.7298, -73.9977)}) as server:
        Geocoder("nominatim", domain=server.domain, scheme="http", ...)
        server.mode = "429"          # or "500", "403", "400", "slow", "garbage", "nan", "ok",
                                     # or a 200 that is not a list: "empty-object", "null", ...
        server.fail_next(2, "429")   # the next two requests fail, then answers resume
        server.count, server.queries

A place matches when its key (case-insensitive) occurs in the query. Unknown queries get ``[]``
(Nominatim's "no match"). Reusable by any test: the ``nominatim`` fixture below yields a fresh one.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from local_server import LocalServer

MODES = ("ok", "429", "500", "503", "403", "400", "slow", "garbage", "nan", "badjson")
# 200 answers that are valid JSON but not a list of places (a proxy's page, a broken server).
ODD_BODIES = {"empty-object": b"{}", "null": b"null", "string": b'"ok"', "object": b'{"lat": 1}'}
MODES += tuple(ODD_BODIES)


class FakeNominatim(LocalServer):
    def __init__(
        self,
        places: dict[str, tuple[float, float] | tuple[float, float, str, str]] | None = None,
        *,
        retry_after: int | None = 1,
        delay: float = 2.0,
    ):
        self.places = {k.casefold(): v for k, v in (places or {}).items()}
        self.mode = "ok"
        self.retry_after = retry_after
        self.delay = delay
        self.queries: list[str] = []
        self.user_agents: list[str] = []
        self._pending: deque[str] = deque()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # -- control --------------------------------------------------------------------------
    def fail_next(self, n: int, mode: str) -> None:
        """Answer the next ``n`` requests with ``mode``, then go back to ``self.mode``."""
        assert mode in MODES
        with self._lock:
            self._pending.extend([mode] * n)

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.queries)

    @property
    def domain(self) -> str:
        return self.address

    # -- answers --------------------------------------------------------------------------
    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        url = urlparse(h.path)
        q = parse_qs(url.query).get("q", [""])[0]
        with self._lock:
            self.queries.append(q)
            self.user_agents.append(h.headers.get("User-Agent", ""))
            mode = self._pending.popleft() if self._pending else self.mode
        if url.path.rstrip("/") != "/search":
            return self._send(h, 404, b"not found", "text/plain")
        if mode == "429":
            extra = {"Retry-After": str(self.retry_after)} if self.retry_after is not None else {}
            return self._send(h, 429, b"Too Many Requests", "text/plain", extra)
        if mode in ("500", "503", "403", "400"):
            return self._send(h, int(mode), b"error", "text/plain")
        if mode == "slow":
            time.sleep(self.delay)
        if mode == "garbage":
            return self._send(h, 200, b"<html>\x00\xff not json", "text/html")
        if mode in ODD_BODIES:
            return self._send(h, 200, ODD_BODIES[mode])
        if mode == "badjson":
            return self._send(h, 200, json.dumps([{"display_name": "x"}]).encode())
        if mode == "nan":
            body = [{"lat": "nan", "lon": "-200", "display_name": q}]
            return self._send(h, 200, json.dumps(body).encode())
        body = []
        for key, value in sorted(self.places.items(), key=lambda kv: -len(kv[0])):
            if key in q.casefold():
                lat, lon, cls, typ = (*value, "building", "yes")[:4]
                body = [
                    {
                        "lat": str(lat),
                        "lon": str(lon),
                        "display_name": f"{key} (fake)",
                        "class": cls,
                        "type": typ,
                        "place_id": 1,
                    }
                ]
                break
        return self._send(h, 200, json.dumps(body).encode())

    @staticmethod
    def _send(h, status: int, body: bytes, ctype: str = "application/json", headers=None) -> None:
        try:
            h.send_response(status)
            h.send_header("Content-Type", ctype)
            h.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass


@pytest.fixture
def nominatim():
    """A fresh fake Nominatim server; places can be added via ``server.places[key] = (lat, lon)``."""
    with FakeNominatim() as server:
        yield server
