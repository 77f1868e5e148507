"""The small interface every helpdesk module implements, and the HTTP client they share.

A helpdesk module (``integrations/zendesk.py``, ``integrations/freshdesk.py``) exports:

- ``NAME``: the route segment, ``POST /webhooks/<NAME>``;
- ``verify(headers, raw_body, secret, now)``: authenticate the raw request or raise ``AuthError``;
- ``parse(payload, headers)``: a vendor payload into a ``TicketEvent``, or raise
  ``MalformedPayload`` (400, names the field) / ``Ignored`` (200, a real but unsupported event);
- ``Client``: a ``HelpdeskClient`` subclass with ``fetch``, ``apply`` and ``has_marker``.

Errors raised by clients (the httpx-style tree)::

    HelpdeskError
    ├── HelpdeskUnavailable   timeout, connection error, 5xx: RQ retries the job with backoff
    │   └── RateLimited       429 (``retry_after`` seconds): the shared limiter pauses every worker
    ├── HelpdeskRejected      any other 4xx: never retried, the job fails with the reason
    └── Conflict              409 on a safe update: re-read the ticket and try again
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import requests
from requests.adapters import HTTPAdapter

from worker.model import ActionSet, TicketEvent, TicketState

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 10.0
"""Connect and read timeout for every helpdesk call, in seconds."""

USER_AGENT = "kasuguard/0.1 (+https://github.com/kasuguard)"


class AuthError(Exception):
    """The webhook request is not authentic (401)."""


class MalformedPayload(Exception):
    """The payload cannot be understood (400); ``field`` names what is missing or wrong."""

    def __init__(self, field: str, problem: str = "is missing") -> None:
        super().__init__(f"{field} {problem}")
        self.field = field


class Ignored(Exception):
    """A real event we do not act on (200 ``ignored``): unsupported type, or our own update."""


class HelpdeskError(Exception):
    """A helpdesk API call failed."""


class HelpdeskUnavailable(HelpdeskError):
    """Timeout, connection error or 5xx: worth retrying later."""


class RateLimited(HelpdeskUnavailable):
    """429: the helpdesk asks us to wait ``retry_after`` seconds."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class HelpdeskRejected(HelpdeskError):
    """A 4xx other than 409/429: the request itself is wrong; retrying will not help."""


class Conflict(HelpdeskError):
    """409: the ticket changed since we read it (Zendesk safe update)."""


class WriteBudget(Protocol):
    """The shared rate limiter, as a client sees it (``worker.ratelimit.WriteLimiter``).

    ``acquire`` waits for a write slot, ``wait`` only for a 429 pause to pass; both raise
    ``RateLimited`` rather than block a worker for long.
    """

    def acquire(self) -> None: ...

    def wait(self) -> None: ...

    def pause(self, seconds: float) -> None: ...


class _NoBudget:
    """A limiter that never waits, for clients used outside the worker (e.g. the CLI)."""

    def acquire(self) -> None:
        return None

    def wait(self) -> None:
        return None

    def pause(self, seconds: float) -> None:
        return None


class _TimeoutAdapter(HTTPAdapter):
    """Fills in a default timeout so no call can hang a worker forever."""

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self.timeout = timeout

    def send(self, request: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        return super().send(request, **kwargs)


@dataclass(frozen=True)
class Credentials:
    """Where a helpdesk lives and how to sign in to its API."""

    base_url: str
    username: str
    password: str


def _retry_after(response: requests.Response) -> float:
    """Seconds from ``Retry-After`` (both vendors send it on 429); 60 when absent or odd."""
    value = response.headers.get("Retry-After", "")
    try:
        return max(float(value), 0.0)
    except ValueError:
        return 60.0


def describe(response: requests.Response) -> str:
    """A short reason from an error response; bodies may be JSON, plain text or HTML."""
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return text[:120] if text and not text.startswith("<") else response.reason or ""
    if isinstance(body, dict):
        parts = [str(body.get(k)) for k in ("error", "description", "message") if body.get(k)]
        return ": ".join(parts)[:200]
    return str(body)[:200]


class HelpdeskClient:
    """One ``requests.Session`` per client, a default timeout, and typed errors.

    Writes go through the shared ``WriteBudget`` first; a 429 pauses it for every worker. The
    client does not retry by itself (RQ owns retries), except that it waits out a 429 once
    when the limiter allows, because that is what the helpdesk asked for.
    """

    name = "helpdesk"

    def __init__(
        self,
        credentials: Credentials,
        *,
        budget: WriteBudget | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = credentials.base_url.rstrip("/")
        self.budget: WriteBudget = budget or _NoBudget()
        self.session = session or requests.Session()
        adapter = _TimeoutAdapter(timeout)
        self.session.mount("https://", adapter)
        self.session.mount("http://", adapter)
        self.session.auth = (credentials.username, credentials.password)
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
        self.calls: list[tuple[str, str, int]] = []
        """(method, path, status) of every call made, for the job's summary and metrics."""

    def _request(self, method: str, path: str, *, write: bool = False, **kwargs: Any) -> Any:
        """Send one request; returns the decoded JSON body (``None`` when empty)."""
        for attempt in (1, 2):
            if write:
                self.budget.acquire()
            elif attempt == 2:
                self.budget.wait()
            try:
                response = self.session.request(method, self.base_url + path, **kwargs)
            except (requests.Timeout, requests.ConnectionError) as exc:
                self.calls.append((method, path, 0))
                raise HelpdeskUnavailable(
                    f"{self.name} {method} {path}: {type(exc).__name__}"
                ) from exc
            self.calls.append((method, path, response.status_code))
            if response.status_code == 429:
                wait = _retry_after(response)
                self.budget.pause(wait)
                logger.warning(
                    "helpdesk.rate-limited",
                    extra={"helpdesk": self.name, "path": path, "retry_after": wait},
                )
                if attempt == 1:
                    continue  # the next acquire() waits out the pause, shared by all workers
                raise RateLimited(f"{self.name} {method} {path}: 429 rate limited", wait)
            return self._decode(method, path, response)
        raise AssertionError("unreachable")

    def _decode(self, method: str, path: str, response: requests.Response) -> Any:
        status = response.status_code
        where = f"{self.name} {method} {path}: {status}"
        if status == 409:
            raise Conflict(f"{where} {describe(response)}")
        if status >= 500:
            raise HelpdeskUnavailable(f"{where} {describe(response)}")
        if status >= 400:
            raise HelpdeskRejected(f"{where} {describe(response)}")
        if not response.content:
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise HelpdeskUnavailable(f"{where} answered with a body that is not JSON") from exc

    # The verbs each helpdesk implements.
    def fetch(self, event: TicketEvent) -> TicketState:
        """Read what the worker needs about the ticket (text, tags, stamp)."""
        raise NotImplementedError

    def apply(
        self,
        event: TicketEvent,
        actions: ActionSet,
        state: TicketState | None,
        note_written: Callable[[], None] = lambda: None,
    ) -> int:
        """Write tags, the private note and escalation with the fewest calls; returns the
        number of writes made. ``note_written`` is called as soon as the note is stored, so the
        job's ledger knows it even if a later write fails. ``actions.public_reply`` is not
        sent here."""
        raise NotImplementedError

    def post_public_reply(self, ticket_id: str, text: str) -> None:
        """Send ``text`` to the customer (the after-hours acknowledgement only)."""
        raise NotImplementedError

    def has_marker(self, ticket_id: str, marker: str) -> bool:
        """True when an internal note carrying ``marker`` is already on the ticket."""
        raise NotImplementedError


class Helpdesk(Protocol):
    """What the worker needs from a helpdesk client: the verbs, and a record of calls made.
    ``HelpdeskClient`` subclasses, the dry-run client and backfill's wrappers all fit."""

    calls: list[tuple[str, str, int]]

    def fetch(self, event: TicketEvent) -> TicketState: ...

    def apply(
        self,
        event: TicketEvent,
        actions: ActionSet,
        state: TicketState | None,
        note_written: Callable[[], None] = ...,
    ) -> int: ...

    def has_marker(self, ticket_id: str, marker: str) -> bool: ...

    def post_public_reply(self, ticket_id: str, text: str) -> None: ...


Verify = Callable[[Mapping[str, str], bytes, str, datetime], None]
Parse = Callable[[Mapping[str, Any], Mapping[str, str]], TicketEvent]
