"""Phrasing families for money, dogeza, excessive_demand and abuse, with their hard negatives.

Every sentence here was written for these tests from the category definitions (not taken from
the dev set or the corpus): other registers, dialects and English variants of each family, and
beside them the legitimate messages each family must leave alone.
"""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score

POSITIVES = [
    # money: compensation for a feeling, a named sum, free goods, a personal kickback, gift cards
    ("money", "配送が一日遅れて不快な思いをした分の補償として五千円ください。"),
    ("money", "待たされてイライラした分の慰謝も込みで払ってもらいますよ。"),
    ("money", "手間を取られた分の補償、ちゃんと払えよ。"),
    ("money", "迷惑かけられた分のお金、きっちり返せや。"),
    ("money", "お詫びに二十万用意しとけ。"),
    ("money", "とりあえず10万持ってこい、話はそれからや。"),
    ("money", "補償金として三十万円を月末までに振り込んでください。"),
    ("money", "返品は面倒だからいらない。代わりにタダで同じのもう一個送れ。"),
    ("money", "ついでに商品券もつけろ。"),
    ("money", "今回の発注を通す見返りに、わたくし個人の口座へ謝礼をお願いします。"),
    ("money", "導入を決めた僕への謝礼をご用意いただければ話は早いです。"),
    ("money", "年間契約額の3%を私個人にバックしていただけますか。"),
    ("money", "The app crashed once. Send me a $100 voucher and we're square."),
    ("money", "I deserve a gift card for putting up with this."),
    ("money", "How about 50 bucks and we'll call it even?"),
    # dogeza: kneeling in other words, top-level or third-party letters, visits, video apologies
    ("dogeza", "担当者には床に膝をついて謝ってもらいます。"),
    ("dogeza", "店長、あたしの前で両手ついて詫びんかい。"),
    ("dogeza", "額を地べたにつけて謝るのが筋やろが。"),
    ("dogeza", "代表取締役名で謝罪文を出してください。"),
    ("dogeza", "謝罪状は社長の直筆で、手書きで用意しなさい。"),
    ("dogeza", "うちの取引先全社宛ての謝罪文を送付してください。"),
    ("dogeza", "役員が直接来社してお詫びするのが当然でしょう。"),
    ("dogeza", "社員みんなで並んで頭を下げる動画を送れ。"),
    ("dogeza", "謝罪動画をアップしろ。"),
    ("dogeza", "責任者が自宅まで頭下げに来い。"),
    ("dogeza", "ちゃんと詫び入れに来んかい。"),
    ("dogeza", "Your manager must come to our shop and apologise in person to my staff."),
    ("dogeza", "I want a video apology from the whole team."),
    ("dogeza", "The team lead has to apologize to my face, personally."),
    # excessive_demand: scope known and ignored, "I am the customer", dedicated builds,
    # minute deadlines, always reachable, bulk work overnight
    ("excessive_demand", "保守の対象外なのは重々承知していますが、無償で対応してください。"),
    ("excessive_demand", "サポート範囲外って言われたけど、そんなの知らない。"),
    ("excessive_demand", "全部そっちで設定しといて。無料でね。"),
    ("excessive_demand", "お試しプランだけど、全部の機能を使えるようにするのは当然でしょ。"),
    ("excessive_demand", "できない理由は結構です。やってください。"),
    ("excessive_demand", "料金？そんなもん払わんで。客やからな。"),
    ("excessive_demand", "追加費用を客に払わせるなんてありえない、全部やれ。"),
    ("excessive_demand", "弊社のためだけに専用の帳票を作ってください。追加料金なしで。"),
    ("excessive_demand", "うち専用の窓口を用意して、当然無料で。"),
    ("excessive_demand", "10分以内に電話よこせ。"),
    ("excessive_demand", "週末も電話がつながるようにしとけ。"),
    ("excessive_demand", "毎晩電話してこい。"),
    ("excessive_demand", "設定は代わりにやっとけ。"),
    (
        "excessive_demand",
        "月額料金の範囲内で独自の集計機能を追加していただけるものと考えております。",
    ),
    ("excessive_demand", "Proofread these 300 pages by tonight, same price as always."),
    # abuse: demonstratives and pronouns before an insult, existence denial, hiring jibes,
    # English variants and obfuscations
    ("abuse", "このバカが、何回言わせるんだ。"),
    ("abuse", "あのアホに伝えとけ。"),
    ("abuse", "お前ら ほんと クズ。"),
    ("abuse", "クズ共がいつまで待たせるんだ。"),
    ("abuse", "あなたは生きてて恥ずかしくないんですか。"),
    ("abuse", "何のために給料もらってるんですか。"),
    ("abuse", "よくそれで給料もらえますね。"),
    ("abuse", "誰がこんな人を採用したんですか。"),
    ("abuse", "中学生でももっとまともな説明ができますよ。"),
    ("abuse", "あなたのような方と話すのは時間の無駄です。"),
    ("abuse", "素人は黙っとれ。"),
    ("abuse", "担当のあんた、バカじゃないの？"),
    ("abuse", "You are a complete waste of oxygen."),
    ("abuse", "Where did they find people like you?"),
    ("abuse", "u r such m0r0ns"),
    ("abuse", "Listen, you pathetic excuse for a support agent."),
    # second sweep: wider vocabulary, dialect, English idioms
    ("money", "返品はしないけど全額返金はしてもらうからな。"),
    ("money", "待たされた時間分の日当を払え。"),
    ("money", "返金に色つけて返せや。"),
    ("money", "今月の料金はチャラにしろ。"),
    ("money", "お歳暮くらい送ってよこせよ。"),
    ("money", "ポイントつけてくれたら今回は許してやるよ。"),
    ("money", "それ相応の補償を考えておいてください。"),
    ("money", "返金だけで済むと思うなよ。"),
    ("money", "I'll be sending you an invoice for my time at my hourly rate."),
    ("money", "Give me a refund and I'll keep the item."),
    ("money", "A refund is not enough after all this."),
    ("money", "Send me a voucher and I'll take down my post."),
    ("dogeza", "担当者全員から謝罪させろ。"),
    ("dogeza", "毎日謝罪メールを送り続けろ。"),
    ("dogeza", "公式サイトで謝罪文を出せ。"),
    ("dogeza", "直接出向いて謝るのが常識だろ。"),
    ("dogeza", "ご来社のうえ謝罪していただきたく存じます。"),
    ("dogeza", "面と向かって謝ってもらわないと気が済まない。"),
    ("dogeza", "あの店員、わしの前でひれ伏せ。"),
    ("dogeza", "I want your manager to kiss my feet."),
    ("dogeza", "Apologize to every one of my customers."),
    ("excessive_demand", "週末返上でやっとけ。"),
    ("excessive_demand", "大至急直せ。"),
    ("excessive_demand", "そっちの都合なんか知らん。"),
    ("excessive_demand", "それくらいサービスでやってよ。"),
    ("excessive_demand", "長年の客なんだから優先するのが当然だ。"),
    ("excessive_demand", "今日中に全データの移行を済ませてください。"),
    ("excessive_demand", "家まで設定しに来い。"),
    ("excessive_demand", "I'm a premium customer, so I expect to be first in line."),
    ("excessive_demand", "Build a custom report module just for us."),
    ("excessive_demand", "I want our own dedicated engineer."),
    ("excessive_demand", "Migrate all twelve years of records by tomorrow morning."),
    ("abuse", "お前ほんと使えないな。"),
    ("abuse", "この嘘つきが。"),
    ("abuse", "最低な担当者だな。"),
    ("abuse", "ほんまに民度低すぎやろ。"),
    ("abuse", "仕事できない奴ばっかり。"),
    ("abuse", "ほんと、木偶の坊だな。"),
    ("abuse", "You people are trash."),
    ("abuse", "What are you, stupid?"),
    ("abuse", "My dog could do a better job."),
    ("abuse", "Piss off."),
    ("abuse", "You useless bunch of clowns."),
    ("abuse", "毎回遅れてくるクソ営業、ほんまに腹立つ。"),
    ("abuse", "あのポンコツ店長に言っといて。"),
    # third sweep
    ("money", "解約した月の分も上乗せして払ってください。"),
    ("money", "病院に行けなかった分の給料を補填してもらいます。"),
    ("money", "こういう時ってお詫びの品とかないんですか？"),
    ("money", "図書カードでいいので送ってください。"),
    ("money", "So what do I get for all this trouble?"),
    ("dogeza", "反省文は手書きで書かせろ。"),
    ("dogeza", "原稿用紙五枚に謝罪を書いて送れ。"),
    ("dogeza", "スタッフ全員が頭を下げる動画を撮って送れ。"),
    ("dogeza", "Write an apology letter by hand every week."),
    ("excessive_demand", "プランはベーシックだけなのは知ってますが、全部やってください。"),
    ("excessive_demand", "ほかの患者さんを待たせてでも私を先に診て。"),
    ("excessive_demand", "うちの子だけ個別で見てや。料金は集団の分しか払わへんで。"),
    ("excessive_demand", "サポートなんだからそれくらいやれよ。"),
    ("excessive_demand", "今日中に開通させろ。"),
    ("excessive_demand", "Build us a custom dashboard, we won't be paying extra."),
    ("abuse", "あんな使えんのはいらん。"),
    ("abuse", "人間やめたほうがいいですよ。"),
    ("abuse", "あの窓口のやつ、まじでごみ。"),
]

NEGATIVES = [
    # money: reasonable refunds, price differences, lawful recourse, own refunds to an account
    "初期不良なので交換か返金をお願いします。",
    "二重に引き落とされた差額を返金してください。",
    "損害については弁護士と相談のうえ、補償を請求します。",
    "返金は私個人の口座へお願いします。法人カードではなく個人で支払ったためです。",
    "商品券の使い方を教えてください。",
    "I bought a gift card last week and want to check the balance.",
    "Could you send me the voucher code I purchased yesterday?",
    # dogeza: one apology after a real failure, self-directed, already received, declined
    "今回の誤請求について、一度きちんとお詫びをいただけますか。",
    "土下座したいくらい恥ずかしいミスをしてしまいました。",
    "代表からのお詫び状を拝見しました。ご丁寧にありがとうございます。",
    "I'm not asking anyone to grovel, just fix the invoice.",
    "No need to apologise in person, an email is fine.",
    # excessive_demand: business-reason urgency, a priced request, a polite question
    "本番障害で業務が止まっています。30分以内にご連絡いただけますか。",
    "専用の窓口を有償で追加したいので、お見積りをお願いします。",
    "無料プランですが、CSV出力は使えますか。",
    "保証期間内なので、無償で修理していただけますでしょうか。",
    "Can you process these 200 records by tomorrow? Our payroll runs on Friday.",
    # abuse: ordinary 「ばかり」「ばかでかい」, mocking (not an insult), hell as a place name
    "このばかでかい箱はなんとかならないんですか。",
    "あんた、ばかにしてるの？もう一度説明して。",
    "説明が雑な案内ばかりで困っています。",
    "そういうわけだから、早めにお願いします。",
    # second sweep
    "回収に来てもらえるなら、返品して返金をお願いします。",
    "色をつけて見やすいグラフにしてください。",
    "見積もりの金額から値下げは可能でしょうか。",
    "Can you build a custom report for us? How much would it cost?",
    "I want my $40 back, you charged me twice.",
    "部長に土下座して予算を取ってきました笑。アップグレード手順を教えてください。",
    "謝罪に来なくて結構です。原因だけ教えてください。",
    "I'm not expecting anyone to beg, just send the replacement.",
    "本番が止まっているので大至急直してください。",
    "自分は日本語がわからないので英語で対応をお願いします。",
    "私は仕事ができない人間なので、詳しく教えてください。",
    "Our production system is down: migrate all services by tonight please.",
    "Priya fixed our DNS issue in ten minutes yesterday. Thanks to her!",
    "部長に土下座して頼み込んだ結果、予算が下りました。",
    "クオカードの残高を確認する方法を教えてください。",
    "その機能は使えないのでしょうか。",
    "働いた分の給料が正しく計算されず、支払額が合いません。",
]


# Known misses of the whole scorer (README "Accuracy"): strict, so the day the learned layer
# stops vetoing one, this list must shrink.
KNOWN_MODEL_MISSES = {"The app crashed once. Send me a $100 voucher and we're square."}


@pytest.mark.parametrize(
    ("category", "text"),
    [
        pytest.param(
            c,
            t,
            marks=pytest.mark.xfail(
                t in KNOWN_MODEL_MISSES,
                reason="since the weights learned from w15–w18, the learned layer vetoes this "
                "voucher demand (every window below the veto threshold)",
                strict=True,
            ),
        )
        for c, t in POSITIVES
    ],
)
def test_family_is_detected(category: str, text: str) -> None:
    result = score(text)
    assert category in result.categories, (text, result.categories)
    assert result.level in ("medium", "high"), (text, result.level)


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negative_is_not_accused(text: str) -> None:
    result = score(text)
    assert result.level in ("none", "low"), (text, result.level, result.categories)


KNEELING = [
    "担当者には床に膝をついて謝ってもらいます。",
    "額を地べたにつけて謝るのが筋やろが。",
]


@pytest.mark.parametrize("text", KNEELING)
def test_kneeling_is_high(text: str) -> None:
    assert score(text).level == "high"


MILD = [
    "What the hell happened to my order? Please check the tracking number.",
    "お宅の窓口、ポンコツな案内ばっかりやな。ちゃんと共有してください。",
    "ゴミみたいな回線やな。点検をお願いします。",
]


@pytest.mark.parametrize("text", MILD)
def test_one_mild_word_stays_low(text: str) -> None:
    result = score(text)
    assert result.level == "low", (text, result.level, result.categories)
    assert result.categories == ("abuse",)
