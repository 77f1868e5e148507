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
    learned: bool = True,
) -> Assessment:
    """Assess one message; ``history`` is (time, body) pairs reduced to fingerprints first.

    ``learned=False`` scores with the rules alone (the rule-family tests: the learned layer is
    tested on its own, and its weights change when the corpus grows)."""
    prints: list[Fingerprint] = [
        fingerprint(Message(subject="", body=text, channel="web", at=when))
        for when, text in history
    ]
    message = Message(subject=subject, body=body, channel="web", at=at)
    return assess(message, prints, policy or Policy(clauses=CLAUSES), learned=learned)


def assert_fires(category: str, text: str) -> None:
    """The rules find ``text`` to be ``category`` harassment (medium or high)."""
    result = score(text, learned=False)
    assert category in result.categories, (text, result.level, result.categories)
    assert result.level in ("medium", "high")


def assert_not_tagged(category: str, text: str) -> None:
    """The rules do not give ``text`` the ``category`` (the rule families' hard negatives; the
    whole scorer's false alarms are measured per writer, see README "Accuracy")."""
    result = score(text, learned=False)
    assert category not in result.categories, (text, result.categories)


def assert_floor(results, key: tuple[str, str, str], floor: float) -> None:
    """An evaluation figure (``results[split][slice].metric``) is at least ``floor``."""
    split, slice_, metric = key
    value = results[split][slice_].as_dict()[metric]
    assert value >= floor, f"{split}/{slice_} {metric} = {value:.3f} < floor {floor}"


def assert_fp_ceiling(results, split: str, ceiling: float) -> None:
    """No language slice of ``split`` flags more than ``ceiling`` of its none/low messages."""
    for slice_, metrics in results[split].items():
        assert metrics.fp_rate <= ceiling, f"{split}/{slice_} FP rate {metrics.fp_rate:.3f}"
