"""Rules for abuse — 暴言・侮辱・人格否定・中傷."""

from __future__ import annotations

from worker.scoring.lexicon.common import MASK
from worker.scoring.rules import Rule, rule

# Person targets that turn a rude word into an insult of people.
TARGET = (
    # 「お宅の案内」「ポンコツな案内ばっかり」 are about the service: お宅 counts when it is the
    # addressee (お宅ら, お宅は), ばっかり when it follows a person word.
    r"お前|おまえ|お前ら|てめ[えぇー]|貴様|きさま|あんた|あなた(?:方|たち)?|(?:おたく|お宅)(?!の)|あいつ"
    r"|こいつ|そいつ"
    r"|奴|やつ|ども|連中|全員|担当|スタッフ|社員|店員|オペレーター|従業員|しかいない|しかおらん"
    r"|(?:人|ばか|馬鹿|あほ|無能|くず|ごみ)(?:ばっかり|ばかり)|サポート(?:の人|センター)?(?:は|が|って)|会社|企業|野郎|やろう"
)

EN_PEOPLE = r"(?:you|you people|you guys|people|guys|agents?|staff|team|reps?|idiots|clowns|morons)"

_ABUSE_BASE: tuple[Rule, ...] = (
    # Insults from the MIT-licensed MosasoM/inappropriate-words-ja list (shared/data/public),
    # minus words with ordinary senses (糖質 "carbohydrate", 土方 a surname, 唖 alone).
    rule(
        "abuse",
        "侮辱語（公開語彙リスト）",
        r"くそあま|くそがき|くそごみ|くそくらえ|糞(?:くらえ|食らえ)|すてはげ|ぴねがき|非国民|尻軽"
        r"|なまぽ|統失|豚野郎",
    ),
    rule(
        "abuse",
        "悪態（公開語彙リスト）",
        r"畜生(?!道)|ちくしょう",
        tag="mild",
    ),
    rule(
        "abuse",
        "皮肉による侮辱",
        r"さすが[^。\n]{0,20}(?:ですね|だね|だな|やな|ですこと)[^\n]{0,40}(?:できない|できへん"
        r"|できん|なんて|わからない|分からない)",
        r"\b(?:great|nice|good|well done|brilliant)(?: job| work)?,? (?:geniuses?|einstein)\b"
        r"|\bgeniuses\b",
    ),
    rule(
        "abuse",
        "知能・人格を貶める罵倒",
        r"(?:脳みそ|頭)(?:が|まで)?(?:腐|溶け|湧い|わい)(?:って|っと|てる|とる)",
    ),
    rule(
        "abuse",
        "クズ・ゴミ等の罵倒",
        r"(?:くず|かす|ごみ)(?:だな|だろ|だよ|すぎ|ばっか|しかいない|ども)",
        tag="mild",
    ),
    rule(
        "abuse",
        "死ね等の暴言",
        r"死ね(?!る)|(?<![ぁ-ゖ])(?:し|氏|たひ)ね(?![ぁ-ゖ])|(?:4|" + MASK + r")ね(?![ぁ-ゖ])",
        r"くたばれ|死んで(?:しまえ|くれ|ください|詫び)|死ねばいい|消えろ|消え失せろ",
        r"\bgo (?:and )?die\b|\bdrop dead\b|\bkill yourself\b|\bkys\b|\bdie,? (?:all of )?you",
    ),
    rule(
        "abuse",
        "能力・人格を否定する侮辱",
        r"無能|能無し|低能|給料泥棒|税金泥棒|役立たずども|人間の(?:くず|ごみ)|(?:くず|ごみ)(?:人間"
        r"|ども|企業|会社)",
        r"(?:くず|かす|ごみ)(?:ども|野郎|やろう|相手|みたいな(?:奴|やつ|連中|人間|会社)|同然|以下"
        r"|が(?=[\s!！。]|$)|め(?=[\s!！。]|$))"
        r"|お前ら(?:は|なんか)?(?:かす|くず|ごみ)|ごみかす",
        r"役立たず(?:が|め|ども)(?=[\s!！。]|$)|国に帰れ|出ていけ",
        r"(?:頭|脳みそ)(?:が|の|は)?(?:悪|おかしい|沸いて|弱い|足りな|空っぽ)"
        r"|頭(?:を)?使って(?:から|くださ)",
        r"猿でも(?:できる|わかる|分かる)|小学生でも(?:わかる|分かる|理解|できる)",
        r"社会人として(?:終わ|失格|どう)|親の顔が見てみたい|生きてる価値|存在(?:する)?価値(?:が"
        r"|も)?ない",
        r"使え(?:ない|ん|へん|ねえ|ねー)(?:奴|やつ|人|連中|ども|社員|スタッフ|担当|人間)",
        r"役に立た(?:ん|へん|ねえ)(?:奴|やつ|連中)|脳みそ(?:入って|入っと|ある(?:ん|の)|ついて)",
        r"まぬけ|間抜け|ばかやろ|馬鹿野郎|このやろう|きちがい|ガイジ|池沼|白痴|ぼけ(?:が|ども"
        r"|なす)",
        r"ゴミ(?:みたいな|以下|同然)(?:回答|対応|人|会社|奴|連中)?",
        r"潰れろ|潰れればいい|倒産しろ",
        r"(?<![ぁ-ゖ])(?:はげ(?!て|た|る|か|落|や)|ぶす(?![ぁ-ゖ])|でぶ(?![ぁ-ゖ]))|人でなし"
        r"|恥を知れ|ぼんくら|素人以下|プロ失格",
        r"社会のごみ|うじ虫|寄生虫|ごきぶり(?:ども|野郎|みたい)|虫けら|豚野郎|くそ野郎|くそやろう"
        r"|あほんだら|どあほ",
        r"たわけ(?:が|め|ども)|ばかたれ|あんぽんたん|能力ゼロ|最低な(?:人間|奴|やつ|担当)",
        unless=r"(?:私|わたし|僕|自分)(?:の|は|って)?(?:頭|脳)",
    ),
    rule(
        "abuse",
        "バカ・アホ等の罵倒",
        r"(?:馬鹿|ばか|ば"
        + MASK
        + r")(?!り|し(?:い|く)|に(?:し|され)|ばかし|げ|でかい|売れ|正直|丁寧|高)",
        r"(?:あほ|ドアホ)(?!う|らし|ー?毛)",
        tag="mild",
        unless=r"ばかり",
    ),
    rule(
        "abuse",
        "粗い言葉（製品・状況への悪態）",
        r"(?:くそ|糞)(?!真面目|まじめ|暑|寒|尿|虫)",
        r"ぼったくり|ボッタクリ|ぽんこつ|ふざけんな|ふざけるな|ふざけてんのか",
        r"狂って(?:る|ん)|使えね[えー]|使えないアプリ|使えないソフト|役立たず(?!(?:が|め"
        r"|ども)(?:[\s!！。]|$))|ゴミ(?:アプリ|ソフト|仕様|サービス|回線|対応)",
        r"\b(?:damn(?:ed)?|dammit|crap(?:py)?|wtf|bullshit|shitty|shit|sucks|garbage(?![-\w])"
        r"|rubbish"
        r"|junk)\b",
        r"\bf(?:u|\*)(?:c|\*)?(?:k|\*)+(?:ing|in|ed)?\b|\bf\*+(?:ing|in|k)?\b|\bfuck\w*",
        tag="mild",
    ),
    rule(
        "abuse",
        "人への嫌悪・侮辱",
        r"気持ち悪い|気色悪い|きもい|キモい",
        needs=r"やつ|奴|人|お前|あいつ|スタッフ|担当|男|女|声|喋り|話し方",
        scope="message",
    ),
    rule(
        "abuse",
        "人を侮辱する言葉",
        r"\b(?:idiot(?:s|ic)?|morons?|moronic|imbeciles?|incompetent|clowns?|retard(?:s|ed)?"
        r"|dumbass"
        r"|assholes?|bastards?|bitch(?:es)?|dickheads?|scum|brain ?dead|brainless|halfwits?"
        r"|losers?)\b",
        r"\b(?:you|you people|you guys|you lot|your (?:staff|team|agents?"
        r"|people))\b[^.!?]{0,15}\b(?:are|'re|r)"
        r"\s+(?:all\s+)?(?:completely |totally |absolutely |so |fucking |f\*+ing )?"
        r"(?:useless|stupid|worthless|pathetic|incompetent|clueless|a joke|idiots|morons|hopeless"
        r"|dumb)",
        r"\bclueless (?:junior|agent|rep|staff|people|guy)|\blazy and dishonest"
        r"|\bdishonest and lazy"
        r"|\bliars?\b|\b(?:useless|stupid|worthless|pathetic) (?:agents?|staff|people|reps?|team"
        r"|support|guy"
        r"|woman|man|idiots?)|\bpieces? of (?:shit|garbage|crap)\b|\bscrew you\b|\bgo to hell\b",
        r"\bhow did (?:he|she|they) (?:even )?get hired",
        r"\bshut up\b|\bstfu\b|\bjackass\b|\bnumbskull\b|\bdimwit\b|\bmuppets?\b|\bpricks?\b"
        r"|\bcunts?\b"
        r"|\btwats?\b|\bwankers?\b|\bdouche\w*|\bget a brain\b|\bare you (?:stupid|dumb|an idiot"
        r"|deaf|blind|illiterate)\b"
        r"|\bcan'?t you read\b|\b(?:even )?a (?:child|monkey|five[- ]year[- ]old|toddler) could\b"
        r"|\byou suck\b",
    ),
)

# Generalised insult families (written from the contract, not from any one ticket).
ABUSE_FAMILIES: tuple[Rule, ...] = (
    rule(
        "abuse",
        "指示語・人称を伴う罵倒（このバカ、お前らクズ）",
        # A demonstrative or a person word right before the insult noun aims it at someone;
        # 「ばかでかい」「ばかに(ならない)」「ばかり」 and 「このごみ箱」 are not insults.
        r"(?:この|あの|その)(?:ど)?(?:あほ|阿呆|ばか|馬鹿|まぬけ|間抜け|ぼけ|くず|たわけ|役立たず)"
        r"(?!でか|高|丁寧|正直|げ|らし|に(?:なら|でき|され|する))(?:が|め|ども|共|に|を|は|の"
        r"|[\s!！。、]|$)|(?:この|あの|その)(?:ごみ|かす)(?:が|め|ども|共)(?=[\s!！。、]|$)",
        r"(?:お前|おまえ|あんた|てめ[えぇー]|貴様|きさま)(?:ら|たち|ども)?[\s、]*(?:は|って)?[\s、]*"
        r"(?:まじ|まじで|ほんと|本当に?|ほんまに?|全員)?[\s、]*(?:ど)?(?:くず|かす|ごみ"
        r"|あほ|阿呆|ばか|馬鹿|まぬけ)(?!げ|らし|でか|高|に|り|され|ばかし|う)",
        r"(?:くず|かす|ごみ)(?:共|ども)|(?:くず|かす|ごみ)\s(?:だな|だろ|だよ|すぎ)",
        r"(?<![ぁ-ゖ])(?:ど)?(?:あほ|阿呆|ばか|馬鹿)(?:が|め|ども)(?=[\s!！。、]|$)|ど阿呆",
    ),
    rule(
        "abuse",
        "存在・人格の否定（生きてて恥ずかしい、何のために働いてる）",
        r"生きて(?:て|い)?(?:て)?(?:恥ずかし|意味ある|価値ある)|存在(?:する)?価値(?:ゼロ|0|なし"
        r"|無し|皆無)|(?:しね|死ね|4ね|" + MASK + r"ね)ばいい(?:のに)?",
        r"何のために(?:働いて|生きて|存在して|給料(?:を)?もらって|そこに(?:いる|座って))",
        r"(?:よく|(?<![のたい])よう)(?:それ|そんなん|それだけ|こんなん|これ)?で?給料(?:を)?(?:もら|貰)"
        r"(?:え|って)|(?:採用|雇用)(?:基準|担当)(?:は|って)?(?:いったい|一体)?どう(?:なって|なっと)"
        r"|(?:誰が|よく)こんな(?:人|奴|やつ|の|連中)を?(?:採用|雇)",
        r"(?:小学生|中学生|子供|子ども|幼稚園児|猿|新人|素人)でも(?:もう少し|もっと|もうちょっと)"
        r"[^。\n]{0,15}(?:書け|でき|わか|分か|まとも)",
        r"(?:あなた|お前|おまえ|あんた|君|きみ)(?:の|みたい|のよう)な(?:方|人|奴|やつ|の)(?:に|と"
        r"|が)[^。\n]{0,20}(?:時間の無駄|無駄|迷惑|不愉快|恥)",
        r"素人(?:が|は)(?:偉そう|黙って|黙っと|黙れ|口を?出|知ったか)|偉そうに[^。\n]{0,12}(?:すんな|するな"
        r"|言うな|抜かすな|ぬかすな|しゃべるな)"
        r"|(?<![しっいきちみりびぎえけせてねべめれげじ])たわけ(?:だ|や|じゃ|もん|者)",
        # 「アホちゃうか」「バカじゃないの」: asking the reader whether they are an idiot.
        r"(?:あほ|阿呆|ばか|馬鹿)(?:ちゃう|ちゃいます|じゃない|じゃねえ|じゃねー|やない|なんじゃない)"
        r"(?:か|の|ん)",
    ),
    rule(
        "abuse",
        "人を侮辱する言葉（英語の変形・言い回し）",
        r"\b(?:i|1)d(?:i|1)(?:o|0)ts?\b|\bbr(?:a|4)(?:i|1)n(?:less|dead)\b|\bm(?:o|0)r(?:o|0)ns?\b",
        r"\bwaste of (?:space|oxygen|air|skin|a (?:human|person|salary))\b",
        r"\b(?:do|did|does) they (?:just )?(?:hire|train|recruit|find) (?:you|you people"
        r"|people like you)\b|\bwhere (?:do|did) they (?:find|hire|get) (?:you|people like you)\b"
        r"|\bwho (?:hired|trained) (?:you|these people|this guy|this woman)\b",
        r"\bpieces? of (?:sh[i1!*]t|s\*+t|\*+|trash|junk)\b|\byou (?:worthless|useless|pathetic"
        r"|stupid|incompetent|brainless|dumb|lazy|miserable)\b",
    ),
    rule(
        "abuse",
        "悪態（英語の軽い罵り）",
        r"\bwhat the (?:hell|fuck)\b|\bthe hell (?:is|are|was|were|do|did)\b|\bbloody\b"
        r"|\bpissed off\b|\bare you (?:f(?:u|\*)(?:c|\*)?(?:k|\*)+(?:ing|in)|freaking|bloody)"
        r" kidding\b",
        tag="mild",
    ),
)

ABUSE: tuple[Rule, ...] = _ABUSE_BASE + ABUSE_FAMILIES

ABUSE_TARGET = rule("abuse", "人への罵倒", TARGET)

EN_ABUSE_TARGET = rule(
    "abuse",
    "人への罵倒",
    r"\b(?:damn(?:ed)?|crap(?:py)?|shitty|fucking|f\*+ing|stupid|useless|garbage)\s+"
    + EN_PEOPLE
    + r"\b",
)
