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
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from re import _constants as sre_c  # the stdlib's own regex parser: reliable literal extraction
from re import _parser as sre_parse

from worker.scoring.normalize import Working, fold_pattern

__all__ = ["SENTENCE_END", "Hit", "Rule", "rule", "scan", "sentence_bounds"]


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
    # The pattern's top-level alternatives, each with literals one of which must occur for it
    # to match (None: unknown). They let ``scan`` skip most alternatives without running them.
    alternatives: tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...] = ()


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


def _compile(source: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(source), re.IGNORECASE)


_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))


def _required(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """Literals of which one must appear in any match of the sequence ``items`` (or None)."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre_c.LITERAL:
            run.append(chr(av))  # type: ignore[arg-type]
            continue
        flush()
        if op is sre_c.BRANCH:
            options = [_required(list(branch)) for branch in av[1]]  # type: ignore[index]
            if options and all(o for o in options):
                candidates.append(frozenset().union(*options))  # type: ignore[arg-type]
        elif op is sre_c.SUBPATTERN:
            inner = _required(list(av[-1]))  # type: ignore[index]
            if inner:
                candidates.append(inner)
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            inner = _required(list(av[2]))  # type: ignore[index]
            if inner:
                candidates.append(inner)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(len(x) for x in c), -len(c)))


def _split_top(source: str) -> list[str]:
    """Split a regex source at its top-level ``|`` (outside groups and character classes)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if source[i + 1 : i + 2] == "]":
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def anchors_of(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """A cheap prefilter: substrings one of which every match contains, or None."""
    try:
        found = _required(list(sre_parse.parse(pattern.pattern)))
    except Exception:  # noqa: BLE001 - a parser change must only cost speed, never matches
        return None
    if not found or min(len(x) for x in found) < 1:
        return None
    return tuple(sorted(found))


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
    pattern = _compile(source)
    alternatives = []
    for phrasing in phrasings:
        for part in _split_top(fold_pattern(phrasing)):
            compiled = re.compile(part, re.IGNORECASE)
            alternatives.append((compiled, anchors_of(compiled)))
    return Rule(
        category=category,
        reason=reason,
        pattern=pattern,
        alternatives=tuple(alternatives),
        tag=tag,
        needs=_compile(needs) if needs else None,
        unless=_compile(unless) if unless else None,
        scope=scope,
    )


SENTENCE_END = re.compile(r"[。．!?！？\n]|\.(?=\s|$)")
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


@lru_cache(maxsize=32)
def _terminators(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    found = list(SENTENCE_END.finditer(text))
    return tuple(m.start() for m in found), tuple(m.end() for m in found)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between terminators) around ``[start, end)``."""
    starts, ends = _terminators(text)
    # The last terminator ending at or before ``start`` opens the sentence…
    k = bisect_right(ends, start)
    left = ends[k - 1] if k else 0
    # …and the first terminator starting at or after ``end`` closes it.
    j = bisect_left(starts, end)
    right = starts[j] if j < len(starts) else len(text)
    return left, max(right, end)


# The customer restating *their own* demand in quotes (何度も「担当を替えて」とお願いしている) is
# still their demand; someone else's words (上司が「…」と言った, 「…」と言われた) are not.
_OWN_AFTER = re.compile(
    fold_pattern(
        r"\s?(?:と|って)(?:何度も|再三|ずっと|繰り返し|前から|以前から|あれほど)?(?:お願いし|要求し|要望し"
        r"|申し上げ|頼ん|求め|言って(?:い)?る(?:のに|んだ|んです|じゃ|だろ|でしょ|の))"
    )
)
_OTHER_BEFORE = re.compile(r"(?<![私俺僕方])(?:が|から|は)\s?$")


def _in_brackets(spans: tuple[tuple[int, int], ...], start: int, end: int, text: str = "") -> bool:
    # Any overlap: a match that starts or ends inside quoted words is about those words.
    for s, e in spans:
        if start < e and s < end:
            if (
                text
                and _OWN_AFTER.match(text, e, min(len(text), e + 24))
                and not _OTHER_BEFORE.search(text, max(0, s - 3), s)
            ):
                continue
            return True
    return False


@dataclass(frozen=True)
class _Index:
    """Alternatives keyed by the first two characters (or one) of their anchors."""

    entries: tuple[tuple[Rule, re.Pattern[str], tuple[str, ...] | None], ...]
    by_bigram: dict[str, tuple[int, ...]]
    by_char: dict[str, tuple[int, ...]]
    always: tuple[int, ...]


_INDEXES: dict[int, tuple[tuple[Rule, ...], _Index]] = {}


def _index(rules: tuple[Rule, ...]) -> _Index:
    # Keyed by identity: hashing 50 rules with 800 compiled alternatives per call is not free.
    cached = _INDEXES.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    built = _build_index(rules)
    _INDEXES[id(rules)] = (rules, built)
    return built


def _build_index(rules: tuple[Rule, ...]) -> _Index:
    entries = [
        (r, alt, anchors if anchors and max(map(len, anchors)) > 2 else None)
        for r in rules
        for alt, anchors in r.alternatives
    ]
    keys = [anchors for r in rules for _, anchors in r.alternatives]
    by_bigram: dict[str, list[int]] = {}
    by_char: dict[str, list[int]] = {}
    always: list[int] = []
    for i, anchors in enumerate(keys):
        if anchors is None:
            always.append(i)
            continue
        for a in anchors:
            target = by_bigram if len(a) >= 2 else by_char
            target.setdefault(a[:2], []).append(i)
    return _Index(
        tuple(entries),
        {k: tuple(v) for k, v in by_bigram.items()},
        {k: tuple(v) for k, v in by_char.items()},
        tuple(always),
    )


@lru_cache(maxsize=16)
def _features(text: str) -> tuple[frozenset[str], frozenset[str], tuple[tuple[int, int], ...]]:
    # Several rule sets scan the same working text: compute its bigrams and quotes once.
    grams = frozenset(map(str.__add__, text, text[1:]))
    brackets = tuple((m.start(), m.end()) for m in _BRACKETS.finditer(text))
    return grams, frozenset(text), brackets


def _candidates(index: _Index, text: str) -> list[int]:
    found: set[int] = set(index.always)
    grams, chars, _ = _features(text)
    for gram in grams:
        ids = index.by_bigram.get(gram)
        if ids:
            found.update(ids)
    for ch in chars:
        ids = index.by_char.get(ch)
        if ids:
            found.update(ids)
    return sorted(found)


def scan(working: Working, rules: tuple[Rule, ...]) -> Iterator[Hit]:
    """Yield every guarded match of ``rules`` in ``working``."""
    text = working.text
    if not text.strip():
        return
    brackets = _features(text)[2]
    index = _index(rules)
    checks: dict[tuple[int, int, int], bool] = {}
    for i in _candidates(index, text):
        r, alternative, anchors = index.entries[i]
        # The index matched a 1–2 character prefix; longer anchors need the full test.
        if anchors is not None:
            for a in anchors:  # a plain loop: a generator per candidate costs more than the test
                if a in text:
                    break
            else:
                continue
        for m in alternative.finditer(text):
            start, end = m.start(), m.end()
            if end <= start or _in_brackets(brackets, start, end, text):
                continue
            if _REPORTED_AFTER.match(text, end, min(len(text), end + 12)):
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
    pattern: re.Pattern[str],
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
