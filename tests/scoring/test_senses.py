"""Other senses of a harsh word, and words about oneself: legitimate lines stay clean, and the
harassing sense next to each still counts.

Each row is a pair written for this test (not taken from any evaluation set): the ordinary
sense, which must carry no category at all, and the conduct the same word names when it is
aimed at staff.
"""

from __future__ import annotations

import pytest

from tests.scoring.conftest import assert_fires, score

SENSES = [
    # (category, ordinary sense: no category at all, harassing sense: the category fires)
    (
        "threat",
        "先週買った電子レンジがぶっ壊れたので、修理をお願いしたいです。",
        "お前の店、今夜ぶっ壊しに行くからな。",
    ),
    (
        "punish_staff",
        "古い冷蔵庫の処分をお願いできますか。リサイクル料金はいくらでしょうか。",
        "電話に出た担当者の処分を要求します。",
    ),
    (
        "punish_staff",
        "在庫の処分セールはいつからですか。",
        "あの店員を処分しろ。",
    ),
    (
        "exposure_threat",
        "I share my articles on X every week, so could you tell me whether your API supports "
        "scheduled posts?",
        "I will post your agent's name and this whole conversation on X tonight.",
    ),
    (
        "restraint",
        "I'll stay on the line while your engineer checks the router.",
        "You will stay on the line until I say we are done.",
    ),
    (
        "abuse",
        "私が馬鹿でした。設定を見落としていました。お騒がせしてすみません。",
        "お前は本当に馬鹿だな、何回言わせるんだ。",
    ),
    (
        "discrimination_sexual",
        "チョンマゲのキーホルダーを注文したのですが、まだ届きません。",
        "チョンの店員には対応させるな。",
    ),
    (
        "abuse",
        "この件ばかりはどうしようもないので、返金で対応をお願いします。",
        "このバカが、さっさと返金しろ。",
    ),
]


@pytest.mark.parametrize(
    ("category", "ordinary", "harassing"),
    SENSES,
    ids=[f"{c}-{i}" for i, (c, *_) in enumerate(SENSES)],
)
def test_ordinary_sense_is_clean_and_the_harassing_sense_counts(
    category: str, ordinary: str, harassing: str
) -> None:
    result = score(ordinary)
    assert result.categories == (), (ordinary, result.level, result.categories)
    assert_fires(category, harassing)
