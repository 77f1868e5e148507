"""Rules for abuse — 暴言・侮辱・人格否定・中傷."""

from __future__ import annotations

from worker.scoring.lexicon.common import MASK, SELF_INSULT
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
        r"(?:脳みそ|のうみそ|脳味噌|頭)(?:が|まで)?(?:腐|溶け|湧い|わい)(?:って|っと|てる|とる)",
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
        # 「ゴミみたいな回線」 is a rude word about the product (mild, below); about people it is
        # an insult.
        r"ゴミ(?:みたいな|以下の?|同然の?)(?:人|奴|やつ|連中|人間|社員|担当|スタッフ|店員)"
        r"|ゴミ(?:以下|同然)(?=[\s!！。、]|だ|や|じゃ|$)",
        r"潰れろ|潰れればいい|倒産しろ",
        r"(?<![ぁ-ゖ])(?:はげ(?!て|た|る|か|落|や)|ぶす(?![ぁ-ゖ])|でぶ(?![ぁ-ゖ]))|人でなし"
        r"|恥を知れ|ぼんくら|素人以下|プロ失格",
        r"社会のごみ|うじ虫|寄生虫|ごきぶり(?:ども|野郎|みたい)|虫けら|豚野郎|くそ野郎|くそやろう"
        r"|あほんだら|どあほ",
        r"たわけ(?:が|め|ども)|ばかたれ|あんぽんたん|能力ゼロ|最低な(?:人間|奴|やつ|担当)",
        unless=r"(?:私|わたし|僕|自分)(?:の|は|って)?(?:頭|脳)|" + SELF_INSULT,
    ),
    rule(
        "abuse",
        "バカ・アホ等の罵倒",
        r"(?:馬鹿|ばか|ば"
        + MASK
        + r")(?!り|し(?:い|く)|に(?:し|され)|ばかし|げ|でかい|売れ|正直|丁寧|高)",
        r"(?:あほ|ドアホ)(?!う|らし|ー?毛)",
        tag="mild",
        unless=r"ばかり|" + SELF_INSULT,
    ),
    rule(
        "abuse",
        "粗い言葉（製品・状況への悪態）",
        r"(?:くそ|糞)(?!真面目|まじめ|暑|寒|尿|虫)",
        r"ぼったくり|ボッタクリ|ぽんこつ|ふざけんな|ふざけるな|ふざけてんのか",
        r"狂って(?:る|ん)|使えね[えー]|使えないアプリ|使えないソフト|役立たず(?!(?:が|め"
        r"|ども)(?:[\s!！。]|$))|ゴミ(?:アプリ|ソフト|仕様|サービス|回線|対応)"
        r"|(?:ごみ|かす|くず)(?:みたいな|以下の|同然の)(?:回線|アプリ|ソフト|仕様|サービス|製品|商品|回答"
        r"|対応|説明|仕事|会社|サポート|システム|店)",
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
        r"you(?: people| guys| lot|r (?:staff|team|agents?|people))?\b[^.!?]{0,15}\b(?:are|'re|r)"
        r"\s+(?:all\s+)?(?:completely |totally |absolutely |so |fucking |f\*+ing )?"
        r"(?:useless|stupid|worthless|pathetic|incompetent|clueless|a joke|idiots|morons|hopeless"
        r"|dumb)",
        r"\bclueless (?:junior|agent|rep|staff|people|guy)|\blazy and dishonest"
        r"|\bdishonest and lazy"
        r"|\bliars?\b|\b(?=[uswp])(?:useless|stupid|worthless|pathetic) (?:agents?|staff|people"
        r"|reps?|team"
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
        # One phrasing per insult noun, so the index keys on the rare noun, not on 「この」.
        *(
            r"(?:この|あの|その)(?:ど)?"
            + noun
            + r"(?!でか|高|丁寧|正直|げ|らし|に(?:なら|でき|され|する))"
            r"(?:が|め|ども|共|に|を|は|の|[\s!！。、]|$)"
            for noun in (
                "あほ",
                "阿呆",
                "ばか",
                "馬鹿",
                "まぬけ",
                "間抜け",
                "ぼけ",
                "くず",
                "たわけ",
                "役立たず",
            )
        ),
        r"(?:この|あの|その)(?:ごみ|かす)(?:が|め|ども|共)(?=[\s!！。、]|$)",
        r"(?:お前|おまえ|あんた|てめ[えぇー]|貴様|きさま)(?:ら|たち|ども)?[\s、]*(?:は|って)?[\s、]*"
        r"(?:まじ|まじで|ほんと|本当に?|ほんまに?|全員)?[\s、]*(?:ど)?(?:くず|かす|ごみ"
        r"|あほ|阿呆|ばか|馬鹿|まぬけ)(?!げ|らし|でか|高|に|り|され|ばかし|う)",
        r"(?:くず|かす|ごみ)(?:共|ども)|(?:くず|かす|ごみ)\s(?:だな|だろ|だよ|すぎ)",
        r"(?<![ぁ-ゖ])(?:あほ|阿呆|ばか|馬鹿)(?:が|め|ども)(?=[\s!！。、]|$)|ど阿呆",
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
        # Single digits inside a word are folded already (idi0t → idiot); runs of digits are not.
        r"\bid10ts?\b|\b1d10ts?\b|\bbr41n(?:less|dead)\b|\bm0r0ns?\b",
        r"\bwaste of (?:space|oxygen|air|skin|a (?:human|person|salary))\b",
        r"\b(?:do|did|does) they (?:just )?(?:hire|train|recruit|find) (?:you|you people"
        r"|people like you)\b|\bwhere (?:do|did) they (?:find|hire|get) (?:you|people like you)\b"
        r"|\bwho (?:hired|trained) (?:you|these people|this guy|this woman)\b",
        r"\bpieces? of (?:sh[i1!*]t|s\*+t|\*+|trash|junk)\b|you (?:worthless|useless|pathetic"
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

ABUSE_FAMILIES += (
    rule(
        "abuse",
        "能力・知能を貶める罵倒（語彙の広がり）",
        r"低脳|脳なし|のろま|ノロマ|ぐず(?:が|め|ども|社員|担当|野郎)|愚図|穀潰し|ごくつぶし|恥さらし"
        r"|人間失格|社会不適合者|落ちこぼれ|負け組|ど素人"
        r"|ばーか|ばっかじゃ(?:ねー|ねえ|ない)",
        r"(?:猿|犬|子供|子ども|小学生|幼稚園児|中学生|赤ちゃん|赤ん坊)(?:以下|並み|並|レベル)(?:の)?"
        r"(?:対応|知能|頭|説明|仕事|奴|やつ|人間|連中|会社|担当|社員|スタッフ|サポート)",
        r"(?:お前|おまえ|あんた|あなた|君|きみ|担当(?:者)?|そっち|お宅)(?:は|って|ら|たち)?[^。\n]{0,8}"
        r"日本語(?:が|も)?(?:わから|分から|わかん|読め|通じ|理解でき|不自由)"
        r"|日本語(?:わかる|分かる|読める|通じる|理解できる)(?:\?|か|ん|の)",
        r"(?:かす|くず)(?:みたいな|以下の|同然の)(?:人|奴|やつ|連中|人間|社員|担当|スタッフ|店員)",
        unless=r"(?:私|わたし|僕|俺|自分|当方|母|父|祖母|祖父|家族)(?:は|が|も)?[^。\n]{0,6}日本語",
    ),
    rule(
        "abuse",
        "人を侮辱する言葉（英語の語彙・言い回しの広がり）",
        r"\b(?:buffoons?|nitwits?|dolts?|cretins?|simpletons?|numpt(?:y|ies)|plonkers?|tossers?"
        r"|pillocks?|mouth-?breathers?|rascals?)\b",
        r"\b(?:bunch|pack|gang|load) of (?:idiots|clowns|amateurs|morons|monkeys|losers|fools"
        r"|muppets"
        r"|incompetents|scammers|thieves|crooks|liars|frauds)\b|\btrained monkeys?\b"
        r"|\b(?:you|u) (?:people |guys |lot )?(?:are|r|'re) (?:all |such )?(?:an? )?(?:bunch of )?"
        r"(?:scammers|frauds|cheats|cheaters|thieves|crooks|fools|clowns|monkeys|amateurs"
        r"|donkeys)\b",
        # \b and a first-letter lookahead: with IGNORECASE the engine has no literal prefix.
        # Keyed on the rare noun (fellow, creature), not on "useless"/"stupid".
        r"\b(?=[usiw])(?:useless|stupid|idiot|worthless) (?:fellow|fella|creature)s?\b"
        r"|\b(?:nonsense|shameless|foolish) (?:people|ppl|company|support|staffs?)\b|\b(?:you"
        r"|u) (?:fool|donkey|idiot|moron)s?\b|\bbloody fools?\b"
        r"|\bhave (?:some|no) shame\b",
        r"\bdumb as (?:a )?(?:rocks?|bricks?|a post)\b|\bthick as (?:a )?(?:brick"
        r"|two short planks)\b"
        r"|\b(?:your|ur) (?:tiny|little|pea|small) brains?\b|\bdo you even (?:know|understand|speak"
        r" english|read)\b|\blearn (?:to read|english|how to do your (?:job|work))\b"
        r"|\bget a real job\b|\bgo back to school\b",
    ),
    rule(
        "abuse",
        "悪態（伏せ字・略語の罵り）",
        r"\bsh\*t(?:ty)?\b|\bsh!t(?:ty)?\b|\bs\*\*t\b|\bpiss(?:ed|-| )poor\b|\bhalf-?assed\b"
        r"|\bffs\b"
        r"|\bfrick(?:ing|in)\b|\bbloody hell\b",
        r"(?:かす|へぼ|ぽんこつ)(?:対応|会社|サービス|アプリ|ソフト|回線|仕様)",
        tag="mild",
    ),
)

ABUSE_FAMILIES += (
    rule(
        "abuse",
        "人に向けた「使えない」「嘘つき」「最低」",
        r"(?:あなた|あんた|お前|おまえ|君|きみ|担当(?:者)?|この人|あの人|こいつ|あいつ)(?:は|って)?[、\s]{0,3}"
        r"(?:ほんと|本当に|マジで|まじで|全く|まったく)?[、\s]*(?:使え(?:ない|ねー|ねえ|ん|へん)|役に立た"
        r"(?:ない|ん|へん|ねー))(?!機能|アプリ|ソフト|ツール)",
        r"(?:この|あの|お前|あんた|お前ら|あんたら)?嘘つき(?:が|め|ども|野郎|担当|会社|集団|企業)"
        r"|この嘘つき|詐欺(?:師|会社|集団|野郎|企業)(?:が|め|ども|だ|や|じゃ|[\s!！。、]|$)"
        r"|泥棒(?:会社|企業|集団|ども)",
        r"最低(?:の|な)?(?:人間|奴|やつ|担当者?|社員|スタッフ)|最低だな(?:お前|あんた|君)",
        unless=r"(?:私|わたし|僕|俺|自分)(?:は|が|も|って)",
    ),
)

ABUSE_FAMILIES += (
    rule(
        "abuse",
        "能力・知性の否定（仕事ができない、民度が低い）",
        r"仕事(?:が|も)?(?:でき|出来)(?:ない|ねー|ねえ|ん|へん)(?:奴|やつ|人|人間|連中|担当|社員|スタッフ"
        r"|ばっかり|ばかり)",
        r"(?:民度|知能|知性|脳)(?:が|の|も)?低(?:すぎ|い|っ|過ぎ)|(?:耳|目)(?:が|は)?(?:ついて|付いて"
        r"|ついと)(?:ん|る|ます)?(?:の|か)(?:\?|[\s!！。]|$)",
        r"ぬけさく|とんま|うすのろ|でくのぼう|木偶の坊|ぼけかす|ちんかす|たくらんけ",
        unless=r"(?:私|わたし|僕|俺|自分)(?:は|が|も|って)",
    ),
    rule(
        "abuse",
        "人に向けた罵り（英語の言い回しの広がり）",
        r"you(?: people| guys| lot|r (?:staff|team|agents?|people|support))?\b[^.!?]{0,15}"
        r"\b(?:are|'re|r)\s+(?:all\s+)?(?:such |complete |total |absolute )?(?:trash|garbage|scum"
        r"|a disgrace|disgraceful|brainless|lazy|liars|clowns|parasites|leeches|vermin|subhuman"
        r"|sub-human|imbeciles|buffoons)\b",
        r"\bwhat are you,? (?:stupid|dumb|deaf|blind|an idiot|a moron|retarded)\b|\b(?:half a|one|a"
        r" single|two) brain cells?\b|\b(?:my|a) (?:dog|cat|kid|son|daughter|grandma|grandmother"
        r"|granny|hamster) could (?:do|have done) (?:better|this|a better job)\b",
        r"\b(?:piss|bugger|sod|f(?:u|\*)(?:c|\*)?k) off\b|\bkiss my ass\b|\beat shit\b"
        r"|\bup yours\b",
    ),
)

ABUSE_FAMILIES += (
    rule(
        "abuse",
        "罵り語＋人・職種（クソ配達員、ポンコツ社員）",
        # A rude word fused to a person or a job title is an insult of that person, unlike
        # 「クソ仕様」 (the product, mild).
        r"(?:くそ|糞|ぼけ|ぽんこつ|無能|ごみ|かす)(?:配達員|店員|社員|担当者?|すたっふ|おぺれーたー|営業"
        r"|上司|店長|係員|えんじにあ|業者|女|男|ばばあ|じじい|がき|野郎|やろう|ども)",
    ),
)

ABUSE_FAMILIES += (
    rule(
        "abuse",
        "人としての否定（人間やめろ、恥ずかしくないのか）",
        r"人間(?:を)?(?:やめた|辞めた|やめろ|辞めろ|やめれ)|(?:人として|社会人として|大人として|プロとして)?"
        r"恥ずかしく(?:ない|ねー|ねえ)(?:ん|の)(?:です)?か",
        r"(?:あんな|こんな|あの|その)使え(?:ない|ん|へん|ねー|ねえ)(?:の|奴|やつ|人|もん|連中)",
        r"(?:やつ|奴|人|担当|連中|窓口)[、\s]*(?:まじで?|ほんと|本当に)?[、\s]*(?:ごみ|くず|かす)"
        r"(?=[\s!！。、]|$|だ|や|じゃ)",
        unless=r"(?:私|わたし|僕|俺|自分)(?:は|が|も|って)",
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
