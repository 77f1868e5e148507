"""Severe categories read out of their sense: the ordinary sense stays clean, the harassing
sense next to it still counts.

A wrong accusation in a severe category escalates a real customer's ticket, so each class of
false alarm has a guard, and each guard a harassing twin that must still fire. Every sentence
was written for this test (none is taken from any evaluation set). Classes: objects and game
enemies that are "killed", a spelling collision (ところ + すみません), the writer's own caution,
a conceded accident, words the writer quotes someone else as saying, the writer's own family
and age, a stated reason for a same-sex carer, asking whether one may post.
"""

from __future__ import annotations

import pytest

from tests.scoring.conftest import assert_fires, score

SEVERE_SENSES = [
    # (category, ordinary sense: no category at all, harassing sense: the category fires)
    (
        "threat",
        "ピアノの音を殺す防音マットはどれがおすすめですか。",
        "次に電話に出た奴を殺すぞ。",
    ),
    (
        "threat",
        "畑の害虫を殺す薬剤は、子どもがいる家でも使えますか。",
        "あの担当、見つけたら殺すからな。",
    ),
    (
        "threat",
        "ステージ5でボスを殺す直前にアプリが毎回落ちます。端末はPixel 8です。",
        "お前ら全員ぶっ殺す。",
    ),
    (
        "threat",
        "このステージ、完全に殺しに来てますね。ヒントはどこで見られますか。",
        "今から窓口に殺しに行くからな。",
    ),
    (
        "threat",
        "先日はお忙しいところすみませんでした。請求書の件、確認いたしました。",
        "今度会ったらころすぞ。",
    ),
    (
        "threat",
        "街灯が切れたままで、夜道に気をつけようにも足元が見えません。修理をお願いします。",
        "担当のあんた、夜道には気をつけろよ。",
    ),
    (
        "threat",
        "I understand accidents happen in shipping, but the vase arrived in pieces and I would "
        "like a replacement.",
        "Nice little shop you run. Accidents happen, you know.",
    ),
    (
        "threat",
        "Another customer yelled 'I will kill you' at your cashier yesterday. Is she all right? "
        "I was shaken too.",
        "I will kill you if this is not fixed today.",
    ),
    (
        "threat",
        "We received this from a user through the portal: 'I know where you live.' We have "
        "reported it to the police and need the sender's login history.",
        "I know where you live, so fix my account.",
    ),
    (
        "privacy",
        "子どもが熱を出していて外出できないので、配達を明日にしてもらえますか。",
        "担当さんの子ども、どこの学校に通ってるの？",
    ),
    (
        "privacy",
        "引っ越しの荷物のうち、子どもの学校の書類が入った箱だけが届いていません。",
        "あんたの家族はどこに住んでるの？",
    ),
    (
        "discrimination_sexual",
        "年寄りの母が一人で住んでいるので、点検に伺う時間を前日までに教えてください。",
        "年寄りに電話の対応なんか無理だろ、さっさと代われ。",
    ),
    (
        "discrimination_sexual",
        "Trabalhei no Japão por três anos e preciso do certificado de pagamento de impostos.",
        "I don't want to talk to a jap, put someone else on.",
    ),
    (
        "discrimination_sexual",
        "オイルマッサージの施術は女性スタッフでお願いできますか。",
        "担当は男にしてくれ。女じゃ話にならない。",
    ),
    (
        "discrimination_sexual",
        "Could you send a female technician for the visit if possible? I live alone.",
        "I want a male engineer, not some girl who can't fix a router.",
    ),
    (
        "exposure_threat",
        "購入した商品の写真をスクショしてSNSに上げても大丈夫ですか？",
        "このやりとりのスクショ、SNSに全部上げてやるからな。",
    ),
]


@pytest.mark.parametrize(
    ("category", "ordinary", "harassing"),
    SEVERE_SENSES,
    ids=[f"{c}-{i}" for i, (c, *_) in enumerate(SEVERE_SENSES)],
)
def test_ordinary_sense_is_clean_and_the_harassing_sense_counts(
    category: str, ordinary: str, harassing: str
) -> None:
    result = score(ordinary, learned=False)
    assert result.categories == (), (ordinary, result.level, result.categories)
    assert_fires(category, harassing)
