"""Obfuscated writing is read through; offsets still point into the original text."""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score
from worker.scoring.normalize import fold, normalize

OBFUSCATED = [
    ("abuse", "お前ら全員 死 ね"),  # spaced characters
    ("abuse", "担当のやつ○ね"),  # masked character
    ("abuse", "サポート全員4ね"),  # digit substitution
    ("abuse", "ｸｿｻﾎﾟｰﾄ ｼﾈ"),  # half-width katakana
    ("abuse", "お前ﾊﾞｶだろ"),  # half-width with voicing mark
    ("abuse", "go d i e, all of you"),  # spaced Latin letters
    ("abuse", "ＹＯＵ ＡＲＥ ＵＳＥＬＥＳＳ"),  # full-width Latin
    ("abuse", "you f***ing idiots"),  # masked profanity
    ("threat", "I will k1ll whoever answers"),  # leetspeak
    ("threat", "次はｺﾛｽｿﾞ"),  # half-width threat
    ("exposure_threat", "ＳＮＳで晒すからな"),  # full-width SNS
    ("dogeza", "店長は<b>土 下 座</b>しろ"),  # HTML remnant and spacing
    ("dogeza", "ﾄﾞｹﾞｻﾞしろ"),
]


@pytest.mark.parametrize(("category", "text"), OBFUSCATED)
def test_obfuscation_is_read_through(category: str, text: str) -> None:
    result = score(text)
    assert category in result.categories, (text, result.categories)
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.quote


def test_fold_width_case_and_kana() -> None:
    assert fold("ｸｿＳＮＳ") == "くそsns"
    assert fold("バカ") == fold("ばか")


def test_working_text_maps_back_to_original() -> None:
    original = "ﾊﾞｶ &amp; 死 ね<br>"
    working = normalize(original, [(0, len(original))], "body")
    assert "ばか" in working.text and "死ね" in working.text and "<br>" not in working.text
    start = working.text.index("死ね")
    o_start, o_end = working.span(start, start + 2)
    assert original[o_start:o_end] == "死 ね"
    b_start, b_end = working.span(0, 2)
    assert original[b_start:b_end] == "ﾊﾞｶ"


def test_ordinary_spaces_between_words_are_kept() -> None:
    working = normalize("住所は 調べてある", [(0, 9)], "body")
    assert " " in working.text
