"""A lone severe phrase in a long message is weighed against the learned layer.

One severe phrase and no other conduct in a long, otherwise ordinary letter is where severe
rules read words out of their sense. The model's strongest sentence decides: below the
``lone_drop`` threshold the phrase is dropped, below ``lone_review`` the message is held at
``medium`` with the note ``review`` (a person reads it; nobody is paged). Both thresholds are
chosen out of fold by ``kasuguard model build``; here they are forced to the ends of their
range so that the mechanism itself is tested, whatever the weights.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.scoring.conftest import score
from worker.policy import Policy
from worker.scoring import LONE_MIN_CHARS, warm_up
from worker.scoring.learned import current_model, using

# A long, ordinary letter with one threat phrase in it (written for this test).
LETTER = (
    "いつもお世話になっております。先月購入した食洗機の件でご連絡いたします。"
    "三日前から排水エラーが出て止まってしまい、取扱説明書の手順でフィルターを掃除しましたが"
    "直りませんでした。保証期間内ですので、修理の日程を調整していただけますでしょうか。"
    "平日の午前中であれば在宅しております。部品の取り寄せが必要な場合は、おおよその日数も"
    "あわせてお知らせいただけますと助かります。"
    "夜道に気をつけろ。"
    "お手数をおかけしますが、どうぞよろしくお願いいたします。"
)
SHORT = "夜道に気をつけろ。修理の日程を教えてください。"
TWO_PHRASES = LETTER.replace("夜道に気をつけろ。", "夜道に気をつけろ。お前の家は知ってるからな。")


def thresholds(**forced: float):
    model = current_model()
    return using(replace(model, thresholds={**model.thresholds, **forced}))


@pytest.fixture(autouse=True, scope="module")
def _model_present() -> None:
    if current_model().empty:
        pytest.skip("no learned weights shipped")
    # Rule sets compile lazily; on a busy machine the first compile can outlast the 2 s budget
    # and leave the first message read in part.
    warm_up()


def test_the_letter_is_long_and_has_one_severe_phrase() -> None:
    assert len(LETTER) >= LONE_MIN_CHARS > len(SHORT)
    result = score(LETTER, learned=False)
    assert result.categories == ("threat",)
    assert result.level == "high"


def test_below_review_a_lone_phrase_is_held_at_medium_with_a_note() -> None:
    with thresholds(lone_drop=0.0, lone_review=1.01):
        result = score(LETTER)
    assert result.level == "medium"
    assert result.categories == ("threat",)
    assert "review" in result.notes


def test_below_drop_a_lone_phrase_is_dropped() -> None:
    with thresholds(lone_drop=1.01, lone_review=1.01):
        result = score(LETTER)
    assert result.level == "none"
    assert "lone_severe_dropped" in result.notes


def test_above_both_a_lone_phrase_is_escalated() -> None:
    with thresholds(lone_drop=0.0, lone_review=0.0):
        result = score(LETTER)
    assert result.level == "high"
    assert "review" not in result.notes


@pytest.mark.parametrize("text", [SHORT, TWO_PHRASES], ids=["short", "two-phrases"])
def test_a_short_message_or_a_second_phrase_is_escalated_whatever_the_model(text: str) -> None:
    with thresholds(lone_drop=1.01, lone_review=1.01):
        result = score(text)
    assert result.level == "high", (text, result.categories, result.notes)


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_review_note_is_written_for_the_agent(language: str) -> None:
    from worker.actions import scorer_notes

    with thresholds(lone_drop=0.0, lone_review=1.01):
        result = score(LETTER)
    (note,) = scorer_notes(result, language)
    assert ("確認" in note) if language == "ja" else ("review" in note)


# A long letter with no conduct at all (written for this test), for the model's fill.
PLAIN = LETTER.replace("夜道に気をつけろ。", "")
SHORT_PLAIN = "修理の日程を教えてください。"


@pytest.mark.parametrize(
    ("text", "level"), [(PLAIN, "medium"), (SHORT_PLAIN, "high")], ids=["long", "short"]
)
def test_a_severe_category_the_model_alone_fills_escalates_only_in_a_short_message(
    text: str, level: str
) -> None:
    # Forced: the model fills every window, and the policy enables one severe category.
    only_threat = Policy(enabled_categories=frozenset({"threat"}))
    with thresholds(fill=0.0, fill_long=0.0, category=0.0):
        result = score(text, policy=only_threat)
    assert result.categories == ("threat",), result.findings
    assert result.level == level
    assert ("review" in result.notes) == (level == "medium")
