"""Fold customer text into one working string, keeping a map back to the original offsets.

Customers write 死 ね, ｼﾈ, ４ね, ＳＮＳ, f***ing, k1ll and HTML leftovers. Rules are written once
against a *folded* form: NFKC (width), lower case, katakana folded to hiragana, spaced single
characters joined, HTML tags and entities dropped, leetspeak digits inside Latin words read as
letters. Every character of the working string remembers the index of the original character it
came from, so a match can always be quoted from the untouched original text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Working", "fold", "fold_pattern", "normalize"]

_HALFWIDTH_MARKS = "\uff9e\uff9f"  # ﾞ ﾟ: must be composed with the kana before them
_ENTITIES = {"nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_TAG = re.compile(r"<(?:/?[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,300}|!--.*?--)>", re.S)
_ENTITY = re.compile(r"&(#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})
_LATIN_TOKEN = re.compile(r"[a-z0-9@$]+")


def _kata_to_hira(ch: str) -> str:
    code = ord(ch)
    # ァ..ヶ fold onto ぁ..ゖ; ー and ヽヾ stay (they have no distinct hiragana meaning here).
    if 0x30A1 <= code <= 0x30F6:
        return chr(code - 0x60)
    return ch


def fold(text: str) -> str:
    """Fold a short string (a rule pattern or a lexicon word) the same way as message text."""
    out = unicodedata.normalize("NFKC", text).lower()
    return "".join(_kata_to_hira(c) for c in out)


def fold_pattern(pattern: str) -> str:
    """Fold a regular-expression source: only letters change, so the syntax survives.

    NFKC would rewrite full-width regex punctuation, so only kana/width folding is applied to
    characters outside ASCII; ASCII is lower-cased except for escape sequences (``\\S``, ``\\W``).
    """
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if ord(ch) < 128:
            out.append(ch.lower())
        else:
            out.append(fold(ch))
        i += 1
    return "".join(out)


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # kana
        or 0x4E00 <= code <= 0x9FFF  # CJK ideographs
        or 0x3400 <= code <= 0x4DBF
        or ch in "々〆ー○〇●◯×"
    )


@dataclass(frozen=True)
class Working:
    """The folded text of one field and, per character, the original index it came from."""

    field: str
    original: str
    text: str
    source: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` covering working ``[start, end)`` (``end > start``)."""
        if end <= start:
            at = self.source[start] if start < len(self.source) else len(self.original)
            return at, at
        first = self.source[start]
        last = self.source[end - 1]
        return first, self._char_end(last)

    def _char_end(self, index: int) -> int:
        # A half-width kana and its voicing mark were folded together: quote both.
        end = index + 1
        while end < len(self.original) and self.original[end] in _HALFWIDTH_MARKS:
            end += 1
        return end


def _raw_chars(original: str, segments: Iterable[tuple[int, int]]) -> list[tuple[str, int]]:
    """Fold each counted segment char by char; tags vanish, entities become their character."""
    chars: list[tuple[str, int]] = []
    for seg_start, seg_end in segments:
        if chars:
            chars.append(("\n", seg_start))
        i = seg_start
        while i < seg_end:
            ch = original[i]
            if ch == "<":
                tag = _TAG.match(original, i, seg_end)
                if tag:
                    chars.append((" ", i))
                    i = tag.end()
                    continue
            if ch == "&":
                ent = _ENTITY.match(original, i, seg_end)
                if ent:
                    name = ent.group(1)
                    if name.startswith("#x"):
                        value = chr(int(name[2:], 16))
                    elif name.startswith("#"):
                        value = chr(int(name[1:]))
                    else:
                        value = _ENTITIES.get(name.lower(), " ")
                    chars.append((value, i))
                    i = ent.end()
                    continue
            cluster_end = i + 1
            while cluster_end < seg_end and original[cluster_end] in _HALFWIDTH_MARKS:
                cluster_end += 1
            for out in fold(original[i:cluster_end]):
                chars.append((out, i))
            i = cluster_end
    return chars


_SPACED_LATIN = re.compile(r"(?<![a-z])[a-z](?: [a-z]){2,}(?![a-z])")


def _join_spaced(chars: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop spaces that only separate single characters: 死 ね, 土 下 座, d i e."""
    n = len(chars)
    keep = [True] * n

    def isolated(k: int) -> bool:
        # A single character between spaces (or the text's edge): 死 ね, 土 下 座.
        before = k == 0 or chars[k - 1][0].isspace()
        after = k == n - 1 or chars[k + 1][0].isspace()
        return before and after

    for i in range(1, n - 1):
        if chars[i][0] in " \t\u3000" and _is_cjk(chars[i - 1][0]) and _is_cjk(chars[i + 1][0]):
            if isolated(i - 1) or isolated(i + 1):
                keep[i] = False
    text = "".join(c for c, _ in chars)
    for run in _SPACED_LATIN.finditer(text):
        for k in range(run.start() + 1, run.end(), 2):
            keep[k] = False
    return [c for c, k in zip(chars, keep, strict=True) if k]


def normalize(original: str, segments: Iterable[tuple[int, int]], field: str) -> Working:
    """Fold the counted ``segments`` of ``original`` into a :class:`Working` string."""
    chars = _join_spaced(_raw_chars(original, segments))
    text = "".join(c for c, _ in chars)
    # Leetspeak only inside Latin tokens that also hold letters (k1ll, sh1t), never 4ね/4回目.
    pieces = list(text)
    for token in _LATIN_TOKEN.finditer(text):
        word = token.group(0)
        if any(c.isalpha() for c in word) and not word.isdigit() and len(word) <= 20:
            if any(c.isdigit() or c in "@$" for c in word) and not re.search(r"\d{2,}", word):
                for k, c in enumerate(word.translate(_LEET).replace("$", "s")):
                    pieces[token.start() + k] = c
    return Working(field, original, "".join(pieces), tuple(i for _, i in chars))
