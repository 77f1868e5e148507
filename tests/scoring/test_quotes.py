"""Quoted earlier mail and signatures never count."""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score
from worker.scoring.quotes import live_segments

QUOTED = [
    "ありがとうございました。解決しました。\n\n> 殺すぞ。SNSで晒すからな。\n> 土下座しろ",
    "Thanks, it works now.\n\n-----Original Message-----\nFrom: x\nSubject: y\n\nI will kill you.",
    "Thanks, sorted.\n\nOn Tue, Feb 3, 2026 at 10:12 AM Support <support@example.com> wrote:\n"
    "> you idiots",
    "解決しました。\n\n2026年2月3日(火) 10:12 サポート <support@example.jp>:\n> 土下座しろ\n死ね",
    "承知しました。\n--\n株式会社クズ山 営業部\n",  # a signature
]


@pytest.mark.parametrize("body", QUOTED)
def test_quoted_mail_never_counts(body: str) -> None:
    result = score(body)
    assert result.level == "none", result.findings


def test_new_words_after_quoted_lines_still_count() -> None:
    body = "> 以前のやり取り\n> よろしくお願いします\nお前ら無能だな"
    result = score(body)
    assert "abuse" in result.categories
    finding = next(f for f in result.findings if f.category == "abuse")
    assert body[finding.start : finding.end] == finding.quote == "無能"


def test_live_segments_cover_only_new_text() -> None:
    body = "新しい本文\n> 引用\n続き"
    spans = live_segments(body)
    text = "".join(body[s:e] for s, e in spans)
    assert "引用" not in text and "新しい本文" in text and "続き" in text
