"""Disguised spellings fold back to the word they hide, one table per kind of disguise.

Each row: the disguised text, the plain text it hides, and the category both must carry. The
folding itself is checked on the working text, and the verdict with the rules alone (so a row
tests the folding, not the learned layer).
"""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score
from worker.scoring.normalize import normalize


def _folded(text: str) -> str:
    return normalize(text, [(0, len(text))], "body").text


SPACES = [
    ("土 下 座しろ", "土下座しろ", "dogeza"),
    ("死　ね", "死ね", "abuse"),
    ("お前ら全員ク ビにしろ", "お前ら全員クビにしろ", "punish_staff"),
    ("you are all i d i o t s", "you are all idiots", "abuse"),
]
SYMBOLS = [
    ("土・下・座しろ", "土下座しろ", "dogeza"),
    ("死.ね", "死ね", "abuse"),
    ("殺_す_ぞ", "殺すぞ", "threat"),
    ("you are all i-d-i-o-t-s", "you are all idiots", "abuse"),
    ("k.i.l.l you", "kill you", "threat"),
]
LOOK_ALIKES = [
    # a kanji of the same shape standing for a katakana
    ("このバ力が、さっさと返金しろ", "このバカが、さっさと返金しろ", "abuse"),
    ("エ口い声だね、今度会おうよ", "エロい声だね、今度会おうよ", "discrimination_sexual"),
    # Cyrillic letters inside a Latin word
    ("you are such an idiоt", "you are such an idiot", "abuse"),
    ("you are all idіots", "you are all idiots", "abuse"),
]
DIGITS = [
    ("you are such an 1d10t", "you are such an idiot", "abuse"),
    ("k1ll yourself", "kill yourself", "abuse"),
    ("4ね", "死ね", "abuse"),
]


@pytest.mark.parametrize(
    ("disguised", "plain", "category"),
    SPACES + SYMBOLS + LOOK_ALIKES + DIGITS,
    ids=[f"{kind}-{i}" for kind, rows in (("spaces", SPACES), ("symbols", SYMBOLS),
         ("look-alikes", LOOK_ALIKES), ("digits", DIGITS)) for i in range(len(rows))],
)  # fmt: skip
def test_a_disguised_word_counts_as_the_word(disguised: str, plain: str, category: str) -> None:
    assert category in score(plain, learned=False).categories, plain
    assert category in score(disguised, learned=False).categories, disguised


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("土・下・座", "土下座"),
        ("バ力", "ばか"),
        ("idiоt", "idiot"),
        ("1d10t", "idiot"),
    ],
)
def test_the_working_text_reads_the_hidden_word(text: str, folded: str) -> None:
    assert _folded(text) == folded


@pytest.mark.parametrize(
    "text",
    [
        "東京・大阪の二拠点です",  # words, not single characters, around the dot
        "e-mail でお送りします",
        "a b testing の結果",
        "力が強い",  # 力 after no katakana stays a kanji
        "口コミを見ました",  # 口 starts the word: not ロ
        "order 12345 and 4 items",
        "iPhone 15 pro",
    ],
)
def test_ordinary_text_is_not_unfolded(text: str) -> None:
    folded = _folded(text)
    assert len(folded) >= len(text) - 1, folded
    assert score(text, learned=False).categories == ()
