"""Shared helpers for the scoring tests: a default policy and a one-call scorer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from worker.policy import Policy
from worker.scoring import Assessment, Fingerprint, Message, assess, fingerprint

TOKYO = ZoneInfo("Asia/Tokyo")
# A Wednesday at 11:00 in Tokyo: inside business hours, not a holiday.
OPEN_AT = datetime(2026, 2, 4, 11, 0, tzinfo=TOKYO)

CLAUSES = {"abuse": "暴言の条項", "threat": "脅迫の条項", "after_hours": "時間外の条項"}


@pytest.fixture
def policy() -> Policy:
    return Policy(clauses=CLAUSES)


def tokyo(text: str) -> datetime:
    """``"2026-02-04 18:00"`` in Asia/Tokyo."""
    return datetime.fromisoformat(text).replace(tzinfo=TOKYO)


def score(
    body: str,
    subject: str = "",
    at: datetime = OPEN_AT,
    history: Sequence[tuple[datetime, str]] = (),
    policy: Policy | None = None,
) -> Assessment:
    """Assess one message; ``history`` is (time, body) pairs reduced to fingerprints first."""
    prints: list[Fingerprint] = [
        fingerprint(Message(subject="", body=text, channel="web", at=when))
        for when, text in history
    ]
    message = Message(subject=subject, body=body, channel="web", at=at)
    return assess(message, prints, policy or Policy(clauses=CLAUSES))
