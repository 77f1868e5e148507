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
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from itertools import repeat
from typing import Any

from worker.scoring.normalize import fold

__all__ = ["Fingerprint", "RepeatVerdict", "demand_keys", "judge_repeat", "sketch"]

_SKETCH_SIZE = 64
_KEY = b"kasuguard-fp-v1"
_SALT = zlib.crc32(_KEY)
_NOISE = re.compile(r"[\s\d、。,.!?！？「」『』()（）:：/\-・…~〜*>]+")

BURST_WINDOW = timedelta(hours=4)
BURST_CONTACTS = 6  # including the current message
CHAIN_GAP = timedelta(hours=60)  # same demand chased daily (or faster) stays one chain
CHAIN_SPAN = timedelta(days=7)
CLAIM_WINDOW = timedelta(hours=72)
SIMILAR = 0.25


def _h(value: str) -> int:
    """Keyed 63-bit hash of a demand key (stable across processes, JSON safe)."""
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=8, key=_KEY).digest()
    return int.from_bytes(digest, "big") >> 1


def _gram_hash(gram: str) -> int:
    # 3-grams are hashed many times per message: CRC-32 of a salted gram is fast and stable.
    return zlib.crc32(gram.encode("utf-8"), _SALT)


@lru_cache(maxsize=8)  # the worker sketches a message twice: to assess it, then to keep it
def sketch(text: str) -> tuple[int, ...]:
    """Bottom-k sketch of the hashed character 3-grams of folded ``text``."""
    compact = _NOISE.sub("", text)[:800]  # the demand sits early; bounds the cost
    grams = {compact[i : i + 3] for i in range(max(len(compact) - 2, 0))}
    # _gram_hash of every gram, with the loop in C (hundreds of grams per message).
    hashes = set(map(zlib.crc32, map(str.encode, grams), repeat(_SALT)))
    return tuple(sorted(hashes)[:_SKETCH_SIZE])


def _resemblance(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:_SKETCH_SIZE]
    both = set(a) & set(b)
    return sum(1 for x in union if x in both) / len(union)


# Demand intents as plain keywords (folded): substring tests are enough for similarity keys.
_INTENTS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (name, tuple(fold(word) for word in words))
    for name, words in (
        ("refund", ("返金", "払い戻", "refund")),
        ("reply", ("返事", "返信", "回答", "reply", "respond", "answer", "update", "get back to")),
        (
            "manager",
            ("社長", "責任者", "上司", "部長", "課長", "店長", "上を出せ", "manager", "director"),
        ),
        ("call", ("電話", "折り返", " call", "phone")),
        ("visit", ("来い", "来て", "寄こせ", "よこせ", "訪問", "come to", "come here", "engineer")),
        ("fix", ("直せ", "直して", "修正", "改修", "実装", "fix")),
        ("apology", ("謝罪", "謝れ", "詫び", "apolog")),
        ("compensation", ("慰謝料", "迷惑料", "補償", "賠償", "compensation", "pay ")),
        ("cancel", ("解約", "キャンセル", "cancel")),
        ("invoice", ("請求書", "領収書", "invoice", "receipt")),
        ("reissue", ("再発行", "再送付", "reissue", "resend", "re-send")),
        ("punish", ("処分", "クビ", "解雇", "辞めさせ", "fire ", "fired")),
        ("handler", ("担当", "account manager", "handling")),
        ("password", ("パスワード", "ログイン", "password", "log in", "login")),
        ("ship", ("発送", "配送", "届", "出荷", "ship", "deliver")),
        ("tonight", ("今夜", "今晩", "tonight")),
        ("today", ("今日中", "本日中", "today")),
    )
)
_HONORIFIC = re.compile(r"さん|様|氏")
_NAME_TAIL = re.compile(r"[一-龥ぁ-ゖー]{1,4}$")
_EN_NAMED = re.compile(r"\b(?:want|where is|put|get me|is) ([a-z]{3,12})\b")
_AMOUNT = re.compile(r"(\d[\d,]{0,15})\s?(?:円|万|yen|jpy|\$|dollars)|¥\s?(\d[\d,]{0,15})")
_EN_STOP = frozenset(
    {"the", "you", "your", "this", "that", "there", "what", "someone", "going", "not"}
)


DEMAND_REACH = 4000
"""Demand keys are read from the first 4,000 characters: the demand sits early, and these few
patterns (bounded quantifiers, with capture groups RE2's wrapper cannot give us cheaply) then
never read more than that."""


def demand_keys(text: str, categories: Iterable[str]) -> frozenset[str]:
    """Normalised demand keys of folded ``text`` (before hashing)."""
    text = text[:DEMAND_REACH]
    keys = {f"cat:{c}" for c in categories if c not in ("repeat", "after_hours")}
    keys.update(f"intent:{name}" for name, words in _INTENTS if any(w in text for w in words))
    for m in _HONORIFIC.finditer(text):
        name = _NAME_TAIL.search(text, max(0, m.start() - 4), m.start())
        if name and name.group(0) not in ("皆", "お客"):
            keys.add(f"name:{name.group(0)}")
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
