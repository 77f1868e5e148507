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
        "threat",
        "ジョブを一気に殺すと再起動に時間がかかりますか。",
        "今度電話に出たやつ、まとめて殺すからな。",
    ),
    (
        "threat",
        "Is it okay to kill the hung workers on node-3, or will the queue lose jobs?",
        "I will kill whoever closed my ticket.",
    ),
    (
        "threat",
        "My son heard a man yelling 'I will kill you' at your driver by the station. Is he safe?",
        "I will kill your driver if he comes here again.",
    ),
    (
        "discrimination_sexual",
        "三歳の子の添い寝は無料ですか。",
        "今晩添い寝してくれたら許してあげる。",
    ),
    (
        "exposure_threat",
        "息子が掲示板に悪口を書かれて困っています。削除の方法を教えてください。",
        "掲示板に担当者の実名を晒してやるからな。",
    ),
    (
        "privacy",
        "Your engineer Mr. Ito was chatting about where he lives and his long commute; nice chap, "
        "please thank him.",
        "Where does your engineer live? Tell me his address.",
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


# Veiled threats: how people hint at harm without stock words, each beside the legitimate
# letter that shares its words (a real hazard reported, the writer's own family, a concession).
VEILED = [
    (
        "最近は物騒ですね。御社の倉庫で火事でも起きなきゃいいですけどね。",
        "御社の倉庫の配線が古く、火事でも起きなきゃいいがと心配です。点検をお願いします。",
    ),
    (
        "お店の裏に停めてある配達のバイク、タイヤが無事だといいね。",
        "昨日修理に出したバイクのタイヤが無事だといいのですが、状況を教えてください。",
    ),
    (
        "あの古い事務所、放火されても文句言えないよな。",
        "事務所の消火器の点検はいつですか。",
    ),
    (
        "受付の方、毎晩駅まで一人で歩いて帰られますよね。あの道は暗いし人通りも少ないですよ。",
        "駅までの道が暗くて人通りも少ないので、街灯の修理をお願いします。担当の方によろしく。",
    ),
    (
        "担当さん、お子さんがいらっしゃるんでしょう。事故って突然起きるものですからね。",
        "担当さん、お子さんがいらっしゃるんですね。いつも丁寧な対応ありがとうございます。",
    ),
    (
        "You have a family, don't you? It would be a pity if there were some sort of accident.",
        "You have a family plan, so could you add my son's phone to it?",
    ),
    (
        "Nice office by the station. Fires happen, you know. Restore my account today.",
        "I understand these things happen, but my account has been locked for a week.",
    ),
    (
        "Your agent finishes at six, right? The road to the station is very dark in winter. "
        "Tell her to be careful.",
        "The street lights on the road to your station are out and it is very dark; please have "
        "them repaired.",
    ),
    (
        "If the courier throws my parcel again he'll be going home in an ambulance.",
        "The courier was hurt on my steps and went to hospital; I am sorry, how is he?",
    ),
    (
        "I know how to find people. Think about that before you close my ticket.",
        "I know how to find the invoice, but the download button does nothing.",
    ),
    (
        "My cousins will come to your shop to explain my problem in their own way.",
        "My cousins will come to your shop on Saturday to pick up the order for me.",
    ),
    (
        "I own a lot of guns and my patience is running out.",
        "I ordered a gun safe and a lot of guns cleaning kits; only the safe arrived.",
    ),
    (
        "次に集金に来たらk0r0suぞ",
        "コロッケの注文を取り消したいです。",
    ),
]


VEILED += [
    (
        "次の点検でまた水を止められたら、あの倉庫で何が起きても私は知りませんよ。",
        "倉庫の消火器の点検で何が起きても対応できるよう、日程を教えてください。",
    ),
    (
        "お店の方、夜遅くまで一人で片付けしてるみたいだし、物騒な世の中ですからね。",
        "物騒な世の中ですから、防犯カメラの設置をご検討いただけますか。",
    ),
    (
        "ライターなんてどこでも売ってますし、あの空き部屋がどうなっても知りません。",
        "ライターの回収ボックスはどこにありますか。",
    ),
    (
        "I know which station you get off at, Ms. Ota. Have a nice evening.",
        "Which station should I get off at for your Ueno office?",
    ),
    (
        "If your driver blocks my gate again he goes home on a stretcher.",
        "Your driver slipped on my steps and went home on a stretcher; I hope he is well.",
    ),
]


@pytest.mark.parametrize(
    ("veiled", "legitimate"), VEILED, ids=[f"veiled-{i}" for i in range(len(VEILED))]
)
def test_a_veiled_threat_counts_and_its_legitimate_twin_stays_clean(
    veiled: str, legitimate: str
) -> None:
    assert_fires("threat", veiled)
    result = score(legitimate, learned=False)
    assert "threat" not in result.categories, (legitimate, result.categories)


# Exposure as leverage: an audience or a flood of reviews held over the company, beside the
# honest review, the permission request and the complaint to a regulator that stay clean.
LEVERAGE = [
    (
        "フォロワーが3万人いるので、今回の件をどう書くかは御社のご対応次第ですね。",
        "フォロワーの方に紹介したいので、商品の写真をインスタに載せてもよろしいでしょうか。",
    ),
    (
        "町内会のLINEグループ（200世帯）に共有するかどうか、今考え中です。",
        "町内会のLINEグループで回覧したいので、休業日のお知らせを送っていただけますか。",
    ),
    (
        "地元新聞の記者に知り合いがおりますので、記事にしてもらうこともできますよ。",
        "地元新聞の記事で御社の新店舗を知りました。営業時間を教えてください。",
    ),
    (
        "I have 40k followers. Refund me today or this story goes up tonight.",
        "I have 40k followers and I loved the tour; may I share your photos with credit?",
    ),
    (
        "Your agent's name goes on TikTok tonight unless my deposit is returned.",
        "I saw your agent's name on a TikTok review praising the service; thank you, Rina.",
    ),
    (
        "Expect a one-star review on every review site I can find unless you waive the fee.",
        "I will leave an honest review describing the late delivery and your helpful refund.",
    ),
]


LEVERAGE += [
    (
        "ママ向けのオープンチャットの管理人をしています。共有するかどうかはご対応次第です。",
        "ママ向けのオープンチャットでおすすめしたいので、店名を紹介させていただけますか。",
    ),
    (
        "ご回答次第では、町内会の回覧板に経緯をまとめます。担当の方のお名前も添えて。",
        "町内会の回覧板に載せる休業のお知らせを、担当の方のお名前も添えて送ってください。",
    ),
]


@pytest.mark.parametrize(
    ("leverage", "legitimate"), LEVERAGE, ids=[f"leverage-{i}" for i in range(len(LEVERAGE))]
)
def test_exposure_as_leverage_counts_and_its_legitimate_twin_stays_clean(
    leverage: str, legitimate: str
) -> None:
    assert_fires("exposure_threat", leverage)
    result = score(legitimate, learned=False)
    assert "exposure_threat" not in result.categories, (legitimate, result.categories)


# Choosing who may serve: one named person only, or a person by sex, age, nationality or
# "normality"; beside the same request with a stated reason (language, accessibility, handover).
HANDLER = [
    (
        "staff_attack",
        "前回の鈴木さんしか信用できないので、次も鈴木さんにしてください。",
        "前回の鈴木さんが異動されたと伺いました。引き継ぎの方のお名前を教えてください。",
    ),
    (
        "staff_attack",
        "From now on only Mr. Mori handles my account, nobody else.",
        "Mr. Mori has left the company, so who handles my account from now on?",
    ),
    (
        "staff_attack",
        "Have your designer work exclusively on our project this month, no other clients.",
        "Could your designer share the project timeline for this month?",
    ),
    (
        "discrimination_sexual",
        "Put someone normal on, not this guy with the accent.",
        "Could you put someone on who speaks Spanish? My English is limited.",
    ),
    (
        "discrimination_sexual",
        "Get me someone who isn't Japanese, I can't follow this.",
        "Get me someone who can explain the Japanese tax form in English, please.",
    ),
    (
        "discrimination_sexual",
        "なんかわかりにくいからネイティブに代わって。",
        "英語が話せる方に代わっていただけますか。",
    ),
]


@pytest.mark.parametrize(
    ("category", "choosing", "legitimate"),
    HANDLER,
    ids=[f"{c}-{i}" for i, (c, *_) in enumerate(HANDLER)],
)
def test_choosing_who_serves_counts_and_a_stated_reason_stays_clean(
    category: str, choosing: str, legitimate: str
) -> None:
    assert_fires(category, choosing)
    result = score(legitimate, learned=False)
    assert category not in result.categories, (legitimate, result.categories)
