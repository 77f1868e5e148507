"""Words, not substrings: Japanese word boundaries from a morphological analyser.

Japanese has no spaces, so 「チョン」 occurs inside 「チョンマゲ」 and 「ばか」 inside 「ばかり」.
An insult or a slur written as a plain word in the rule tables counts only where it is a word
of the sentence: no morpheme of the original text (SudachiPy with the core dictionary, short
units) may run across either edge of the match. The one exception is a morpheme the analyser
tags as a conjunction, interjection or symbol: colloquial endings it does not know come out that
way (「おばはんじゃ」 → おば・は・んじゃ). The analyser runs only on the few sentences where such
a word matched, never on whole messages.
"""

from __future__ import annotations

from functools import lru_cache

from sudachipy import Dictionary, SplitMode

from worker.scoring.normalize import Working

__all__ = ["morphemes", "on_word_boundaries"]

_REACH = 40  # characters of context either side of a match given to the analyser


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    return Dictionary(dict="core").tokenizer(mode=SplitMode.A)


_LOOSE = frozenset({"接続詞", "感動詞", "補助記号", "記号", "空白"})


@lru_cache(maxsize=512)
def morphemes(text: str) -> tuple[tuple[int, int, bool], ...]:
    """``(begin, end, binding)`` per morpheme of ``text``; ``binding`` is False for the parts
    of speech that may run across an insult's edge (see the module docstring)."""
    return tuple(
        (m.begin(), m.end(), m.part_of_speech()[0] not in _LOOSE)
        for m in _tokenizer().tokenize(text)
    )


def on_word_boundaries(working: Working, start: int, end: int) -> bool:
    """True when no binding morpheme of the original text crosses working ``[start, end)``'s
    edges."""
    o_start, o_end = working.span(start, end)
    left = max(0, o_start - _REACH)
    right = min(len(working.original), o_end + _REACH)
    s, e = o_start - left, o_end - left
    for begin, stop, binding in morphemes(working.original[left:right]):
        if binding and ((begin < s < stop) or (begin < e < stop)):
            return False
    return True
