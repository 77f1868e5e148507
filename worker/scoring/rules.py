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

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import re2

from worker.scoring.normalize import Working, fold_pattern
from worker.scoring.patterns import Pattern, Subject, compile_pattern, structure, subject
from worker.scoring.words import on_word_boundaries

__all__ = ["SENTENCE_END", "Hit", "Rule", "rule", "scan", "sentence_bounds"]


@dataclass(frozen=True)
class Rule:
    """One phrasing family for one category."""

    category: str
    reason: str
    source: str
    tag: str = ""
    needs: Pattern | None = None
    unless: Pattern | None = None
    scope: str = "sentence"  # where needs/unless look: "sentence" or "message"
    # The pattern's top-level alternatives, compiled one by one: an RE2 set finds which of them
    # match a text in one pass, and only those run.
    alternatives: tuple[Pattern, ...] = ()
    # Alternatives that are a Japanese insult or slur written as one plain word: they count only
    # on word boundaries (:mod:`.words`).
    words: frozenset[int] = frozenset()

    def search(self, text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
        """The earliest unguarded match of any phrasing in ``text[start:end]`` (window
        semantics of :meth:`Pattern.search`)."""
        best: tuple[int, int] | None = None
        for alternative in self.alternatives:
            found = alternative.search(text, start, end)
            if found is not None and (best is None or found < best):
                best = found
        return best


@dataclass(frozen=True)
class Hit:
    """A rule match in working-text coordinates."""

    rule: Rule
    working: Working
    start: int
    end: int

    @property
    def category(self) -> str:
        """The category of the rule that matched."""
        return self.rule.category


def _compile(source: str) -> Pattern:
    return compile_pattern(fold_pattern(source))


def _split_top(source: str) -> list[str]:
    """Split a regex source at its top-level ``|`` (outside groups and character classes)."""
    parts: list[str] = []
    start = 0
    for i, ch, depth in structure(source):
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


WORD_CATEGORIES = frozenset({"abuse", "discrimination_sexual"})
"""Categories whose plain-word phrasings are insults or slurs, matched as words only."""


def _literal_word(part: str) -> bool:
    """A phrasing that is one plain Japanese word: no regex syntax, no ASCII, some kana/kanji."""
    return all(ord(c) > 0x7F for c in part) and any(
        "\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in part
    )


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
    alternatives: list[Pattern] = []
    words: set[int] = set()
    for phrasing in phrasings:
        for part in _split_top(fold_pattern(phrasing)):
            if category in WORD_CATEGORIES and _literal_word(part):
                words.add(len(alternatives))
            alternatives.append(compile_pattern(part))
    return Rule(
        category=category,
        reason=reason,
        source=source,
        alternatives=tuple(alternatives),
        words=frozenset(words),
        tag=tag,
        needs=_compile(needs) if needs else None,
        unless=_compile(unless) if unless else None,
        scope=scope,
    )


SENTENCE_END = compile_pattern(r"[。．!?！？\n]|\.(?=\s|$)")
SENTENCE_REACH = 240
"""A guard reads at most this many characters either side of a match: a 100 KB "sentence"
without terminators must not make every guard read all of it."""

_BRACKETS = compile_pattern(
    r"「[^「」\n]{0,120}」|『[^『』\n]{0,120}』|“[^“”\n]{0,160}”|\"[^\"\n]{0,160}\""
)
_REPORTED_AFTER = compile_pattern(
    fold_pattern(
        r"^[」』”\"]?\s?(?:と|って|とか)(?:言われ|いわれ|罵られ|書かれ|脅され|怒鳴られ|言って(?:き"
        r"|く))"
    )
)
_REPORTED_BEFORE = compile_pattern(
    r"(?:called (?:me|us)|calling (?:me|us)|said (?:i|we) (?:was|were|am|are))\W*(?:an? )?$"
)


# Per BMP code point: a sentence terminator? what Python's \s matches (str.isspace)?
_TERMINATOR = np.zeros(0x10000, dtype=bool)
_TERMINATOR[[ord(c) for c in "。．!?！？\n"]] = True
_SPACE = np.array([chr(c).isspace() for c in range(0x10000)], dtype=bool)


@lru_cache(maxsize=32)
def _terminators(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Start and end offsets of ``SENTENCE_END``'s matches in ``text``.

    Every match is one character, so one pass over the code points finds them all: a
    terminator, or a full stop before a space or the end. (The pattern itself needs a
    look-ahead, run per full stop and line break: a tenth of a millisecond per 2 KB.)
    """
    # A lone surrogate stays itself (what the pattern's check reads), not a "?".
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bmp = np.minimum(codes, 0xFFFF)  # U+FFFF is neither; nor is any astral character
    found = _TERMINATOR[bmp]
    stops = np.flatnonzero(codes == ord("."))
    if len(stops):
        after = np.append(bmp, ord(" "))[stops + 1]  # the end counts as a space
        found[stops[_SPACE[after]]] = True
    starts = np.flatnonzero(found)
    return tuple(starts.tolist()), tuple((starts + 1).tolist())


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between terminators) around ``[start, end)``, at most ``SENTENCE_REACH``
    characters either side of it."""
    starts, ends = _terminators(text)
    # The last terminator ending at or before ``start`` opens the sentence…
    k = bisect_right(ends, start)
    left = ends[k - 1] if k else 0
    # …and the first terminator starting at or after ``end`` closes it.
    j = bisect_left(starts, end)
    right = starts[j] if j < len(starts) else len(text)
    return max(left, start - SENTENCE_REACH), min(max(right, end), end + SENTENCE_REACH)


# The customer restating *their own* demand in quotes (何度も「担当を替えて」とお願いしている) is
# still their demand; someone else's words (上司が「…」と言った, 「…」と言われた) are not.
_OWN_AFTER = compile_pattern(
    fold_pattern(
        r"^\s?(?:と|って)(?:何度も|再三|ずっと|繰り返し|前から|以前から|あれほど)?(?:お願いし|要求し"
        r"|要望し|申し上げ|頼ん|求め|言って(?:い)?る(?:のに|んだ|んです|じゃ|だろ|でしょ|の))"
    )
)
_OTHER_BEFORE = compile_pattern(r"(?:^|[^私俺僕方])(?:が|から|は)\s?$")


def _in_brackets(spans: tuple[tuple[int, int], ...], start: int, end: int, text: str = "") -> bool:
    # Any overlap: a match that starts or ends inside quoted words is about those words.
    for s, e in spans:
        if start < e and s < end:
            if (
                text
                and _OWN_AFTER.matches_at(text, e, e + 24)
                and not _OTHER_BEFORE.search(text, max(0, s - 3), s)
            ):
                continue
            return True
    return False


SET_MEMORY = 4 << 20
"""Bytes each RE2 set may use for its program and DFA; a set that cannot compile within it is
split, and a set that runs out of memory on a text makes its alternatives run one by one."""
_SET_SIZE = 160  # alternatives per set: small enough to compile within SET_MEMORY


class _AlternativeSet:
    """One RE2 set over some alternatives: a single linear pass says which of them match."""

    def __init__(self, members: tuple[int, ...], cores: tuple[str, ...]) -> None:
        options = re2.Options()
        options.max_mem = SET_MEMORY
        options.never_capture = True
        options.case_sensitive = False
        options.log_errors = False  # "DFA out of memory" is handled (the canary), not logged
        self.members = members
        self._set = re2.Set.SearchSet(options)
        for core in cores:
            self._set.Add(core)
        # A pattern that matches any character: its absence means the set gave up (out of
        # memory), not that nothing matched.
        self._canary = self._set.Add("(?s:.)")
        self._set.Compile()

    def matching(self, data: bytes) -> tuple[int, ...]:
        """Members whose pattern may match ``data`` (all of them when the set gave up)."""
        found = self._set.Match(data) or []
        if self._canary not in found:
            return self.members if data else ()
        return tuple(self.members[k] for k in found if k != self._canary)


def _build_sets(cores: list[str], members: list[int]) -> list[_AlternativeSet]:
    try:
        return [_AlternativeSet(tuple(members), tuple(cores))]
    except re2.error:
        if len(members) == 1:
            raise
        half = len(members) // 2
        return _build_sets(cores[:half], members[:half]) + _build_sets(cores[half:], members[half:])


@dataclass(frozen=True)
class _Index:
    """Every alternative of a rule set, and the RE2 sets that find which of them match."""

    entries: tuple[tuple[Rule, Pattern, bool], ...]  # rule, alternative, matched as a word
    sets: tuple[_AlternativeSet, ...]


_INDEXES: dict[int, tuple[tuple[Rule, ...], _Index]] = {}


def _index(rules: tuple[Rule, ...]) -> _Index:
    # Keyed by identity: hashing 50 rules with 2,000 compiled alternatives per call is not free.
    cached = _INDEXES.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    built = _build_index(rules)
    _INDEXES[id(rules)] = (rules, built)
    return built


def _build_index(rules: tuple[Rule, ...]) -> _Index:
    entries = [(r, alt, k in r.words) for r in rules for k, alt in enumerate(r.alternatives)]
    sets: list[_AlternativeSet] = []
    for first in range(0, len(entries), _SET_SIZE):
        members = list(range(first, min(first + _SET_SIZE, len(entries))))
        sets += _build_sets([entries[k][1].core_source for k in members], members)
    return _Index(tuple(entries), tuple(sets))


@dataclass(frozen=True)
class _Features:
    subject: Subject
    brackets: tuple[tuple[int, int], ...]


@lru_cache(maxsize=16)
def _features(text: str) -> _Features:
    # Several rule sets scan the same working text: encode it and find its quotations once.
    subj = subject(text)
    return _Features(subj, tuple(_BRACKETS.finditer(subj)))


def _candidates(index: _Index, features: _Features) -> list[int]:
    data = features.subject.data
    return sorted(k for s in index.sets for k in s.matching(data))


def scan(
    working: Working, rules: tuple[Rule, ...], stop: Callable[[], bool] | None = None
) -> Iterator[Hit]:
    """Yield every guarded match of ``rules`` in ``working``; when ``stop()`` turns true the
    scan ends early (the caller's time budget)."""
    text = working.text
    if not text.strip():
        return
    features = _features(text)
    subj = features.subject
    index = _index(rules)
    checks: dict[tuple[int, int, int], bool] = {}
    for i in _candidates(index, features):
        if stop is not None and stop():
            return
        r, alternative, word = index.entries[i]
        for start, end in alternative.finditer(subj):
            if end <= start or _in_brackets(features.brackets, start, end, text):
                continue
            if word and not on_word_boundaries(working, start, end):
                continue
            if _REPORTED_AFTER.matches_at(text, end, end + 12):
                continue
            if _REPORTED_BEFORE.search(text, max(0, start - 30), start):
                continue
            if r.scope == "message":
                left, right = 0, len(text)
            else:
                left, right = sentence_bounds(text, start, end)
            if r.needs is not None and not _found(checks, r.needs, text, left, right):
                continue
            if r.unless is not None and _found(checks, r.unless, text, left, right):
                continue
            yield Hit(r, working, start, end)


def _found(
    cache: dict[tuple[int, int, int], bool],
    pattern: Pattern,
    text: str,
    left: int,
    right: int,
) -> bool:
    # Guards are shared by many alternatives and matches in one sentence: search each once.
    key = (id(pattern), left, right)
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = pattern.search(text, left, right) is not None
    return hit
