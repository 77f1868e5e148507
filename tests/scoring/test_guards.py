"""Guards that cancel a match must be tied to the matched conduct, not to any word nearby.

Helpdesk tickets are full of 「設定」「障害」, jobs and processes: a guard that fires on such a word
anywhere in the sentence or message silently drops real harassment. Each row pairs a ticket where
the guard word is incidental (must still be flagged) with one where it is the point (must stay
clean). All sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score

FLAGGED = [
    # a technical word in the sentence does not make 「殺す」/"kill" technical
    ("threat", "サービスを止めたら、お前を殺すぞ。"),
    ("threat", "If my job fails again I will hurt whoever is responsible."),
    ("threat", "I'll kill you if the process fails again."),
    # 「障害」 (an outage) and 「項目が」 are not reasons for a handler change
    ("staff_attack", "障害の対応が遅すぎる。担当を替えろ。"),
    ("staff_attack", "項目が間違っている。あの人を担当から外せ。"),
    # 「設定」 or "review" elsewhere in the ticket does not cancel a demand for a name
    ("staff_attack", "アカウント設定が壊れている。さっきの担当のフルネームと直通番号を教えろ。"),
    ("staff_attack", "Please review my ticket. What's your full name?"),
    (
        "staff_attack",
        "今回の件、佐藤さんでなければ話が進みません。他の方からのご連絡には応じかねます。",
    ),
    ("staff_attack", "担当者様を変えていただけないでしょうか。"),
    ("staff_attack", "Could you please have someone other than Priya handle this going forward?"),
    (
        "discrimination_sexual",
        "新人さんでは心もとないので、ベテランの男性社員に担当を代えてください。",
    ),
    # "deaf", "hearing", "language" as insults or idioms are not accessibility reasons
    ("staff_attack", "Are you deaf? Assign someone else."),
    ("staff_attack", "I'm tired of hearing excuses. I want a different agent."),
    ("staff_attack", "Watch your language. Replace my account manager."),
    # "spec" inside "special", "sla" inside "translate" are not contract references
    ("excessive_demand", "I want special treatment, do the whole migration for free."),
    ("excessive_demand", "Translate all our docs for free, you owe us."),
    # the customer restating their own demand in quotes is still their demand
    ("staff_attack", "何度も「担当を替えてほしい」とお願いしているのに、まだ替わりません。"),
    ("dogeza", "「土下座しろ」と何度も言っているんだ。"),
    ("staff_attack", "私は「担当を替えろ」と言っているんです。"),
    # an extreme deadline without a business reason
    ("excessive_demand", "Fix it within the hour or else."),
    ("excessive_demand", "1時間以内に直せ、無能ども。"),
    # a sign-off "Thanks" does not make a name demand polite
    ("staff_attack", "Give me the name of that idiot. Thanks."),
]

CLEAN = [
    "ゾンビプロセスを殺すしかない。",
    "kill -9 でプロセスを殺しました。",
    "I had to kill the stuck job twice.",
    "This bug is killing me.",
    "サーバーをぶっ壊すほどの負荷でした。",
    "聴覚に障害があるので、メール対応できる担当に変えてください。",
    "耳が聞こえにくいので担当を替えてください。",
    "何か障害でもあるのか？サーバーが落ちてる。",
    "ユーザー一覧にフルネームを入力する欄はありますか。",
    "Is there anyone other than support I can email about billing?",
    "Can someone other than the billing team look at this?",
    "I am hard of hearing, so could you assign someone who can handle this by email?",
    "Could I have someone who speaks Japanese? Please assign a different agent.",
    "The last two agents gave me wrong information, can I get a different agent?",
    "The SLA says 4-hour response, we are past that. Please escalate.",
    # someone else's words in quotes never count
    "上司が「殺すぞ」と言っているのを聞きました。",
    "お客様から「殺すぞ」と言われた場合の対応ルールを作りたい。",
    "電話口で「SNSで晒す」と言われました。どうすればいいですか。",
    "相手は「担当を替えろ」と言っています。",
    "上司は「土下座しろ」と言っているのに、誰も止めません。",
    # lookalikes of the new frames in ordinary tickets
    "取引先の登録をお忘れなく、とシステムから通知が来ました。",
    "I know where your office is, I'll drop the contract off tomorrow.",
    "Can someone other than Jane approve the invoice? She's on leave.",
    "田中さんが不在なので、他の方に対応をお願いします。",
    "処理の順番として、こちらの案件を一番に回していただけると助かります。",
    "今から30分でメンテナンスが終わる予定です。",
    "データの安全は保証できないと規約にありますが本当ですか。",
    "弊社は御社の大口顧客ですが、今回の請求は誤りだと思います。",
    "その筋の専門家に相談した方がいいでしょうか。",
    "家族を大切にする福利厚生プランを導入したいです。",
    "Don't make me come back to the office for this, can I do it remotely?",
    "I'd hate for something to break during the migration.",
    "Take the old server off the account please.",
    # urgency with a stated business reason (spec hard negative), in or beside the sentence
    "Please call me back within the hour, our checkout is down and we're losing orders.",
    "I need this fixed in 30 minutes, the payroll run starts at 10 and staff won't get paid.",
    "Our checkout is down. Call me back within the hour.",
    # English and Japanese lookalikes of the new frames (a second benign sweep)
    "Send me an English version of the invoice.",
    "Take this charge off my account.",
    "Take it off my account.",
    "Don't let it handle more than 100 rows.",
    "List the names of everyone who has admin access.",
    "Assign me someone senior to review our architecture.",
    "This is not a junior-level question.",
    "Do you answer calls around the clock?",
    "We require someone available on weekends, is that an option on the enterprise plan?",
    "Will the sync work over the weekend?",
    "I'd hate for something to happen to our data.",
    "Can I come after your maintenance window?",
    "We'll shoot the office for the brochure.",
    "Watch what happens when you click refresh.",
    "I'll destroy your old drives as requested.",
    "We'd like to buy your company's enterprise licence.",
    "I have a gun shop and the POS crashed.",
    "Our PMS integration is failing.",
    "雪なので足元に気をつけてお越しください。",
    "ご家族との時間を大切になさってください。",
    "通学路の見守りアプリで、危険箇所の通知が来ません。",
    "うちのねえちゃんに頼まれて問い合わせています。",
    "デートしようと思って予約したら決済エラーでした。",
    # praising a named agent, with the thanks in the next sentence
    "Could you tell me the name of the agent I spoke to? I'd like to thank her.",
]


@pytest.mark.parametrize(("category", "text"), FLAGGED)
def test_incidental_guard_word_does_not_cancel(category: str, text: str) -> None:
    result = score(text, learned=False)  # the guards, not the learned layer
    assert category in result.categories, (text, result.categories)


@pytest.mark.parametrize("text", CLEAN)
def test_guard_still_applies(text: str) -> None:
    result = score(text, learned=False)  # the guards, not the learned layer
    assert result.level in ("none", "low"), (text, result.level, result.categories)
