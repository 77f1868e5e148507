"""Words, not substrings: Japanese word boundaries from a morphological analyser.

Japanese has no spaces, so 「チョン」 occurs inside 「チョンマゲ」 and 「ばか」 inside 「ばかり」.
An insult or a slur written as a plain word in the rule tables counts only where it is a word
of the sentence: no morpheme of the original text (SudachiPy with the small dictionary, short
units) may run across either edge of the match (the one exception is a morpheme the analyser
tags as a conjunction or a symbol: colloquial endings it does not know come out that way,
「おばはんじゃ」 → おば・は・んじゃ); the word may not be read as an adverb (「ちょん切れ」); and a
katakana word may not continue into more katakana (「エッチジェイ」 is the letters H and J). The
analyser runs only on the few sentences where such a word matched, never on whole messages.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sudachipy import Dictionary, SplitMode

from worker.scoring.normalize import Working

__all__ = ["DICTIONARY", "morphemes", "on_word_boundaries"]

_REACH = 40  # characters of context either side of a match given to the analyser


DICTIONARY = "small"
"""SudachiDict edition the analyser reads. It is memory-mapped, and each word looked up leaves
its pages resident in the worker: over thousands of messages most of the file. ``small`` (UniDic's
vocabulary, 110 MB) rather than ``core`` (with common proper nouns, 193 MB): the boundaries we
ask about — an insult or slur against its neighbours — are read alike, and the dictionary sweep
(tests/scoring/test_word_sweep.py) runs over this edition's every entry."""


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    return Dictionary(dict=DICTIONARY).tokenizer(mode=SplitMode.A)


_LOOSE = frozenset({"接続詞", "補助記号", "記号", "空白"})
_ADVERB = "副詞"


def _katakana(ch: str) -> bool:
    return "\u30a1" <= ch <= "\u30fa" or ch == "ー" or "\uff66" <= ch <= "\uff9d"


@lru_cache(maxsize=512)
def morphemes(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(begin, end, part of speech)`` per morpheme of ``text``."""
    return tuple((m.begin(), m.end(), m.part_of_speech()[0]) for m in _tokenizer().tokenize(text))


def on_word_boundaries(working: Working, start: int, end: int) -> bool:
    """True when working ``[start, end)`` is a word of the original text (module docstring)."""
    o_start, o_end = working.span(start, end)
    text = working.original
    if (o_start and _katakana(text[o_start - 1]) and _katakana(text[o_start])) or (
        o_end < len(text) and _katakana(text[o_end]) and _katakana(text[o_end - 1])
    ):
        return False
    left = max(0, o_start - _REACH)
    right = min(len(text), o_end + _REACH)
    s, e = o_start - left, o_end - left
    inside = []
    for begin, stop, pos in morphemes(text[left:right]):
        if pos not in _LOOSE and ((begin < s < stop) or (begin < e < stop)):
            return False
        if s <= begin and stop <= e:
            inside.append(pos)
    return not inside or any(pos != _ADVERB for pos in inside)
