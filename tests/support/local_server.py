"""The shared plumbing of the local stand-in servers: one HTTP server on 127.0.0.1 (a free
port), started and stopped around a test, passing every GET to the subclass's ``_handle``."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


class LocalServer:
    server_class: type[ThreadingHTTPServer] = ThreadingHTTPServer
    protocol_version = "HTTP/1.0"

    _server: ThreadingHTTPServer | None = None

    @property
    def address(self) -> str:
        """``host:port`` of the running server."""
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"{host}:{port}"

    def start(self) -> Self:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = owner.protocol_version

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                owner._handle(self)

        self._server = self.server_class(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        raise NotImplementedError
