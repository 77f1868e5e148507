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


_FOLD_CACHE: dict[str, str] = {}


def _fold_cluster(cluster: str) -> str:
    # Most messages repeat a few hundred distinct characters: fold each once.
    folded = _FOLD_CACHE.get(cluster)
    if folded is None:
        folded = fold(cluster)
        if len(_FOLD_CACHE) < 20000:
            _FOLD_CACHE[cluster] = folded
    return folded


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


_TABLE: dict[int, str] = {}  # ord → folded character, for characters that fold to one
_SEEN: set[str] = set()
_MULTI: set[str] = set()  # characters that fold to several characters (e.g. ㍻ → 平成)


def _fast_segment(segment: str) -> str | None:
    """Fold a segment in one C-level pass when every character folds to exactly one character."""
    if "<" in segment or "&" in segment or "\uff9e" in segment or "\uff9f" in segment:
        return None
    chars = set(segment)
    new = chars - _SEEN
    if new and len(_SEEN) < 50000:
        for ch in new:
            folded = fold(ch)
            if len(folded) == 1:
                if folded != ch:
                    _TABLE[ord(ch)] = folded
            else:
                _MULTI.add(ch)
        _SEEN.update(new)
    elif new:
        return None
    if not _MULTI.isdisjoint(chars):
        return None
    return segment.translate(_TABLE)


def _raw_chars(original: str, segments: Iterable[tuple[int, int]]) -> tuple[str, list[int]]:
    """Fold the counted segments; tags vanish, entities become their character.

    Returns the folded text and, per folded character, the index of its original character.
    """
    pieces: list[str] = []
    source: list[int] = []
    for seg_start, seg_end in segments:
        if source:
            pieces.append("\n")
            source.append(seg_start)
        fast = _fast_segment(original[seg_start:seg_end])
        if fast is not None:
            pieces.append(fast)
            source.extend(range(seg_start, seg_end))
            continue
        i = seg_start
        while i < seg_end:
            ch = original[i]
            if ch == "<":
                tag = _TAG.match(original, i, seg_end)
                if tag:
                    pieces.append(" ")
                    source.append(i)
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
                    pieces.append(value)
                    source.extend([i] * len(value))
                    i = ent.end()
                    continue
            cluster_end = i + 1
            while cluster_end < seg_end and original[cluster_end] in _HALFWIDTH_MARKS:
                cluster_end += 1
            folded = _fold_cluster(original[i:cluster_end])
            pieces.append(folded)
            source.extend([i] * len(folded))
            i = cluster_end
    return "".join(pieces), source


_SPACED_LATIN = re.compile(r"(?<![a-z])[a-z](?: [a-z]){2,}(?![a-z])")
_CJK_CLASS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff々〆ー○〇●◯×"
_CJK_SPACE = re.compile(f"(?<=[{_CJK_CLASS}])[ \t\u3000](?=[{_CJK_CLASS}])")
_DIGITISH = re.compile(r"[0-9@$]")
_LEET_TOKEN = re.compile(r"[a-z0-9@$]*[0-9@$][a-z0-9@$]*")


def _spaces_to_drop(text: str) -> set[int]:
    """Spaces that only separate single characters: 死 ね, 土 下 座, d i e."""
    drop: set[int] = set()
    n = len(text)

    def isolated(k: int) -> bool:
        # A single character between spaces (or the text's edge).
        return (k == 0 or text[k - 1].isspace()) and (k == n - 1 or text[k + 1].isspace())

    for m in _CJK_SPACE.finditer(text):
        i = m.start()
        if isolated(i - 1) or isolated(i + 1):
            drop.add(i)
    for run in _SPACED_LATIN.finditer(text):
        drop.update(range(run.start() + 1, run.end(), 2))
    return drop


def normalize(original: str, segments: Iterable[tuple[int, int]], field: str) -> Working:
    """Fold the counted ``segments`` of ``original`` into a :class:`Working` string."""
    text, source = _raw_chars(original, segments)
    drop = _spaces_to_drop(text)
    if drop:
        keep = [k for k in range(len(text)) if k not in drop]
        text = "".join(text[k] for k in keep)
        source = [source[k] for k in keep]
    # Leetspeak only inside Latin tokens that also hold letters (k1ll, sh1t), never 4ね/4回目.
    if _DIGITISH.search(text):
        pieces: list[str] | None = None
        for token in _LEET_TOKEN.finditer(text):
            word = token.group(0)
            if not any(c.isalpha() for c in word) or len(word) > 20 or re.search(r"\d{2,}", word):
                continue
            if (token.start() and text[token.start() - 1].isalnum()) or (
                token.end() < len(text) and text[token.end()].isalnum()
            ):
                continue  # part of a longer mixed token (ordinary ids, kana next to digits)
            pieces = pieces if pieces is not None else list(text)
            for k, c in enumerate(word.translate(_LEET).replace("$", "s")):
                pieces[token.start() + k] = c
        if pieces is not None:
            text = "".join(pieces)
    return Working(field, original, text, tuple(source))
