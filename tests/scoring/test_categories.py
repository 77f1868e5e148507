"""Each category fires on its conduct, in several phrasings, Japanese and English."""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score

CASES = [
    # abuse
    ("abuse", "お前ら本当に無能だな。さっさと直せ。"),
    ("abuse", "担当のやつ、頭悪すぎるだろ。説明が全然わかってない。"),
    ("abuse", "こんな回答しかできないなんて、社会人として失格ですね。"),
    ("abuse", "You are all completely useless. Fix the export."),
    ("abuse", "What a bunch of morons. Three tickets and no answer."),
    # threat
    ("threat", "次に不良品を送ってきたら、店に乗り込んでぶん殴ってやる。"),
    ("threat", "夜道には気をつけることだな。"),
    ("threat", "お前らの事務所に火をつけてやるからな。"),
    ("threat", "If this is not fixed I will come to your office and hurt someone."),
    ("threat", "I know where you live. Refund me."),
    # intimidation
    ("intimidation", "俺を誰だと思ってるんだ。今すぐ上の者を出せ。"),
    ("intimidation", "私は県議会の議員とも親しいんですよ。この意味はお分かりですね。"),
    ("intimidation", "Do you know who I am? I want this sorted today."),
    (
        "intimidation",
        "I'm a personal friend of your CEO, so think very carefully about how you answer.",
    ),
    # exposure_threat
    ("exposure_threat", "この対応、全部SNSで晒してやるからな。"),
    ("exposure_threat", "返金しないなら口コミサイトに実名で書き込みます。"),
    ("exposure_threat", "I'm going to post your agent's name all over Twitter."),
    ("exposure_threat", "Expect a one-star review on every site I can find."),
    # dogeza
    ("dogeza", "店長に土下座させろ。話はそれからだ。"),
    ("dogeza", "社長直筆の謝罪文を郵送しろ。"),
    ("dogeza", "I want your manager on his knees apologising to me."),
    ("dogeza", "Someone senior must apologise in person at my office."),
    # money
    ("money", "精神的苦痛を受けたので慰謝料として10万円払え。"),
    ("money", "言葉だけの謝罪はいらない。誠意を見せろ。"),
    ("money", "I expect 30,000 yen compensation for the hassle."),
    ("money", "Give me a free lifetime license and we are even."),
    # punish_staff
    ("punish_staff", "あの担当者をクビにしろ。"),
    ("punish_staff", "電話に出た人を懲戒処分にしてください。"),
    ("punish_staff", "The agent who hung up on me should be fired."),
    # staff_attack
    ("staff_attack", "さっきの担当のフルネームと直通番号を教えろ。"),
    ("staff_attack", "今後は田中さん以外の対応は一切受け付けません。"),
    ("staff_attack", "Replace my account manager by Monday."),
    # privacy
    ("privacy", "担当の佐藤さんの自宅はどこですか？"),
    ("privacy", "さっきの担当の人、インスタで見つけちゃった。"),
    ("privacy", "What's her Instagram? Does she live near Shinjuku?"),
    # discrimination_sexual
    ("discrimination_sexual", "女じゃ話にならないから男を出せ。"),
    ("discrimination_sexual", "外国人のスタッフじゃ話が通じないだろ。"),
    ("discrimination_sexual", "I don't want a woman handling my server migration."),
    ("discrimination_sexual", "You sound cute on the phone, send me a selfie."),
    # excessive_demand
    ("excessive_demand", "1時間以内に直せ。"),
    ("excessive_demand", "他の客なんか後回しでいいから、うちを最優先でやれ。"),
    ("excessive_demand", "Fix it within the hour. I don't care about your process."),
    ("excessive_demand", "Move my ticket to the top of the queue."),
    # restraint
    ("restraint", "納得するまで電話は切らせないからな。"),
    ("restraint", "今から本社に行って、回答が出るまでロビーで待ちます。"),
    ("restraint", "Stay on the line until the database is back."),
    ("restraint", "I will keep calling until someone senior answers."),
    # dialects, sarcasm and indirect phrasing
    ("abuse", "なんやねんこの対応、ほんまアホちゃうか、お前ら"),
    ("abuse", "さすが一流企業様ですね。こんな簡単なこともできないなんて。"),
    ("abuse", "Great job, geniuses. You broke it again."),
    ("intimidation", "わしを誰やと思っとんねん"),
    ("intimidation", "弊社は御社の株主でもあるんですよ。お忘れなく。"),
    ("threat", "そっちの店、明日行ってめちゃくちゃにしたるからな"),
    ("threat", "Keep ignoring me and see what happens to your staff."),
    ("exposure_threat", "口コミに担当者の名前と一緒に書いときますわ"),
    ("exposure_threat", "You'll see this all over TikTok by tonight."),
    ("money", "今回の件で仕事を休んだので、休業補償を払ってください"),
    ("money", "誠意として何か形のあるものを期待しています"),
    (
        "staff_attack",
        "毎回違う人は困る。今後は必ず田中さんが対応して。田中さん以外には話しません。",
    ),
    ("staff_attack", "Whoever this new guy is, get him off my ticket."),
    ("privacy", "担当の子の家、どのへん？"),
    ("discrimination_sexual", "女は感情的だから話にならない。男の上司を出して"),
    ("discrimination_sexual", "受付の子かわいいね、今度デートしようよ"),
    ("excessive_demand", "契約にないのはわかってるけど、土日も毎日うちのサーバーを監視しといて"),
    ("restraint", "お宅の店長が来るまでここを動かないからね"),
    # more English phrasings
    ("threat", "I'm coming to your office with a baseball bat."),
    ("punish_staff", "I expect disciplinary action against the agent."),
    ("excessive_demand", "Put everything else aside and work only on our account until it's done."),
    ("dogeza", "Your company must publicly apologise to me on Twitter."),
    ("intimidation", "Who do you think you're talking to? I'll have your job."),
    ("staff_attack", "I want the full name of the idiot who answered my call."),
    ("exposure_threat", "I will tell every business owner I know about this."),
    ("money", "I want 20,000 yen for the stress you caused."),
    ("discrimination_sexual", "Can I get a male engineer this time?"),
]


@pytest.mark.parametrize(("category", "text"), CASES)
def test_category_fires(category: str, text: str) -> None:
    result = score(text, learned=False)  # the rule tables' coverage; the model is tested apart
    assert category in result.categories, (text, result.categories)
    assert result.level in ("medium", "high")


SEVERE = [
    "お前の家族がどうなっても知らないぞ。",
    "ネットの掲示板に担当者の顔写真を載せます。",
    "I want your CEO on his knees.",
    "What school do your agent's kids go to?",
]


@pytest.mark.parametrize("text", SEVERE)
def test_severe_conduct_is_high(text: str) -> None:
    assert score(text).level == "high"


def test_three_categories_are_high() -> None:
    result = score("お前ら無能だな。担当者をクビにしろ。慰謝料も払え。")
    assert set(result.categories) >= {"abuse", "punish_staff", "money"}
    assert result.level == "high"


def test_disabled_category_is_not_reported(policy) -> None:
    from dataclasses import replace

    narrow = replace(policy, enabled_categories=frozenset({"abuse"}))
    result = score("あの担当者をクビにしろ。", policy=narrow)
    assert result.categories == ()
    assert result.level == "none"
