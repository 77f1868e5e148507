"""A minimal Zendesk stand-in on loopback for the worker benchmarks: it answers the calls the
worker makes (update ticket, add tags, read ticket and comments) with fixture-shaped JSON and
counts them."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bench.common import FIXTURES


class FakeZendesk(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.update = (FIXTURES / "zendesk/api/update_ticket.json").read_bytes()
        self.ticket = (FIXTURES / "zendesk/api/ticket_show.json").read_bytes()
        self.comments = (FIXTURES / "zendesk/api/comments_list.json").read_bytes()
        self.calls: dict[str, int] = {}
        self.lock = threading.Lock()

    def start(self) -> None:
        threading.Thread(target=self.serve_forever, daemon=True).start()


class _Handler(BaseHTTPRequestHandler):
    server: FakeZendesk

    def _answer(self, body: bytes) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        path = self.path.split("?")[0]
        kind = (
            "tags"
            if path.endswith("/tags")
            else "comments"
            if path.endswith("/comments")
            else "ticket"
        )
        key = f"{self.command} {kind}"
        with self.server.lock:
            self.server.calls[key] = self.server.calls.get(key, 0) + 1
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:  # noqa: N802
        self._answer(self.server.update)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(
            self.server.comments
            if self.path.split("?")[0].endswith("/comments")
            else self.server.ticket
        )

    def log_message(self, format: str, *args: Any) -> None:
        return


def calls_json(server: FakeZendesk) -> str:
    return json.dumps(server.calls, sort_keys=True)
