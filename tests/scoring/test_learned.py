"""The learned layer: judges sentences, fills where the rules are silent, vetoes one weak rule
verdict, refuses other languages and unfamiliar text, and cites the nearest labelled case.

The mechanism tests train a small model on sentences written here (so they do not move when
the shipped weights are rebuilt); the last tests check the shipped weights themselves.
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from worker import training
from worker.policy import Policy
from worker.scoring import Message, assess
from worker.scoring.corpus import Labelled
from worker.scoring.learned import MODEL_DIR, Window, load_model, using, windows_of

AT = "2026-02-04T11:00:00+09:00"
TOKYO = ZoneInfo("Asia/Tokyo")

HARASSING = [
    ("お前の帰り道、ちゃんと見てるからな。", "privacy"),
    ("夜道を歩くときは後ろに気をつけた方がいいよ。", "threat"),
    ("あんたの家の場所はもう調べてあるからな。", "privacy"),
    ("帰り道は気をつけなよ、何があるかわからんぞ。", "threat"),
    ("毎晩あんたの帰り道を見てるからな。", "privacy"),
    ("後ろに気をつけて帰れよ、夜道は暗いからな。", "threat"),
]
BENIGN = [
    "いつもお世話になっております。",
    "先日注文した商品がまだ届いておりません。",
    "お手数ですが配送状況をご確認いただけますでしょうか。",
    "請求書の金額が二重になっているようです。",
    "返品の手続きについて教えてください。",
    "パスワードの再設定ができません。",
    "ご対応ありがとうございました。",
    "領収書を再発行していただけますか。",
    "来月から契約プランを変更したいです。",
    "アプリが起動しなくなりました。",
    "よろしくお願いいたします。",
    "解約の方法を教えてください。",
]


def _line(i: int, body: str, level: str, categories: list[str]) -> Labelled:
    scenario = {
        "id": f"t-{i}",
        "message": {"at": AT, "subject": "", "body": body, "channel": "web"},
        "expected": {"categories": categories, "level": level},
        "why": f"理由{i}",
    }
    return Labelled(f"writer{i % 3}", scenario)


@pytest.fixture(scope="module")
def toy_model():
    # Three copies of each line: the vocabulary keeps n-grams seen in three messages or more.
    items = [_line(i, b, "none", []) for i, b in enumerate(BENIGN * 3)]
    items += [
        _line(100 + i, text, "high", [category]) for i, (text, category) in enumerate(HARASSING * 3)
    ]
    messages = training.prepare(items)
    model = training.attach_examples(training.train(messages, rounds=2), messages)
    return training.replace(model, thresholds={"fill": 0.6, "veto": 0.3, "category": 0.5})


def _assess(body: str) -> object:
    return assess(
        Message(subject="", body=body, channel="email", at=datetime.fromisoformat(AT)), [], Policy()
    )


def test_windows_are_sentences_and_pairs_of_neighbours() -> None:
    windows = windows_of(["一文目です。二文目です！三文目"])
    assert windows[:3] == [Window(0, 0, 5), Window(0, 6, 11), Window(0, 12, 15)]
    assert windows[3:] == [Window(0, 0, 11), Window(0, 6, 15)]


def test_one_harassing_sentence_in_a_long_polite_letter_is_found(toy_model) -> None:
    letter = (
        "".join(BENIGN[:8])
        + "夜道を歩くときは、後ろにはくれぐれも気をつけた方がいいよ。"
        + "".join(BENIGN[8:])
    )
    with using(toy_model):
        result = _assess(letter)
    # Found and quoted; in a letter this long the model alone does not escalate: a person
    # reviews it (README "A severe category on thin evidence is reviewed, not escalated").
    assert "threat" in result.categories, result
    assert result.level == "medium" and "review" in result.notes, result
    finding = result.findings[0]
    assert "夜道" in finding.quote and len(finding.quote) < 60
    assert "似た事例" in finding.reason


def test_a_long_polite_letter_is_not_flagged_for_its_length(toy_model) -> None:
    with using(toy_model):
        result = _assess("".join(BENIGN * 4))
    assert result.level == "none", result


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("배송 언제 되나요? 주문번호 12345입니다. 감사합니다.", "ko"),
        ("การจัดส่งจะมาถึงเมื่อไหร่ครับ ขอบคุณครับ", "th"),
        ("متى سيصل طلبي؟ شكرا جزيلا", "ar"),
        ("Когда будет доставка моего заказа? Спасибо.", "ru"),
        ("Hola, ¿cuándo llegará mi pedido? Muchas gracias por su ayuda.", "es"),
    ],
)
def test_other_languages_get_the_rules_only_and_say_so(toy_model, body, language) -> None:
    with using(toy_model):
        result = _assess(body)
    assert result.level == "none"
    assert result.language == language
    assert f"language:{language}" in result.notes


@pytest.mark.parametrize("body", ["😀" * 64, "." * 70, "1234567890" * 8])
def test_text_in_no_language_is_never_judged(toy_model, body) -> None:
    with using(toy_model):
        result = _assess(body)
    assert result.level == "none"


def test_the_model_vetoes_one_weak_rule_verdict_it_finds_legitimate(toy_model) -> None:
    # A restraint phrasing the rules know, inside an ordinary request the model finds benign.
    body = (
        "回答いただけるまで何度でも電話します。請求書の金額が二重になっているようです。"
        "お手数ですが配送状況をご確認いただけますでしょうか。よろしくお願いいたします。"
    )
    rules_only = assess(
        Message(subject="", body=body, channel="web", at=datetime.fromisoformat(AT)),
        [],
        Policy(),
        learned=False,
    )
    assert rules_only.categories == ("restraint",)
    with using(training.replace(toy_model, thresholds={"fill": 0.99, "veto": 0.99})):
        result = _assess(body)
    assert result.level == "none" and "veto" in result.notes


def test_a_severe_rule_verdict_is_never_vetoed(toy_model) -> None:
    with using(training.replace(toy_model, thresholds={"fill": 0.99, "veto": 0.99})):
        result = _assess("殺すぞ。")
    assert "threat" in result.categories


def test_the_shipped_model_has_weights_and_thresholds() -> None:
    model = load_model()
    assert not model.empty
    assert {"fill", "veto", "category"} <= set(model.thresholds)
    assert 0.5 <= model.thresholds["fill"] < 1
    assert model.thresholds["veto"] <= model.thresholds["fill"]
    meta = json.loads((MODEL_DIR / "model.json").read_text("utf-8"))
    assert meta["lines"] >= 4000 and len(meta["writers"]) >= 10


@pytest.mark.needs_shared
@pytest.mark.skipif(
    not training.SHARED_DEV.exists(),
    reason=f"the shipped weights are built with the dev set, not found at {training.SHARED_DEV}",
)
def test_the_shipped_weights_rebuild_from_the_corpus() -> None:
    shipped = load_model()
    messages = training.prepare(training.load_training(training.training_paths()))
    rebuilt = training.train(messages)
    assert np.array_equal(rebuilt.vocabulary, shipped.vocabulary)
    # The shipped weights are int8 with one scale per output: equal within one step.
    step = np.abs(shipped.weights).max(axis=0) / 127.0
    assert (np.abs(rebuilt.weights - shipped.weights) <= step * 1.01 + 1e-6).all()
    assert np.allclose(rebuilt.bias, shipped.bias, atol=1e-4)
