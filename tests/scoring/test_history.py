"""The repeat rule over fingerprints, and what a fingerprint keeps."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from tests.scoring.conftest import OPEN_AT, score, tokyo
from worker.policy import Policy
from worker.scoring import Fingerprint, Message, fingerprint

DAY = timedelta(days=1)


def test_same_demand_three_times_in_two_days_is_repeat() -> None:
    history = [
        (OPEN_AT - 2 * DAY, "9月分の請求書を再発行してください。"),
        (OPEN_AT - DAY, "請求書の再発行をお願いします。まだ届いていません。"),
    ]
    result = score("請求書の再発行、早くしてください。", history=history)
    assert result.categories == ("repeat",)
    assert result.level == "medium"


def test_paraphrased_compensation_demand_daily_is_repeat_and_high() -> None:
    history = [
        (OPEN_AT - 3 * DAY, "I want 20,000 yen compensation for the delay."),
        (OPEN_AT - 2 * DAY, "Pay me the 20,000 yen."),
        (OPEN_AT - DAY, "Where is my 20,000 yen?"),
    ]
    result = score("I am still owed 20,000 yen compensation for the hassle.", history=history)
    assert {"money", "repeat"} <= set(result.categories)
    assert result.level == "high"


def test_burst_of_contacts_is_repeat() -> None:
    history = [(OPEN_AT - timedelta(minutes=30 * k), f"まだですか{k}") for k in range(1, 6)]
    result = score("返事は？", history=history)
    assert "repeat" in result.categories


def test_message_saying_it_repeats_with_recent_contacts_is_repeat() -> None:
    history = [
        (OPEN_AT - timedelta(hours=20), "解約したのに請求が来ています。"),
        (OPEN_AT - timedelta(hours=5), "まだ返金されていません。"),
    ]
    result = score("これで3回目の連絡です。", history=history)
    assert "repeat" in result.categories


@pytest.mark.parametrize(
    "history",
    [
        # a single follow-up after more than a week without reply
        [(OPEN_AT - 8 * DAY, "入荷予定日を教えてください。")],
        # a weekly chase of an unresolved ticket
        [
            (OPEN_AT - 14 * DAY, "入荷予定日を教えてください。"),
            (OPEN_AT - 7 * DAY, "入荷予定日を教えてください。"),
        ],
        # one re-send after a form error
        [(OPEN_AT - timedelta(minutes=10), "入荷予定日を教えてください。")],
    ],
)
def test_not_repeat(history) -> None:
    result = score("入荷予定日を教えてください。再送です。", history=history)
    assert "repeat" not in result.categories
    assert result.level == "none"


def test_same_day_messages_adding_new_information_are_not_repeat() -> None:
    history = [
        (OPEN_AT - timedelta(hours=4), "CSVの取り込みでエラーが出ます。列はテンプレート通りです。"),
        (OPEN_AT - timedelta(hours=2), "追加情報です。画面にエラーコード E-402 と表示されました。"),
    ]
    result = score("度々すみません。文字コードを変えたら一部だけ取り込めました。", history=history)
    assert "repeat" not in result.categories


def test_history_window_is_respected() -> None:
    history = [
        (OPEN_AT - 3 * DAY, "請求書を再発行してください。"),
        (OPEN_AT - 2 * DAY, "請求書を再発行してください。"),
    ]
    short = replace(Policy(), history_window_days=1)
    assert "repeat" in score("請求書を再発行してください。", history=history).categories
    assert (
        "repeat"
        not in score("請求書を再発行してください。", history=history, policy=short).categories
    )


def test_future_history_is_ignored() -> None:
    history = [(OPEN_AT + DAY, "請求書を再発行してください。")] * 3
    assert "repeat" not in score("請求書を再発行してください。", history=history).categories


TEXTS = [
    ("返金の件", "担当の佐藤を出せ。慰謝料10万円を払え。何度目だと思ってる。"),
    ("Refund", "Give me Haruka's personal WhatsApp. I want 50,000 yen compensation."),
]


@pytest.mark.parametrize(("subject", "body"), TEXTS)
def test_fingerprint_holds_no_text(subject: str, body: str) -> None:
    fp = fingerprint(Message(subject, body, "web", tokyo("2026-02-04 10:00")))
    dumped = json.dumps(fp.to_dict(), ensure_ascii=False).lower()
    text = (subject + body).lower()
    # No run of 4+ characters of the message survives (digits of the time aside).
    for i in range(len(text) - 3):
        piece = text[i : i + 4]
        if piece.isdigit():
            continue
        assert piece not in dumped, piece


def test_fingerprint_round_trips_through_json() -> None:
    fp = fingerprint(Message("件名", "何度目だと思ってる。返金しろ。", "web", OPEN_AT))
    again = Fingerprint.from_dict(json.loads(json.dumps(fp.to_dict())))
    assert again == fp
    assert again.claims_repeat is True
    assert again.at == OPEN_AT


def test_fingerprint_from_older_dict_is_tolerated() -> None:
    fp = Fingerprint.from_dict({"at": "2026-02-04T10:00:00+09:00", "shingles": [1, 2, 3]})
    assert fp.keys == () and fp.claims_repeat is False
