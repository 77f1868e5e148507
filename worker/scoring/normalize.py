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

from worker.scoring.patterns import compile_pattern

__all__ = ["Working", "fold", "fold_pattern", "normalize"]

_HALFWIDTH_MARKS = "\uff9e\uff9f"  # ﾞ ﾟ: must be composed with the kana before them
_ENTITIES = {"nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_TAG = compile_pattern(r"^<(?:/?[a-zA-Z][a-zA-Z0-9]{0,20}\b[^<>]{0,300}|!--(?s:.){0,300}?--)>")
_TAG_REACH = 330
_ENTITY = re.compile(r"&(#\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});")  # bounded: ≤ 10 chars
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
    truncated: bool = False  # the text was longer than the scorer reads (see reading.py)

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
                tag = _TAG.search(original, i, min(seg_end, i + _TAG_REACH))
                if tag:
                    pieces.append(" ")
                    source.append(i)
                    i = tag[1]
                    continue
            if ch == "&":
                ent = _ENTITY.match(original, i, min(seg_end, i + 12))
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


_CJK_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF))
_CJK_EXTRA = frozenset("々〆ー○〇●◯×")
# What customers put between the letters of a word to slip it past a filter: 死 ね, 土・下・座,
# バ.カ, k-i-l-l, f_u_c_k.
_SEPARATORS = frozenset(" \t\u3000・･.,_-*/|~+")

# Look-alike characters, read as the letter they imitate when they sit inside a word of that
# script: a kanji that looks like a katakana after a katakana (バ力 → バカ, エ口 → エロ), a
# Cyrillic or Greek letter inside a Latin word (idiоt with a Cyrillic о). The katakana side is
# given folded (hiragana), as the working text holds it.
KANJI_AS_KANA = {"力": "か", "口": "ろ", "工": "え", "夕": "た", "卜": "と", "二": "に", "八": "は",
                 "才": "お", "乂": "め", "一": "ー", "〇": "ろ"}  # fmt: skip
CONFUSABLE_LATIN = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h", "ԁ": "d", "ɡ": "g",
    "α": "a", "ε": "e", "ο": "o", "ρ": "p", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u",
    "χ": "x",
}  # fmt: skip
_LEET_CHARS = frozenset("0134578@$")
# Linear (RE2) searches that find where the per-character work below is needed at all.
_CJK_THEN_SEPARATOR = compile_pattern(
    r"[\u3041-\u3096ー\u3400-\u4dbf\u4e00-\u9fff々〆○〇●◯×][ \t\u3000・･.,_\-*/|~+]"
)
_SPACED_LETTERS = compile_pattern(r"[a-z][ .,_\-*/|~+][a-z][ .,_\-*/|~+][a-z]", ignore_case=False)
_LEET_NEXT_TO_LETTER = compile_pattern(r"[a-z][0-9@$]|[0-9@$][a-z]", ignore_case=False)
_LATIN_TOKEN = compile_pattern(r"[a-z0-9@$]+", ignore_case=False)
_LOOK_ALIKE = compile_pattern(
    "[" + "".join(sorted(KANJI_AS_KANA) + sorted(CONFUSABLE_LATIN)) + "]", ignore_case=False
)


def _cjk(ch: str) -> bool:
    code = ord(ch)
    return ch in _CJK_EXTRA or any(lo <= code <= hi for lo, hi in _CJK_RANGES)


def _kana(ch: str) -> bool:
    # Working text holds katakana folded to hiragana (ー stays): one range covers both.
    return "\u3041" <= ch <= "\u3096" or ch == "ー"


def _latin(ch: str) -> bool:
    return "a" <= ch <= "z"


def _separators_to_drop(text: str) -> set[int]:
    """Separators that only split single characters of one word: 死 ね, 土・下・座, d-i-e.

    A separator goes when kana stand on both sides (ク ビ), or CJK characters do and at least
    one of them stands alone between separators (or the text's edge), so 「東京・大阪」 and
    "e-mail" keep theirs. For Latin letters the whole run must be single
    letters (three or more), so "a b testing" is left alone.
    """
    drop: set[int] = set()
    n = len(text)

    def alone(k: int) -> bool:
        return (k == 0 or text[k - 1] in _SEPARATORS) and (k == n - 1 or text[k + 1] in _SEPARATORS)

    for start, _ in _CJK_THEN_SEPARATOR.finditer(text):
        i = start + 1
        if i + 1 >= n:
            continue
        a, b = text[i - 1], text[i + 1]
        # Kana on both sides (ク ビ, ば か: no word of either script breaks there), or a single
        # character alone on one side (死 ね, 土 下 座).
        if (_kana(a) and _kana(b)) or (_cjk(a) and _cjk(b) and (alone(i - 1) or alone(i + 1))):
            drop.add(i)
    # Latin: runs like "k i l l" / "f.u.c.k": single letters, one separator each, 3+ letters.
    if not _SPACED_LETTERS.search(text):
        return drop
    i = 0
    while i < n:
        if _latin(text[i]) and (i == 0 or not text[i - 1].isalnum()):
            j = i
            seps: list[int] = []
            while (
                j + 2 < n
                and text[j + 1] in _SEPARATORS
                and _latin(text[j + 2])
                and (j + 3 >= n or not text[j + 3].isalnum())
                and text[j + 1] == text[i + 1]
            ):
                seps.append(j + 1)
                j += 2
            if len(seps) >= 2 and (j + 1 >= n or not text[j + 1].isalnum()):
                drop.update(seps)
            i = j + 1
        else:
            i += 1
    return drop


def _look_alikes(text: str, original: str, source: list[int]) -> str:
    """Read look-alike characters as the letters they imitate (see the tables above)."""
    chars: list[str] | None = None
    for k, _ in _LOOK_ALIKE.finditer(text):  # only where one stands: most texts have none
        ch = text[k]
        if ch in KANJI_AS_KANA and k:
            before = original[source[k - 1]] if source[k - 1] < len(original) else ""
            if "\u30a1" <= before <= "\u30fa" or "\uff66" <= before <= "\uff9d":
                chars = chars if chars is not None else list(text)
                chars[k] = KANJI_AS_KANA[ch]
        elif ch in CONFUSABLE_LATIN:
            near = (k and _latin(text[k - 1])) or (k + 1 < len(text) and _latin(text[k + 1]))
            if near:
                chars = chars if chars is not None else list(text)
                chars[k] = CONFUSABLE_LATIN[ch]
    return text if chars is None else "".join(chars)


def _leet(text: str) -> str:
    """Digits and symbols read as letters inside Latin tokens that also hold letters (k1ll,
    sh1t, @ss), never in 4ね, 4回目, ordinary ids or numbers."""
    if not _LEET_NEXT_TO_LETTER.search(text):
        return text
    chars: list[str] | None = None
    n = len(text)
    for i, j in _LATIN_TOKEN.finditer(text):
        word = text[i:j]
        glued = (i and text[i - 1].isalnum()) or (j < n and text[j].isalnum())
        digits = sum(c.isdigit() for c in word)
        letters = sum(_latin(c) for c in word)
        if letters and (digits or "@" in word or "$" in word) and len(word) <= 20:
            if not glued:
                chars = chars if chars is not None else list(text)
                for k, c in enumerate(word.translate(_LEET).replace("$", "s")):
                    chars[i + k] = c
    return text if chars is None else "".join(chars)


def normalize(original: str, segments: Iterable[tuple[int, int]], field: str) -> Working:
    """Fold the counted ``segments`` of ``original`` into a :class:`Working` string."""
    text, source = _raw_chars(original, segments)
    # Lone surrogates (from a broken client) would break every later stage: each becomes "?".
    text = text.encode("utf-8", "replace").decode("utf-8") if not text.isascii() else text
    drop = _separators_to_drop(text)
    if drop:
        keep = [k for k in range(len(text)) if k not in drop]
        text = "".join(text[k] for k in keep)
        source = [source[k] for k in keep]
    text = _leet(_look_alikes(text, original, source))
    return Working(field, original, text, tuple(source))
