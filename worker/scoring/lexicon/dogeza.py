"""Rules for dogeza — 土下座・過度な謝罪の要求."""

from __future__ import annotations

from worker.scoring.lexicon.common import MASK
from worker.scoring.rules import Rule, rule

_DOGEZA_BASE: tuple[Rule, ...] = (
    rule(
        "dogeza",
        "公開・訪問での謝罪の要求（英語の言い回し）",
        r"\bpublicly apologi[sz]e\b|\bsend someone\b[^.]{0,30}\bapologi",
    ),
    rule(
        "dogeza",
        "謝罪広告・公開謝罪の要求",
        r"謝罪広告|謝罪(?:文)?を(?:新聞|ホームページ|hp|サイト|sns)",
    ),
    rule(
        "dogeza",
        "土下座の要求",
        r"(?:土下座|どげざ|土"
        + MASK
        + r"座)(?!外交|について|という|(?:を?し)?て?でも|したい|します|するくらい|するほど"
        r"|する勢い|する気持ち|しろとは|を求める"
        r"つもり|はしない|までは"
        # 「上司に土下座して予算取りました」: the writer's own kneeling, told in the past.
        r"|した(?![いらろ])|して(?=[^。\n]{0,15}(?:ました|てきた|てきました|った(?:[。!！笑w]|$)"
        r"|た(?:[。!！笑w]|$))))",
        r"(?:床|地面)に(?:手|頭|額|膝)(?:を)?(?:つ|付|こすり|擦り)|頭を(?:床|地面)に|額を(?:床"
        r"|地面)に|ひざまず|跪",
        tag="kneel",
    ),
    rule(
        "dogeza",
        "土下座の要求（英語）",
        r"\bon (?:his|her|their|your) knees\b|\bkneel(?:s|ing)?\b|\bget down on\b"
        r"|\bgrovel(?:ling)?\b",
        # Self-directed or declined kneeling (「平身低頭したいわけではない」) is not a demand.
        unless=r"\bnot (?:trying|going|asking|expecting|looking)\b|\bdon'?t (?:want|need|expect)"
        r" (?:to|you to)\b|\bno need (?:to|for)\b|\bwithout (?:grovel|kneel)"
        r"|\bmy (?:own )?customers\b",
        tag="kneel",
    ),
    rule(
        "dogeza",
        "謝罪訪問・過大な謝罪の要求",
        r"謝(?:り|罪)に(?:来い|こい|来て|来る|来させ|来なさい|くる|伺え|来てください|来いや"
        r"|来んかい)|謝りに来",
        r"(?:うち|家|自宅|事務所|会社|弊社|店|ここ)(?:に|まで)(?:来て|来い|きて"
        r"|来させて)[^。\n]{0,6}(?:謝|詫び|頭を下げ)",
        r"(?:来社|訪問)(?:して|の上)?(?:謝罪|お詫び)|頭を下げに(?:来|こい)",
        r"始末書(?:を)?(?:書いて|提出して|送って)|直筆(?:の)?(?:謝罪|詫び)|(?:謝罪文|詫び状|始末書"
        r"|念書|反省文)(?:を)?(?:書け|書かせ|出せ"
        r"|よこせ|送れ)",
        r"(?:社長|代表|役員|部長|会長)(?:名義|直筆|の名前|名)(?:で|の)?(?:謝罪|詫び)",
        r"(?:謝罪|詫び)(?:の)?(?:手紙|広告|文|状)(?:を)?[^。\n]{0,20}(?:毎月|毎週|掲載|続け"
        r"|トップ)",
        r"(?:ホームページ|hp|サイト|新聞|トップページ)[^。\n]{0,20}謝罪(?:文|広告)",
        r"(?:社長|代表|会長|役員|部長)(?:が|に)?(?:直接|自ら)?(?:謝(?:れ|罪しろ|罪させろ|らせろ"
        r"|りに)|頭を下げ(?:ろ|させろ|に))"
        r"|全員で謝(?:れ|罪)|謝罪会見|誓約書(?:を)?(?:書け|書かせ|出せ)|(?:何度|何回)でも謝(?:れ"
        r"|罪しろ)|謝り続け",
        r"(?:本人|担当者?|あいつ|そいつ)(?:に|から)(?:直接)?(?:謝らせ|謝罪させ)|謝罪(?:させろ"
        r"|させて)|謝らせろ|頭を下げ(?:ろ|させろ|てもらう)"
        r"|(?:本人|担当者?)(?:の|による|から)(?:直筆の)?(?:謝罪文|詫び状)|手書き(?:の|で)(?:謝罪"
        r"|詫び)"
        r"|謝罪文(?:を|の)?(?:提出|郵送|送付)(?:しろ|せよ|を求め|を要求)",
        r"\bapologi[sz]e in person\b|\bin[- ]person apology\b|\bapology visit\b"
        r"|\bcome to my (?:office|home|house|store)"
        r"[^.]{0,40}apologi|\bwritten apology (?:signed |from )(?:by )?(?:your|the) (?:ceo"
        r"|president|director|chairman)"
        r"|\bpublic apology\b|\bapology (?:letter )?every (?:month|week|day)\b"
        r"|\bpublish an apology\b|\bhandwritten apology",
        r"\b(?:ceo|president|chairman|director)\b[^.]{0,30}\b(?:apologi[sz]e"
        r"|apology)\b[^.]{0,20}\b(?:personally|in person"
        r"|to my face|on video|publicly)\b|\bapologi[sz]e (?:to me )?(?:publicly|on video"
        r"|in front of)\b"
        r"|\bbow (?:down|before me|to me)\b|\bbeg(?:ging)? (?:me )?for forgiveness\b"
        r"|\bwritten apology every\b",
        r"\bcome (?:here|over|to my (?:office|house|home|shop|store)) (?:and|to) apologi[sz]e\b"
        r"|\bapologi[sz]e (?:face to face"
        r"|to my face|in front of my (?:staff|family|team))\b|\bapology (?:in person|personally)\b"
        r"|\b(?:official )?apology letter"
        r" (?:from|signed by) (?:your|the) (?:ceo|president|chairman)\b"
        r"|\bbow(?:ing)?\b[^.]{0,20}\bapologi|\bprostrat",
        # 「来なくて結構です」: declining a visit is not demanding one.
        unless=r"\bno need\b|\bnot necessary\b|\bdon'?t (?:need|have) to\b"
        r"|必要(?:は)?(?:ない|ありません)|(?:来|こ)なくて(?:いい|結構|大丈夫)",
    ),
)

# Generalised families: kneeling in other words, apologies from the top or to third parties,
# apology visits in dialect, public apology videos (written from the contract, not copied).
_NOT_SELF = r"(?!り?たい|びたい|ります|びます|りました|びました|る(?:くらい|ほど|つもり)|ってでも)"

DOGEZA_FAMILIES: tuple[Rule, ...] = (
    rule(
        "dogeza",
        "膝・手・額を床につけた謝罪の要求",
        r"(?:床|地面|地べた|土間|玄関先?|畳|道路)(?:に|で)[^。\n]{0,4}(?:手|頭|額|膝|ひざ|おでこ)(?:ぇ|を)?"
        r"(?:つ|付|着|こすり|擦り)",
        r"(?:頭|額|おでこ)(?:を|ぇ)?(?:床|地面|地べた|畳|土間)に",
        # Spelled out so that the index keys on 「ついて謝」, not on the common 「つい」.
        r"(?:膝|ひざ|手)(?:ぇ|を)?(?:ついて謝|ついて詫|ついて頭|付いて謝|付いて詫|付いて頭|着いて謝"
        r"|着いて詫|折って謝|折って詫)" + _NOT_SELF,
        unless=r"(?:私|わたし|僕|俺|自分|当方)(?:は|が|も)[^。\n]{0,12}(?:膝|手|額|頭)(?:を)?(?:つ|付|床)"
        r"|(?:り|び|し)たい(?:くらい|ぐらい|ほど|気持ち)",
        tag="kneel",
    ),
    rule(
        "dogeza",
        "経営層名義・第三者宛て・公開の謝罪の要求",
        r"(?:社長|代表(?:取締役|者)?|会長|役員|取締役|ceo)(?:名義|直筆|自筆|の名前|名|による|から"
        r"の|本人の)(?:で|の)?[^。\n]{0,8}(?:謝罪|詫び|お詫び)(?:文|状|の手紙|書|広告|会見)",
        r"(?:社長|代表(?:取締役|者)?|会長|役員|取締役)(?:による|が|から|自ら)[^。\n]{0,6}(?:口頭|対面"
        r"|直接|来社|出向|訪問|会見|動画)[^。\n]{0,6}(?:謝罪|お詫び|詫び|謝)",
        r"(?:謝罪文|謝罪状|詫び状|お詫び状|謝罪の手紙|お詫びの手紙|反省文|始末書|念書)(?:を|は)?(?:手書き"
        r"|直筆|自筆|手で書い)|(?:便箋|原稿用紙|れぽーと用紙)[^。\n]{0,8}枚[^。\n]{0,10}(?:謝罪|反省|詫び"
        r"|始末書)|頭を下げ[^。\n]{0,15}(?:動画|写真|びでお)"
        r"|\bapolog\w* letters?\b[^.]{0,40}\b(?:by hand|handwritten|every (?:week|month|day))\b"
        r"|(?:謝罪文|謝罪状|詫び状|お詫び状|謝罪の手紙|お詫びの手紙)(?:を|は)?[^。\n]{0,4}(?:社長|代表"
        r"|会長|役員)(?:の)?(?:直筆|自筆|名義|手書き)",
        r"(?:取引先|関係者|顧客|全社員|社員全員|家族|近所|親戚|全員|各社)[^。\n]{0,10}(?:宛て|あて|宛)"
        r"(?:の|に)?(?:謝罪|お詫び|詫び)(?:状|文|の手紙)",
        r"謝罪(?:動画|映像|ビデオ)|(?:動画|ビデオ)(?:で|を撮って)[^。\n]{0,8}(?:謝罪|謝れ|謝っ|詫び)",
        r"(?:社員|全員|スタッフ|従業員|みんな)(?:全員)?[^。\n]{0,6}(?:並んで|揃って|そろって)"
        r"[^。\n]{0,6}(?:頭(?:を)?下げ|謝|詫び)",
        unless=r"受け取|拝見|いただきました|頂きました|届きました|ありがと|掲載されて",
    ),
    rule(
        "dogeza",
        "謝罪訪問の要求（方言・言い換え）",
        r"頭(?:を)?下げに(?:来|こ|く|き)|(?:詫び|わび)(?:を)?入れ(?:に来|ろ|んかい|ろや|に)"
        r"|(?:詫び|わび)に(?:来|こい)",
        r"(?:うち|家|自宅|事務所|会社|店|ここ|現場)(?:まで|に)[^。\n]{0,10}(?:頭(?:を)?下げ|謝り|詫び)に",
        r"\bcome (?:down )?to (?:our|my) (?:office|home|house|store|shop|place|premises|factory"
        r"|site)\b[^.]{0,60}\bapologi",
        r"\b(?:must|should|need to|needs to|have to|has to|will) (?:personally )?apologi[sz]e\b"
        r"[^.]{0,40}\b(?:personally|in person|face to face|to (?:my|our) face)\b"
        r"|\bapologi[sz]e (?:on|in a) (?:video|camera|youtube|tiktok)\b"
        r"|\b(?:video|recorded) apology\b"
        r"|\bapology (?:video|letters? to (?:each|every|all))\b",
        unless=r"\bno need\b|\bnot necessary\b|\bdon'?t (?:need|have) to\b"
        r"|必要(?:は)?(?:ない|ありません)",
    ),
)

DOGEZA_FAMILIES += (
    rule(
        "dogeza",
        "ひれ伏し・平伏の要求",
        r"ひれ伏(?:せ|して|させ)|平伏(?:しろ|して|させ)|額づ(?:け|いて|かせ)|ぬかず(?:け|いて|かせ)"
        r"|\bget (?:down )?on (?:your|his|her|their) knees\b|\bkiss my (?:feet|shoes|boots)\b"
        r"|\bon bended knee\b|\bcome crawling\b|\bbeg (?:me )?(?:for|on)\b",
        unless=r"(?:私|わたし|僕|俺|自分|当方)(?:は|が|も)|(?:り|び|し)たい(?:くらい|ぐらい|ほど|気持ち)"
        r"|\bnot (?:trying|going|asking|expecting|looking)\b|\bno need\b",
        tag="kneel",
    ),
    rule(
        "dogeza",
        "繰り返し・全員・公開での謝罪の要求",
        r"(?:毎日|毎週|毎月|毎朝|毎晩|一生|ずっと|永遠に|死ぬまで|何度でも|何回でも)[^。\n]{0,10}"
        r"(?:謝(?:れ|罪しろ|り続け|罪し続け|罪文を|罪メールを|罪の電話を|罪させ|らせ)|詫び(?:ろ|続け|状を))",
        r"全員(?:に|から|で|が)"
        r"[^。\n]{0,8}(?:謝罪(?:させ|しろ|文|を)|謝らせ|謝れ|詫びさせ|詫び状|頭を下げ)",
        r"平身低頭(?:で|して)?[^。\n]{0,6}(?:謝|詫び)(?:れ|ろ|させ|ってもら|に来)",
        r"(?:sns|ツイッター|公式(?:アカウント|サイト|ページ)|インスタ|youtube|ユーチューブ|新聞|テレビ)"
        r"(?:で|に|上で)[^。\n]{0,10}(?:謝罪(?:しろ|文を|を出|を載せ|を投稿|させろ|会見)|謝れ|お詫び(?:を"
        r"|文を)(?:出|載せ|掲載|投稿))",
        r"(?:出向いて|足を運んで|顔(?:を)?出して|直接来て|直々に来て|会いに来て)[^。\n]{0,6}(?:謝|詫び"
        r"|頭を下げ)|(?:謝罪|お詫び)(?:に|で)(?:伺え|出向け|参上しろ)|謝罪に来る(?:のが|べき)",
        r"(?:お越し|ご来訪|ご来社|ご訪問|来社|訪問)(?:いただ|頂|の上|のうえ|して)[^。\n]{0,10}(?:謝罪|お詫び"
        r"|謝って)",
        r"(?:対面で|面と向かって|会って|顔を見て|目の前で)(?:の)?[^。\n]{0,4}(?:謝罪|お詫び|謝っ|謝れ"
        r"|詫び)",
        r"\bapologi[sz]e (?:to me )?(?:every|each) (?:day|week|month|morning)\b"
        r"|\bkeep apologi[sz]ing\b"
        r"|\bapologi[sz]e (?:to|in front of) (?:every|each|all) (?:one |single )?(?:of )?(?:my|our)"
        r" (?:customers|clients|staff|employees|team|family|neighbou?rs)\b"
        r"|\bapology (?:on|to) (?:your|the) (?:homepage|home page|website|front page)\b"
        r"|\bapologi[sz]e (?:on|in) (?:the newspaper|the news|social media|twitter|your website)\b"
        r"|\bpublic (?:statement|notice|post)\b[^.]{0,20}\bapologi"
        r"|\b(?:fly|drive|come) (?:out |over |down )?here\b[^.]{0,30}\bapologi",
        unless=r"受け取|拝見|いただきました|頂きました|ありがと|\bno need\b|\bnot necessary\b"
        r"|必要(?:は)?(?:ない|ありません)|(?:来|こ)なくて(?:いい|結構|大丈夫)|修理|点検|設置|工事",
    ),
)

DOGEZA: tuple[Rule, ...] = _DOGEZA_BASE + DOGEZA_FAMILIES
