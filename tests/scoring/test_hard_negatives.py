"""Legitimate complaints, however angry, stay clean (the spec's hard negatives)."""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score, tokyo

NONE = [
    # refund / exchange / repair after a real defect
    "届いた炊飯器が初期不良でした。返品・返金をお願いします。",
    "The blender arrived broken. Please send a replacement or refund me.",
    # one apology request after a real failure
    "先日の誤請求について、一度お詫びと経緯のご説明をいただけますでしょうか。",
    "You shipped the wrong item. I'd appreciate an apology and an explanation.",
    # lawful recourse
    "納得できる回答がなければ、消費生活センターに相談します。",
    "本件は顧問弁護士に相談のうえ、対応を検討いたします。",
    "If this is not resolved I will file a complaint with the regulator.",
    "I'll dispute the charge with my card issuer if it isn't refunded.",
    # business-reason urgency (sent during business hours)
    "本番障害で業務が止まっています、至急ご対応ください。",
    "Our checkout is down and we cannot take orders. Please investigate urgently.",
    # polite escalation and follow-up
    "恐れ入りますが、上長の方にご確認いただけないでしょうか。",
    "Could you escalate this ticket to a senior engineer, please?",
    # idioms and technical senses
    "このバグのせいで死ぬほど忙しいです。回避策はありますか。",
    "キャンペーンで注文が殺到し、サーバーが落ちました。",
    "ゾンビプロセスを殺してもメモリが解放されません。",
    "This bug is killing me. Is there a workaround?",
    "How do I kill the process without losing the queue?",
    "土下座してでもお願いしたいくらいなのですが、納期を延ばせますか。",
    "このままだと私が上司にクビにされかねません（笑）。見積をお願いします。",
    # quoting or reporting someone else's words
    "エンドユーザーから「殺すぞ」「SNSで晒す」という投稿が来ます。振り分け設定はできますか。",
    'Customers write things like "I\'ll kill you". Can tickets like that be routed?',
    # contractual money, honest reviews, reasoned handler requests
    "SLAを下回ったため、規約第12条に基づくサービスクレジットを申請します。",
    "I mentioned the sizing issue in my review last week; please update the chart.",
    "経理担当が聴覚に障害があるため、メール中心で対応できる方にご担当いただけますか。",
    "いつも丁寧な鈴木さんに、できれば次回もお願いできると嬉しいです。",
    # product questions that share words with harassment
    "ご担当者様のフルネームを入力する欄が見当たりません。どこで設定できますか。",
    "従業員の社員番号をCSVで一括登録する方法を教えてください。",
    "動画マニュアルをYouTubeで公開する予定はありますか。",
    "私の時給計算が合いません。残業代の設定を確認してください。",
    "お子さんがいるご家庭向けのプランはありますか。",
    "お客様は神様という時代ではないのは承知していますが、もう少し早く返信がほしいです。",
    "電話の人、訛りがきつくて聞き取れないので、メールでの対応に切り替えられますか。",
    "Please fire up the diagnostics and let me know.",
    "Is the recycling program garbage-free?",
    "URGENT PLEASE HELP OUR SERVER IS DOWN SINCE THIS MORNING",
    "正直言って、御社のサポートには失望しました。解約を検討しています。",
    "I'm furious. This is the third outage this month. Please send an incident report.",
    # ordinary senses of risky words
    "誠意ある対応をお願いします。",
    "首が痛くて長時間画面を見られないので、音声で操作できますか。",
    "古いパソコンの処分方法を教えてください。",
    "木材を日光に晒すと色が変わりますか。",
    "この本、土下座外交について書かれていますか。",
    "夜道でも見やすい反射材はありますか。",
    "Can you kill my old session? I left it open on a public computer.",
    "I nearly died laughing at your April Fools' email.",
    "Your agent hung up on me. That's unacceptable. Please call me back.",
    "We will be taking our business elsewhere if this continues.",
    "Please send me the name of the agent I spoke with for our records.",
    "Please put me through to the billing team.",
    "Can I get a Japanese-speaking agent? My English is limited.",
    "英語が話せる方にお願いできますか。",
    "今回の不手際について、今後の再発防止策をご提示ください。",
]


@pytest.mark.parametrize("text", NONE)
def test_legitimate_complaint_stays_none(text: str) -> None:
    result = score(text)
    assert result.level == "none", (text, result.categories, [f.quote for f in result.findings])


LOW = [
    "このクソ仕様、なんとかなりませんか。回避方法を教えてください。",
    "This damn app crashed again. How do I restore my settings?",
    "正直ボッタクリだと思います。値上げの通知はいつ送られましたか。",
]


@pytest.mark.parametrize("text", LOW)
def test_one_mild_rude_word_is_low(text: str) -> None:
    result = score(text)
    assert result.level == "low"
    assert result.categories == ("abuse",)


def test_polite_night_message_is_none() -> None:
    result = score(
        "夜分に失礼します。サイズ交換は可能でしょうか。お返事は週明けで大丈夫です。",
        at=tokyo("2026-02-07 23:10"),
    )
    assert result.level == "none"


def test_mild_word_beside_other_conduct_is_not_separate_abuse() -> None:
    result = score("ふざけるな。納得するまで電話は切らせないからな。")
    assert result.categories == ("restraint",)
