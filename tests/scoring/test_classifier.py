"""The statistical backstop: exact n-grams, reproducible training, and when it may speak."""

from __future__ import annotations

import numpy as np
import pytest

import worker.scoring as scoring
from tests.scoring.conftest import score
from worker.evaluation import split_of
from worker.scoring.classifier import corpus_examples, ngrams, train

# A made-up word the rules cannot know: the tiny model learns it means a money demand.
SECRET = "ぴよぴよ代"
TINY = [
    (f"{SECRET}をよこせ。払うまで帰らない", "medium", ["money"]),
    (f"今すぐ{SECRET}を出して", "medium", ["money"]),
    (f"{SECRET}は当然もらうからな", "medium", ["money"]),
    (f"{SECRET}を振り込め", "medium", ["money"]),
    ("請求書の宛名を変更したいです", "none", []),
    ("ログインできません。手順を教えてください", "none", []),
    ("先日の件、ありがとうございました", "none", []),
    ("CSVの文字化けを直す方法はありますか", "none", []),
]


@pytest.fixture
def tiny_model(monkeypatch: pytest.MonkeyPatch):
    model = train(TINY)
    monkeypatch.setattr(scoring, "default_model", lambda: model)
    monkeypatch.setattr(scoring, "MODEL_MIN_CHARS", 0)  # the tiny examples are short
    scoring._analyse.cache_clear()
    yield model
    scoring._analyse.cache_clear()


def test_ngrams_are_the_distinct_one_to_three_character_strings_with_counts() -> None:
    grams, counts = ngrams("abab")
    # a, b, ab, ba, aba, bab
    assert len(grams) == 6
    assert sorted(counts.tolist()) == [1, 1, 1, 2, 2, 2]


def test_ngrams_of_different_lengths_never_collide() -> None:
    single = set(ngrams("あ")[0].tolist())
    double = set(ngrams("あ あ")[0].tolist()) - single
    assert single and double and not single & double


def test_whitespace_runs_count_as_one_space() -> None:
    assert np.array_equal(ngrams("a   b")[0], ngrams("a b")[0])


def test_training_is_reproducible() -> None:
    first, second = train(TINY), train(TINY)
    assert np.array_equal(first.vocabulary, second.vocabulary)
    assert np.allclose(first.weights, second.weights)
    assert np.allclose(first.intercepts, second.intercepts)


def test_model_learns_what_its_examples_mean() -> None:
    model = train(TINY)
    demand = model.predict(f"とにかく{SECRET}を払ってもらう")
    question = model.predict("請求書の送付先を教えてください")
    assert demand.harassment > 0.5 > question.harassment
    assert demand.categories["money"] > demand.categories["threat"]


def test_model_names_conduct_the_rules_do_not_know(tiny_model) -> None:
    body = f"どうも。\n{SECRET}を払え。"
    result = score(body)
    assert result.categories == ("money",)
    finding = result.findings[0]
    assert "統計モデル" in finding.reason
    assert body[finding.start : finding.end] == finding.quote
    assert SECRET in finding.quote  # the sentence that weighs most, not the greeting


def test_model_stays_silent_where_the_rules_already_found_conduct(tiny_model) -> None:
    result = score(f"お前ら無能だな。{SECRET}を今週中に払え。")
    assert "abuse" in result.categories
    assert not any("統計モデル" in f.reason for f in result.findings)


def test_model_stays_silent_below_its_threshold(tiny_model) -> None:
    assert tiny_model.predict("CSVの取り込み手順を教えてください").harassment < 0.7
    assert score("CSVの取り込み手順を教えてください").level == "none"


def test_shipped_model_learns_from_the_build_part_only() -> None:
    examples = corpus_examples("build")
    assert examples, "worker/scoring/corpus/*.jsonl is missing"
    assert all(split_of(e["id"]) == "build" for e in examples)
    held = corpus_examples("held")
    assert held and not {e["id"] for e in held} & {e["id"] for e in examples}


def test_model_stays_silent_on_short_messages(tiny_model, monkeypatch: pytest.MonkeyPatch) -> None:
    # Too few n-grams to judge: short chat lines stay with the rules alone.
    body = f"どうも。\n{SECRET}を払え。"
    assert score(body).categories == ("money",)
    monkeypatch.setattr(scoring, "MODEL_MIN_CHARS", len(body) + 10)
    scoring._analyse.cache_clear()
    assert score(body).level == "none"


def test_model_without_a_corpus_never_speaks() -> None:
    model = train([])
    assert model.predict("お前の家族の住所は知っているぞ。覚悟しておけ。").harassment < 0.01
