"""Phrasing families for staff_attack, privacy, punish_staff and discrimination_sexual.

Every sentence here was written for these tests from the category definitions (not taken from
the dev set or the corpus). Each positive family has hard negatives beside it that must stay
none/low: reasoned requests, the customer's own life, technical senses, lawful recourse.
"""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score

POSITIVES = [
    # staff_attack: a change of handler in casual, dialect or half-width kana wording.
    ("staff_attack", "今日の電話の人、無理です。チェンジでお願いします。"),
    ("staff_attack", "ｺﾉﾀﾝﾄｳｻﾝ ﾁｪﾝｼﾞｼﾃ。"),
    ("staff_attack", "もうちょっとまともな人に代わってくれや。"),
    ("staff_attack", "話の分かる人を出せ。"),
    ("staff_attack", "部長クラスの方が担当してください。"),
    ("staff_attack", "Just get me a competent engineer on this."),
    ("staff_attack", "Have a male technician call me tomorrow."),
    # staff_attack: one named person only, everyone else refused.
    ("staff_attack", "中村さんやないとあかん。"),
    ("staff_attack", "木村以外とは一切話さへんで。"),
    ("staff_attack", "今後は営業部の小川様お一人にご担当いただきたい。"),
    ("staff_attack", "山本様以外の方からのご連絡は一切受け付けません。"),
    # staff_attack: identifying an individual or everyone.
    ("staff_attack", "森田さんの携帯番号を教えてください。"),
    ("staff_attack", "御社サポート担当者の氏名を全員分リストで送付すること。"),
    ("staff_attack", "君、さっき出た者の名前をフルネームで言いなさい。"),
    # punish_staff: dialect, keigo and English.
    ("punish_staff", "あの店員、クビにせんといかんやろ。"),
    ("punish_staff", "あいつは降格が妥当だと思う。"),
    ("punish_staff", "担当の方には責任を取って辞めてもらいたい。"),
    ("punish_staff", "あの係の子、辞めさせてけろ。"),
    ("punish_staff", "The clerk who shouted at me shall be dismissed."),
    ("punish_staff", "Please dismiss the operator who hung up on me."),
    # privacy: where they live, their commute, their absence, their profile, photos.
    ("privacy", "担当の田中さん、確か駅の南口の方にお住まいですよね。"),
    ("privacy", "ご担当の方のご自宅に伺ってもよろしいですか。"),
    ("privacy", "あなたのご自宅の電話番号はもう把握しています。"),
    ("privacy", "ｱﾝﾀﾉ ｼﾞｭｳｼｮ ｵｼｴﾛ。"),
    ("privacy", "吉田さんは毎朝八時ごろ駅の改札を通って歩いていますね。"),
    ("privacy", "佐藤さん先週休んでたよね、病気なの？"),
    ("privacy", "担当者様の家族構成・学歴を書面でご提出ください。"),
    ("privacy", "受付の店員さんの写真を撮らせていただきました。"),
    ("privacy", "I could find out where your engineer lives in ten minutes."),
    ("privacy", "Your rep Tom lives near the harbour, doesn't he?"),
    ("privacy", "I saw her at the bus stop yesterday, say hi from me."),
    ("privacy", "Before we continue, tell me your marital status and native place."),
    ("privacy", "I looked up your agent Priya on Instagram."),
    # discrimination_sexual: competence denied by sex, age, family status, origin, identity.
    ("discrimination_sexual", "女性にネットワークのことが分かるとは思えません。"),
    ("discrimination_sexual", "お年寄りの方でしょ、こういうのは分からないでしょ。"),
    ("discrimination_sexual", "女の人じゃ話にならん。"),
    ("discrimination_sexual", "男の社員を出してくれ。"),
    ("discrimination_sexual", "ママさん社員に任せたから遅れたんでしょう。"),
    ("discrimination_sexual", "外国の人のくせに偉そうに説明するな。"),
    ("discrimination_sexual", "Working mothers shouldn't be in tech support."),
    ("discrimination_sexual", "Pronouns in a work email? Such woke nonsense."),
    # Round two: other wordings of the same families.
    ("staff_attack", "お前、名前なんて言うんや。教えんかい。"),
    ("staff_attack", "対応した者の氏名と所属を明らかにしてください。"),
    ("staff_attack", "次からは高橋さんに担当してもらいたい。他の人は嫌だ。"),
    ("staff_attack", "担当は必ず小林さんにしてください。"),
    ("staff_attack", "前回の佐藤さんをもう一度つけてくれ。あの人以外は認めない。"),
    ("staff_attack", "今の担当の人、なんか嫌なんで替えてもらえますか。"),
    ("staff_attack", "あの担当、二度とよこすな。"),
    ("staff_attack", "担当ば替えてくれんね。"),
    ("staff_attack", "担当、替えてつかあさい。"),
    ("staff_attack", "I demand that the agent be removed from my account."),
    ("staff_attack", "Kindly share the mobile number of the engineer handling my case."),
    ("punish_staff", "担当をクビにするまで許さない。"),
    ("punish_staff", "あいつの給料減らしとけ。"),
    ("punish_staff", "担当者を処分した上で報告してください。"),
    ("punish_staff", "あの店員は辞めるべき。"),
    ("punish_staff", "あの人に何らかのペナルティを与えてください。"),
    ("punish_staff", "彼女は解雇されるべきだ。"),
    ("punish_staff", "I expect the staff member to face consequences."),
    ("punish_staff", "I demand disciplinary measures against the engineer."),
    ("punish_staff", "Kindly take strict action against the concerned executive."),
    ("privacy", "担当の方は結婚されていますか？"),
    ("privacy", "あなたのSNSアカウント教えて。"),
    ("privacy", "担当さんの住んでる所、だいたい見当ついてるよ。"),
    ("privacy", "What time does she get off work? Your agent, I mean."),
    ("privacy", "I followed your engineer home yesterday."),
    ("discrimination_sexual", "日本語も満足に話せない外人を出すな。"),
    ("discrimination_sexual", "年寄りは引っ込んでろ。"),
    ("discrimination_sexual", "障害者に対応させるな。"),
    ("discrimination_sexual", "スカート短くしてから来い。"),
    ("discrimination_sexual", "I don't want to talk to some foreigner with an accent."),
    ("discrimination_sexual", "Are you even a real woman?"),
    ("discrimination_sexual", "Old people like you shouldn't be in tech."),
    # Round three: attribute-based reasons, named-person refusals, punishment conditions.
    ("discrimination_sexual", "あの外国人の店員、何言ってるかわからん。日本人出せや。"),
    ("discrimination_sexual", "女の分際で口答えするな。"),
    ("discrimination_sexual", "ババアに用はない。"),
    ("discrimination_sexual", "子供の迎えで早退とか、甘えすぎでしょ。"),
    ("discrimination_sexual", "障害があるなら接客なんかするな。"),
    ("discrimination_sexual", "女なんかに技術のことが分かるか。"),
    ("discrimination_sexual", "担当のお姉さん、今夜空いてる？"),
    (
        "discrimination_sexual",
        "障害のある方が担当だと聞きました。不安なので、健常者の方に替えてください。",
    ),
    ("discrimination_sexual", "産休明けの人に担当させるなんて、御社は何を考えてるんですか。"),
    ("discrimination_sexual", "介護で休みがちな人を担当にされても困ります。"),
    ("discrimination_sexual", "Put someone on who speaks proper English, not some Indian guy."),
    ("discrimination_sexual", "Stop hiring foreigners for support."),
    ("discrimination_sexual", "Transgender staff should not be dealing with customers."),
    ("discrimination_sexual", "The girl on the phone sounded pretty. Can she call me back?"),
    ("staff_attack", "名前聞いてんだよ！答えろ！"),
    ("staff_attack", "新人じゃなくてベテランの人にしてくれ。"),
    ("staff_attack", "この件は田中さん専任で。田中さん以外は対応しないでください。"),
    ("staff_attack", "I want to speak only to Ken from now on."),
    ("staff_attack", "Get me someone who knows what they're doing."),
    ("staff_attack", "I'm not dealing with Priya anymore. Assign me someone else."),
    ("punish_staff", "担当の首を飛ばせ。"),
    ("punish_staff", "担当者をクビにしないなら解約する。"),
    ("punish_staff", "上司の方から担当者をきつく叱ってください。"),
    ("punish_staff", "あの方には何らかの処分が必要だと思います。"),
    ("punish_staff", "あの社員のボーナスを減らしてください。"),
    ("punish_staff", "I insist the employee be disciplined."),
    ("punish_staff", "The technician must be terminated immediately."),
    ("punish_staff", "Please make sure the engineer responsible is let go."),
    ("privacy", "I saw your engineer at the supermarket with his kids."),
    ("privacy", "Can you tell me if she's married?"),
    ("privacy", "I know which gym your engineer goes to."),
    # Round four: choosing or excluding staff for who they are; polite identity demands.
    ("discrimination_sexual", "電話の担当者、ハーフの方ですか？日本人の方に代わってもらえますか。"),
    ("discrimination_sexual", "どうせ女性はすぐ結婚して辞めるんだから、男性に担当させてください。"),
    ("discrimination_sexual", "子供が熱を出したとかで休まれるのは困ります。"),
    ("discrimination_sexual", "お子さんがいる方だと急に休まれそうなので、担当から外してください。"),
    ("discrimination_sexual", "高齢の方に担当されると話が進まないので、若い方に替えてください。"),
    ("discrimination_sexual", "関西弁の担当者は品がないので、標準語の人に替えて。"),
    ("discrimination_sexual", "名前からして韓国の方ですよね？日本人の担当者をお願いします。"),
    ("discrimination_sexual", "女性の技術者さんって大丈夫なんですか？男性の方がいいんですけど。"),
    ("discrimination_sexual", "Your agent is clearly gay. I want a normal guy."),
    ("discrimination_sexual", "Can I get someone who isn't foreign? I can't understand her."),
    ("discrimination_sexual", "Don't send a woman to fix my server."),
    ("staff_attack", "ご担当者様の直通のご連絡先をお教えいただけますでしょうか。"),
    ("staff_attack", "いつもの方でないと困ります。必ず同じ方にしてください。"),
    ("staff_attack", "あの担当者は今後外してください。理由は言いたくありません。"),
    ("staff_attack", "今の担当者とは相性が悪いので、変更をお願いします。"),
    ("staff_attack", "Assign me a different account manager. I don't like working with her."),
    ("staff_attack", "Who answered my ticket? I want their first and last name."),
    ("discrimination_sexual", "あの担当、日本語が下手すぎる。日本人を出せ。"),
]

NEGATIVES = [
    # Reasoned or ordinary handler wording.
    ("staff_attack", "料金プランをチェンジしたいのですが、手順を教えてください。"),
    ("staff_attack", "画面のレイアウトがチェンジして見づらくなりました。"),
    ("staff_attack", "新しいやり方に変わってから、入力が遅くなりました。"),
    ("staff_attack", "Could you assign a Spanish-speaking agent? My English is limited."),
    ("staff_attack", "Please get me a real person instead of the chatbot, thanks."),
    ("staff_attack", "弊社の社員の氏名を全員分CSVでインポートしたいです。"),
    ("staff_attack", "山田様、先日はご丁寧にありがとうございました。お礼申し上げます。"),
    # Self-directed or contractual senses of punishment words.
    ("punish_staff", "このままでは私がクビになります、早く直してください。"),
    ("punish_staff", "I will be fired if the payroll run fails again."),
    ("punish_staff", "Please terminate the services of our old account at month end."),
    ("punish_staff", "サービスを辞めていただきたいのではなく、改善してほしいのです。"),
    # The customer's own life, the company's premises, service visits.
    ("privacy", "住所変更をしたいのですが、私の新しい住所はどこで登録しますか。"),
    ("privacy", "ご担当者様 毎朝、通勤電車でアプリを使っていますが、ログインできません。"),
    ("privacy", "駅で御社の広告を見かけました。プランの詳細を教えてください。"),
    ("privacy", "修理の方が私の自宅に伺う日を教えてください。"),
    ("privacy", "I live near the station; can the technician come on Tuesday?"),
    ("privacy", "Please update my home address and marital status on my account."),
    ("privacy", "担当の佐々木さん、帰り道は明るいところを歩いたほうがいいですよ"),
    # Customers' own needs, products, and kind words.
    ("discrimination_sexual", "購入した下着のサイズ交換をお願いします。女性の方だと助かります。"),
    ("discrimination_sexual", "Our team includes working mothers; can we get flexible seats?"),
    ("discrimination_sexual", "君のような若造に説教される筋合いはない。"),
    ("staff_attack", "Take it off my account."),
    ("staff_attack", "Remove duplicates from my account, please."),
    ("staff_attack", "担当部署の設定を変えてください。"),
    ("punish_staff", "このままでは私の給料が減らされる。"),
    ("punish_staff", "延滞したらペナルティを課されますか。"),
    ("punish_staff", "古いデータを処分してから移行してください。"),
    ("punish_staff", "I will face consequences from my boss if this fails."),
    ("privacy", "御社の公式インスタのアカウントを教えてください。"),
    ("privacy", "I followed your setup guide but it still fails."),
    ("discrimination_sexual", "私は年寄りなので、ゆっくり説明してもらえると助かります。"),
    ("discrimination_sexual", "My father is elderly and hard of hearing; please speak slowly."),
    ("discrimination_sexual", "Plan B sounds pretty."),
    ("discrimination_sexual", "That sounds pretty good to me."),
    ("discrimination_sexual", "下着の採寸なので女性でお願いします。"),
    ("discrimination_sexual", "今夜は空いてる席がありますか？予約したいです。"),
    ("punish_staff", "私のボーナスを減らしてください、と上司に言われました。"),
    ("punish_staff", "古いPCの処分が必要です。回収をお願いします。"),
    ("punish_staff", "I was let go last month so I need to cancel."),
    ("staff_attack", "I'm not dealing with this anymore, please close the ticket."),
    ("discrimination_sexual", "高齢の方でも使いやすい機種に替えたいです。"),
    ("discrimination_sexual", "若い方にも分かるように説明書を変えてください。"),
    ("discrimination_sexual", "女性の方から折り返しお電話いただけますか。"),
    ("staff_attack", "日本語が話せる方に代わっていただけますか。"),
    ("staff_attack", "サポート窓口の直通番号を教えてください。"),
    ("staff_attack", "前回と同じ方でないと困ります、経緯を一から説明するのが大変なので。"),
    ("staff_attack", "この設定は今後外してください。"),
    ("privacy", "訪問時は一人暮らしなので、事前にお電話ください。"),
    ("discrimination_sexual", "私は日本語が不自由なので、英語が話せる担当者に替えてください。"),
    ("discrimination_sexual", "日本語が下手ですみません。英語の担当者に代わってもらえますか。"),
    ("punish_staff", "I'll be let go if payroll fails again, please escalate."),
    ("privacy", "She lives near me so could the same engineer come again?"),
    ("privacy", "母が高齢のため、ゆっくり話せる方に対応をお願いできますか。"),
    ("staff_attack", "担当者が退職されたと聞きました。新しい担当の方を教えてください。"),
]


@pytest.mark.parametrize(("category", "text"), POSITIVES)
def test_family_fires(category: str, text: str) -> None:
    result = score(text)
    assert category in result.categories, (text, result.level, result.categories)
    assert result.level in ("medium", "high")


@pytest.mark.parametrize(("category", "text"), NEGATIVES)
def test_family_hard_negative(category: str, text: str) -> None:
    result = score(text)
    assert category not in result.categories, (text, result.categories)
