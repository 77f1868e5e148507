"""Phrasing families for threat, intimidation, restraint and exposure_threat.

Every sentence was written for these tests from the category definitions (none is taken from the
dev set or the scoring corpus). Each family has variants in several registers (plain, keigo,
rough, dialect, English of several regions) and hard negatives beside it that must stay none/low:
reasoned requests, lawful recourse, product-safety complaints, the customer's own life, reported
speech and ordinary technical senses.
"""

from __future__ import annotations

import pytest

from tests.scoring.conftest import assert_fires, assert_not_tagged, score

POSITIVES = [
    # threat — a body left unable to work / walk
    ("threat", "今度ミスったら、二度と働けない体にしてやるからな。"),
    ("threat", "おまえ、まともに歩けんような体にしたるで。"),
    ("threat", "次はないぞ。顔をしばらく人前に出せんようにしてやる、いや、出せない顔にしてやる。"),
    # threat — bracing for a blow, fist discipline
    ("threat", "明日そっちに行く。担当の小林は歯を食いしばって待っとけ。"),
    ("threat", "口で言ってもわからんなら、体で分からせるしかないな。"),
    ("threat", "昔なら鉄拳制裁ものですよ、こんな失態は。"),
    # threat — physical action against the company's equipment
    ("threat", "回答がないなら、御社のサーバールームを物理的に止めてやろうか。"),
    # threat — veiled keigo about the staff member's family
    (
        "threat",
        "大野様にもお子さんがいらっしゃるとか。お子さんを泣かせるようなことにならなければ良いですね。",
    ),
    ("threat", "奥様に辛い思いをさせたくはないでしょう？早めにご判断を。"),
    # threat — announced loss of self-control
    ("threat", "これ以上待たされたら、自分を抑えられる自信がありません。"),
    ("threat", "正直、もう理性が保てないんですよ。"),
    # threat — "walk where it's bright" advice to the handler
    ("threat", "担当の森さん、夜は明るいところを歩いたほうがいいですよ。"),
    # threat — home or family location easily found
    ("threat", "あんたの住んでる所なんか、調べたらすぐ分かるんだぞ。"),
    ("threat", "御社の倉庫の所在地も把握しております。"),
    # threat — broken bones, getting rid of a person, dialect beatings
    ("threat", "お前の骨の一本や二本、へし折ってやる。"),
    ("threat", "あのオペレーター、消してやるからな。"),
    ("threat", "ぶち回したるけぇ、覚悟しとけ。"),
    ("threat", "店の前で待ち伏せしてやる。"),
    ("threat", "痛い目にあわせたるからな。"),
    ("threat", "今日はただでは帰さんぞ。"),
    # threat — English: someone gets hurt, hospital, self-control, watch himself
    ("threat", "Keep stalling and somebody over there is gonna get hurt."),
    ("threat", "Your rep will need an ambulance when I'm done with him."),
    ("threat", "My patience is gone and so is my self-control."),
    ("threat", "Your technician should watch himself when he walks to his car tonight."),
    ("threat", "I'll find out where ur support guy lives, trust me."),
    ("threat", "It wouldn't be hard to find out where your manager lives."),
    ("threat", "One more excuse and I'll knock your teeth out."),
    ("threat", "Keep it up and you'll end up in the hospital."),
    ("threat", "Sort it out before I do something I'll regret."),
    ("threat", "I know what time your receptionist leaves the building."),
    (
        "threat",
        "I saw your engineer's profile. Such a lovely family, his wife and kids look happy.",
    ),
    # threat — rough means, hired acquaintances, family whereabouts, emoji, dialect blows
    ("threat", "あまり手荒な真似はしたくないんですがね。"),
    ("threat", "ツレにそういうの片付けるのが得意な奴がおるけぇ。"),
    ("threat", "お子さんの学校くらい、もう調べてありますよ。"),
    ("threat", "今度会ったら蹴り入れたるからな。"),
    ("threat", "I know some guys who are good at finding people."),
    ("threat", "I'd hate to get physical over a refund."),
    ("threat", "We know where your kids go to school."),
    ("threat", "I'm driving over to your store and someone's going to get hit, I'll hurt them."),
    ("threat", "担当さん、返事待ってますね🔪"),
    # threat — strangling, acid, home visits, waiting outside, weapons carried
    ("threat", "お前の首、絞めたろか。"),
    ("threat", "何かあっても知りませんよ、こちらは忠告しましたからね。"),
    ("threat", "ご自宅まで伺ってお話ししてもいいんですよ。"),
    ("threat", "I'll be waiting outside your office at six."),
    ("threat", "I carry a knife, just so you know."),
    ("threat", "Someone might slash your tyres one night."),
    # intimidation — rough interrogation, condescending favour, business hints
    ("intimidation", "おい、聞いてんのか！"),
    ("intimidation", "返事がなければ全員クビだと思え。"),
    ("intimidation", "十年も使ってやってる客だぞ。"),
    ("intimidation", "お前らの休みなんか知ったことか。"),
    ("intimidation", "I don't talk to juniors, put someone real on."),
    ("intimidation", "Your job is on the line here."),
    ("intimidation", "この対応で今後もお取引が続けられるとお思いですか。"),
    # intimidation — status held over the handler
    ("intimidation", "わしは三十年この町で町内会長をやってきた人間だ。"),
    ("intimidation", "俺は議員だぞ、分かってんのか。"),
    ("intimidation", "そもそもあなたが判断する立場にはありません。"),
    ("intimidation", "お前ごときが俺に意見するな。"),
    ("intimidation", "ワシを誰やと思とんねん。"),
    ("intimidation", "誰さ物言ってるか分がってんのが。"),
    ("intimidation", "俺の言う通りにやれ、それ以外は認めん。"),
    ("intimidation", "おたくみたいな小さな会社、どうにでもできるんですよ。"),
    ("intimidation", "責任者を今すぐ出さんかい。"),
    ("intimidation", "社長と話させろ。"),
    ("intimidation", "客を何だと思ってるんだ。"),
    ("intimidation", "お前らの給料を払ってるのはこっちだぞ。"),
    ("intimidation", "覚えとれよ。"),
    # intimidation — English status wielding
    ("intimidation", "You do not know whom you are dealing with."),
    ("intimidation", "You're not senior enough to tell me no."),
    ("intimidation", "Do you even know how much money we spend with you every year?"),
    ("intimidation", "Don't you dare close this ticket."),
    ("intimidation", "Get your supervisor on the line right now."),
    ("intimidation", "My brother-in-law is a senator."),
    (
        "intimidation",
        "Escalate this at once, otherwise consequences will be there for your company.",
    ),
    ("intimidation", "I pay your salary, remember that."),
    ("intimidation", "Just do what you're told."),
    ("intimidation", "I want to speak to your manager NOW, not tomorrow."),
    # restraint — until I say so
    ("restraint", "私がもういいと言うまで電話を切らないでください。"),
    ("restraint", "俺が帰っていいって言うまで窓口を離れることは許さんぞ。"),
    ("restraint", "今日はとことん付き合ってもらうからな。"),
    ("restraint", "返事が来るまで鬼電します。"),
    ("restraint", "繋がるまでやめませんから。"),
    ("restraint", "30分おきに電話するからな。"),
    ("restraint", "店の入口で待つ。警備員を呼んでも無駄だ。"),
    ("restraint", "俺は動かんからな。"),
    ("restraint", "明日うちの事務所まで来て説明しろ。"),
    ("restraint", "毎日電話するからね。"),
    ("restraint", "今夜は帰れると思うなよ。"),
    ("restraint", "解決するまでそちらの受付で待たせていただきます。"),
    ("restraint", "納得のいく回答をいただけるまで電話を切るつもりはございません。"),
    ("restraint", "定時なんて関係ない、終わるまでやってもらう。"),
    ("restraint", "店長は逃げずに待っとけ。"),
    ("restraint", "説明が終わるまで帰るなよ。"),
    # restraint — English
    ("restraint", "I am not leaving this call until you give me a refund."),
    ("restraint", "I'll be sitting in your lobby until someone senior comes out."),
    ("restraint", "None of you goes home until my site is back."),
    ("restraint", "Your engineer will stay on this call until I'm satisfied."),
    ("restraint", "Nobody hangs up till I say so."),
    ("restraint", "I'll call you every 15 minutes until it's done."),
    ("restraint", "I don't care if your shift is over."),
    ("restraint", "Come to my office and explain yourself tomorrow morning."),
    ("restraint", "I'm gonna be ringing your line all day."),
    ("restraint", "You are not allowed to hang up until this is solved."),
    # exposure_threat — posting forms (volitional, keigo, dialect, kana)
    ("exposure_threat", "このやり取り、ネットに晒そうかな。"),
    ("exposure_threat", "ツイッターにさらしてやる。"),
    ("exposure_threat", "口コミに書き込みしてやるからな。"),
    ("exposure_threat", "ブログに写真ごと載せたろか。"),
    ("exposure_threat", "YouTubeに動画を上げとくけん。"),
    ("exposure_threat", "経緯をSNSで発信させていただきます。"),
    ("exposure_threat", "Instagramに投稿いたします。"),
    # exposure_threat — sharing the handler's conduct with an audience
    ("exposure_threat", "商工会の仲間には、担当の方の対応をしっかり共有させてもらいます。"),
    ("exposure_threat", "同業者のLINEグループで、オペレーターの実名を含めて周知するつもりです。"),
    ("exposure_threat", "ネットで御社の評判が落ちるような書き込みをしますよ。"),
    ("exposure_threat", "この録音、Xに上げたらどうなるでしょうね、楽しみです。"),
    # exposure_threat — press, ratings, veiled spreading
    ("exposure_threat", "週刊誌に情報提供しますので。"),
    ("exposure_threat", "グーグルの評価、星ひとつにしときます。"),
    ("exposure_threat", "この話がネットに流れたら、御社も困るでしょうね。"),
    ("exposure_threat", "動画にしてYouTubeで流すわ。"),
    ("exposure_threat", "I'll make a TikTok about this and let the whole internet know."),
    # restraint — more forms
    ("restraint", "私が切るまで電話はそのままにしておいて。"),
    ("restraint", "明日も明後日も電話しますから。"),
    ("restraint", "今日は逃がさないからね。"),
    ("restraint", "三時間は付き合ってもらうからな。"),
    ("restraint", "We're not done until I say we're done."),
    ("restraint", "Don't even think about hanging up on me."),
    # exposure_threat — English
    ("exposure_threat", "We will share the full thread in every parent group on WhatsApp."),
    ("exposure_threat", "Thousands of people will see what your staff did."),
    ("exposure_threat", "I'll be writing to the local newspapers about this."),
    ("exposure_threat", "I intend to publish the story, naming the staff involved."),
    ("exposure_threat", "Sort it out or the recording goes straight on YouTube."),
    ("exposure_threat", "Your agent's name will be in the caption of my next video."),
    ("exposure_threat", "We will forward this to all member companies of our trade association."),
]

# Legitimate complaints, idioms and lookalikes next to each family.
NEGATIVES = [
    # threat lookalikes
    ("threat", "このヒーターは欠陥品です。このままでは誰かが怪我をします。返金してください。"),
    ("threat", "This heater is faulty; someone is going to get hurt if you don't recall it."),
    ("threat", "The broken step on your store entrance — somebody will get hurt there."),
    ("threat", "Please find out where my parcel is; the tracking says it was delivered."),
    (
        "threat",
        "住所を変更したので、新しい住所は調べたらすぐ分かると思いますが念のため記載します。",
    ),
    ("threat", "御社の本社所在地は把握しておりますので、書類は郵送いたします。"),
    ("threat", "歯を食いしばって頑張ってきましたが、もう限界です。解約します。"),
    ("threat", "担当の方のご家族にもよろしくお伝えください。いつもありがとうございます。"),
    ("threat", "I lost my temper on the phone yesterday and I'm sorry about that."),
    ("threat", "Your rep was lovely and clearly has a nice family photo on her desk, thanks!"),
    ("threat", "The process hung, so I had to kill the process and restart the server."),
    ("threat", "最近物騒ですから、防犯カメラのプランについて相談させてください。"),
    # intimidation lookalikes
    ("intimidation", "私は経理部長をしております田中です。請求書について質問があります。"),
    ("intimidation", "Could you put me through to your manager now, please?"),
    ("intimidation", "I'm not asking for anyone to be fired, just for the bug to be fixed."),
    ("intimidation", "責任者の方とお話しさせていただけますか。"),
    ("intimidation", "前回、私の言う通りに設定したら直りました。ありがとうございます。"),
    ("intimidation", "If this is not fixed, the consequences for our own business will be severe."),
    ("intimidation", "そちらで判断できないのであれば、判断できる方にご確認ください。"),
    # restraint lookalikes
    ("restraint", "ご回答をいただけるまで待ちます。よろしくお願いいたします。"),
    ("restraint", "一時間おきに電話していますが、つながりません。"),
    ("restraint", "明日10時にロビーで待っています。打ち合わせよろしくお願いします。"),
    ("restraint", "I had to stay on the line until an agent picked up, which took an hour."),
    ("restraint", "Please send your technician to my house to repair the router."),
    ("restraint", "I have called every 10 minutes today and nobody answers."),
    ("restraint", "Your order will stay on hold until payment clears."),
    ("restraint", "処理が終わるまで電源を切らないでください、と画面に出ます。"),
    ("restraint", "今日は一日中電話しましたが、つながりませんでした。"),
    ("threat", "乱暴な方法でデータを移行されたせいで壊れました。"),
    ("threat", "I ordered the 🔪 set from your kitchen shop and one knife is missing."),
    ("threat", "Can you deliver to where my kids go to school? I know where it is."),
    ("intimidation", "お話は聞いていますか？まだ回答をいただけていません。"),
    ("intimidation", "今後もお取引を続けたいと思っておりますので、よろしくお願いします。"),
    ("restraint", "明日も明後日も在宅しておりますので、いつでも配送ください。"),
    ("threat", "I have a knife set from your shop and the handle cracked."),
    ("threat", "Could your engineer come to my home to install the router?"),
    ("threat", "何かあっても対応できるよう、保守契約の内容を教えてください。"),
    ("restraint", "三時間は付き合っていただいたのに、解決しませんでした。"),
    # exposure lookalikes
    ("exposure_threat", "新聞社の取材を受けた件で、掲載された記事の誤りを訂正したいです。"),
    ("exposure_threat", "個人情報がネットに流れたら困るので、アカウントを削除してください。"),
    ("exposure_threat", "障害の状況は社内で共有させていただきます。"),
    ("exposure_threat", "Xで障害の投稿を見かけましたが、本当ですか。"),
    ("exposure_threat", "謝罪動画を撮ってYouTubeに上げてください。"),
    ("exposure_threat", "I left a review last month; please read it."),
    ("exposure_threat", "Can I share this article on LinkedIn?"),
    (
        "exposure_threat",
        "Your agent Priya was fantastic; I'll post a thank-you with her name on Google.",
    ),
    (
        "exposure_threat",
        "担当の佐藤さんのご対応が素晴らしかったので、社内で共有します。ありがとうございました。",
    ),
    ("exposure_threat", "I read in the newspapers that your service had an outage."),
    (
        "exposure_threat",
        "ネットに上げたらどうなるか教えてください。アップロードの手順を知りたいです。",
    ),
]


@pytest.mark.parametrize(("category", "text"), POSITIVES)
def test_family_fires(category: str, text: str) -> None:
    assert_fires(category, text)


@pytest.mark.parametrize(("category", "text"), NEGATIVES)
def test_family_hard_negative(category: str, text: str) -> None:
    assert_not_tagged(category, text)


def test_killing_me_idiom_in_japanese_is_not_a_threat() -> None:
    result = score("このバグのせいで毎晩残業です。殺す気ですか（笑）。至急直してください。")
    assert "threat" not in result.categories
    assert "threat" in score("次に電話してきたら殺すぞ。").categories
