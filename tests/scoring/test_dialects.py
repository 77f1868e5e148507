"""Regional speech is not rudeness: ordinary requests in six regions' speech stay clean, and the
same regions' speech still counts when it is harassment.

Written for this test (new sentences, not corpus or evaluation lines), whole scorer.
"""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score

BENIGN = [
    ("東北", "説明書ば、もう一回送ってけねべか。どこさ置いだか分がらねぐなってしまって。"),
    ("東北", "荷物まだ届がねんだども、いつ頃になるべが。急がねがら、分がったら教えでけさい。"),
    ("関西", "すんません、昨日頼んだやつ、まだ発送されてへんみたいやけど、どないなってます？"),
    ("関西", "ほんまおおきに、めっちゃ助かりましたわ。また何かあったらお願いしますー。"),
    ("広島", "説明書をもういっぺん送ってもらえんじゃろうか。失くしてしもうたけえ。"),
    ("広島", "この前の請求、二重になっとるんじゃないかのう。確認してもらえると助かるんじゃけど。"),
    ("博多", "なんしよっと？まだ届いとらんとよ。いつ頃になるか教えてくれんね。"),
    ("博多", "この前はありがとうございました。ばり助かったけん、また頼むね。"),
    ("名古屋", "この前買ったやつ、電源が入らんでかんわ。交換してもらえるかね？"),
    ("名古屋", "領収書、宛名を会社名にしてもらえんかなも。よろしゅうお願いします。"),
    ("沖縄", "はいさい、注文した品物がまだ届かんけど、いつ頃になるかね？"),
    ("沖縄", "にふぇーでーびる、おかげで助かったさー。また頼むねー。"),
]

HARASSING = [
    ("関西", "お前んとこの担当、ほんまアホちゃうか。今すぐクビにせえや。", "punish_staff"),
    ("広島", "なめとったら、お前の家まで行くけえの。覚えとけよ。", "threat"),
    ("博多", "土下座して謝らんと許さんけんね。", "dogeza"),
]


@pytest.mark.parametrize(
    ("region", "text"), BENIGN, ids=[f"{r}-{i}" for i, (r, _) in enumerate(BENIGN)]
)
def test_ordinary_regional_speech_stays_clean(region: str, text: str) -> None:
    result = score(text)
    assert result.level == "none", (region, text, result.level, result.categories)


@pytest.mark.parametrize(("region", "text", "category"), HARASSING)
def test_regional_harassment_still_counts(region: str, text: str, category: str) -> None:
    result = score(text)
    assert category in result.categories and result.level in ("medium", "high"), (region, result)
