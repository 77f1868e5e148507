"""Evidence: quotes with exact offsets into the original field, a reason and the clause."""

from __future__ import annotations

import pytest

from tests.scoring.conftest import CLAUSES, score, tokyo
from worker.policy import Policy
from worker.scoring import Message, assess

MESSAGES = [
    ("", "お前ら全員 死 ね\n夜道に気をつけろよ"),
    ("ｸｿ対応", "あの担当ｸﾋﾞにしろ。"),
    ("土下座しろ", "> 引用\n話はそれからだ。"),
    ("Refund", "you f***ing clowns, I will k*ll whoever is responsible"),
    ("", "今夜中に返信しろ。バカかお前は。"),
]


@pytest.mark.parametrize(("subject", "body"), MESSAGES)
def test_quotes_match_original_offsets(subject: str, body: str) -> None:
    message = Message(subject, body, "web", tokyo("2026-02-04 21:00"))
    result = assess(message, [], Policy(clauses=CLAUSES))
    assert result.findings
    for finding in result.findings:
        text = getattr(message, finding.field)
        assert text[finding.start : finding.end] == finding.quote
        assert finding.reason
        if finding.quote:
            assert finding.end > finding.start


def test_subject_findings_name_the_subject_field() -> None:
    result = score("話はそれからだ。", subject="土下座しろ")
    (finding,) = result.findings
    assert finding.field == "subject" and finding.quote == "土下座"


def test_clause_comes_from_the_policy() -> None:
    result = score("お前ら無能だな。")
    (finding,) = result.findings
    assert finding.clause == CLAUSES["abuse"]


def test_to_dict_is_json_ready() -> None:
    data = score("お前ら無能だな。").to_dict()
    assert data["level"] == "medium"
    assert data["categories"] == ["abuse"]
    assert data["evidence"][0]["quote"] == "無能"


def test_scoring_is_deterministic() -> None:
    text = "担当者をクビにしろ。慰謝料も払え。SNSで晒すからな。"
    assert score(text) == score(text)
