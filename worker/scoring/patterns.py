"""Linear-time pattern matching for everything scoring reads.

Customer text is untrusted: a 100 KB ticket of newlines or digits must not turn a pattern into a
quadratic (or exponential) search. Every pattern in ``worker/scoring`` therefore runs on RE2
(``google-re2``), whose matching time is linear in the text whatever the pattern. RE2 has no
look-around, so a pattern that needs one is split in two:

* the *core*: the pattern with its look-around assertions removed, which matches a superset of
  the original; RE2 finds its matches over the whole text;
* the *check*: the original pattern, run by Python's ``re`` only at a core match and only on a
  bounded window around it (``CHECK_REACH`` characters), and only if :func:`nested_repeats`
  finds no quantifier inside another (``tests/scoring/test_linear_time.py`` checks every
  pattern). Its cost per match is bounded by the window, so the whole scan stays linear.

Offsets are character offsets into the ``str`` the caller passed; RE2 works on UTF-8 bytes, so a
:class:`Subject` encodes a text once and maps byte offsets back to characters.

RE2's ``\\w``, ``\\d``, ``\\s`` are ASCII-only; the pattern translation below gives them their
Unicode meaning (as in Python) so that 「殺」 counts as a word character next to 「kill」.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as sre_c  # type: ignore[attr-defined]  # the stdlib's own parser
from re import _parser as sre_parse  # type: ignore[attr-defined]

import numpy as np
import re2

__all__ = [
    "CHECK_REACH",
    "Pattern",
    "Subject",
    "compile_pattern",
    "nested_repeats",
    "structure",
    "subject",
]

CHECK_REACH = 48
"""Characters after a core match that a look-ahead check may read (and before, a look-behind)."""

_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")

# Memory per pattern: the smallest of these it compiles in with room for its DFA, about
# DFA_BYTES_PER_INSTRUCTION per instruction of its program. The budget is a cap, not an allocation
# (a DFA grows by the states a text makes it visit), but a starved DFA makes RE2 fall back to its
# NFA: linear still, and 5-100x slower. Summed over all 2,012 patterns, per 2 KB of ticket text:
# 37.9 ms at 256 KB each, 6.3 ms at 1 MB, 6.1 ms at 8 MB; the few large programs (「SNS…
# [^。]{0,60}…晒す」) need the 8 MB. A budget as large for all would cost the worker's memory.
_MEMORY_STEPS = (1 << 20, 8 << 20, 64 << 20)
DFA_BYTES_PER_INSTRUCTION = 2048
_ROOMY = 8 << 20  # room is given up to here; beyond it only to compile at all


@dataclass(frozen=True)
class Subject:
    """A text prepared for RE2: UTF-8 bytes and the byte→character offset map."""

    text: str
    data: bytes
    _char_of_byte: np.ndarray = field(repr=False)
    _byte_of_char: np.ndarray = field(repr=False)

    def char(self, byte_offset: int) -> int:
        """Character offset of a byte offset that starts a character (or the end)."""
        return int(self._char_of_byte[byte_offset])

    def byte(self, char_offset: int) -> int:
        """Byte offset where character ``char_offset`` starts (or the end)."""
        return int(self._byte_of_char[char_offset])


def subject(text: str) -> Subject:
    """Encode ``text`` once for any number of searches (lone surrogates become U+FFFD).

    The last few texts of up to ``CACHED_CHARS`` characters are kept: the stages of one
    message search the same folded text a dozen times.
    """
    return _recent_subject(text) if len(text) <= CACHED_CHARS else _subject(text)


CACHED_CHARS = 10_000
"""Longest text whose prepared form is kept (at most 0.35 MB each, 8 of them; a longer one is
made again, a cost its own length dwarfs)."""


@lru_cache(maxsize=8)
def _recent_subject(text: str) -> Subject:
    return _subject(text)


def _subject(text: str) -> Subject:
    data = text.encode("utf-8", "replace")
    if len(data) == len(text):  # ASCII: offsets are the same
        ident = np.arange(len(text) + 1, dtype=np.int64)
        return Subject(text, data, ident, ident)
    codes = np.frombuffer(text.encode("utf-32-le", "replace"), dtype=np.uint32)
    widths = 1 + (codes >= 0x80) + (codes >= 0x800) + (codes >= 0x10000)
    # A lone surrogate was encoded as "?" (one byte) above.
    widths[(codes >= 0xD800) & (codes <= 0xDFFF)] = 1
    byte_of_char = np.zeros(len(text) + 1, dtype=np.int64)
    np.cumsum(widths, out=byte_of_char[1:])
    char_of_byte = np.zeros(len(data) + 1, dtype=np.int64)
    # Every byte maps to the character it belongs to; the end maps to len(text).
    char_of_byte[:-1] = np.repeat(np.arange(len(text), dtype=np.int64), widths)
    char_of_byte[-1] = len(text)
    return Subject(text, data, char_of_byte, byte_of_char)


def _as_subject(text: str | Subject) -> Subject:
    return text if isinstance(text, Subject) else subject(text)


# RE2's Perl classes are ASCII; Python's str patterns mean Unicode. Same meaning, spelled out.
_UNICODE_CLASSES = {
    "w": r"\p{L}\p{N}_",
    "d": r"\p{Nd}",
    "s": r"\t\n\v\f\r\p{Z}\x{1c}-\x{1f}\x{85}",
}


def _to_re2(source: str) -> str:
    """Translate Python regex syntax to RE2 (classes, look-around removed)."""
    out: list[str] = []
    i, n = 0, len(source)
    in_class = False
    while i < n:
        ch = source[i]
        if not in_class and source.startswith(_LOOKAROUND, i):
            i = _group_end(source, i)
            continue
        if ch == "\\" and i + 1 < n:
            nxt = source[i + 1]
            low = nxt.lower()
            if nxt in "uU" and i + 2 < n:  # \uXXXX / \UXXXXXXXX: RE2 spells them \x{…}
                width = 4 if nxt == "u" else 8
                out.append("\\x{" + source[i + 2 : i + 2 + width] + "}")
                i += 2 + width
                continue
            if low in _UNICODE_CLASSES:
                body = _UNICODE_CLASSES[low]
                if in_class:
                    if nxt.isupper():  # \W inside a class: rare; keep Python's meaning via \P
                        out.append(_negated_in_class(low))
                    else:
                        out.append(body)
                else:
                    out.append(("[^" if nxt.isupper() else "[") + body + "]")
            else:
                out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            # A leading "^" and a leading "]" belong to the class.
            if i < n and source[i] == "^":
                out.append("^")
                i += 1
            if i < n and source[i] == "]":
                out.append(r"\]")
                i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _negated_in_class(low: str) -> str:
    return {"w": r"\P{L}", "d": r"\P{Nd}", "s": r"\P{Z}"}[low]


def structure(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """``(index, character, depth)`` for every ``(``, ``)`` and ``|`` of a regex source that is
    syntax (not escaped, not inside a character class); ``depth`` is the group nesting after it."""
    depth = 0
    i = start
    in_class = False
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
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield i, ch, depth
        i += 1


def _group_end(source: str, start: int) -> int:
    """Index just after the group opening at ``start``."""
    for i, ch, depth in structure(source, start):
        if ch == ")" and depth == 0:
            return i + 1
    raise ValueError(f"unbalanced group in pattern: {source[start : start + 40]!r}")


_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, getattr(sre_c, "POSSESSIVE_REPEAT", None))


def nested_repeats(source: str) -> bool:
    """True when a quantifier that can repeat sits inside another, or a repeated group holds
    alternatives: the shapes that make a backtracking engine blow up."""

    def walk(items: object, inside: bool) -> bool:
        for op, av in items:  # type: ignore[attr-defined]
            if op in _REPEATS:
                repeats = av[1] > 1
                if repeats and inside:
                    return True
                if walk(av[2], inside or repeats):
                    return True
            elif op is sre_c.BRANCH:
                if inside:
                    return True
                if any(walk(branch, inside) for branch in av[1]):
                    return True
            elif op is sre_c.SUBPATTERN:
                if walk(av[-1], inside):
                    return True
            elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
                if walk(av[1], inside):
                    return True
        return False

    return walk(sre_parse.parse(source), False)


_UNANCHORED = re2._Anchor.UNANCHORED


def _byte_spans(core: re2._Regexp, data: bytes) -> Iterator[tuple[int, int]]:
    """Non-overlapping match spans in ``data`` (bytes), straight from RE2.

    The wrapper's ``finditer`` builds a match object per hit; this is called for every
    candidate alternative of every message, so it asks RE2 directly (same semantics: an empty
    match advances by one character).
    """
    regexp = core._regexp
    pos, end = 0, len(data)
    while pos <= end:
        start, stop = regexp.Match(_UNANCHORED, data, pos, end)[0]
        if start < 0:
            return
        yield start, stop
        pos = stop if stop > start else stop + max(1, re2._re2.CharLenToBytes(data, stop, 1))


@dataclass(frozen=True)
class Pattern:
    """A compiled pattern: an RE2 core, and the Python check when the source has look-around."""

    source: str
    core_source: str
    core: re2._Regexp
    check: re.Pattern[str] | None

    def finditer(self, text: str | Subject) -> Iterator[tuple[int, int]]:
        """Non-overlapping matches as character ``(start, end)`` spans, left to right."""
        subj = _as_subject(text)
        last = 0
        for b_start, b_end in _byte_spans(self.core, subj.data):
            start, end = subj.char(b_start), subj.char(b_end)
            if start < last:
                continue
            if self.check is None:
                last = end
                yield start, end
                continue
            # The core matched here; the exact pattern decides, within a bounded window.
            reach = min(len(subj.text), end + CHECK_REACH)
            exact = self.check.match(subj.text, start, reach)
            if exact is None:
                # A core match that fails the check may hide an exact match starting inside it.
                exact = self.check.search(subj.text, start + 1, reach) if end > start + 1 else None
                if exact is None or exact.start() < last:
                    continue
            last = exact.end()
            yield exact.start(), exact.end()

    def search(
        self, text: str | Subject, start: int = 0, end: int | None = None
    ) -> tuple[int, int] | None:
        """The first match in ``text[start:end]``, as character offsets into ``text``.

        The window is searched as if it were the whole text (``^``, ``$`` and ``\\b`` see only
        the window), and it is copied: callers keep windows short, or search once per text.
        """
        window, offset = _window(text, start, end)
        if self.check is not None:
            found = self.check.search(window)
            return None if found is None else (offset + found.start(), offset + found.end())
        m = self.core.search(window)
        if m is None:
            return None
        return offset + m.start(), offset + m.end()  # the wrapper maps str offsets itself

    def matches_at(self, text: str | Subject, start: int, end: int | None = None) -> bool:
        """True when a match starts exactly at ``start`` within ``text[start:end]`` (window
        semantics as in :meth:`search`)."""
        window, _ = _window(text, start, end)
        if self.check is not None:
            return self.check.match(window) is not None
        return self.core.match(window) is not None


def _window(text: str | Subject, start: int, end: int | None) -> tuple[str, int]:
    raw = text.text if isinstance(text, Subject) else text
    stop = len(raw) if end is None else max(start, min(end, len(raw)))
    start = max(0, min(start, stop))
    return raw[start:stop], start


@lru_cache(maxsize=4096)
def compile_pattern(source: str, *, ignore_case: bool = True) -> Pattern:
    """Compile ``source`` (Python syntax) for linear-time matching.

    Raises ``ValueError`` when the pattern would need Python's backtracking engine beyond a
    bounded check (a look-around pattern with nested quantifiers).
    """
    has_lookaround = any(token in source for token in _LOOKAROUND)
    core_source = _to_re2(source)
    core: re2._Regexp | None = None
    for memory in _MEMORY_STEPS:  # the least memory the pattern compiles in, with room to run
        options = re2.Options()
        options.max_mem = memory
        options.never_capture = True
        options.case_sensitive = not ignore_case
        options.log_errors = False  # a failed size step is expected; never customer text in logs
        try:
            core = re2.compile(core_source, options)
        except re2.error:
            if memory == _MEMORY_STEPS[-1]:
                raise
            continue
        if core.programsize * DFA_BYTES_PER_INSTRUCTION <= memory or memory >= _ROOMY:
            break
    assert core is not None
    check = None
    if has_lookaround:
        if nested_repeats(source):
            raise ValueError(f"look-around pattern with nested quantifiers: {source[:80]!r}")
        check = re.compile(source, re.IGNORECASE if ignore_case else 0)
    return Pattern(source, core_source, core, check)
