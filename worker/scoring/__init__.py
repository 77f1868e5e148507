"""Scoring: a pure function from (message, requester history, policy) to an ``Assessment``.

No I/O, no clock of its own, deterministic. The worker and the ``kasuguard score``/``eval``
commands call only ``assess`` and ``fingerprint``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from worker.policy import Policy
from worker.scoring.types import CATEGORIES, LEVELS, Assessment, Finding, Message

__all__ = [
    "CATEGORIES",
    "LEVELS",
    "Assessment",
    "Finding",
    "Fingerprint",
    "Message",
    "assess",
    "fingerprint",
]


@dataclass(frozen=True)
class Fingerprint:
    """What history keeps of one earlier message: a time and hashed shingles, never text."""

    at: datetime
    shingles: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "shingles": list(self.shingles)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fingerprint:
        return cls(
            at=datetime.fromisoformat(data["at"]),
            shingles=tuple(int(x) for x in data.get("shingles", ())),
        )


# A first, deliberately small rule set: enough to drive the pipeline end to end.
_FIRST_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("threat", re.compile(r"殺すぞ|ぶっ殺|火をつけ|夜道に気をつけ|\bkill you\b"), "危害の予告"),
    (
        "exposure_threat",
        re.compile(r"SNSで晒|ネットに晒|口コミに書き込|マスコミに"),
        "晒す・暴露の示唆",
    ),
    ("dogeza", re.compile(r"土下座"), "土下座の要求"),
    ("abuse", re.compile(r"バカ|馬鹿|無能|給料泥棒|\bidiot\b"), "侮辱・暴言"),
    ("money", re.compile(r"慰謝料|迷惑料"), "根拠のない金銭要求"),
    ("punish_staff", re.compile(r"クビにしろ|辞めさせろ"), "従業員の処罰要求"),
)
_SEVERE = frozenset({"threat", "exposure_threat", "dogeza", "privacy", "discrimination_sexual"})


def _shingles(text: str, size: int = 3) -> tuple[int, ...]:
    compact = re.sub(r"\s+", "", text)
    grams = {compact[i : i + size] for i in range(max(len(compact) - size + 1, 0))}
    return tuple(
        sorted(int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest()) for g in grams)
    )


def fingerprint(message: Message) -> Fingerprint:
    """Reduce ``message`` to what ``repeat`` detection needs later (no raw text)."""
    return Fingerprint(at=message.at, shingles=_shingles(message.subject + message.body))


def assess(message: Message, history: Sequence[Fingerprint], policy: Policy) -> Assessment:
    """Score ``message`` against ``policy``, given the requester's earlier ``history``."""
    findings: list[Finding] = []
    for field_name, text in (("subject", message.subject), ("body", message.body)):
        for category, pattern, reason in _FIRST_RULES:
            if category not in policy.enabled_categories:
                continue
            match = pattern.search(text)
            if match and all(f.category != category for f in findings):
                findings.append(
                    Finding(
                        category=category,
                        quote=match.group(0),
                        start=match.start(),
                        end=match.end(),
                        reason=reason,
                        clause=policy.clause_for(category),
                        field=field_name,
                    )
                )
    categories = tuple(c for c in CATEGORIES if any(f.category == c for f in findings))
    if not categories:
        level = "none"
    elif _SEVERE & set(categories) or len(categories) >= 3:
        level = "high"
    else:
        level = "medium"
    return Assessment(
        level=level,
        score=float(LEVELS.index(level)) / 3,
        categories=categories,
        findings=tuple(findings),
    )
