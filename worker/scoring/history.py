"""What history keeps of a message, and the ``repeat`` rule over it.

A :class:`Fingerprint` holds no text: a bottom-k sketch of keyed hashes of character 3-grams
(estimates how alike two messages are), keyed hashes of normalised *demand keys* (refund,
manager, a named person, an amount, the categories found…), whether the message itself says it
repeats (「3回目」「毎日」"again") and its time. The worker stores these in Redis per requester.

``repeat`` follows the labelling rules: the same demand 3+ times in a short window (daily chasing
included), a burst of 6+ contacts within a few hours, or a message that says it is repeating
itself on top of two recent contacts. A single follow-up after days, a weekly chase or one
re-send after a form error is not repeat.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from worker.scoring.normalize import fold_pattern

__all__ = ["Fingerprint", "RepeatVerdict", "demand_keys", "judge_repeat", "sketch"]

_SKETCH_SIZE = 64
_KEY = b"kasuguard-fp-v1"
_NOISE = re.compile(r"[\s\d、。,.!?！？「」『』()（）:：/\-・…~〜*>]+")

BURST_WINDOW = timedelta(hours=4)
BURST_CONTACTS = 6  # including the current message
CHAIN_GAP = timedelta(hours=60)  # same demand chased daily (or faster) stays one chain
CHAIN_SPAN = timedelta(days=7)
CLAIM_WINDOW = timedelta(hours=72)
SIMILAR = 0.15


def _h(value: str) -> int:
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=8, key=_KEY).digest()
    return int.from_bytes(digest, "big") >> 1  # fits a signed 64-bit integer (JSON safe)


def sketch(text: str) -> tuple[int, ...]:
    """Bottom-k sketch of the hashed character 3-grams of folded ``text``."""
    compact = _NOISE.sub("", text)[:1500]
    grams = {compact[i : i + 3] for i in range(max(len(compact) - 2, 0))}
    return tuple(sorted(_h(g) for g in grams)[:_SKETCH_SIZE])


def _resemblance(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:_SKETCH_SIZE]
    both = set(a) & set(b)
    return sum(1 for x in union if x in both) / len(union)


_INTENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(fold_pattern(src), re.IGNORECASE))
    for name, src in (
        ("refund", r"返金|払い戻|\brefund"),
        ("reply", r"返事|返信|回答|\breply|\brespond|\banswer\b|\bupdate\b|get back to"),
        (
            "manager",
            r"社長|責任者|上司|部長|課長|店長|上を出せ|\bmanager|\bdirector|\bsupervisor|\bceo\b",
        ),
        ("call", r"電話|折り返|\bcall\b|\bphone\b"),
        (
            "visit",
            r"来い|来て|寄こせ|よこせ|訪問|\bcome (?:to|here|over)|send (?:an? )?(?:engineer"
            r"|technician)",
        ),
        ("fix", r"直せ|直して|修正|改修|実装|\bfix"),
        ("apology", r"謝罪|謝れ|詫び|\bapolog"),
        ("compensation", r"慰謝料|迷惑料|補償|賠償|\bcompensation|\bpay\b"),
        ("cancel", r"解約|キャンセル|\bcancel"),
        ("invoice", r"請求書|領収書|\binvoice|\breceipt"),
        ("punish", r"処分|くび|解雇|辞めさせ|\bfire\b|\bfired\b"),
        ("handler", r"担当|\baccount manager\b|\bhandling\b"),
        ("password", r"パスワード|ログイン|\bpassword|\blog ?in\b"),
        ("ship", r"発送|配送|届|出荷|\bship|\bdeliver"),
        ("tonight", r"今夜|今晩|\btonight\b"),
        ("today", r"今日中|本日中|\btoday\b"),
    )
)
_NAMED = re.compile(r"([一-龥ぁ-ゖー]{1,4})(?:さん|様|氏)")
_EN_NAMED = re.compile(r"\b(?:want|where is|put|get me|is) ([a-z]{3,12})\b")
_AMOUNT = re.compile(r"(\d[\d,]*)\s?(?:円|万|yen|jpy|\$|dollars)|¥\s?(\d[\d,]*)")
_EN_STOP = frozenset(
    {"the", "you", "your", "this", "that", "there", "what", "someone", "going", "not"}
)


def demand_keys(text: str, categories: Iterable[str]) -> frozenset[str]:
    """Normalised demand keys of folded ``text`` (before hashing)."""
    keys = {f"cat:{c}" for c in categories if c not in ("repeat", "after_hours")}
    keys.update(f"intent:{name}" for name, pattern in _INTENTS if pattern.search(text))
    keys.update(
        f"name:{m.group(1)}" for m in _NAMED.finditer(text) if m.group(1) not in ("皆", "お客")
    )
    keys.update(
        f"name:{m.group(1)}" for m in _EN_NAMED.finditer(text) if m.group(1) not in _EN_STOP
    )
    for m in _AMOUNT.finditer(text):
        keys.add("amount:" + (m.group(1) or m.group(2)).replace(",", ""))
    return frozenset(keys)


@dataclass(frozen=True)
class Fingerprint:
    """What history keeps of one earlier message: a time and hashes, never text."""

    at: datetime
    shingles: tuple[int, ...] = ()
    keys: tuple[int, ...] = ()
    claims_repeat: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form (ints, a bool and an ISO time)."""
        return {
            "v": 1,
            "at": self.at.isoformat(),
            "shingles": list(self.shingles),
            "keys": list(self.keys),
            "claims_repeat": self.claims_repeat,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fingerprint:
        """Inverse of :meth:`to_dict`; tolerates fingerprints stored by older versions."""
        return cls(
            at=datetime.fromisoformat(data["at"]),
            shingles=tuple(int(x) for x in data.get("shingles", ())),
            keys=tuple(int(x) for x in data.get("keys", ())),
            claims_repeat=bool(data.get("claims_repeat", False)),
        )

    @classmethod
    def build(cls, at: datetime, text: str, keys: Iterable[str], claims: bool) -> Fingerprint:
        """Hash folded ``text`` and demand ``keys`` into a fingerprint."""
        return cls(
            at=at,
            shingles=sketch(text),
            keys=tuple(sorted({_h(k) for k in keys})),
            claims_repeat=claims,
        )


# Keys that name *this* demand specifically (a person, an amount, a harassing category) are
# enough on their own; generic intents (reply, call…) must coincide twice.
_SPECIFIC_PREFIXES = ("name:", "amount:", "cat:")


@dataclass(frozen=True)
class RepeatVerdict:
    """Why ``repeat`` applies: a short reason for the evidence."""

    reason: str


def _similar(current: Fingerprint, specific: frozenset[int], earlier: Fingerprint) -> bool:
    shared = set(current.keys) & set(earlier.keys)
    if shared & specific:
        return True
    if len(shared) >= 2:
        return True
    return _resemblance(current.shingles, earlier.shingles) >= SIMILAR


def judge_repeat(
    current: Fingerprint,
    current_keys: Iterable[str],
    history: Sequence[Fingerprint],
    window_days: int,
) -> RepeatVerdict | None:
    """Decide ``repeat`` for ``current`` given the requester's earlier fingerprints."""
    at = current.at
    horizon = at - timedelta(days=max(window_days, 0))
    earlier = sorted((h for h in history if horizon <= h.at < at), key=lambda h: h.at, reverse=True)
    if not earlier:
        return None
    burst = sum(1 for h in earlier if at - h.at <= BURST_WINDOW) + 1
    if burst >= BURST_CONTACTS:
        return RepeatVerdict(f"{BURST_WINDOW.seconds // 3600}時間以内に{burst}回の連絡")
    specific = frozenset(
        _h(k) for k in current_keys if k.startswith(_SPECIFIC_PREFIXES) and k != "cat:abuse"
    )
    chain = [current]
    for h in earlier:
        if chain[-1].at - h.at > CHAIN_GAP or at - h.at > CHAIN_SPAN:
            break
        if _similar(current, specific, h):
            chain.append(h)
    if len(chain) >= 3:
        days = max((at - chain[-1].at).days, 0) + 1
        return RepeatVerdict(f"同じ要求の{len(chain)}回目（{days}日間）")
    recent = [h for h in earlier if at - h.at <= CLAIM_WINDOW]
    if current.claims_repeat and len(recent) >= 2:
        return RepeatVerdict(f"繰り返しを明言し、直近{len(recent) + 1}回目の連絡")
    return None
