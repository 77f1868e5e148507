"""The rule engine: readable rule tables applied to the folded working text.

A :class:`Rule` names a category, a short human reason (shown as evidence) and a pattern written
naturally (katakana or hiragana, any case: patterns are folded like the text). Context guards keep
a legitimate complaint clean:

* ``needs``: another pattern that must occur in the same sentence (or message, ``scope``),
  e.g. a staff reference before asking for a "full name" counts;
* ``unless``: a pattern that, anywhere in the same sentence, cancels the match (self-directed
  「土下座してでも」, technical 「プロセスを殺す」, lawful recourse, warranty, negation);
* ``tag``: ``"mild"`` (a single rude word about the product may stay ``low``), ``"kneel"``
  (kneeling makes dogeza ``high``), ``"veiled"`` (menace that becomes a threat next to
  private information), ``"target"`` (a person-directed insult).

Matches inside quotation brackets (「…」, "…") or followed by 「と言われ」 are someone else's
words and never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from worker.scoring.normalize import Working, fold_pattern

__all__ = ["Hit", "Rule", "rule", "scan", "sentence_bounds"]


@dataclass(frozen=True)
class Rule:
    """One phrasing family for one category."""

    category: str
    reason: str
    pattern: re.Pattern[str]
    tag: str = ""
    needs: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    scope: str = "sentence"  # where needs/unless look: "sentence" or "message"


@dataclass(frozen=True)
class Hit:
    """A rule match in working-text coordinates."""

    rule: Rule
    working: Working
    start: int
    end: int

    @property
    def category(self) -> str:
        return self.rule.category


def _compile(source: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(source), re.IGNORECASE)


def rule(
    category: str,
    reason: str,
    *phrasings: str,
    tag: str = "",
    needs: str | None = None,
    unless: str | None = None,
    scope: str = "sentence",
) -> Rule:
    """Build a rule from one or more phrasings (joined as alternatives)."""
    source = "|".join(f"(?:{p})" for p in phrasings)
    return Rule(
        category=category,
        reason=reason,
        pattern=_compile(source),
        tag=tag,
        needs=_compile(needs) if needs else None,
        unless=_compile(unless) if unless else None,
        scope=scope,
    )


_SENTENCE_END = re.compile(r"[。．!?！？\n]|\.(?=\s|$)")
_BRACKETS = re.compile(
    r"「[^「」\n]{0,120}」|『[^『』\n]{0,120}』|“[^“”\n]{0,160}”|\"[^\"\n]{0,160}\""
)
_REPORTED_AFTER = re.compile(
    fold_pattern(
        r"^[」』”\"]?\s?(?:と|って|とか)(?:言われ|いわれ|罵られ|書かれ|脅され|怒鳴られ|言って(?:き"
        r"|く))"
    )
)
_REPORTED_BEFORE = re.compile(
    r"(?:called (?:me|us)|calling (?:me|us)|said (?:i|we) (?:was|were|am|are))\W*(?:an? )?$"
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between terminators) around ``[start, end)``."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    right = m.start() if m else len(text)
    return left, max(right, end)


def _in_brackets(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # Any overlap: a match that starts or ends inside quoted words is about those words.
    return any(start < e and s < end for s, e in spans)


def scan(working: Working, rules: tuple[Rule, ...]) -> Iterator[Hit]:
    """Yield every guarded match of ``rules`` in ``working``."""
    text = working.text
    if not text.strip():
        return
    brackets = [(m.start(), m.end()) for m in _BRACKETS.finditer(text)]
    for r in rules:
        for m in r.pattern.finditer(text):
            start, end = m.start(), m.end()
            if end <= start or _in_brackets(brackets, start, end):
                continue
            if _REPORTED_AFTER.match(text, end, min(len(text), end + 12)):
                continue
            if _REPORTED_BEFORE.search(text, max(0, start - 30), start):
                continue
            if r.scope == "message":
                left, right = 0, len(text)
            else:
                left, right = sentence_bounds(text, start, end)
            if r.needs is not None and not r.needs.search(text, left, right):
                continue
            if r.unless is not None and r.unless.search(text, left, right):
                continue
            yield Hit(r, working, start, end)
