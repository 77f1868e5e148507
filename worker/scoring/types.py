"""The scoring contract: what goes into ``assess`` and what comes out.

Everything here is plain, frozen data with no I/O, so the scorer stays a pure function
(text, history and a clock in; a result with evidence out) and the worker, the CLI and the
tests all speak the same types. Category keys and levels are fixed by
``shared/spec/categories.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from worker.categories import CATEGORIES, LEVELS

__all__ = ["CATEGORIES", "LEVELS", "Assessment", "Finding", "Message"]


@dataclass(frozen=True)
class Message:
    """One message to judge: what the requester wrote now.

    ``body`` is plain text (HTML already converted by the integration) and may still contain
    signatures and quoted earlier mail; the scorer ignores those parts itself so that evidence
    offsets point into this exact string. ``at`` is timezone-aware.
    """

    subject: str
    body: str
    channel: str
    at: datetime


@dataclass(frozen=True)
class Finding:
    """One piece of evidence: which category, the quoted span, why, and the policy clause.

    ``field`` is ``"subject"`` or ``"body"``; ``start``/``end`` are offsets into that field of
    the original ``Message`` (``text[start:end] == quote``). Context findings (``repeat``,
    ``after_hours``) may quote the demand that triggered them, or have an empty quote with
    ``start == end == 0`` when nothing in the text is the evidence.
    """

    category: str
    quote: str
    start: int
    end: int
    reason: str
    clause: str = ""
    field: str = "body"

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "field": self.field,
            "reason": self.reason,
            "clause": self.clause,
        }


@dataclass(frozen=True)
class Assessment:
    """The scorer's verdict on one message."""

    level: str
    score: float
    categories: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    language: str = "ja"
    """ISO 639-1 code of the message's language ("und" for no language at all)."""
    notes: tuple[str, ...] = ()
    """What the scorer says about its own verdict: ``language:<code>`` (not judged by the
    learned layer), ``unfamiliar`` (too little known text to judge), ``veto`` (a weak rule
    verdict withdrawn), ``partial`` (only the first part of a very long text was read),
    ``review`` (one severe phrase in a long message the model does not read as conduct: held at
    medium for a person, not escalated), ``lone_severe_dropped`` (such a phrase, dropped)."""

    @property
    def flagged(self) -> bool:
        """True when the level is above ``none``: something will be written back."""
        return self.level != "none"

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "score": round(self.score, 4),
            "categories": list(self.categories),
            "evidence": [f.to_dict() for f in self.findings],
            "language": self.language,
            "notes": list(self.notes),
        }
