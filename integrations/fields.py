"""Webhook field checks shared by the helpdesk parsers: ids, event keys and times.

Each raises ``MalformedPayload`` naming the field, so input the worker could never process is a
400 at the door (the sender sees why), never a 202 followed by a job that fails for 43 minutes.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from integrations.base import MalformedPayload

MAX_ID = 2**53
"""Zendesk and Freshdesk ids are positive integers; JSON numbers are exact only up to 2^53."""

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
"""No helpdesk event is older than this; year 1 or 9999 overflows the calendar arithmetic."""
MAX_AHEAD = timedelta(days=1)
"""Clock skew we accept for an event's time; anything later is not a real event."""

_NUMBER = re.compile(r"[1-9][0-9]*", re.ASCII)
_KEY = re.compile(r"[A-Za-z0-9_-]{1,100}", re.ASCII)
"""What an event key may hold: it becomes part of the RQ job id, which allows only these."""


def number(value: Any, field: str) -> str:
    """A helpdesk id as canonical ASCII digits, from a string or a JSON integer.

    Rejects signs, decimals, exponents, leading zeros, non-ASCII digits (``１２３``, ``١٢٣``)
    and values beyond 2^53."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise MalformedPayload(field, "is not a positive integer id")
    text = str(value).strip(" \t") if isinstance(value, str) else str(value)
    if not _NUMBER.fullmatch(text) or len(text) > 16 or int(text) > MAX_ID:
        raise MalformedPayload(field, "is not a positive integer id (ASCII digits, at most 2^53)")
    return text


def optional_number(value: Any, field: str) -> str | None:
    """``number``, except that absent, empty and ``0`` (helpdesks' "nobody") mean ``None``."""
    if value is None or value == "" or value == 0 or value == "0":
        return None
    return number(value, field)


def event_key(value: Any, field: str) -> str:
    """An idempotency key from the sender (event, sequence or invocation id)."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise MalformedPayload(field, "is not an id")
    text = str(value)
    if not _KEY.fullmatch(text):
        raise MalformedPayload(field, "is not an id (letters, digits, '-' and '_', at most 100)")
    return text


def event_time(value: Any, field: str, now: datetime) -> datetime:
    """An ISO 8601 time with a zone, between 2000 and a day after ``now``."""
    if not isinstance(value, str):
        raise MalformedPayload(field, "is not an ISO 8601 time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise MalformedPayload(field, "is not an ISO 8601 time") from exc
    if parsed.tzinfo is None:
        raise MalformedPayload(field, "has no time zone")
    try:
        in_range = EARLIEST <= parsed <= now + MAX_AHEAD
    except OverflowError:  # year 1 or 9999 with an offset cannot even be compared
        in_range = False
    if not in_range:
        raise MalformedPayload(field, "is outside the accepted range (2000 to one day ahead)")
    return parsed


def text(value: Any, field: str) -> str | None:
    """A text field (subject, body, name): a JSON string, or absent (``None``)."""
    if value is None or isinstance(value, str):
        return value
    raise MalformedPayload(field, "is not a string")
