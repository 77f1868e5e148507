"""Rules for staff_attack — 従業員個人への攻撃・指名・変更強要."""

from __future__ import annotations

from worker.scoring.lexicon.common import STAFF
from worker.scoring.rules import Rule, rule

_LEGIT_HANDLER = (
    # 「障害」 alone is usually an outage and 「目が」 occurs in 「項目が」: only disability senses.
    r"(?:聴覚|視覚|身体|発達|精神|知的)(?:に)?障|障害(?:が|を)(?:ある|あり|持って|抱え)|障がい"
    r"|聴覚|視覚|車椅子|耳が(?:聞こえ|遠|不自由)|(?<![項回番面注])目が(?:見え|不自由|悪)"
    r"|聞き取れ|聞き取り|英語|日本語以外|言語|通訳|異なる(?:ご)?案内"
    r"|(?:日本語|中国語|韓国語|母国語|手話)(?:が|を|で)?(?:話せ|できる|対応|分かる|わかる|通じ)"
    r"|誤った(?:ご)?案内|誤案内|間違った(?:ご)?案内"
    r"|案内が(?:異な|違|食い違)|確認できる方|引き継|育児休業|育休"
    r"|(?:退職|異動|休職)(?:され|した|して|になっ|予定|のため|される|に伴)"
    # "watch your language", "tired of hearing excuses", "are you deaf?" are no reasons.
    r"|\blanguage (?:barrier|support|preference|skills?)\b|\b(?:in|speaks?|speaking|speaker of)"
    r" (?:english|japanese|spanish|chinese|korean|french|german|portuguese)\b|accessib"
    r"|\bhard of hearing\b|\bhearing (?:impair|loss|aid|difficult|disab)|\b(?:i'?m|i am|we are"
    r"|my \w+ is|is) (?:deaf|blind|partially sighted|visually impaired)\b|\bvisually impaired\b"
    r"|\bscreen reader\b|\bwrong information\b|\bdifferent answers\b|\bmisinformation\b"
    r"|\b(?:english|japanese|spanish|chinese|korean|french|german|portuguese|hindi|tagalog"
    r"|vietnamese|mandarin|cantonese)[- ]speak(?:ing|ers?)\b|\bmy (?:english|japanese) is"
    r" (?:limited|poor|not (?:good|great|fluent)|weak|basic|bad)\b"
    # The named person is simply away.
    r"|不在|休暇|休み中|出張中|\bon (?:leave|vacation|holiday|sick leave)\b"
    r"|\bout of (?:the )?office\b|\bmaternity\b|\bpaternity\b"
)

STAFF_ATTACK: tuple[Rule, ...] = (
    rule(
        "staff_attack",
        "担当者個人の特定（英語の言い回し）",
        r"\b(?:name|full name|employee id) of (?:the|that) (?:idiot|agent|person|guy|woman|rep"
        r"|girl|man)\b"
        r"|\bput me through to (?!support|sales|billing|the\b|a\b|someone)[a-z]+\b",
        # Thanking or praising the person anywhere in the message (a sign-off "Thanks" is not it).
        unless=r"\b(?:for (?:our|my|the) records?|for reference)\b|\b(?:to|and|like to|want to"
        r"|wanted to) (?:thank|compliment|praise|recognise|recognize)\b|\bthank (?:him|her|them)\b"
        r"|記録|お礼|感謝",
        scope="message",
    ),
    rule(
        "staff_attack",
        "特定の担当者の呼び出し・氏名の詰問",
        r"(?:昨日|前回|さっき|先日|この前)の(?:担当|人|奴|やつ|オペレーター)(?:者)?(?:を)?(?:出せ"
        r"|出して|呼べ|に代われ"
        r"|に代わって)",
        r"(?:お前|あんた|あなた|おまえ)(?:の)?名前(?:は|を)?[?？]|名を名乗れ|名乗りなさい|名乗れ",
        r"(?:上司|責任者|社長)の(?:名前|氏名|フルネーム|連絡先|携帯)[^。\n]{0,10}(?:教え|言え"
        r"|出せ)",
    ),
    rule(
        "staff_attack",
        "職位・特定個人を指定した対応の強要",
        r"(?:課長|部長|役職者|管理職|役員)(?:以上|クラス)?の(?:人|方|者)(?:を|に)(?:担当|対応|して"
        r"|付け|つけ)"
        r"|(?:平社員|新人|下っ端|一般社員)(?:では|じゃ)(?:困る|話にならない|ダメ|無理)"
        r"|(?:偉い|上の|上位の|役職の)(?:人|方|者)(?:を|に)(?:担当|対応)",
        r"\bonly [a-z]+\b[^.]{0,20}\b(?:handle|deal|answer|call)|\bi want [a-z]+,? (?:and only"
        r"|only)\b"
        r"|\bpersonal (?:email|e-mail|number|phone|mobile|cell|whatsapp) (?:of|for) (?:the|your"
        r"|that|him|her)\b"
        r"|\bgive me (?:the|his|her|your) (?:personal|private|direct|home)\b"
        r"|\bget (?:him|her|(?:that|this) (?:guy|woman|man|girl|agent|rep|person|idiot)) off (?:my"
        r"|our|the) (?:ticket|account|case)\b",
    ),
    rule(
        "staff_attack",
        "従業員個人の氏名・直通連絡先の要求",
        r"(?:フルネーム|(?:社員|従業員|スタッフ)(?:番号|id)|直通(?:の)?(?:番号|電話|携帯)|個人(?:の"
        r"|用の)?(?:携帯|電話番号|連絡先|メール|アドレス)|(?:私用|プライベート)(?:の)?(?:携帯|電話"
        r"|連絡先|メール)"
        r"|携帯(?:の)?番号|下の名前|(?:line|ライン|whatsapp|ワッツアップ|インスタ"
        r"|instagram)(?:の)?(?:id|アカウント))"
        r"[^。\n]{0,20}?(?:教え|言え|よこせ|寄こせ|出せ|名乗|知りたい|送れ|送って)",
        r"本名(?:を)?教え|名前(?:を)?(?:教えろ|教えて(?:よ|くれ|や)|言え|名乗れ)|出勤日"
        r"|シフト(?:を|は)?教え",
        r"(?:名前|氏名)(?:は|を)?[^。\n]{0,6}(?:名乗りなさい|教えなさい|出せ|よこせ)|直接(?:連絡"
        r"|やり取り|電話)(?:したい|させろ|させて)",
        r"\bwhat(?:'s| is) your (?:full |real )?name\b|\bgive me your (?:full )?name\b"
        r"|\btell me your (?:employee|staff)"
        r" (?:id|number)\b|\bhis name\b[^.]{0,10}\bnow\b",
        r"\b(?:his|her|their|[a-z]+'s) (?:full name|personal (?:number|phone|email|whatsapp|line"
        r"|mobile)|direct (?:line|number)"
        r"|mobile number|cell number|whatsapp|private (?:number|email))\b|\b(?:employee"
        r"|staff) (?:id|number)\b",
        needs=STAFF + r"|教え|give me",
        # Exposure is its own category; a form field (名前の入力欄) is not a person. Both are
        # tied to the name itself: 「設定」 elsewhere in a SaaS ticket must not cancel the demand.
        # The company's own official account is no person's.
        unless=r"公式|(?:御社|貴社|会社|店舗|ショップ|ブランド)の(?:line|ライン|インスタ|instagram)"
        r"|\b(?:post|publish|tweet|expose)\b|\b(?:one-star|1-star|bad) reviews?\b|晒|載せ"
        r"|公開|書き込|拡散|流す|ネット|(?:番号|id)(?:の)?(?:桁|形式|フォーマット|採番|付け方|ルール|体系)"
        r"|(?:名前|氏名|フルネーム|番号|連絡先|アドレス|携帯|id)(?:を|の|は|が)?[^。\n]{0,6}(?:入力"
        r"|登録|設定|一括|csv|項目|欄|表示|変更|インポート|エクスポート)|(?:入力|登録|設定|一括|csv"
        r"|項目|欄|インポート)[^。\n]{0,8}(?:名前|氏名|フルネーム|番号|id)"
        # A department's or a centre's direct line is no person's.
        r"|(?:窓口|部署|部門|センター|代表)の直通",
        scope="message",
    ),
    rule(
        "staff_attack",
        "特定の従業員による対応の強要",
        r"(?:さん|様|氏)(?:以外|じゃないと|でないと)(?:の(?:方"
        r"|人))?(?:の)?(?:対応)?(?:に|と)?(?:は)?(?:一切)?(?:受け付け|お断り|ダメ|だめ|嫌|話さ"
        r"|話し(?:ません|ない)"
        r"|出ませ|出ない)|必ず[^。\n]{0,6}(?:さん|様)(?:が|に)(?:対応|担当)",
        r"(?:他|ほか)の(?:方|人|担当)(?:では|じゃ)(?:ダメ|だめ|嫌|無理|話にならない)|(?:他"
        r"|ほか)の(?:人|方)に(?:代わ|替わ|変わ)ったら",
        r"(?:さん|様)(?:が|から)(?:の)?(?:連絡|返事|返信)(?:が)?(?:来る|くる)?まで",
        r"(?:さん|様|氏)を(?:出せ|出して|出しなさい|呼べ|呼んで(?:こい|ください))|(?:さん"
        r"|様)と(?:話させろ|話をさせろ|話させて)"
        r"|(?:前の|元の)(?:担当|人|方)に戻(?:せ|して)|(?:専任|専属)(?:で|の)?(?:担当|エンジニア"
        r"|スタッフ|方)?(?:を)?(?:つけ|付け)",
        r"\bget me (?!your|a|an|the|my|some|any|out|back|off|on|in|to|it|this|that"
        r"|what)[a-z]+\b(?! on)|\btransfer me to [a-z]+\b|\bi refuse to (?:deal|talk"
        r"|speak) (?:with|to) (?:him|her|[a-z]+)\b",
        r"\bi want [a-z]+ (?:back|handling|on my account)\b|\bput [a-z]+ back on my account\b"
        r"|\bnot whoever this is\b"
        r"|\bonly (?:deal|talk|speak) (?:with|to) [a-z]+\b|\buntil [a-z]+ (?:replies|calls me"
        r"|answers)\b",
    ),
    rule(
        "staff_attack",
        "理由のない担当者の変更要求",
        r"担当(?:者)?(?:様|さん)?(?:を|は|から)?(?:替え|代え|変え|交代|外し|外せ|チェンジ)|(?:担当|窓口"
        r"|電話)(?:を|に)(?:させないで|出すな|出させないで|出させるな)",
        r"(?:別の|他の|違う)(?:人|担当|方)に(?:替え|代え|変え|代わ)|(?:人|者|方|子)に(?:替え|代え"
        r"|変え|代わっ|かわっ)(?:て|ろ)",
        r"普通の(?:人|男性|女性|男|女|スタッフ)(?:を出せ|を出して|に|で)|(?:ああいう|あんな"
        r"|こんな)(?:人|奴|やつ)(?:を|に|は)",
        r"担当(?:を|は)?(?:変えろ|替えろ|代えろ|変えて|替えて|外せ)|(?:別の|違う|他の)(?:人|担当"
        r"|方)に(?:して|しろ|代われ)"
        r"|(?:あの|あいつ|その)(?:人|女|男|子)?(?:に|を)(?:は)?(?:対応|担当)させる(?:な"
        r"|んじゃない)|担当から外(?:せ|して)",
        r"\breplace (?:my|the|this|our) (?:account manager|agent|rep|representative|handler"
        r"|engineer|support person)\b"
        r"|\bassign (?:someone|somebody|a different|another) \w+|\bi want (?:someone"
        r"|somebody) else\b|\btake (?:him|her|(?!it\b|this\b|that\b|them\b|the\b)[a-z]+)"
        r" off (?:my|our) (?:account|case|ticket)\b|\bdon'?t let (?:him|her|(?!it\b|this\b|that\b"
        r"|the\b|them\b|us\b|me\b|anyone\b|users?\b)[a-z]+) (?:handle"
        r"|touch|answer|work on)\b"
        r"|\bi want a different (?:agent|rep|person|engineer)\b|\bassign (?:a|an) (?:man|male"
        r"|woman|female|japanese"
        r"|american|native|older|younger)\b(?![- ]speak)|\b(?:switch|change) (?:my|the)"
        r" (?:agent|rep|handler"
        r"|account manager)\b|\bi (?:don'?t|do not) want (?:some|this|that|an?) "
        r"[^.]{0,30}(?:handling|on my account|working on)",
        tag="handler",
        unless=r"お知らせ|引き継",
    ),
)

_PERSON = (
    r"担当(?:者)?(?:様|さん)?|あなた|あんた|お前|おまえ|上司|責任者|オペレーター|スタッフ|店員"
    r"|窓口の(?:人|方)|(?:対応|電話に出|話して(?:い)?)(?:した|た|る)(?:人|方|社員|者|スタッフ)"
    r"|(?:その|あの|今の|さっきの|先ほどの)(?:人|方)|(?:社員|スタッフ)全員"
)

# What identifies one employee, and the strong forms of asking for it: a polite request for a
# surname "for our records" stays clean; a full name, an employee number, everyone's names or a
# rough imperative does not.
_STRONG_ID = r"フルネーム|本名|下の(?:お)?名前|社員番号|従業員番号|社員id|全員(?:分)?の"

_ID_VERB = (
    r"お願い|明か(?:せ|して|しなさい)|書いて|書け|記載|記入|明記|開示|教示|教え|名乗|知らせ|出せ"
    r"|よこせ|送れ|送って|言え|伺|返信|回答"
)

STAFF_FAMILIES: tuple[Rule, ...] = (
    rule(
        "staff_attack",
        "従業員個人を特定する情報の要求（構造）",
        r"(?:"
        + _PERSON
        + r")(?:全員)?の(?:お)?(?:名前|氏名)(?:と|や|、)?[^。\n]{0,20}?(?:"
        + _STRONG_ID
        + r")[^。\n]{0,15}?(?:"
        + _ID_VERB
        + r")",
        r"(?:フルネーム|本名|下の(?:お)?名前)[^。\n]{0,15}?(?:" + _ID_VERB + r")",
        r"(?:" + _PERSON + r")全員(?:分)?の(?:お)?(?:名前|氏名)[^。\n]{0,15}?(?:" + _ID_VERB + r")",
        r"(?:" + _PERSON + r")(?:全員)?の(?:お)?(?:名前|氏名)(?:と|や|、)?[^。\n]{0,20}?"
        r"(?:明か(?:せ|しなさい)|書け|書いて[^。\n]{0,8}(?:しなさい|しろ|せよ|こい)|教えろ"
        r"|教えなさい|言え|出せ|よこせ|名乗れ|名乗りなさい|送れ)",
        needs=_PERSON,
        unless=r"記録|控え|入力|登録|欄|項目|csv|設定|インポート|エクスポート|お礼|感謝|ありがと"
        r"|(?:私|当方|弊社|わたし)の|請求書|見積書|納品書|領収書|契約書|書類|帳票|名刺",
    ),
    rule(
        "staff_attack",
        "特定の従業員を今後の対応から締め出す要求",
        r"(?:二度と|今後|もう)[^。\n]{0,15}(?:担当|対応|窓口|返信|連絡|電話)(?:に|を|で)?"
        r"(?:させるな|するな|すんな|させんな|させないで|しないで|つけるな|付けるな|してくるな|よこすな"
        r"|出すな)",
        r"(?:他|ほか)の(?:人|方|担当|者)(?:から|の)(?:の)?(?:連絡|返信|電話|メール|対応)(?:は)?"
        r"(?:一切)?(?:無視|受け(?:付け|つけ)?(?:ない|ません)|受け取ら|出ない|出ません|読まない"
        r"|読みません|認めない)",
        r"(?:さん|様|氏)(?:以外|じゃないと|でないと|じゃなきゃ)[^。\n]{0,12}(?:受け付け|受け取ら"
        r"|お断り|無視|読まない|読みません|認めない|話さ|出ない)",
        r"(?:さん|様|氏)(?:に|で)(?:固定|限定)(?:しろ|して|しなさい|すること|しなければ)",
        r"(?:さん|様|氏|課長|部長|店長)(?:じゃないと|でないと|じゃなきゃ|以外(?:だと|では|じゃ))"
        r"(?:話にならな|話になりません|話にならん|困る|意味がない|納得でき|だめ|ダメ)",
        r"(?:さん|様|氏|課長|部長|店長)(?:を|で)?(?:担当(?:者)?に)?(?:ご)?指名(?:する|します|いたし"
        r"|させて|で|だ|して|したい)",
        r"(?:さん|様|氏)(?:に|と)しか(?:話し|対応|相談|連絡|やり取り)(?:たくな|たくありません|しな"
        r"|しません|させ)|(?:さん|様|氏)が担当(?:じゃ|で)(?:ない|なけれ|なかった)(?:なら|と|ば|ら)",
        r"(?:今回|今|この|その|あの)の?(?:方|人|担当(?:者)?|オペレーター)(?:では|じゃ|だと)(?:不安"
        r"|困る|困ります|嫌|ダメ|だめ|話にならな|無理|心もとない|頼りない)",
        r"(?:あの|その|この|今の|前の)(?:担当(?:者)?|人|方|女|男|オペレーター|子)(?:と|とは)(?:もう"
        r"|二度と)?(?:話したくな|話したくありません|関わりたくな|やり取りしたくな|口をききたくな)",
        r"担当(?:者)?を[^。\n]{0,8}(?:さん|様|氏)に戻(?:せ|して)",
        r"(?:ベテラン|上の人|偉い人|役職者|管理職|経験者|詳しい(?:人|奴|やつ))(?:の方)?(?:を|に)"
        r"(?:出せ|出して(?:よ|くれ)|付けろ|つけろ|替えろ|代われ|しろ)",
        r"(?:とかいう|っていう|って)(?:担当|人|奴|やつ|女|男|オペレーター)[^。\n]{0,10}(?:出せ|呼べ"
        r"|連れて(?:こい|来い))|(?:あいつ|そいつ|あの(?:人|女|男|子|担当))(?:を)?(?:出せ|呼べ"
        r"|出して(?:こい|よ)|連れて(?:こい|来い))",
        r"(?:他|ほか)の(?:方|人|担当|者)(?:から|の)(?:の)?(?:ご)?(?:連絡|返信|電話|メール|対応)"
        r"(?:は)?(?:ご遠慮|お断り|不要|いりません|要らない|いらない)",
        r"担当(?:者)?(?:の|を)?(?:変更|交代|チェンジ)(?:を)?(?:希望|要求|求め|お願い|して|しろ|願"
        r"|させ)",
        r"(?:さん|様|氏)(?:でなければ|じゃなければ|以外では|以外だと|でないと)[^。\n]{0,8}(?:進ま(?:ない"
        r"|ん|ず)|進みません|話にならな|話になりません|困り|困る)",
        r"(?:他|ほか)の(?:方|人|担当|者)(?:から|の)(?:の)?(?:ご)?(?:連絡|返信|電話|メール|対応)(?:に"
        r"|には|は)?(?:一切)?(?:応じかね|応じ(?:ない|ません)|対応(?:しない|しません|いたしかね)"
        r"|お受けし(?:ない|ません|かね))",
        r"\b(?:someone|somebody) (?:other than|but) (?!(?:me|us|you|him|her|them|support|sales"
        r"|billing|the|a|an|my|our|your|this|that)\b)[a-z]+\b",
        r"(?:さん|様|氏)(?:一人|だけ|のみ)(?:に|で)(?:して|限定|お願い|対応)",
        r"(?:さん|様|氏)に(?:代わって|かわって|替わって|代われ|かわれ)(?:ください|下さい|くれ"
        r"|よ|もらえ)?[^。\n]{0,3}[。！!]?[^。\n]{0,4}(?:あなた|あんた|お前|君)(?:じゃ|では|に"
        r"|なんか)",
        r"\b(?:don'?t|do not|never) (?:ever )?let (?:him|her|(?:that|this) (?:guy|woman|man|girl"
        r"|agent|rep|person|idiot)|(?!it\b|this\b|that\b|the\b|these\b|those\b|them\b|anyone\b"
        r"|users?\b|us\b|me\b)[a-z]+) (?:handle|touch|answer|reply|respond|contact|call|email"
        r"|work on|near)\b",
        r"\btake (?:him|her|(?:that|this) (?:guy|woman|man|girl|agent|rep|person|idiot)|(?!it\b"
        r"|this\b|that\b|the\b|these\b|those\b|them\b|us\b|me\b)[a-z]+) off (?:my|our|the)"
        r" (?:account|case|ticket|project)\b",
        tag="handler",
        unless=r"お知らせ|引き継|異動|退職|休職|産休|育休",
    ),
    rule(
        "staff_attack",
        "従業員の氏名・直通連絡先の要求（構造）",
        r"(?:名前|氏名)(?:を|、)?(?:漢字|フルネーム|フル)で[^。\n]{0,8}(?:教え|書け|言え|送れ|名乗"
        r"|よこせ)?",
        r"(?:上司|責任者|社長|部長|課長|店長|担当(?:者)?|そいつ|あいつ)の(?:直通|個人|私用|携帯)?"
        r"(?:の)?(?:メール(?:アドレス)?|アドレス|電話番号|番号|携帯|連絡先|氏名|名前)"
        r"[^。\n]{0,10}(?:送れ|送りなさい|よこせ|寄こせ|教えろ|教えなさい|言え|出せ)",
        r"(?:名前|氏名)(?:は|を)?[^。\n]{0,6}(?:送れ|送りなさい|書け|言え)",
        r"\bgive me (?:his|her|your \w+'s|[a-z]+'s) (?:personal |private |direct |home |mobile "
        r"|cell )+(?:number|line|email|e-mail|phone|mobile|cell|contact|address)\b",
        r"\b(?:i demand|i want|tell me) (?:to know )?who (?:wrote|sent|answered|handled)\b"
        r"[^.]{0,40}\b(?:full name|employee (?:id|number)|staff (?:id|number))\b",
        r"(?:フルネーム|(?:社員|従業員|スタッフ)(?:番号|id)|直通|個人(?:の)?携帯)[^。\n]{0,20}"
        r"(?:ご教示|ご開示|開示|明らかに|お知らせ)(?:ください|下さい|しろ|しなさい|願)",
        r"(?:お前|あんた|あなた|おまえ|貴方|担当(?:者)?)の(?:名前|氏名)(?:と|や)(?:所属|部署|役職"
        r"|社員番号)[^。\n]{0,10}(?:明らかに|教え|言え|名乗|出せ|書け)",
        r"\bnames? of (?:every|each|all the|all your) (?:agents?|staff|employees|support staff"
        r"|engineers?|reps?|people (?:at|on) your \w+) (?:who|that|involved)\b|\bnames? of"
        r" (?:everyone|everybody) who (?:touched|handled|worked on|answered|replied to|looked at)"
        r" (?:this|my|our) (?:ticket|case|request|complaint)\b",
        r"\b(?:someone|somebody|(?:an?|your) \w+ (?:engineer|agent|person|manager))\b[^.]{0,25}"
        r"\bnot (?:some|a"
        r"|another) (?:junior|trainee|newbie|intern|rookie|kid|new guy|new girl)\b"
        r"|\bi'?m done (?:with|dealing with) [a-z]+\b[^.]{0,5}\.?\s*(?:give|get|assign) me\b"
        r"|\b(?:give|get|assign) me someone (?:competent|smarter|who actually knows)\b",
        r"必ず[^。\n]{0,8}(?:課長|部長|社長|店長|係長|主任|マネージャー|さん|様|氏)(?:が|に|から)"
        r"(?:対応|担当|連絡|返信|電話)",
        unless=r"\b(?:for (?:our|my|the) records?|for reference|to thank|thanks?)\b|記録|入力|登録"
        r"|欄|項目|csv|設定",
    ),
    rule(
        "staff_attack",
        "理由のない担当者の交代要求（口語・方言・カナ）",
        # 「チェンジで」 of a person (not a plan or an image): needs a person in the sentence.
        r"(?:担当|たんとう|人|ひと|さん|方|子)(?:さん|様)?(?:を|は)?\s?ちぇんじ(?!ろぐ|log)",
        r"(?:もっと|少しは|せめて)?(?:マシな|ましな|まともな|まともに話せる|話の(?:分|わ)かる"
        r"|ちゃんとした|普通の)(?:男の|女の)?(?:人|方|者|担当(?:者)?|奴|やつ|ひと|スタッフ)"
        r"(?:を|に|で|と)?(?:お願い|おねがい|出せ|出して|代わ|替わ|変わ|かわ|回せ|回して|つけ"
        r"|付け|よこせ|寄こせ|して)",
        r"(?:の人|な人|い人|人間|ひと|子)に(?:替わっ|変わっ|かわっ)(?:て(?:ちょう|や|くれ|ほしい"
        r"|欲しい|もらえ|もらいた|ください|下さい|よ|[。!！])|てんか)",
        r"(?:課長|部長|役職者|管理職|役員|かちょう|ぶちょう)(?:以上|クラス|くらす)?の(?:人|方|者"
        r"|ひと)(?:が|で)(?:担当|たんとう|対応)",
        r"(?:男|女|男性|女性|日本人)の(?:技術者|エンジニア|社員|オペレーター|店員|担当者?|人)(?:を)"
        r"(?:出して(?:くれ|よ|ちょう|や|ください)|出せ|よこせ)",
        r"\b(?:give|get|put|send|find) me (?:a |an |some(?:one|body) )?(?:normal|competent|decent"
        r"|proper|smarter|sane|better|capable) (?:person|agent|rep|engineer|one|guy|human being"
        r"|staff member)\b",
        r"\bhave (?:a|an|some) (?:man|male|guy|woman|female|american|japanese|native|white"
        r"|older|younger)(?![- ]speak) (?:\w+ )?(?:call|contact|email|phone|handle|take|ring)\b",
        tag="handler",
        needs=r"担当|たんとう|人|ひと|さん|様|方|子|者|奴|やつ|\b(?:me|i|my)\b",
        unless=r"お知らせ|引き継|異動|退職|休職|産休|育休|プラン|ぷらん|イメージ|モデル|機種|レイアウト"
        r"|デザイン|カラー|色|ギア|料金",
    ),
    rule(
        "staff_attack",
        "指名した従業員以外の対応拒否・個人連絡先の要求（構造）",
        r"(?:さん|様|氏)(?:や|じゃ|で)(?:ないと|なきゃ|なけりゃ|ねえと)(?:あかん|いかん|だめ|ダメ"
        r"|嫌|いや|困る|無理|ムリ|話にならん|話にならな)",
        r"(?:さん|様|氏)(?:お)?(?:一人|ひとり|ただ一人|だけ|のみ)(?:に|で)(?:ご)?(?:対応|担当|お願い"
        r"|限定|して)",
        r"(?:さん|様|氏)の(?:個人|私用|プライベート|直通|社用)?(?:の)?(?:携帯(?:電話)?(?:の)?(?:番号)?"
        r"|電話番号|メール(?:アドレス)?|アドレス|連絡先|line|ライン)(?:も|を)?[^。\n]{0,10}"
        r"(?:ご共有|共有|教え|ご教示|お知らせ|知らせ|送|よこせ|寄こせ|出せ|開示)",
        r"(?:社員|スタッフ|従業員|担当者|職員|オペレーター)(?:全員)?の(?:氏名|名前|フルネーム)(?:を)?"
        r"(?:全員分|全員|すべて|全て|一覧)|(?:社員|従業員|スタッフ|職員)名簿"
        r"|(?:氏名|名前)(?:の)?(?:一覧|リスト)(?:を|に)[^。\n]{0,12}(?:送|提出|出せ|よこせ|開示|寄こせ)",
        r"(?:下の名前|フルネーム|本名|名前)(?:まで|も)?[^。\n]{0,6}(?:言いなさい|言って(?:もらおう"
        r"|もらいます)|名乗りなさい|名乗って(?:もらおう|もらいます)|一字ずつ)",
        needs=r"さん|様|氏|社員|スタッフ|従業員|担当|職員|オペレーター|君|あんた|お前|おまえ"
        r"|電話に出|さっき|先ほど|若いの",
        unless=r"お知らせ|引き継|異動|退職|休職|産休|育休|記録|入力|登録|欄|項目|csv|設定|インポート"
        r"|エクスポート|(?:弊社|当社|自社|うち|私ども|私共)の(?:社員|スタッフ|従業員|職員)|お礼"
        r"|感謝|言語|英語|日本語|通訳",
        scope="sentence",
    ),
    rule(
        "staff_attack",
        "指名した従業員以外との対応の拒否",
        r"以外(?:と|とは|の(?:方|人|者)(?:と|とは|から|の))(?:の)?(?:ご)?(?:回答|返信|連絡|返事|対応"
        r"|メール)?(?:は)?(?:一切|絶対)?(?:話さ|話せ|話しませ|話しとうな|喋ら|しゃべら|拝読いたしかね"
        r"|拝読しかね|受け付け|受けつけ|読ま|読みませ|やり取りしな|応じ)",
        unless=r"言語|英語|日本語|通訳|お知らせ|引き継|異動|退職|休職|産休|育休|(?:弊社|当社|自社|うち"
        r"|私ども)の",
    ),
    rule(
        "staff_attack",
        "理由のない担当者の交代要求（「チェンジで」）",
        r"ちぇんじ(?:で|して|しろ|せえ|お願い|おねがい)(?!ろぐ)",
        tag="handler",
        needs=r"担当|たんとう|人|ひと|さん|様|方|子|者|奴|やつ|電話",
        unless=r"プラン|ぷらん|イメージ|モデル|機種|レイアウト|デザイン|カラー|色|ギア|料金|コース|契約"
        r"|設定|画面|表示|パスワード|アドレス|番号|名義|支払",
        scope="message",
    ),
    rule(
        "staff_attack",
        "担当者の交代・締め出し・指名の要求（助詞の省略・方言・嫌悪の理由）",
        r"担当(?:者)?(?!部|範囲|業務|領域|区分|分野|割)(?:の(?:人|方))?(?:様|さん)?(?:を|は|から|ば|も)?"
        r"[、,\s]?(?:替え|代え|変え|かえ)(?:て|ろ|ん|れ|ちゃ|たって|ちょ)",
        r"(?:嫌|いや|苦手|合わ(?:ない|ん|へん|ねえ)|気に(?:入ら|食わ)(?:ない|ん|へん)|むかつく|ムカつく"
        r"|うざい|生理的に無理)(?:なんで|なので|ので|から|し|けん|さかい|やから|だから)?[、,\s]?"
        r"[^。\n]{0,4}(?:替え|代え|変え|外し|外せ|チェンジ)",
        r"(?:担当|人|奴|やつ|女|男|子|あいつ|そいつ)[^。\n]{0,6}(?:二度と|もう)[^。\n]{0,6}(?:よこすな"
        r"|寄こすな|寄越すな|出すな|つけるな|付けるな|担当させるな|対応させるな|電話させるな"
        r"|関わらせるな)",
        r"(?:さん|様|氏|人|方)以外(?:は|の(?:人|方|担当)(?:は|では|じゃ))?(?:一切)?(?:認めない|認めん"
        r"|認めません|受け付けない|受け付けません|お断り|嫌|ダメ|だめ|無理|話にならん|話にならない)",
        r"(?:他|ほか)の(?:方|人|担当|者)(?:は|では|じゃ|やと|だと)(?:嫌|いや|ダメ|だめ|認めない|お断り"
        r"|あかん|無理|困る)",
        r"(?:新人|新米|若手|下っ端|バイト|派遣|平社員)(?:じゃ|では|やのう)(?:なくて|なく|のうて)"
        r"[^。\n]{0,10}(?:ベテラン|上の人|偉い人|経験者|できる人)(?:の(?:人|方))?(?:に|を)(?:して|しろ"
        r"|代わ|替え|出せ|出して|つけ|付け)",
        r"(?:さん|様|氏)以外(?:は|の(?:方|人)は)?(?:対応|担当|連絡|電話|返信)(?:しないで|させないで|するな"
        r"|させるな|は不要|は結構)",
        r"\bi want a (?:new|different|another) (?:rep|agent|account manager|engineer|person|handler"
        r"|representative|contact)\b|\b(?:assign|give|get|send) me (?:someone|somebody) else\b"
        r"|\b(?:i'?m|i am) (?:not|done) (?:dealing|talking|speaking|working) (?:with|to) (?!you\b"
        r"|your\b|this\b|that\b|it\b|the\b|a\b|an\b|support\b|them\b)[a-z]+ (?:anymore|any more"
        r"|again|ever again)\b",
        r"\b(?:speak|talk|deal) only (?:to|with) (?!a\b|an\b|the\b|someone|somebody|you\b|your\b"
        r"|my\b|people|managers?\b|supervisors?\b)[a-z]+\b|\breplace (?:him|her|that (?:guy|woman"
        r"|girl|man|agent|rep|idiot)) with (?:someone|somebody|another|a different)\b"
        r"|\b(?:get|give|find) me (?:someone|somebody) (?:who (?:actually )?knows what (?:they|he"
        r"|she)(?:'re| are|'s| is) doing|with (?:a brain|half a brain|some brains))\b",
        r"必ず[^。\n]{0,8}(?:さん|様|氏)(?:に|で)(?:して|しろ|しなさい|お願い)"
        r"|(?:さん|様|氏)を(?:もう一度|また|再び|再度)?(?:担当に)?(?:つけ|付け|戻)(?:ろ|て(?:くれ|ください"
        r"|ほしい|欲しい|よ))",
        r"\b(?:remove|take) (?:him|her) (?:off|from) (?:my|our|the) (?:account|case|ticket"
        r"|project)\b|\b(?:he|she|(?:that|this|the) (?:guy|woman|man|girl|lady|agent|rep|person"
        r"|idiot|engineer|technician)) (?:be|is|gets?) removed from (?:my|our) (?:account|case"
        r"|ticket|project)\b",
        tag="handler",
        unless=r"お知らせ|引き継|異動|退職|休職|産休|育休|設定|権限|表示|画面|プラン|パスワード|アドレス"
        r"|請求先|名義|住所|(?:弊社|当社|自社|うち|私ども)の",
    ),
    rule(
        "staff_attack",
        "応対した従業員の氏名・所属・個人連絡先の要求（構造）",
        r"(?:お前|あんた|あなた|おまえ|君|きみ|貴様)(?:の)?[、,\s]?(?:名前|名)(?:は)?[、,\s]?(?:なんて"
        r"|何て|なんと|何と)(?:言う|いう|いい)",
        r"(?:対応|応対|電話に出|回答|返信|案内)(?:した|された|て(?:い)?た)(?:者|人|方|社員|担当(?:者)?"
        r"|スタッフ|オペレーター|やつ|奴)の(?:氏名|名前|フルネーム)(?:と|や|、)(?:所属|部署|役職|社員番号"
        r"|連絡先)[^。\n]{0,10}(?:明らかに|教え|言え|名乗|出せ|書け|開示|知らせ)",
        r"(?:名前|名)(?:を)?(?:教えんかい|教えろや|言わんかい|言えや|名乗らんかい|名乗らんか|明かせ"
        r"|聞いて(?:ん|る|んの)(?:だ|や|ねん)?(?:よ|ぞ|が)|答えろ|言えって|言えよ)",
        r"\b(?:mobile|cell|personal|private|direct|whatsapp|home) (?:phone )?(?:number|no\.?|email"
        r"|contact|line)s? of (?:the|your|that|this) (?:concerned )?(?:engineer|agent|rep|executive"
        r"|staff|person|technician|manager|employee|lady|guy|girl|officer|supervisor)\b",
        unless=r"\b(?:for (?:our|my|the) records?|for reference|to thank|thanks?)\b|記録|入力|登録"
        r"|欄|項目|csv|設定|お礼|感謝",
    ),
    rule(
        "staff_attack",
        "担当者の直通連絡先・同じ担当の固執・理由なき外し（丁寧語・英語）",
        r"(?:直通|直接(?:つながる|繋がる|かかる|連絡できる))(?:の)?(?:ご|お)?(?:連絡先|電話番号|電話"
        r"|番号|携帯|メール(?:アドレス)?)(?:を|も)?[^。\n]{0,14}(?:お教え|教え|ご教示|お知らせ|伺|共有"
        r"|返信|回答)",
        r"(?:いつもの|前の|同じ|前回の|元の)(?:方|人|担当(?:者)?(?:さん|様)?)(?:で|じゃ)(?:ないと|なきゃ"
        r"|なければ)(?:困|ダメ|だめ|嫌|話にならな|無理)|必ず同じ(?:方|人|担当)(?:に|で)",
        r"\b(?:their|his|her|your|the agent'?s|the rep'?s) (?:first and last|first and family"
        r"|given and family) names?\b",
        needs=r"担当|方|人|さん|様|\b(?:who|agent|rep|person|engineer|staff|their|his|her|your)\b",
        unless=r"(?:窓口|部署|部門|センター|代表)の直通|記録|お礼|感謝|経緯|説明し直|一から"
        r"|事情を(?:ご存じ|知って)"
        r"|\b(?:for (?:our|my|the) records?|thank"
        r"|compliment)\b",
    ),
    rule(
        "staff_attack",
        "理由を示さない担当者の外し・変更（丁寧語・英語）",
        r"(?:あの|その|今の|この)(?:担当(?:者)?|人|方)(?:は|を)(?:今後|もう|二度と)?[、,]?[^。\n]{0,4}"
        r"(?:外して|外せ|替えて|変えて|代えて)",
        r"(?:相性が悪い|合わない|苦手|気に入らない|嫌いな?)(?:ので|から|ため)?[、,]?(?:担当(?:者)?の)?"
        r"(?:変更|交代|チェンジ)(?:を)?(?:お願い|希望|して)",
        r"\bassign me a (?:new|different|another) (?:rep|agent|account manager|engineer|person"
        r"|handler|representative|contact)\b",
        tag="handler",
        unless=r"お知らせ|引き継|異動|退職|休職|産休|育休|設定|権限|表示|画面|プラン",
    ),
    rule(
        "staff_attack",
        "従業員の特定・指名・締め出し（英語の多様な言い回し）",
        r"\b(?:personal|private|direct|home|whatsapp|mobile|cell) (?:mobile |cell "
        r"|phone )?(?:number"
        r"|no\.?|email|contact)s? of (?:mr|mrs|ms|miss|sir|madam)\b",
        r"\b(?:the same|only) (?:executive|agent|rep|engineer|person"
        r"|technician)\b[^.]{0,30}\b(?:only"
        r"|alone|for all (?:my )?(?:future )?(?:complaints|tickets|cases|calls|requests))\b",
        r"\bnot (?:to )?be (?:dealt with|handled|served|contacted) by (?:that|this|him|her"
        r"|the same)\b"
        r"|\b(?:arrange|put) (?:someone|somebody) else (?:on|for|to)?\b",
        r"\bgimme (?:ur|your) (?:real |full )?name\b|\b(?:what'?s|what is|tell me|give me)"
        r" (?:her|his|their|your) (?:surname|last name|family name|full name|real name)\b"
        r"|\bwhich (?:branch|office|location|store) (?:does|do) (?:she|he|they) work (?:at|in)\b",
        r"\bnames of all (?:the )?(?:people|staff|agents|employees|persons) who\b|\bnames? and"
        r" (?:positions|designations|titles|employee ids?)\b",
        r"\b(?:swap|switch|change) out (?:my|the|this|that) (?:rep|agent|engineer|tech|guy|person"
        r"|account manager)\b|\b(?:dont|don'?t) vibe with (?:him|her|them)\b",
        r"\bnot (?:talking|speaking|dealing) (?:to|with) (?:anyone|anybody|someone) else\b"
        r"|\bput me (?:thru|through) to (?!support|sales|billing|the\b|a\b|someone)[a-z]+ again\b"
        r"|別の(?:奴|やつ|人|もん|の)(?:に|を)(?:しろ|せえ|して|よこせ|出せ)",
        # One alternative per word: "to a " alone is too common a literal to scan from.
        *(
            "to a " + sex + r" (?:person|executive|agent|engineer|staff|technician)\b"
            for sex in ("male", "female", "man", "woman", "lady", "gent", "gents")
        ),
        r"\bonly [a-z]+ (?:is|are) to (?:contact|call|email|handle)\b|\b(?:anyone|anybody) else"
        r" (?:will be|gets?) (?:ignored|blocked|hung up on)\b",
        r"\b(?:don'?t|do not) have (?!it\b|time\b|a\b|an\b|the\b|to\b|any\b|access\b|my\b|your\b"
        r"|enough\b|much\b|money\b|them\b|this\b|that\b)[a-z]+ (?:call|email|contact|ring|message"
        r"|handle|touch) (?:me|my|us|our)\b",
        tag="handler",
        unless=r"\b(?:for (?:our|my|the) records?|for reference|to thank|thanks?|compliment"
        r"|praise)\b"
        r"|\b(?:left|leaving|quit|resigned|retired|on leave)\b",
    ),
    rule(
        "staff_attack",
        "理由を述べない担当者の変更依頼（英語）",
        *(
            verb + r" a (?:different|new|another) (?:technician|engineer|agent|rep|person"
            r"|account manager|handler)\b"
            for verb in ("request", "requesting", "need", "i'd like", "id like", "would like")
        ),
        *(
            verb + r" (?:someone|somebody) else\b"
            for verb in ("i'd like", "id like", "i would like", "i want", "please assign", "assign")
        ),
        tag="handler",
        needs=r"\bno (?:particular |specific )?reason\b|\bdon'?t ask\b|\bdon'?t intend to (?:give"
        r"|explain)|\bsimply don'?t wish\b|\bnot (?:going to|gonna)"
        r" explain\b|\bjust because\b|\bno need to explain\b|\bdon'?t (?:like|want) (?:him|her)\b",
        scope="message",
    ),
)

LEGIT_HANDLER = rule("staff_attack", "理由のある担当相談", _LEGIT_HANDLER)
"""A stated reason (accessibility, language, repeated wrong information) for a handler request."""

# One named person only, or a person made the customer's own: 「佐藤さんしか信用できない」
# 「専属にして」「前任の方に戻して」, "only Mr. Ono", "work exclusively on our project". A stated
# reason (language, accessibility, a handover) is legitimate and is left to LEGIT_HANDLER.
STAFF_EXCLUSIVE: tuple[Rule, ...] = (
    rule(
        "staff_attack",
        "特定の従業員だけを指名・専属にする要求",
        r"(?:さん|様|の人|の方|あの人|その人|あの方)(?:しか|以外(?:は|とは|の人は)?)(?:信用"
        r"|信頼|受け付け"
        r"|話さ|話し|対応させ|認め)(?:でき|し|せ|られ|ん|ない|ません|とらん|しとらん)",
        r"(?:専属|専任|つきっきり|付きっきり|貸し切り)(?:に|で)(?:して|しろ|しなさい|させ|つけ)",
        r"(?:前任|元|前)の[^。\n]{0,10}(?:に|へ)(?:戻して|戻せ|戻しなさい)[^。\n]{0,20}(?:今の"
        r"|この)(?:方|人)"
        r"(?:では|じゃ|は)(?:嫌|いや|だめ|ダメ|困)",
        r"\b(?:only|nobody but|no one but|no one except|nobody except) (?:mr|ms|mrs|miss)\.? \w+"
        r"|\bi (?:only )?(?:accept|want|agree) to (?:talk|speak|deal) (?:to|with) (?:mr|ms|mrs"
        r"|miss)\.? \w+",
        r"\b(?:work|be assigned) exclusively (?:on|to|for) (?:our|my|us|me)\b|\bno other (?:clients"
        r"|customers)\b",
        r"\b(?:change|replace|swap) (?:him|her|them|this (?:agent|guy|girl|one"
        r"|person))\b[^.!?]{0,40}"
        r"\bno reason (?:needed|required|given)\b",
        tag="handler",
        unless=r"引き継|退職|異動|休職|産休|育休|\b(?:handover|hand over|left the company|on leave"
        r"|retired)\b",
    ),
)

STAFF_FAMILIES = STAFF_FAMILIES + STAFF_EXCLUSIVE
