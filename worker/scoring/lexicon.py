"""Rule tables: the conduct each category describes, in Japanese and English.

Each entry is a *family of phrasings* for one kind of conduct (the spec's "what counts" column
and the seed policies' clauses), not a copy of any one ticket. Patterns are folded like the
message text (NFKC, lower case, katakana → hiragana), so 「クビ」「ｸﾋﾞ」「くび」 are one pattern.
Guards (``needs`` / ``unless``) encode the hard negatives of ``shared/spec/categories.md``.
"""

from __future__ import annotations

from worker.scoring.rules import Rule, rule

# ---------------------------------------------------------------------------------------------
# Shared fragments
# ---------------------------------------------------------------------------------------------
MASK = r"[○〇●◯×✕*＊]"
# Someone at the company, as a customer refers to them (for person-directed conduct).
STAFF = (
    r"担当|スタッフ|社員|店員|従業員|オペレーター|窓口の|サポートの(?:人|方|子)|電話(?:に出た|口の)"
    r"|あの(?:人|子|方|女|男)|その(?:人|子|方)|さっきの|前回の|今日の|あいつ|そいつ|こいつ"
    r"|あなた|あんた|お前|おまえ|君|きみ|彼女|彼|(?<![子母父客奥皆様っばじ])さん|くん|ちゃん|係の"
    r"|\b(?:he|she|him|her|his|your (?:agent|rep|staff|support|engineer|employee|tech|guy|girl"
    r"|person)"
    r"|the (?:agent|rep|guy|girl|woman|man|person|engineer)|[a-z]+'s)\b"
)
# Person targets that turn a rude word into an insult of people.
TARGET = (
    r"お前|おまえ|お前ら|てめ[えぇー]|貴様|きさま|あんた|あなた(?:方|たち)?|おたく|お宅|あいつ"
    r"|こいつ|そいつ"
    r"|奴|やつ|ども|連中|全員|担当|スタッフ|社員|店員|オペレーター|従業員|しかいない|しかおらん"
    r"|ばっかり|サポート(?:の人|センター)?(?:は|が|って)|会社|企業|野郎|やろう"
)
EN_PEOPLE = r"(?:you|you people|you guys|people|guys|agents?|staff|team|reps?|idiots|clowns|morons)"
OWN = r"(?:私|わたし|僕|ぼく|自分|俺|当方|弊社|うち)(?:の|が|も|は)?"
LEGIT_MONEY = (
    r"\bsla\b|クレジット|\bcredit|契約(?:書)?(?:第|に基づ|上)|約款|規約|条項|第\d+条|clause|agreement"
    r"|保証|warranty|初期不良|差額|二重|重複|duplicate|chargeback|弁護士|消費(?:生活|者)センター"
)
DEMAND_JA = (
    r"しろ|せよ|せえ|しなさい|して(?:ください|くれ|下さい|よ|ね|ちょうだい|ほしい|欲しい|もらう"
    r"|もらいます"
    r"|いただき|いただけ|頂け)?|させろ|させて|すること|を求め|を要求|お願い"
)

# ---------------------------------------------------------------------------------------------
# abuse — 暴言・侮辱・人格否定・中傷
# ---------------------------------------------------------------------------------------------
ABUSE: tuple[Rule, ...] = (
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

# ---------------------------------------------------------------------------------------------
# threat — 脅迫・危害の予告
# ---------------------------------------------------------------------------------------------
# Technical 「殺す」/"kill": the tech word must be what is killed, not merely in the sentence
# (「サービスを止めたら、お前を殺すぞ」 and "if the job fails again I will hurt you" are threats).
_TECH_OBJ = (
    r"プロセス|タスク|ジョブ|スレッド|セッション|デーモン|コンテナ|ゾンビ|サービス|アプリ|サーバー"
    r"|インスタンス|ワーカー|ポッド|バッチ|クエリ|pid"
)
_TECH = (
    r"(?:" + _TECH_OBJ + r")(?:を|も|は|が|ごと|だけ)?(?:全部|全て|すべて|一旦|いったん|強制的に"
    r"|強制)?(?:殺|ころ|キル|落と|壊|ぶっ壊)"
    r"|\bkill(?:s|ed|ing)?\s+(?:-\w+\s+)*(?:off\s+)?(?:the |a |that |this |all |every |any |those "
    r"|these |my |our |your )?(?:old |stuck |hung |zombie |rogue |running |background |idle "
    r"|stale )?"
    r"(?:process(?:es)?|tasks?|jobs?|threads?|sessions?|quer(?:y|ies)|containers?|pods?|daemons?"
    r"|servers?|apps?|tabs?|pids?|workers?|connections?|instances?|batch(?:es)?|switch)\b"
    r"|\bkill -|\bpid\b|\b(?:process|task|job|thread|session|query|container|pod|worker)e?s? "
    r"(?:was |were |got |gets |is |are )?killed\b|\bkill switch\b"
)
THREAT: tuple[Rule, ...] = (
    rule(
        "threat",
        "危害の予告（英語の言い回し）",
        r"\bwith a (?:baseball )?(?:bat|knife|gun|hammer|crowbar)\b|\bwait for (?:you|him|her"
        r"|them) (?:in|at|outside)"
        r" (?:the )?(?:parking|car park|lot|office|building|street)\b|\bwon'?t be safe\b"
        r"|\bend you\b"
        r"|\bsomeone(?:'s| is) (?:going to|gonna) get hurt\b",
        unless=_TECH,
    ),
    rule(
        "threat",
        "自宅への押しかけ・器物損壊の予告",
        r"(?:お前|あんた|担当|そいつ|あいつ)(?:の)?(?:家|自宅)(?:に|まで)(?:行く|押しかけ|乗り込)",
        r"(?:車|店|窓|看板|ガラス)(?:に|を)[^。\n]{0,6}(?:傷|壊|割|落書き)(?:を)?(?:つけ|して"
        r"|し)?て?(?:やる|たる|るぞ|るからな)",
    ),
    rule(
        "threat",
        "家族・従業員への危害をほのめかす脅し",
        r"(?:家族|嫁|子ども|子供|奥さん|旦那)(?:が|は)?(?:おる|いる)(?:んやろ|んだろ|んでしょう"
        r"|よな|だろ)",
        r"めちゃくちゃに(?:したる|してやる|する(?:ぞ|からな))|滅茶苦茶に(?:したる|してやる)"
        r"|ぐちゃぐちゃに(?:したる|してやる)",
        r"\bsee what happens (?:to|when)\b|\bwhat happens to (?:your|you)\b",
    ),
    rule(
        "threat",
        "投擲・破壊による加害の予告",
        r"火炎瓶|石を投げ|投げ込(?:んで|む)(?:やる|やろう|ぞ)|(?:ガラス|窓)(?:を)?(?:割って|割り"
        r"|叩き割)(?:やる|に)",
        r"\b(?:smash|break) (?:every|all the|your) windows?\b|\bthrow (?:a )?(?:brick|rock"
        r"|stone)s?\b",
    ),
    rule(
        "threat",
        "殺害・暴行の予告",
        r"(?:ぶっ|ぶち)?(?:殺|ころ|こ"
        + MASK
        + r"|"
        + MASK
        + r"ろ)(?:す(?!ぎ|ような)|したる|してやる|しに|されたい|さ(?:れ)?ないと)",
        r"殺害|息の根を止め|命(?:は|の保証は)?ない(?:と思え|ぞ)",
        r"(?:ぶん|ぶっ)?殴(?:る|ってやる|りに|ったる|られたい|り込)|ぶちのめ|ぼこぼこにし"
        r"|ぼこ(?:る|ってやる)",
        r"しば(?:く|いたる|きに|いてまう)(?!.{0,3}(?:ください|下さい))|刺(?:す|してやる|しに)(?:ぞ"
        r"|からな|よ|わ|行)",
        r"痛い目(?:に|を)?(?:見せ|あわせ|遭わせ|見る)",
        # 「ただじゃおかない」 is a threat; 「タダで済ませるつもり？」 is about money.
        r"ただ(?:じゃ|では|で)?(?:おか(?:ない|ねえ|ねー|ん)|済ま(?:さない|さねえ|さん|せない"
        r"|ない(?:ぞ|からな|よ))"
        r"|すま(?:さない|さねえ|さん|ない(?:ぞ|からな)))",
        r"(?:ただ|たダ|タダ)で済むと思う?な|無事(?:で|では)?(?:いられ|済む)と思う?な",
        r"夜道(?:に|には)?(?:気をつけ|気を付け)|背後に(?:気をつけ|気を付け)|(?:身の回り|身辺"
        r"|帰り道).{0,8}(?:気をつけ|気を付け)",
        r"(?:世の中|身の回り|身辺).{0,10}何が(?:起こる|起きる|ある)か(?:わかり|分かり|わから"
        r"|分から)",
        r"(?:包丁|ナイフ|刃物|バット|鉄パイプ|ガソリン|灯油|凶器)(?:を)?(?:持って|もって|持参"
        r"|用意)",
        r"(?:事務所|会社|店|本社|窓口|倉庫|オフィス|家)(?:に|へ|まで)?(?:行って|乗り込(?:んで"
        r"|み))[^。\n]{0,10}(?:暴れ|全員|ぶち|壊)",
        r"暴れ(?:て|に)(?:やる|行く|いく)|暴れ(?:る|ます)(?:ぞ|からな)",
        r"半殺し|ぶっ飛ばす|ぶっとばす|(?:しめ|締め)(?:る|たる|てやる)(?:ぞ|からな)|お礼参り"
        r"|(?:東京湾|海|山)に(?:沈め|埋め)",
        r"命(?:が)?惜しければ|生きて帰れ|襲(?:う|いに|撃)(?:ぞ|からな|する|してやる|いに)|(?:探し"
        r"|見つけ)出して(?:やる|殴|ぶっ)",
        r"顔(?:は)?覚えた(?:からな|ぞ)|刺され(?:ても|たいのか)|殺されたい",
        r"何を(?:する|しでかす)か(?:わから|分から)|手が出(?:る|ても)|(?:何が|何か)(?:起き"
        r"|起こ)っても(?:知らない|知らん|しらない)"
        r"|どうなっても(?:知らない|知らん|しらん|知りません)|ただでは(?:済まな|すまな)|(?:事故|車"
        r"|火の元|戸締まり)に(?:は)?(?:気をつけ|気を付け)(?:な|ろ|る(?:ことだ|んだな|ように)|た(?:ほう"
        r"|方)がいい|とけ)",
        r"首を洗って待って|月夜(?:の晩)?ばかりと思う|血を見る|火の海|カチコミ|ただで帰れると思う"
        r"|落とし前(?:を)?つけ(?:させ|てもら)",
        unless=_TECH,
    ),
    rule(
        "threat",
        "建物・設備への加害予告",
        r"火を?(?:つけ|付け|放)(?:る|て|たろ|てやる|に|たる)|放火(?:する|してやる|したる|しに"
        r"|してや)|燃やし(?:てやる|に|たろ|たる)"
        r"|燃やす(?:ぞ|からな|よ)",
        r"爆破|爆弾|ぶっ壊|ぶち壊|壊しに(?:行|いく|来)|叩き壊|叩き割",
        unless=r"ストーブ|コンロ|ガス|ヒーター|バッテリー|充電|発火|爆発的|爆速|" + _TECH,
    ),
    rule(
        "threat",
        "居場所を把握していると示す脅し",
        r"(?:住所|家|自宅|事務所|オフィス|会社|データセンター|店|倉庫|勤め先|職場|どこに(?:ある"
        r"|住んで))[^。\n]{0,12}"
        r"(?:知ってる|知っている|知ってん|調べてある|調べた|調べ上げ|わかってる|分かってる"
        r"|把握して|突き止め)"
        r"(?:ぞ|からな|よ|んだ|ます|る|た|で)",
        r"\bi know where (?:you|your [\w ]{1,25}|he|she|they) (?:live|lives|work|works|is|are"
        r"|sleep)\b",
        r"\bi (?:found|know|found out) where (?:you|your [\w ]{1,25}|he|she|they) (?:live|lives)\b",
        unless=r"移転|変更|登録|請求先|発送先|お届け先|届け先|\b(?:drop|deliver|send|bring|mail|post)"
        r"\b[^.]{0,20}\b(?:off|over|round|by)\b|\b(?:contract|parcel|package|documents?|cheque|check)\b",
    ),
    rule(
        "threat",
        "家族への危害をほのめかす脅し",
        r"(?:ご家族|家族|お子さん|子ども|子供|奥さん|嫁|旦那|ご主人)[^。\n]{0,30}"
        r"(?:大事にし|気をつけ|気を付け|何が(?:起こる|あっても)|どうなっても|敵を作)",
        r"\b(?:your|his|her) (?:family|kids|children|wife|husband)\b[^.]{0,40}(?:would be a shame"
        r"|be careful|watch out|safe)",
    ),
    rule(
        "threat",
        "危害の予告",
        r"\b(?:i(?:'ll| will| am going to|'m going to|'m gonna| gonna| swear i will| swear i'll)"
        r"|we(?:'ll| will))"
        r"\s+(?:\w+\s+){0,6}?(?:kill|k\*ll|murder|hurt|beat|stab|shoot|burn|smash|torch|bomb|punch"
        r"|strangle)\b",
        r"\bk(?:i|\*|1|!)ll (?:you|him|her|them|whoever|everyone|all of you|your)\b",
        r"\b(?:burn|torch|blow up|smash up|trash)\s+(?:down\s+)?(?:your|the)\s+(?:office|store"
        r"|shop|building|"
        r"warehouse|house|place|data ?cent(?:er|re))",
        r"\byou(?:'re| are) (?:dead|going to die|gonna die)\b|\bi(?:'ll| will) (?:find"
        r"|hunt) (?:you|him|her|them)"
        r"(?: down)?\b|\bfind out where (?:you|he|she|they) lives?\b|\bbreak (?:your|his"
        r"|her) (?:legs?|neck|face|arms?)\b"
        r"|\bbeat (?:you|him|her|them) up\b"
        r"|\b(?:bring|have) (?:a )?(?:gun|knife|bat|weapon)\b(?! ?(?:shop|store|range|club"
        r"|dealer|licen[cs]e|safe|sharpen|collection|holster|case))"
        r"|\bset fire to\b"
        r"|\bburn (?:it|the place|your \w+) down\b|\byou won'?t see it coming\b"
        r"|\baccidents happen\b"
        r"|\bit would be a shame if\b|\bi'?ll be waiting (?:outside|for (?:you|him|her))\b"
        r"|\bsleep with one eye open\b",
        r"\bsomething (?:might|could|may) happen to (?:you|your|him|her)\b"
        r"|\byou never know what (?:might|could) happen\b"
        r"|\bi can'?t be (?:held )?responsible for what i\b"
        r"|\bi won'?t be responsible for (?:my actions|what happens)\b"
        r"|\bthings (?:could|will|might) get ugly\b|\bi'?ll make you pay\b|\byou'?ll pay for this\b"
        r"|\bbe careful (?:on your way|walking|at night|when you leave)\b"
        r"|\bi know (?:what car you drive|where you park)\b",
        r"\bwatch your back\b|\byou(?:'ll| will) regret (?:this|it)\b|\bsomething (?:bad|terrible"
        r"|unfortunate) "
        r"(?:might|could|will|may) happen\b|\bcome down there and\b|\bpay (?:you"
        r"|your office) a visit\b",
        unless=_TECH + r"|the bug|this bug|killing me|killing it|photo|brochure|video|film|camera"
        r"|footage",
    ),
)

# Menace that becomes a threat next to private information (「どうなるかわかるよな」+ an address).
VEILED: tuple[Rule, ...] = (
    rule(
        "threat",
        "私生活の把握とあわせた含みのある脅し",
        r"どうなるか(?:わか|分か)|大事にし(?:な|ろ|て)|気をつけ(?:な|ろ)|\bnice neighbou?rhood\b"
        r"|\bquiet street\b|\bleave it at that\b|\bkeep that in mind\b",
        tag="veiled",
    ),
)

# ---------------------------------------------------------------------------------------------
# intimidation — 威圧・権威の誇示
# ---------------------------------------------------------------------------------------------
INTIMIDATION: tuple[Rule, ...] = (
    rule(
        "intimidation",
        "威圧（英語の言い回し）",
        r"\bdon'?t you know who\b|\bi'?ll have your job\b|\bi'?ll make sure you (?:get fired"
        r"|lose your job"
        r"|never work)\b|\bwatch your tone\b|\bwho do you think you'?re talking to\b",
    ),
    rule(
        "intimidation",
        "商売への圧力・立場の誇示",
        r"(?:商売|仕事|営業)(?:が|を)?できなく(?:して|したる|させ)|業界(?:に|で)いられなく",
        r"(?:私|俺|わし|僕)(?:が|を)誰か(?:分か|わか|ご存(?:じ|知)|知って)",
    ),
    rule(
        "intimidation",
        "結果をちらつかせる威圧（英語）",
        r"\bface the consequences\b|\bor (?:there will be|you'?ll face) consequences\b"
        r"|\blisten carefully\b",
        tag="menace",
    ),
    rule(
        "intimidation",
        "権力者との繋がりの誇示（英語）",
        r"\bon speed dial\b|\bpoliticians?\b[^.]{0,30}\b(?:friends?|know|call|contacts?)\b"
        r"|\bdo the math\b",
    ),
    rule(
        "intimidation",
        "怒声・呼び出しによる威圧",
        r"大声(?:を)?出す(?:ぞ|からな)|怒鳴(?:り込む|り込んで|る)(?:ぞ|からな)",
        r"(?:社長|上司|責任者|部長|課長|店長|上の(?:者|人|人間))(?:を)?(?:今すぐ)?(?:呼んで"
        r"|連れて)(?:来い|こい|きて|来なさい)",
    ),
    rule(
        "intimidation",
        "経営者との関係をちらつかせる圧力",
        r"\b(?:friends?|golf|first[- ]name terms|dinner|close)\b[^.]{0,20}\bwith your (?:ceo"
        r"|chairman|president"
        r"|boss|owner|founder|director)\b",
    ),
    rule(
        "intimidation",
        "地位・立場を振りかざす威圧",
        r"(?:俺|私|わし|わたし|僕|こっち)(?:様)?(?:を|が)誰(?:だ|や|じゃ)と思っ|誰に(?:向かって"
        r"|口きいて)",
        r"(?:お)?客(?:様)?は神様(?!(?:という|って|とは|じゃ|では))|こっちは客だ|客だぞ"
        r"|客に向かって|(?:客|お客様)を(?:なめ|舐め"
        r"|馬鹿に|ばかに)|誰のおかげで",
        r"(?:なめ|舐め)(?:てん|てる)(?:の|じゃ)|(?:なめ|舐め)(?:んな|るな|んじゃねえ)"
        r"|(?:お前らの|あんたらの)?給料(?:は)?(?:誰が|俺たちが|こっちが|客が)払って|誰の(?:金"
        r"|おかげ)で(?:食って|飯|給料)",
        r"\bi pay your salar(?:y|ies)\b|\bwe pay your salar(?:y|ies)\b|\bdo you know how much (?:i"
        r"|we) pay\b"
        r"|\bas a (?:premium|vip|enterprise|platinum|major) (?:customer|client)\b[^.]{0,20}\b(?:i"
        r"|we) (?:demand|expect|deserve)\b"
        r"|\bi(?:'m| am) (?:a|your) (?:biggest|largest|most important) (?:customer|client)\b",
        r"(?:私|俺|わし|こっち|当方|うち|弊社|我々)は[^。\n]{0,12}(?:株主|社長|役員|議員|大口|vip"
        r"|上場企業"
        r"|会長|大手)[^。\n]{0,8}(?:ぞ|ですよ|からな|んだよ|お忘れなく)",
        r"\bdo you know who i am\b|\byou (?:have no idea|don'?t know) who you(?:'re"
        r"| are) (?:dealing|talking) with",
    ),
    rule(
        "intimidation",
        "上位者を出せという圧力",
        r"(?:社長|上司|上の(?:者|人|やつ|人間)|(?<![以])上|責任者|部長|課長|店長|役員|偉い(?:人"
        r"|やつ|奴)|トップ|代表"
        r"|支店長|(?:部長|課長)以上の(?:方|者|人))(?:を|に|と)?(?:今すぐ|すぐ|さっさと"
        r"|早く)?(?:電話口に)?"
        r"(?:出せ|だせ|呼べ|連れて(?:来|こ)い|代われ|かわれ|出しやがれ|出てこい|出てこいや"
        r"|出しなさい|呼んでこい"
        r"|連れてきなさい|出て来い)",
        r"(?:今すぐ|すぐに)[^。\n]{0,6}(?:電話口に)?出して(?:ください|くれ)",
        r"(?:お前|あんた|あなた|貴方|おまえ)(?:のような|みたいな)?(?:一般社員|下っ端|平社員"
        r"|担当者?)?(?:じゃ|では)"
        r"(?:話にならん|話にならない|埒が明か|埒があか|らちがあか)",
        r"下っ端(?:と|に|じゃ|では|なんか)|\bget me your (?:director|manager|boss|ceo|supervisor"
        r"|superior)"
        r"|\bput (?:a|your) (?:manager|supervisor|director|boss) on the (?:phone|line)",
    ),
    rule(
        "intimidation",
        "含みのある脅し・威圧",
        r"(?:どうなるか|この意味|その意味|意味)(?:は|が|を)?(?:わかって|分かって|おわかり|お分かり"
        r"|よく(?:お)?考え)",
        r"わかって(?:ん|る)(?:の|よな|んだろうな)|分かって(?:ん|る)(?:の|よな)|わかってるのか"
        r"|分かってるのか",
        r"何を言って(?:い)?るか(?:わか|分か|おわか)|覚えとけ|覚えておけ|覚えてろ|逃げる(?:な"
        r"|んじゃねえ)よ|逃げんなよ",
        r"後悔(?:する|します|させ)(?:ことになる|ぞ|よ|からな|ますよ)|容赦(?:しない|しません"
        r"|せん)(?:ぞ|から|よ)?"
        r"|黙って(?:いない|いません|ないぞ|ないからな)|このまま(?:で)?(?:済む|終わる)と思う"
        r"|泣きを見る|こっちにも考えがある"
        r"|わかってますよね|察して(?:ください|くれ|ほしい)|言わなくても(?:わかる|分かる)"
        r"|(?<!時間は)覚悟(?:しておけ|しとけ|しろ|しておいてください|してください)",
        r"\byou don'?t want to (?:test|mess with|cross|find out)\b"
        r"|\bthink (?:very )?carefully about how you\b"
        r"|\bhe will hear about (?:it|this)\b|\bi am not asking\b|\bi'm not asking\b|\bor else\b"
        r"|\bdo as i say\b"
        r"|\byou(?:'ll| will) (?:be sorry|regret)\b|\bwatch yourself\b|\byou have no idea what i\b"
        r"|\b(?:last|final) warning\b|\bi'?m warning you\b|\bdon'?t test me\b|\bthink twice\b",
        tag="menace",
    ),
    rule(
        "intimidation",
        "高圧的な命令・責任の押し付け",
        r"(?:俺|わし|私)の言う(?:とおり|通り)に(?:しろ|せえ|しなさい)|本気だ(?:という"
        r"|って)ことを忘れる?な",
        r"(?:お前ら|お前|あんた|御社|おたく)の(?:会社)?(?:は|も)?終わり(?:だ|だぞ|だからな)"
        r"|(?:会社|お前ら)(?:ごと)?潰(?:す|してやる|したる)",
        r"(?:いい|通る|許される)と思って(?:ん|る)の?か|(?:いい|通る|許される)と思うな",
        r"(?:全部|すべて)?(?:お前|あんた|あなた)(?:一人)?の責任(?:だ|だからな|になる)"
        r"|(?:一人で)?責任(?:を)?取れるのか",
    ),
    rule(
        "intimidation",
        "人脈・権力をちらつかせる圧力",
        r"(?:議員|警察|役員|社長|銀行|記者|顧問|国会|県議|市議|幹部|官僚|組長)[^。\n]{0,8}(?:と"
        r"|とも|に)?(?:も)?"
        r"(?:懇意|知り合い|知人|親しい|繋がり|つながり|友達|友人|顔が利く)",
        r"元(?:警察官|刑事|警官|検事)|(?:私|俺|わし|僕)の(?:父|親|叔父|兄|知人|友人"
        r"|親戚)は[^。\n]{0,20}(?:役員|社長|議員|警察|幹部|官僚)",
        r"(?:俺|私|わし)には[^。\n]{0,10}(?:力|権力|影響力|コネ)が(?:ある|あります)",
        r"一声かければ|一言(?:いえば|言えば)|調べが入る|議会で取り上げ|大口(?:の)?(?:顧客|客"
        r"|取引先)であること",
        r"\bi sit on the board\b|\bi am the (?:cfo|ceo|president|chairman|director) of\b"
        r"|\b(?:personal )?friend of your "
        r"(?:ceo|president|chairman|director|boss|owner|founder)\b|\bi know your (?:ceo|boss|owner"
        r"|president)\b"
        r"|\bone (?:call|word) from me\b|\bi know people (?:at|in|who)\b"
        r"|\bi have (?:a lot of )?(?:influence|connections)\b"
        r"|\bi(?:'m| am) a (?:vip|major shareholder|shareholder)\b|\bdo you have any idea who\b"
        r"|\byou work for me\b",
    ),
)

# ---------------------------------------------------------------------------------------------
# exposure_threat — SNS・マスコミでの晒し/誹謗中傷
# ---------------------------------------------------------------------------------------------
_MEDIA = (
    r"sns|ツイッター|twitter|\bx\b|インスタ|instagram|tiktok|youtube|ユーチューブ|facebook"
    r"|フェイスブック|ネット"
    r"|インターネット|掲示板|2ch|5ch|ブログ|口コミ|くちコミ|クチコミ|レビュー|星1|星ひとつ"
    r"|グーグルマップ|googleマップ|google"
    r"|マスコミ|メディア|週刊誌|記者|新聞|テレビ|報道|動画|lineグループ|グループ|取引先|関係者"
    r"|業界|知り合い|仲間"
    r"|フォロワー|アカウント|世間|全国|みんな"
)
_POST = (
    r"晒(?:す|して|しま|したる|してやる|すわ|すぞ)|書き込(?:む|んで|みます|ませ|んでやる)"
    r"|書く(?:から|ぞ|わ|つもり|よ)|書きます|書いと(?:く|き)|書いておき|書いておく"
    r"|書いてやる|書いたる|流(?:す|して|しま|したる|しておき)|載せ(?:る|ます|てやる|たる)"
    r"|上げ(?:る|ます|てやる|たる)"
    r"|アップ(?:する|します|してやる)|配信(?:する|します|してやる)|売(?:る|ります|ってやる|りつけ)"
    r"|拡散|公開(?:する|します|させ|してやる|予定)|広め(?:る|ます|てやる)|言いふら"
    r"|言って回|話(?:す|します|してやる|を持ち込)|バラ(?:す|します|したる)|暴露|投稿(?:する|します"
    r"|してやる)|持ち込(?:む|みます)|売り込(?:む|みます|んでやる)"
)
EXPOSURE: tuple[Rule, ...] = (
    rule(
        "exposure_threat",
        "取引先・知人への悪評の流布の予告（英語）",
        r"\btell (?:every|all the) (?:business|company|customer|person|owner|one"
        r"|client)\w*\b[^.]{0,20}"
        r"\b(?:i know|about)\b",
        unless=r"\bsaw\b|\btold\b",
    ),
    rule(
        "exposure_threat",
        "SNS・メディアでの拡散の予告（英語）",
        r"\ball over (?:twitter|x|reddit|facebook|instagram|tiktok|youtube|linkedin|social media"
        r"|the internet"
        r"|the news)\b",
        unless=r"\bsaw\b|\bseen\b|\bwas\b|\bwere\b",
    ),
    rule(
        "exposure_threat",
        "取引先・関係者への悪評の流布の予告",
        r"(?:取引先|関係者|業界|知り合い|仲間|みんな|周り|友人|ママ友)[^。\n]{0,30}"
        r"(?:酷さ|ひどさ|最悪|悪評|悪さ|いい加減さ|ずさんさ|杜撰さ|実態|本性)[^。\n]{0,20}"
        r"(?:伝え|知らせ|広め|話し|言い)",
        r"\beveryone (?:on|at) (?:reddit|twitter|x|facebook|instagram|tiktok|youtube|linkedin)\b"
        r"|\bmake sure (?:everyone|the world|people|the whole \w+) (?:knows|finds out|hears)\b",
        unless=r"(?:伝え|知らせ|話し)(?:ました|た)",
    ),
    rule(
        "exposure_threat",
        "SNS・口コミ・報道等への暴露の予告",
        r"(?:" + _MEDIA + r")[^。\n]{0,60}?(?:" + _POST + r")",
        unless=r"(?:書き|投稿し|載せ|上げ)(?:ました|た(?:が|けど|ので|とおり))|見かけ|つもりは(?:ありません|ない)"
        r"|予定(?:は|が)?(?:あります|ありません)か|(?:ます|可能です)か[?？]?$|でしょうか"
        r"|してもいい|してもよろしい"
        r"|しません|しない(?:ので|から|です)|ポート|サーバ|api|鍵|パスワード|脆弱|ssh|公開鍵"
        r"|リリース|サイトを公開",
    ),
    rule(
        "exposure_threat",
        "晒す・暴露の示唆",
        r"晒(?:す|してやる|したる|すわ|すぞ|しあげ|し者)|言いふらす|言って回る|表に出(?:したくな"
        r"|されたくな|る前に)"
        r"|公(?:表|に)(?:されたくな|したくな)|世間に知(?:られ|れ渡)|(?:全国|世界)に知れ渡"
        r"|記事に(?:なったら|する|してもら)"
        r"|笑い者に(?:して|する)|炎上(?:させ|さす|する(?:ぞ|よ|からな))|星(?:1|一|ひとつ)(?:つけ"
        r"|付け)(?:る|ます|てやる)"
        r"|最低評価(?:を)?(?:つけ|付け|にし)(?:る|ます|てやる)|悪評[^。\n]{0,12}(?:広め|流|立て"
        r"|ばらま)"
        r"|評判を(?:落と|下げ)(?:して|す|したる|してやる)"
        r"|(?:ネット|sns)で叩(?:く|かせ|いてやる)|(?:録音|録画|スクショ|動画)(?:を"
        r"|は)?[^。\n]{0,20}(?:公開|流|上げ|載せ|拡散|ばらま)"
        r"|実名で(?:書|晒|載|公開|投稿)",
        unless=r"晒され|ポート|サーバ|api|鍵|パスワード|脆弱|ssh|インスタンス|外部に晒|マニュアル"
        r"|予定(?:は|が)?(?:あります|ありません)か|(?:ます|可能です)か[?？]?$|でしょうか"
        r"|してもいい",
    ),
    rule(
        "exposure_threat",
        "SNS・レビュー・報道への暴露の予告",
        r"\b(?:post|share|put|publish|tweet|upload|spread|blast|leak"
        r"|plaster)\b[^.!?\n]{0,60}\b(?:on|to|across|all over)\s+"
        r"(?:twitter|x|reddit|facebook|instagram|tiktok|youtube|linkedin|social media|the internet"
        r"|online|my blog"
        r"|google|trustpilot|yelp|the press)",
        r"\b(?:one|1)[- ]star reviews?\b|\b(?:bad|negative|terrible"
        r"|scathing) reviews? (?:everywhere|on)\b"
        r"|\breview[- ]bomb",
        r"\b(?:go|going|talk|speak|tip off) to the (?:press|media|news|newspapers?|journalists?"
        r"|reporters?)\b"
        r"|\bcontact(?:ing)? (?:the )?(?:press|media|journalists?|reporters?)\b"
        r"|\btell (?:all )?my \w*\s?followers\b"
        r"|\bname and shame\b|\bgo viral\b|\bexpose (?:you|your|him|her|them)\b|\bwith (?:his|her"
        r"|their) name and photo",
        r"\b(?:i'?ll|i will|going to|gonna|about to)\b[^.!?]{0,40}\b(?:post|tweet|blog|vlog|write"
        r"|share|spread|publish"
        r"|expose|leak|tag|tell)\b[^.!?]{0,50}\b(?:online|everywhere|everyone|the internet"
        r"|social media|twitter|reddit"
        r"|facebook|instagram|tiktok|youtube|linkedin|my (?:blog|channel|followers|audience"
        r"|subscribers)|reviews?|press"
        r"|media|news)\b|\b\d+k? followers\b|\bthe whole (?:internet|world) (?:will )?know\b"
        r"|\b(?:trash|shame|drag) (?:you|your company|him|her)\b[^.]{0,20}\b(?:online|publicly"
        r"|everywhere)\b|\bdox\w*",
        r"\b(?:his|her|their|the agent'?s?) (?:full )?name\b[^.]{0,40}\b(?:online|public"
        r"|everywhere|on (?:twitter|x|reddit"
        r"|facebook|instagram|tiktok|social media|google|yelp))\b",
        unless=r"\bas i (?:mentioned|said|wrote) in my review\b|\bi (?:left|wrote|posted) a\b"
        r"|\bwon'?t\b|\bnot going to\b"
        r"|\bif (?:i see|you see)|\bsaw\b|\bseen\b|\b(?:can|may) i\b|\bare you planning\b",
    ),
)

# ---------------------------------------------------------------------------------------------
# dogeza — 土下座・過度な謝罪の要求
# ---------------------------------------------------------------------------------------------
DOGEZA: tuple[Rule, ...] = (
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
        r"つもり|はしない|までは)",
        r"(?:床|地面)に(?:手|頭|額|膝)(?:を)?(?:つ|付|こすり|擦り)|頭を(?:床|地面)に|額を(?:床"
        r"|地面)に|ひざまず|跪",
        r"\bon (?:his|her|their|your|my) knees\b|\bkneel(?:s|ing)?\b|\bget down on\b"
        r"|\bgrovel(?:ling)?\b",
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
    ),
)

# ---------------------------------------------------------------------------------------------
# money — 不当な金銭・金品の要求
# ---------------------------------------------------------------------------------------------
MONEY: tuple[Rule, ...] = (
    rule(
        "money",
        "苦痛・手間に対する金銭の要求（英語）",
        r"(?:\b\d[\d,]*\s?(?:yen|jpy|dollars|usd)\b|\$\d[\d,]*)[^.]{0,40}\bfor (?:the"
        r"|my) (?:stress|anguish|suffering"
        r"|inconvenience|hassle|trouble|time)\b|\bplus damages\b",
        unless=LEGIT_MONEY,
    ),
    rule(
        "money",
        "お詫びとしての金品・示談の要求",
        r"\b(?:as an apology|to apologi[sz]e)\b[^.]{0,60}\b(?:cover|pay|yen|refund|free|gift)\b",
        r"(?:ただ|タダ)で済ませる(?:つもり|気)",
        r"(?:円|万|ポイント|無料|タダ|割引|商品券)[^。\n]{0,10}(?:で|なら)手を打(?:つ|ちます"
        r"|ってやる|とう)",
        unless=LEGIT_MONEY,
    ),
    rule(
        "money",
        "精神的苦痛・休業等を理由にした補償の要求",
        r"それなりの補償|精神的(?:苦痛|ダメージ)[^。\n]{0,30}(?:補償|払|支払|賠償|お金|金)",
        r"(?:休業|売上|損失|逸失利益)(?:の)?(?:補償|補填)(?:を)?(?:しろ|して|払|支払|求め|要求"
        r"|請求)",
        r"\b(?:one|two|three|six|twelve|\d+) months? free\b|\bfree as compensation\b",
        unless=LEGIT_MONEY,
    ),
    rule(
        "money",
        "形のあるお詫び（金品）の要求",
        r"形のある(?:もの|誠意|お詫び)|誠意(?:として|の証として)[^。\n]{0,12}(?:形|もの|品|金)",
        unless=LEGIT_MONEY,
    ),
    rule(
        "money",
        "返金に上乗せした金銭の要求",
        r"\bfor my (?:wasted|lost) time\b|\b(?:on top of|in addition to) (?:the|a|my) refund\b",
        unless=LEGIT_MONEY,
    ),
    rule(
        "money",
        "慰謝料・迷惑料等の要求",
        r"慰謝料|迷惑料|口止め料|示談金|見舞金|お見舞い金|解決金|手間賃",
        unless=r"弁護士(?:に|と)相談|法的に|裁判所",
    ),
    rule(
        "money",
        "誠意（金品）の要求",
        r"誠意(?:を|って)?(?:見せ(?:ろ|て|なさい|ろや)|示せ)|誠意(?:というの?は|とは"
        r"|って)[^。\n]{0,6}(?:形|金|お金|品|もの)"
        r"|誠意にお任せ|誠意(?:の)?(?:証|しるし)として",
        r"それなりの(?:額|金額|もの)|相応の(?:額|金額|対価)(?:を)?(?:ご用意|用意|お支払|払)",
    ),
    rule(
        "money",
        "お詫びの品・金品の要求",
        r"(?:お詫び|詫び|謝罪)(?:の品|の印|のしるし|として|に)[^。\n]{0,25}"
        r"(?:ポイント|円|万|商品券|ギフト|スマホ|無料|タダ|プレゼント|送って|つけて|よこせ|品を)",
        r"菓子折り|手土産(?:を|くらい|の一つ)|(?:商品券|ギフト券|クオカード|金券)(?:を|で|くらい"
        r"|ぐらい)?(?:送|よこ|くれ|付け|持)",
    ),
    rule(
        "money",
        "根拠のない無償化・補償の要求",
        r"永年無料|永久無料|一生無料|ずっと無料|無期限(?:で)?無料",
        r"(?:半年|1年|一年|\d+年|\d+(?:か|ヶ|カ|ケ|箇)?月)分(?:の)?[^。\n]{0,6}(?:を)?(?:無料|タダ"
        r"|無償|全額返金)",
        r"(?:私|俺|僕|わたし)の時給(?:は|って)[^。\n]{0,12}(?:\d|円)|(?:私|俺|僕"
        r"|わたし)の時間(?:を)?(?:返せ|返して|弁償|補償)",
        r"利息(?:を|も)?(?:つけ|付け|払|支払)|延滞(?:金|料)(?:を)?(?:払え|よこせ)",
        r"(?:その分|損した分|損害|損失)(?:は|を)?(?:全部|全額|すべて)?(?:払わせ|払え|弁償しろ"
        r"|補償しろ|よこせ)",
        r"金を?(?:払え|よこせ|出せ)(?!ない)",
        r"(?:\d[\d,]*|[一二三四五六七八九十百千]+)万?円(?:を|分)?(?:今すぐ)?(?:払え|よこせ"
        r"|振り込め|振込め)",
        r"(?:補償|賠償|弁償)(?:金)?(?:を)?(?:しろ|せよ|払え|よこせ|しなさい)|(?:倍|\d+倍)(?:返し"
        r"|にして返|で返)"
        r"|(?:今月|来月|\d+(?:か|ヶ|カ)月)(?:分)?(?:を|の料金を|の利用料を)?(?:無料|タダ)に(?:しろ"
        r"|して|すべき|しなさい)"
        r"|(?:値引き|割引|ポイント|クーポン)(?:を|くらい)?(?:しろ|よこせ|つけろ|寄こせ)|謝礼"
        r"|金一封|お金で(?:解決|誠意)|金で(?:誠意|解決)",
        r"(?:気持ち|誠意|お詫び)(?:を)?形(?:で|に)(?:示|表|し)|形(?:で|に)して(?:ください|くれ"
        r"|もらう)|何を(?:して)?くれるんだ"
        r"|(?:売上|損失|休業)(?:の)?(?:補償|補填)(?:しろ|して|を求め|を要求|しなさい)|交通費(?:を"
        r"|も)?(?:払|出せ|よこ|請求)",
        r"(?:返金|交換|修理)(?:に加えて|とは別に|とは別途|以外に|だけでは|だけじゃ)[^。\n]{0,40}"
        r"(?:円|万|料|補償|支払|払|金|ポイント|無料|商品券|品)",
        unless=LEGIT_MONEY,
    ),
    rule(
        "money",
        "従業員の給料からの支払いの要求",
        r"(?:給料|給与)から(?:天引き|差し引|払)[^。\n]{0,15}(?:払え|払って|よこせ|返せ|支払)",
    ),
    rule(
        "money",
        "個人的な見返りの要求",
        r"リベート|キックバック|見返り|袖の下|裏金|(?:君|あなた|お前"
        r"|担当)個人に[^。\n]{0,10}(?:還元|謝礼|お礼)"
        r"|個人的に[^。\n]{0,10}(?:還元|謝礼)",
        r"\bkick ?backs?\b|\bsomething for myself\b|\bto my personal (?:bank )?account\b"
        r"|\bunder the table\b",
    ),
    rule(
        "money",
        "根拠のない補償の要求",
        r"\bcompensation\b[^.!?]{0,40}\b(?:hassle|inconvenience|time|trouble|stress|distress"
        r"|suffering|owed|owe)\b"
        r"|\b(?:hassle|inconvenience|time|trouble|stress|distress"
        r"|suffering)\b[^.!?]{0,20}\bcompensation\b"
        r"|\b\d[\d,]*\s?(?:yen|jpy|dollars|usd)\s+compensation\b|\bcompensation of\b",
        r"\bpay (?:me )?what you owe\b|\bpay up\b|\bemotional distress\b|\bpain and suffering\b"
        r"|\bdamages for (?:my|the) (?:time|stress|hassle|inconvenience)\b",
        r"\bfree lifetime\b|\blifetime (?:license|licence|subscription|membership"
        r"|access)\b[^.]{0,20}\bfree\b"
        r"|\bfree (?:for life|forever)\b|\bfree for (?:a|one|two|three|\d+) (?:years?|months)\b"
        r"|\b(?:gift cards?|vouchers?|store credit)\b[^.]{0,30}\b(?:apology|trouble|hassle"
        r"|inconvenience)\b",
        r"\bcompensate me\b|\bi (?:want|demand|expect) (?:to be )?(?:compensat\w+|paid)\b"
        r"|\b(?:double|triple|twice"
        r"|three times) (?:the|my) (?:money|refund|amount)\b|\brefund (?:me )?(?:double|twice)\b"
        r"|\bplus (?:extra|more"
        r"|something) for (?:my|the) (?:trouble|time|hassle)\b|\bmake it worth my while\b"
        r"|\bgive me (?:a )?free\b",
        r"\b(?:goodwill gesture|gesture of goodwill)\b|\bshow (?:your|some) sincerity\b"
        r"|\bwhat will you give me\b"
        r"|\bsomething in return\b|\bhush money\b|\b(?:reimburse|pay for|cover) (?:my|our) (?:lost"
        r"|time|taxi|travel)\b"
        r"|\bfor my (?:trouble|time|inconvenience)\b|\b\d+ months? (?:free|for free)\b"
        r"|\bfree (?:upgrade|months?|year)\b",
        unless=LEGIT_MONEY,
    ),
)

# ---------------------------------------------------------------------------------------------
# punish_staff — 従業員の処罰要求
# ---------------------------------------------------------------------------------------------
PUNISH: tuple[Rule, ...] = (
    rule(
        "punish_staff",
        "従業員の処分の要求（英語の言い回し）",
        r"\bbe let go\b|\bmake an example of\b|\bdisciplinary action\b|\bwrite (?:him|her"
        r"|them) up\b"
        r"|\bdemote (?:him|her|them)\b|\b(?:him|her|them|agent|rep) (?:punished|fired|sacked"
        r"|disciplined)\b",
    ),
    rule(
        "punish_staff",
        "従業員への罰の要求",
        r"罰(?:を)?(?:与え|受けさせ)|厳罰|(?:きっちり|厳しく)(?:罰|処分|叱)",
    ),
    rule(
        "punish_staff",
        "従業員の解雇・処分の要求",
        r"(?:くび|首)(?:に)?(?:しろ|して(?:ください|くれ|よ|まえ)?|せえ|しなさい|すべき"
        r"|にしてまえ)|(?:くび|首)を切(?:れ|って)",
        r"辞めさせ(?:ろ|て|なさい|るべき|たら)|退職させ|解雇(?:しろ|して|しなさい|すべき|を求め"
        r"|を要求)",
        r"(?:懲戒|処分|処罰|減給|降格|左遷|謹慎|停職|厳重注意|厳罰)(?:処分)?(?:しろ|して|を(?:求め"
        r"|要求|お願い|行って|下して)"
        r"|にして|にしていただき|しなさい|させ|の(?:結果|内容)|すること|するまで|を|に)",
        r"(?:本人|担当)に責任を?(?:取らせ|とらせ)|責任を取らせ(?:ろ|て)|(?:給料|給与)から(?:天引き"
        r"|差し引|払)",
        r"担当(?:者)?の(?:処分|処罰|懲戒|解雇)",
        r"\b(?:should|must|needs? to|ought to) be (?:fired|sacked|dismissed|suspended|disciplined"
        r"|punished|demoted)\b",
        r"\b(?:get|have) (?:him|her|them|that \w+) (?:fired|sacked|suspended)\b|\bsuspend (?:him"
        r"|her|the agent|them)\b",
        r"\bwant (?:the|that|this|him|her|them)\b[^.]{0,40}\b(?:fired|sacked|suspended|disciplined"
        r"|punished|demoted)\b",
        r"\b(?:lose|loses|losing) (?:his|her|their) jobs?\b|\bget rid of (?:him|her|them|that \w+"
        r"|the agent)\b"
        r"|\blet (?:him|her|them) go\b|\bheads (?:will|should|must) roll\b|\bpunish (?:him|her"
        r"|them|the \w+|whoever)\b"
        r"|\breprimand(?:ed)?\b|\bwritten warning\b|\bterminate (?:him|her|them|the agent)\b"
        r"|\b(?:fire|sack) (?:him|her|them|that \w+|whoever)\b",
        r"始末書(?:を)?(?:書かせ|提出させ)|給料(?:を)?(?:下げ|減ら|カット)(?:ろ|て)|異動させ(?:ろ"
        r"|て)|配置換え(?:しろ|して)",
        r"(?:^|[.!?]\s*|\bjust |\bplease )fire (?!alarm|drill|safety|exit|door|wall|up\b|off\b"
        r"|away|it\b|this|that|the\b|a\b|an\b|on\b|back)\w+"
        r"|\bdiscipline (?:him|her|them|the)\b",
        r"\bdeserves? to (?:be fired|be sacked|lose (?:his|her|their) job|be punished)\b"
        r"|\b(?:him|her|them|that \w+) off the payroll\b|\bdock (?:his|her|their) (?:pay|wages"
        r"|salary)\b|\bshould (?:never|not) (?:work|be allowed to work) in (?:customer service"
        r"|support|this industry|this job) (?:again|ever)\b"
        r"|\bwant (?:whoever|the person who|the agent who)\b[^.]{0,30}\b(?:fired|sacked"
        r"|disciplined|punished|suspended)\b",
        unless=r"(?:データ|ファイル|在庫|商品|不用品|機器|廃棄|端末|書類|個人情報|ごみ|ゴミ|粗大|車|pc|パソコン)(?:を|の)?(?:処分|廃棄)"
        r"|(?:くび|首)に(?:され|なる|なり)|(?:私|僕|俺|自分)が(?:上司に)?(?:くび|首)",
    ),
)

# ---------------------------------------------------------------------------------------------
# staff_attack — 従業員個人への攻撃・指名・変更強要
# ---------------------------------------------------------------------------------------------
_LEGIT_HANDLER = (
    # 「障害」 alone is usually an outage and 「目が」 occurs in 「項目が」: only disability senses.
    r"(?:聴覚|視覚|身体|発達|精神|知的)(?:に)?障|障害(?:が|を)(?:ある|あり|持って|抱え)|障がい"
    r"|聴覚|視覚|車椅子|耳が(?:聞こえ|遠|不自由)|(?<![項回番面注])目が(?:見え|不自由|悪)"
    r"|聞き取れ|聞き取り|英語|日本語以外|言語|通訳|異なる(?:ご)?案内"
    r"|誤った(?:ご)?案内|誤案内|間違った(?:ご)?案内"
    r"|案内が(?:異な|違|食い違)|確認できる方|引き継|育児休業|育休"
    r"|(?:退職|異動|休職)(?:され|した|して|になっ|予定|のため|される|に伴)"
    # "watch your language", "tired of hearing excuses", "are you deaf?" are no reasons.
    r"|\blanguage (?:barrier|support|preference|skills?)\b|\b(?:in|speaks?|speaking|speaker of)"
    r" (?:english|japanese|spanish|chinese|korean|french|german|portuguese)\b|accessib"
    r"|\bhard of hearing\b|\bhearing (?:impair|loss|aid|difficult|disab)|\b(?:i'?m|i am|we are"
    r"|my \w+ is|is) (?:deaf|blind|partially sighted|visually impaired)\b|\bvisually impaired\b"
    r"|\bscreen reader\b|\bwrong information\b|\bdifferent answers\b|\bmisinformation\b"
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
        unless=r"\b(?:post|publish|tweet|expose)\b|\b(?:one-star|1-star|bad) reviews?\b|晒|載せ"
        r"|公開|書き込|拡散|流す|ネット|(?:番号|id)(?:の)?(?:桁|形式|フォーマット|採番|付け方|ルール|体系)"
        r"|(?:名前|氏名|フルネーム|番号|連絡先|アドレス|携帯|id)(?:を|の|は|が)?[^。\n]{0,6}(?:入力"
        r"|登録|設定|一括|csv|項目|欄|表示|変更|インポート|エクスポート)|(?:入力|登録|設定|一括|csv"
        r"|項目|欄|インポート)[^。\n]{0,8}(?:名前|氏名|フルネーム|番号|id)",
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
        r"|american|native|older|younger)\b|\b(?:switch|change) (?:my|the) (?:agent|rep|handler"
        r"|account manager)\b|\bi (?:don'?t|do not) want (?:some|this|that|an?) "
        r"[^.]{0,30}(?:handling|on my account|working on)",
        tag="handler",
        unless=r"お知らせ|引き継",
    ),
)

# ---------------------------------------------------------------------------------------------
# privacy — プライバシーの侵害
# ---------------------------------------------------------------------------------------------
PRIVACY: tuple[Rule, ...] = (
    rule(
        "privacy",
        "従業員の勤務後・私生活の詮索",
        r"何時に(?:仕事|バイト|勤務)?(?:が)?(?:終わる|上がる|帰る|退勤)",
        r"(?:子|人|方|担当)の(?:家|住所|自宅)[^。\n]{0,8}(?:どこ|どのへん|どの辺|どっち|教え"
        r"|[?？])",
        r"\b(?:does|do|is) (?:he|she|they|your \w+(?: \w+)?) (?:have|got) (?:a )?(?:boyfriend"
        r"|girlfriend|husband|wife"
        r"|kids|children)\b",
        needs=STAFF + r"|お姉さん|お兄さん|お嬢さん",
        scope="message",
    ),
    rule(
        "privacy",
        "従業員の住所・私生活の詮索",
        r"(?:自宅|実家|住まい|最寄り駅|住んで(?:る|いる))[^。\n]{0,8}(?:どこ|教え|調べ|知って|特定"
        r"|突き止め|ですか|[?？])",
        r"(?:お前|おまえ|あんた|あなた|担当(?:者)?|彼|彼女|さん|君|その人|あの人)の(?:家"
        r"|住所)[^。\n]{0,8}"
        r"(?:どこ|教え|調べ|知って|特定|突き止め|ですか|[?？])",
        r"(?:奥さん|嫁|旦那|ご主人|お子さん|子ども|子供|家族|ご家族|彼氏|彼女|恋人)(?:は|が|も"
        r"|の)?[^。\n]{0,10}"
        r"(?:いる|いますか|きれい|綺麗|かわいい|可愛い|何歳|学校|小学生|勤め先|職場|どこ)",
        r"結婚(?:して(?:る|ます|いる)|は)|休み(?:の日)?(?:は|に)何(?:して|を)|(?:年齢|何歳"
        r"|出身大学|学歴|出身地|出身校|職歴|経歴|顔写真)"
        r"(?:を|は|と)?[^。\n]{0,12}(?:教え|ですか|[?？]|送って|送れ|見せ)",
        r"(?:facebook|フェイスブック|インスタ|instagram|ツイッター|twitter|sns|ライン|line)(?:で"
        r"|を)?[^。\n]{0,15}"
        r"(?:見つけ|検索|調べ|特定|フォロー)|本名(?:で|を)?[^。\n]{0,6}(?:検索|調べ|特定)|特定済み"
        r"|顔写真[^。\n]{0,6}(?:確認済|特定)",
        r"顔は[^。\n]{0,15}確認済|退勤|待ち伏せ|出てくるまで待|帰り道|後をつけ|尾行|つけ回",
        needs=STAFF + r"|担当|さん|顔|本名",
        unless=OWN
        + r"(?:住所|自宅|家族|母|父|子|妻|夫)|住所変更|向け|プラン|割引|家族割|家族カード|ご家庭"
        r"|(?:お届け|発送|配送|請求|送付)先"
        r"|登録(?:の)?住所"
        r"|(?:御社|貴社|会社|本社|店舗|窓口|センター|倉庫)(?:の)?(?:住所|場所)",
        scope="message",
    ),
    rule(
        "privacy",
        "従業員の私的SNS・連絡先・家族の詮索",
        r"\b(?:which|what) (?:station|train|neighbou?rhood|area|gym)\b[^.?]{0,30}\b(?:does|do"
        r"|is) (?:he|she|they"
        r"|[a-z]+) (?:get off|live|go|take)\b|\bwhere (?:does|do) (?:he|she|they|[a-z]+) (?:live"
        r"|commute|get off"
        r"|go after work)\b",
        r"(?:line|ライン|whatsapp|ワッツアップ|インスタ|instagram)(?:の)?(?:id|アカウント)",
        r"\b(?:her|his|[a-z]+'s) (?:instagram|facebook|whatsapp|personal (?:number|phone|email"
        r"|account|whatsapp)|home address"
        r"|twitter|tiktok|private (?:number|email|account))\b",
        r"\bwhere (?:does )?(?:he|she|they|your \w+(?: \w+)?) lives?\b"
        r"|\bfound where\b[^.]{0,30}\blives?\b"
        r"|\bdoes (?:he|she) live\b|\b(?:is|are) (?:he|she|the agent"
        r"|your agent)\b[^.?]{0,25}\b(?:married|single|seeing anyone)"
        r"|\b(?:does|do) (?:he|she|they) have (?:kids|children|a (?:girlfriend|boyfriend|wife"
        r"|husband))\b|\bwhat school\b"
        r"|\bmeet up\b|\bfollow (?:her|him)\b|\bafter (?:her|his) shift\b"
        r"|\bwhat time (?:does )?(?:she|he) (?:finish|leave|get off)",
        needs=STAFF + r"|教え|\bgive me\b|\?",
        scope="message",
    ),
)

# ---------------------------------------------------------------------------------------------
# discrimination_sexual — 差別的・性的な言動
# ---------------------------------------------------------------------------------------------
DISCRIMINATION: tuple[Rule, ...] = (
    rule(
        "discrimination_sexual",
        "属性を理由にした差別（英語の言い回し）",
        r"\b(?:indian|filipino|chinese|foreign) (?:guy|girl|woman|man|agent|call cent(?:er"
        r"|re))\b[^.]{0,40}"
        r"\b(?:can'?t|couldn'?t|useless|accent)\b|\bpregnant or something\b|\btypical (?:woman"
        r"|female|girl)\b"
        r"|\b(?:men|women) are (?:better|worse|bad|no good) at\b",
    ),
    rule(
        "discrimination_sexual",
        "性別・国籍・年齢を指定した担当者の選別",
        r"(?:担当|対応|電話|窓口)(?:は|を)?(?:男性|女性|男|女|日本人|若い人|若い子"
        r"|年配の人)(?:の方|の人|スタッフ)?(?:に|で)"
        r"(?:して|お願い|替え|変え|代え)",
        r"(?:日本人|日本の方|男性|女性|男の人|女の人|若い人|若い子|若い女性)(?:の(?:方|人|スタッフ"
        r"|担当(?:者)?))?(?:で|に)"
        r"お願い(?:します|したい|できますか)",
        r"(?:女性|女|男性|男|外国人|外国の方|年寄り|おばさん|おじさん)(?:の(?:方|人|担当"
        r"|スタッフ))?(?:は|じゃ|では)"
        r"(?:なく|やめて|嫌|困る|ちょっと)",
        r"(?:男|男性|女|女性|日本人)(?:の人|の方)?(?:は)?いない(?:の|んですか|のか)",
        r"\b(?:i want|give me|get me|can i (?:get|have)|assign|put|send) (?:a|an) (?:male|female"
        r"|japanese|american"
        r"|white|native|young|younger|older) (?:agent|engineer|rep|person|technician|guy|woman"
        r"|man)\b"
        r"|\bno (?:women|foreigners|old people)\b",
        tag="selects_staff",
        unless=r"話せる|speaking|speaker|言語|英語|language|聴覚|障害(?:が|を)(?:ある|あり|持)|障がい"
        r"|ご本人|お客様ご自身|患者|婦人科|女性特有|更衣",
    ),
    rule(
        "discrimination_sexual",
        "出身・訛り・容姿を理由にした差別、従業員への性的な関心",
        r"(?:訛り|なまり|方言)(?:が)?(?:気持ち悪|不快|田舎臭|汚)|田舎(?:者|もん)"
        r"|(?:東北|関西|九州|沖縄|北海道|地方)(?:の人|出身の人|出身者)(?:は|って|じゃ)[^。\n]{0,10}"
        r"(?:無理|ダメ|わからない|使えない|遅い)",
        r"(?:あの子|あの人|担当の子|オペレーターの子|店員の子|受付の子)(?:って|は|、)?(?:かわいい"
        r"|可愛い|美人|タイプ|エロ)",
    ),
    rule(
        "discrimination_sexual",
        "属性（性別・国籍・家庭・障害）を理由にした差別",
        r"(?:外人|外国人)(?:ばっかり|ばかり|ばっか|しかいない|だらけ)|(?:まともな|普通の"
        r"|ちゃんとした)日本人(?:は|が)?(?:いない|おらん|を出"
        r"|に)",
        r"(?:独身|子なし|未婚)(?:の)?(?:方|人|スタッフ)?(?:に|へ)(?:替え|代え|変え|して|交代)"
        r"|(?:お子さん|子ども|子供|子持ち)[^。\n]{0,20}(?:休み|休まれ|早退)[^。\n]{0,15}(?:困る"
        r"|迷惑|無理)",
        # 「障害」 alone is usually an outage: only about a person, never a stated reason (…ので).
        r"(?:お前|おまえ|あんた|あなた|担当|こいつ|あいつ|そいつ|頭|脳)[^。\n]{0,8}障害(?:でも|が)?"
        r"(?:(?:ある|持って)(?:の(?:か|[?？])|んか|んじゃ)|あんの)",
        r"(?:女|女性|男|男性)(?:は|って)[^。\n]{0,10}(?:感情的|ヒステリー|論理的じゃない|使えない"
        r"|話にならない)"
        r"|(?:男|女)の(?:上司|人|方|担当|スタッフ)(?:を)?出(?:せ|して)",
    ),
    rule(
        "discrimination_sexual",
        "性別を理由にした能力の否定",
        r"(?:女|女性|女の子|女の人)(?:の方|の担当|のスタッフ)?(?:だから|ですと|だと|じゃ|では|には"
        r"|なんか)[^。\n]{0,25}"
        r"(?:わから|分から|通じ|無理|できな|出来な|任せられ|理解でき|話にならない)",
        r"(?:男性|女性|女の子|女の人|男の人)(?:の)?(?:方|技術者|担当(?:者)?|スタッフ|人|エンジニア"
        r"|社員)?(?:に|へ)(?:担当(?:者)?(?:を|に)?)?(?:代わ|代え|替え|変え|かわ|して|交代)|(?:女|女性)(?:は|じゃ)(?:ダメ|だめ|嫌)"
        r"|(?:男|女)(?:を|の人を)出せ",
        r"\b(?:a|some) (?:woman|girl|lady) (?:can'?t|cannot|doesn'?t|won'?t)\b|\bwomen (?:can'?t"
        r"|don'?t|shouldn'?t)\b"
        r"|\b(?:put|get me|want) a man\b",
        r"女(?:に|なんか)(?:何が|なにが)(?:わかる|分かる)|(?:ゲイ|レズ)(?:かよ|なの|だろ|みたい"
        r"|っぽい)",
        r"\bi (?:don'?t|do not) want (?:a|an|some) (?:woman|girl|lady|female|foreign(?:er)?|indian"
        r"|chinese|filipino|old|older"
        r"|young)\b|\bbecause (?:you'?re|she'?s|he'?s) (?:a woman|a girl|old|foreign"
        r"|a foreigner)\b|\bat (?:your|her|his) age\b"
        r"|\blittle girl\b|\b(?:female|women) (?:agents?|staff|engineers?) (?:can'?t|don'?t"
        r"|are (?:useless|hopeless))\b"
        r"|\b(?:speak|talk) (?:to|with) a man\b|\bnot (?:some )?(?:foreigner|woman|girl)\b"
        r"|\b(?:real|proper) engineer,? not\b",
        r"(?:女|男)のくせに|女(?:は|なんか)(?:引っ込|黙って)|女性(?:の方)?(?:ではなく"
        r"|じゃなくて)男性|(?:男|女)(?:なの|か)(?:女|男)(?:なの|か)"
        r"|小娘|若造",
    ),
    rule(
        "discrimination_sexual",
        "国籍・出自を理由にした差別",
        r"(?:外国人|外人|中国人|韓国人|朝鮮人|フィリピン人|ベトナム人|インド人"
        r"|黒人)(?:の)?(?:スタッフ|担当|店員|社員|人)?"
        r"(?:だろ|じゃ|では|だから|なんか|は(?:ダメ|だめ|嫌)|ですよね)",
        r"国に帰れ|日本人(?:の)?(?:担当(?:者)?|スタッフ|人|方)?(?:を出せ|に(?:替え|代え|変え|代わ"
        r"|して)|を出して)|支那|チョン|毛唐",
        r"\bforeigners?\b[^.]{0,30}\b(?:can'?t|don'?t|shouldn'?t|useless|stupid)\b"
        r"|\bgo back to (?:your|where)\b"
        r"|\b(?:chink|gook|jap|nips?|paki|tranny|faggot)s?\b",
        r"(?:どこの国|国籍)[^。\n]{0,8}(?:の人|ですか|だよ|[?？])|片言|カタコト|障害者(?:か|なの"
        r"|みたい)|めくら|つんぼ|かたわ|アスペ"
        r"|発達(?:障害)?(?:か|なの|だろ)|知恵遅れ|在日(?:か|だろ|なの|でしょ|じゃ)|外国(?:の方"
        r"|籍の方)(?:は"
        r"|じゃ|では|だと)",
        r"(?:中国|韓国|朝鮮|ベトナム|フィリピン|インド|ブラジル|アジア)人(?:は|って)(?:みんな"
        r"|全員)?[^。\n]{0,10}"
        r"(?:信用|ダメ|だめ|嘘|いい加減|汚|無理)",
        r"\bsomeone (?:who is )?(?:japanese|american|white|native|local)\b(?! speaker)|\b(?:your"
        r"|that|his|her) "
        r"(?:thick |heavy )?accent\b[^.]{0,30}\b(?:can'?t|understand|annoying|terrible)\b"
        r"|\bgrandpa\b|\bgrandma\b|\bboomer\b",
    ),
    rule(
        "discrimination_sexual",
        "年齢・性自認・妊娠等を理由にした差別",
        r"おばさん|おばちゃん|おっさん|ばばあ|じじい|年寄り|老害|(?:若い|若手)(?:子|女の子|人"
        r"|の)(?:に|を)(?:替え|代え|変え|出せ|して)",
        r"オネエ|おかま|男みたいな女|女みたいな男|おとこおんな",
        r"(?:年配|高齢|年寄り|定年|子持ち|時短|育休明け|ママさん|主婦|おじさん)(?:の)?(?:方|人"
        r"|スタッフ|担当)?(?:は|じゃ|では|だと|には)"
        r"[^。\n]{0,15}(?:無理|ダメ|だめ|わから|分から|遅|できな|話にならない|任せられ|困る|迷惑"
        r"|使えない|すぐ休)",
        r"日本語(?:が|も)?(?:下手|変|おかしい|通じない|不自由|片言)|ハーフ(?:なの|か|でしょ|だろ"
        r"|[?？])",
        r"(?:妊娠|妊婦|産休|育休|子育て|子持ち|介護)(?:中)?(?:の)?(?:人|方|さん|社員"
        r"|スタッフ)?(?:に|は|を|じゃ|では|なんか|に入)?"
        r"[^。\n]{0,25}(?:迷惑|任せ|外し|困る|無理|ダメ|理解できません|考えられ|非常識|使えない)",
        r"\b(?:some|an?) old (?:guy|man|woman|lady|fart|timer)\b|\btoo old to\b|\bsomeone younger\b"
        r"|\b(?:pregnant|maternity)\b[^.]{0,40}\b(?:replace|assign|useless|can'?t|off my)\b",
        needs=STAFF
        + r"|声|電話|担当|替え|代え|出せ|窓口|人にして|方にして|任せ|handling|assign|replace",
        unless=r"(?:私|当方|わたし|僕|弊社の|うちの社員)(?:事|は|が|の)?[^。\n]{0,8}(?:育児|育休|産休|介護)",
        scope="message",
    ),
    rule(
        "discrimination_sexual",
        "従業員への性的な関心・誘い",
        r"(?:いい|素敵な|セクシーな)声|美人(?:だ|です|な|さん)|(?:顔|声)が(?:タイプ|好み)"
        r"|タイプ(?:だ|です)(?:ね|よ)|何カップ"
        r"|キス(?:し|させ)|ホテル(?:に)?行こう|一緒に(?:寝|泊ま)|独身(?:ですか|なの|[?？])",
        r"(?:プライベート|個人的)(?:で|に)(?:会|食事|飲み|お茶)|(?:食事|お茶|飲み)(?:でも"
        r"|に)(?:行きませんか|行こう|どう|しませんか|誘)"
        r"|連絡先(?:を)?交換|今度会(?:おう|いましょう|いませんか)|(?:に|と)(?:会いたい|会おう)",
        needs=r"あなた|君|きみ|お前|あの子|その子|さん|ちゃん|担当|スタッフ|オペレーター|声|顔",
        scope="message",
    ),
    rule(
        "discrimination_sexual",
        "性的な言動・要求",
        r"声が?(?:かわいい|可愛い|エロ|色っぽ|セクシー|好み)|かわいい声|(?:声|顔)(?:を"
        r"|が)?(?:聞きたい|見たい)",
        r"若い女の子|(?:あなた|君|きみ|お前|本人|自分)の(?:写真|自撮り|顔写真)|自撮り(?:を)?(?:送"
        r"|くれ|見せ)",
        r"(?:直接|二人(?:きり|で))(?:会って|会おう|会いたい|飲み)|(?:飲み|食事|デート)に(?:行こう"
        r"|誘|付き合)",
        r"スリーサイズ|下着|胸(?:が|の)?(?:大き|サイズ)|おっぱい|エッチ|せっくす|セックス"
        r"|彼氏(?:は)?いる",
        r"(?:かわいい|可愛い|若い|美人の)(?:子|女の子|女性|人)(?:に|を)(?:替え|代え|変え|して"
        r"|出して|出せ)|付き合って(?:よ|くれ)"
        r"|(?:スタイル|脚|お尻|尻)(?:が|の)?(?:いい|エロ|きれい|綺麗)|抱か(?:せ|れ)|触(?:らせ"
        r"|りたい)|下ネタ|色っぽ|エロい",
        r"\byou(?:'re| are) (?:hot|sexy|cute|pretty|beautiful|gorgeous)\b|\b(?:beautiful|sexy|cute"
        r"|lovely) voice\b"
        r"|\bsweetie\b|\bdarling\b|\b(?:dinner|drinks?|a date) with me\b|\byour (?:body|legs"
        r"|figure)\b|\bsleep with\b"
        r"|\b(?:girl|woman|lady) like you\b|\bwhat do you look like\b|\bhow old are you\b"
        r"|\bdo you have a (?:boyfriend"
        r"|girlfriend)\b|\bi'?d love to meet (?:you|her)\b|\bmeet me\b|\bcome to my (?:hotel"
        r"|room)\b|\b(?:pretty|hot) girl\b"
        r"|\bnice body\b|\byou must be (?:pretty|hot|cute)\b|\bbet you look\b|\bkiss\b",
        r"\byou sound (?:cute|sexy|hot|pretty|beautiful|lovely)\b|\bsend (?:me )?(?:a )?(?:photo"
        r"|picture|pic|selfie)s? of "
        r"(?:yourself|you)\b|\bsend me (?:your|a) (?:photo|pic|selfie)\b|\bsexy\b|\bbabe\b"
        r"|\bwhat are you wearing\b"
        r"|\bare you single\b|\bgo out with me\b|\bnudes?\b|\bboobs?\b",
    ),
)

# ---------------------------------------------------------------------------------------------
# excessive_demand — 過剰なサービス・特別扱いの要求
# ---------------------------------------------------------------------------------------------
_SCOPE_OK = (
    r"保証(?:期間)?(?:内|の範囲|対象)|初期不良|契約(?:に基づ|上|どおり|通り)|仕様を満たさ|不具合"
    r"|瑕疵"
    r"|warranty|\bspec(?:s|ification)?\b|defect|\bsla\b|agreed|guarantee|faulty"
)
# Urgency with a stated business reason is not an excessive demand (spec hard negative):
# 本番障害で業務が止まっています, "checkout is down and we're losing orders", payroll day.
_BUSINESS_REASON = (
    r"障害|停止|止まって|止まり|落ちて|ダウン|業務(?:が|に)|売上|本番|給与|給料日|支払日|引き落とし"
    r"|締め日|納品日|決算|outage|\b(?:is|are|was|were|went|been|still) down\b|\bdowntime\b"
    r"|\blosing (?:orders|money|sales|customers|data)\b|\bpayroll\b|\bproduction\b|\bgo-?live\b"
    r"|\bcan'?t (?:work|operate|trade|sell|ship|log in)\b|\bwon'?t get paid\b|\bdeadline\b"
)
EXCESSIVE: tuple[Rule, ...] = (
    rule(
        "excessive_demand",
        "優先・範囲外の要求（英語の言い回し）",
        r"\b24/7\b[^.]{0,30}\b(?:basic|standard|free|cheapest) plan\b|\b(?:my|our) (?:ticket"
        r"|request|case)"
        r" (?:should|must) (?:be|come) first\b|\bi should be your (?:top )?priority\b"
        r"|\brespond to me first\b"
        r"|\bbefore (?:anyone|everyone) else\b",
    ),
    rule(
        "excessive_demand",
        "特別扱い・他を後回しにした専従の要求",
        r"だけ特別に|特別に[^。\n]{0,10}(?:土日|休日|夜間|無料|タダ|無償)",
        r"\b(?:put|set) everything else aside\b|\bwork only on (?:our|my)\b|\bdrop (?:all"
        r"|other customers)\b",
    ),
    rule(
        "excessive_demand",
        "無償での作業の要求（英語）",
        r"\bdon'?t (?:bill|charge) (?:us|me)\b|\byou do it\b[^.]{0,20}\b(?:free|bill|charge)",
        unless=r"your (?:tool|bug|fault|error|mistake|system)|crash|fail|broke|defect|warranty"
        r"|\bsla\b",
    ),
    rule(
        "excessive_demand",
        "契約外と承知の上での対応の要求",
        r"契約(?:に|外|範囲外|の範囲外)[^。\n]{0,10}(?:のは|けど|けれど)[^。\n]{0,5}(?:わかって"
        r"|分かって|知って|承知)",
        r"(?:監視|待機|常駐)(?:しといて|しておいて|しろ|させろ)",
    ),
    rule(
        "excessive_demand",
        "他の顧客より優先・極端な短時間対応の要求",
        r"(?:他|ほか)の(?:客|お客さん|お客様|顧客|人)(?:より|を差し置いて)[^。\n]{0,4}(?:先|優先)",
        r"\b(?:fixed|done|resolved|sorted|working)\b[^.]{0,15}\bin (?:\d+|five|ten|fifteen|twenty"
        r"|thirty)"
        r" minutes\b",
        unless=_BUSINESS_REASON,
        scope="message",
    ),
    rule(
        "excessive_demand",
        "極端な短納期の要求",
        r"(?:\d+|一|二|三|半)\s*(?:時間|分)以内に[^。\n]{0,10}(?:直|修正|対応|復旧|改修|実装|来"
        r"|やれ|終わら|済ませ|完了|送れ)",
        r"(?:今夜中|今晩中|今日中|本日中|明日(?:の)?朝(?:イチ|一番|いち)?まで|朝イチまで|明朝まで"
        r"|今週中)に?[^。\n]{0,25}"
        r"(?:直せ|直しとけ|修正しろ|改修しろ|実装しろ|作り直せ|全部やれ|やっとけ|送れ|仕上げろ)",
        r"徹夜で|夜通し|寝ずに|寝る前に(?:対応|やれ|直せ|やっとけ)|朝までに(?:直|修正|終わら)",
        r"(?:見積|確認|テスト|検証|手順|リリース)(?:も|とか|など)?[^。\n]{0,15}(?:要らない"
        r"|いらない|不要|どうでもいい|関係ない|知らない)",
        r"\bwithin (?:the|an|one|1|the next) (?:hour|30 minutes)\b|\bin the next (?:hour"
        r"|\d+ minutes)\b"
        r"|\bby \d{1,2}\s?(?:am|a\.m\.)\b|\bwork (?:overnight|through the night|all night)\b"
        r"|\bdon'?t care about your (?:release )?(?:process|procedures?|policy|queue)\b",
        unless=_BUSINESS_REASON,
        scope="message",
    ),
    rule(
        "excessive_demand",
        "即時の出張・派遣の要求",
        r"今すぐ(?![^。\n]{0,12}(?:呼んで|連れて))[^。\n]{0,12}(?:来い|来て|こい|きて|来なさい"
        r"|駆けつけ)"
        r"|今日中に[^。\n]{0,10}(?:来い|来て)",
        r"(?:技術者|エンジニア|作業員|人|誰か)(?:を)?[^。\n]{0,10}(?:寄こせ|よこせ|派遣しろ"
        r"|来させろ|送り込め|よこして)",
        r"来いって言って|持って(?:こい|来い)|届けに来い|来させろ",
        r"\bcome (?:here|over|to (?:my|our) (?:office|house|home|place|site)) (?:right )?(?:now"
        r"|today|immediately)\b"
        r"|\bsend (?:an? |your )?(?:engineer|technician|someone) [^.]{0,20}(?:now|today"
        r"|immediately|tonight)\b",
    ),
    rule(
        "excessive_demand",
        "契約・製品範囲外の無償対応の要求",
        r"(?:無償|無料|タダ)で(?:全部|すべて|全て)?[^。\n]{0,6}(?:やれ|やって|対応しろ|直せ|作れ"
        r"|移行|作業|見て|しろ)|無償(?:が|で)?(?:当然|当たり前)",
        r"追加(?:料金|費用)(?:は)?(?:なし|無し|払わない|払いません|出さない)|(?:サービス"
        r"|おまけ)で(?:やって|見て|対応して|やれ|して|やる)",
        r"ついでに[^。\n]{0,30}(?:全部|も)(?:見て|やって|直して|設定して)|(?:面倒を見る|対応する"
        r"|やる|見る)のが筋",
        r"(?:なんだから|んだから|のだから|なんですから|んですから)[^。\n]{0,30}(?:無償|タダ|無料)",
        r"(?:なんだから|んだから|のだから|なんですから|んですから)[^。\n]{0,30}(?:対応|作業|面倒"
        r"|サポート|やる|見る|責任を持つ)"
        r"[^。\n]{0,10}(?:当然|当たり前|筋|べき)",
        r"(?:保守|サポート|契約)(?:範囲|対象)?外[^。\n]{0,20}(?:知らない|関係ない|知らん)"
        r"|(?:含まれない|対象外)とか(?:知らない|関係ない|知らん)",
        r"\b(?:for free|free of charge|at no (?:extra |additional )?(?:cost|charge))\b",
        r"\b(?:even though|although)\b[^.]{0,50}\b(?:isn'?t yours|not yours|not covered"
        r"|out of scope|paid service)\b"
        r"|\bshould be included\b|\bnot my problem\b|\bwe pay you enough\b",
        unless=_SCOPE_OK,
    ),
    rule(
        "excessive_demand",
        "他の顧客より優先する特別扱いの要求",
        r"最優先で?(?:やれ|対応しろ|しろ|対応して|処理しろ|やって)|(?:他"
        r"|ほか)の客[^。\n]{0,12}(?:後回し|待たせ|より先|優先)",
        r"(?:うち|俺|私|こっち)(?:の(?:案件|対応|問い合わせ))?を(?:最)?優先(?:しろ|して|させ)"
        r"|順番(?:なんか|とか)?(?:関係ない|知らん)",
        r"うちのためだけ|うち(?:専用|だけ)(?:に|の)(?:機能|仕様|改修)|うちの仕様に合わせて",
        r"(?:特別|例外)(?:扱い|対応)?(?:を|に|で)?(?:しろ|して(?:よ|くれ)|認めろ|当然)|(?:規約"
        r"|ルール|規則|決まり|ポリシー|マニュアル)"
        r"(?:なんか|とか|など)(?:関係ない|知らん|知らない|どうでもいい)"
        r"|代わりに[^。\n]{0,15}(?:全部|すべて)(?:やって|やれ|設定して)"
        r"|(?:毎日|毎朝|毎晩|1時間(?:ごと|おき)|毎時)[^。\n]{0,10}(?:報告|連絡|電話)(?:しろ|させろ"
        r"|すること|してこい)"
        r"|24時間(?:体制で)?(?:対応|待機)(?:しろ|させろ)|(?:全部|全て|すべて)(?:そっち|そちら"
        r"|お前ら|御社|あんたら)で(?:やれ|やって|やるべき|対応しろ)"
        r"|他社(?:の|製)?(?:ソフト|製品|機器|サービス)?(?:も|の)[^。\n]{0,10}(?:設定|サポート"
        r"|対応)(?:しろ|して|すべき)",
        r"\b(?:available|on call|reachable) (?:24/7|around the clock|all (?:day|night|weekend))\b"
        r"|\bsit with me\b"
        r"|\bwithin (?:\d+|five|ten|fifteen|thirty) minutes\b|\bi don'?t care how (?:you do it"
        r"|long it takes|much it costs)\b",
        r"\bdrop everything\b|\bmake an exception\b|\bspecial treatment\b|\bi don'?t care (?:about"
        r"|what) (?:your|the)"
        r" (?:policy|policies|terms|rules|contract|scope)\b|\bjust for (?:us|me)\b"
        r"|\bcustom (?:feature|build|version)"
        r" (?:for|just)\b|\bcall me every (?:day|morning|hour)\b|\bdedicated (?:engineer|person"
        r"|agent) (?:for|just)\b"
        r"|\bsend someone (?:over|to my (?:house|home|office))\b|\bcome (?:over )?and (?:set|fix"
        r"|install)\b",
        r"\btop of the queue\b|\babove (?:all )?(?:the )?other customers\b|\bahead of (?:everyone"
        r"|other customers)\b"
        r"|\bprioriti[sz]e (?:me|my|us|our) (?:ticket )?(?:over|above|ahead)\b|\bskip the queue\b",
    ),
)

# ---------------------------------------------------------------------------------------------
# restraint — 拘束的な言動
# ---------------------------------------------------------------------------------------------
RESTRAINT: tuple[Rule, ...] = (
    rule(
        "restraint",
        "解決までチャット・電話を離れない拘束",
        r"\b(?:staying|stay|remain|remaining) on (?:this|the) (?:chat|call|line"
        r"|phone)\b[^.]{0,20}\buntil\b"
        r"|\bhowever (?:many hours|long) it takes\b",
    ),
    rule(
        "restraint",
        "従業員が来る・出てくるまでの待ち構え",
        r"(?:来る|出てくる|出て来る|出る|降りてくる)まで[^。\n]{0,12}(?:待って(?:る|いる|ます)"
        r"|待つ|待ちます|居座|帰らない|動か(?:ない|ん|へん)|離れ(?:ない|ん|へん))",
        r"\b(?:wait|waiting|stay) (?:outside|in your lobby|at your (?:office|store"
        r"|shop))\b[^.]{0,20}\buntil\b",
        # Waiting for someone to leave work is stalking (privacy), not holding them.
        unless=r"退勤|帰り|仕事(?:が)?終わ|\bafter (?:work|her shift|his shift)\b",
        scope="message",
    ),
    rule(
        "restraint",
        "納得するまでの長時間拘束の要求",
        r"(?:納得|解決|回答|返事|結論|話|説明)[^。\n]{0,12}まで[^。\n]{0,15}(?:帰さ|帰ら|帰れ|切ら"
        r"|切るな"
        r"|電話(?:し|を|で)|かけ続け"
        r"|付き合|居座|離さ|席を立|一歩も|説明してもら)",
        r"何時間でも|(?:\d|[一二三四五六七八九十])+時間でも|(?:\d"
        r"|[一二三四五六七八九十])+時間は覚悟|一晩かかっても",
        r"(?:朝|夜|終電|深夜|一晩|夜中)まで(?:でも|かかっても)?[^。\n]{0,10}(?:付き合|話|説明|待"
        r"|電話)",
        r"(?:切ったら|切れば)(?:許さ|承知しな|ただじゃ)|途中で(?:電話を)?切る(?:こと|の)?(?:は"
        r"|を)?(?:認め|許さ)|電話(?:を)?切るな"
        r"|席を立つ(?:の|こと)?(?:は|を)?(?:認め|許さ)",
        r"(?:予定|時間)を(?:全部|すべて)?空けて(?:おけ|おいて|おいてください)|帰さない(?:から|ぞ)?"
        r"|帰らない(?:から|ぞ)"
        r"|帰れと言われても|(?:ロビー|受付|玄関|店内|会議室)(?:で|に|から)[^。\n]{0,10}(?:待ちます"
        r"|待つ|居座|一歩も)|居座(?:る|ります|ってやる|らせ|り続け)",
        r"(?:家|うち|自宅)まで来(?:い|て|させ)|(?:うち|自宅|家)に来て(?:説明|話)|(?:うち|家|自宅"
        r"|事務所)(?:まで|に)来て(?:もろ|もら)",
        r"出るまで(?:何度でも|何回でも)?(?:かけ続け|電話し続け|電話を?かけ)|(?:かけ"
        r"|掛け)続け(?:ます|る)"
        r"|(?:何度|何回|何べん)でも電話",
        r"\bstay on the (?:line|phone)\b|\b(?:i'?ll|i will|going to) keep (?:calling|phoning"
        r"|ringing)\b"
        r"|\bcall (?:you )?every (?:hour|\d+ minutes)\b|\ball night if (?:you|i) have to\b"
        r"|\b(?:won'?t|will not|not going to) (?:leave|hang up|go home) until\b"
        r"|\bdon'?t (?:you dare )?hang up\b"
        r"|\bcome to my (?:house|home|place) and explain\b|\bsit in your (?:lobby|office"
        r"|reception)\b"
        r"|\bclear (?:his|her|your|their) (?:schedule|calendar|day)\b|\bkeep you on the (?:phone"
        r"|line)\b"
        r"|\bnot leaving (?:until|till)\b|\bwait in your (?:lobby|office|reception)\b"
        r"|\bfor hours if (?:i|you) have to\b",
    ),
)


# ---------------------------------------------------------------------------------------------
# Generalised families (written from the spec's definitions and the seed clauses, not from any
# one ticket): structural frames — a threat frame, a status-wielding frame, a demand verb form
# with an object class, a named-person frame — each with the hard negatives it must not touch
# (tests/scoring/test_families.py).
# ---------------------------------------------------------------------------------------------
_ROUGH = (
    r"(?:しろ|しとけ|しておけ|せよ|せえ|させろ|やれ|やっとけ|直せ|直しとけ|作れ|作り直せ|送れ"
    r"|仕上げろ|終わらせろ|済ませろ|片付けろ|来い|こい|回せ|よこせ|寄こせ|用意しろ)(?![ぁ-ゖ])"
)
THREAT_FAMILIES: tuple[Rule, ...] = (
    rule(
        "threat",
        "身の安全を保証しないという脅し",
        r"(?:身の安全|安全|無事|命|身体|体)(?:は|の|が)?(?:保証|保障)(?:は)?(?:しかね|でき(?:ない"
        r"|ません|へん|ん)|しない|しません|せん)",
        r"(?:社員|担当|あんた|お前|おまえ|あなた|従業員|スタッフ|店員|家族|お子さん|そいつ|あいつ"
        r"|さん)[^。\n]{0,10}どうなるか(?:は)?(?:保証|責任(?:は)?持て|知ら(?:ん|ない|ねえ))",
        r"(?:一人|ひとり)(?:に|で)?(?:なら|帰ら|歩か|出歩か)ない(?:ほう|方)がいい",
        r"\b(?:worried|concerned|scared|afraid) (?:about|for) (?:their|your|his|her) (?:own )?"
        r"(?:safety|lives|life|wellbeing|well-being)\b",
        r"\bfear for (?:their|your|his|her) (?:safety|lives|life)\b",
        r"(?:夜道|背後)(?:に|には|は)?[^。\n]{0,8}お?(?:気をつけ|気を付け)"
        r"|(?:ご家族|ご家庭|お子さん|お子様|奥様|ご主人)(?:を|は)?(?:せいぜい|くれぐれも|精々)?"
        r"(?:大切|大事)に(?:なさ|して|しな)",
        r"(?:お子さん|お子様|お前|あんた|あなた|担当(?:者)?|ご家族|奥様|奥さん)の(?:通学路|登下校"
        r"|通勤路|帰り道)[^。\n]{0,15}(?:物騒|危ない|危険|気をつけ|気を付け|何が)"
        r"|命拾い(?:した|しました)(?:な|ね|のう)",
        r"(?:ご自宅|ご住所|お住まい|ご実家|お子さん(?:の学校)?|お子様(?:の学校)?|ご家族)[^。\n]{0,10}"
        r"(?:存じ(?:上げ)?て(?:おり|い)|把握して(?:おり|い)|調べさせて(?:いただき|もらい))",
        r"(?:社員|担当|あんた|お前|あなた|従業員|スタッフ|店員|方|さん)(?:が|は)?[^。\n]{0,4}"
        r"どうなっても(?:責任(?:は)?(?:持て|取れ|負え)|保証(?:は)?(?:でき|しない|しません))",
        r"\bhope (?:you|your \w+) (?:have|has|got) (?:good |enough )?(?:insurance|security"
        r"|bodyguards)\b|\bwouldn'?t want (?:anything|something) (?:bad )?to happen to (?:you|him"
        r"|her|them|your (?:staff|family|kids|people|employees|team|receptionist|agents?))\b"
        r"|\byour days (?:here )?are numbered\b|\b(?:better|make sure you) lock your doors?\b",
        r"\byou(?:'ve| have) (?:got )?(?:a |such a )?(?:lovely|nice|beautiful|sweet) (?:family|kids"
        r"|wife|husband|daughter|son)\b",
        unless=r"製品|商品|品質|データ|システム|仕様|安全性|product|data|system|quality|お体|体調"
        r"|郵送|送付|書類|登録|変更|お届け"
        r"|健康|ご自愛|寒|暑|季節|風邪|hardware|device",
    ),
    rule(
        "threat",
        "暴行・襲撃の予告（方言・婉曲）",
        r"いてこま(?:す|したる|したろ)|いてまう(?:ぞ|で|からな)|どつ(?:く|いたる|き回|きまわ)"
        r"(?:ぞ|で|す|したる)?|いわ(?:したる|したろ|すぞ|すで)|くらす(?:ぞ|けん|ばい)"
        r"|しばき(?:回|まわ)(?:す|したる|したろ)",
        r"顔の形(?:を)?(?:変え|かえ)|顔面(?:を)?(?:潰|つぶ|変形)|二度と(?:歩け|立て|喋れ|しゃべれ)"
        r"(?:ない|なく)",
        r"(?:ぶっ|ぶち)(?:" + MASK + r"){1,2}(?:す|したる|してやる)",
        r"(?:トラック|車|ダンプ|バイク)で(?:突っ込|つっこ)(?:む|んだろ|んでやる|んだる|んだら|みに)",
        r"(?:出てきた|出て来た|帰る|帰り|降りてきた)(?:ところ|とこ)を(?:捕まえ|襲|狙|待ち伏せ|ぶん"
        r"|殴)",
        r"(?:うちの|わしの|ワシの)(?:若い|若え)?(?:者|もん|衆|連中)(?:を|が)(?:行か|向か|送|伺"
        r"|挨拶|お邪魔)",
        r"\b(?:can'?t|won'?t be able to|never) (?:walk|see|talk|work) (?:straight |properly )?"
        r"(?:again|for a (?:week|month))\b",
        r"\bnot afraid to use (?:it|them|my \w+)\b",
        r"\bsomeone(?:'s| is) (?:going to|gonna) get (?:\w+ )?hurt\b|\bpeople (?:will|are going to"
        r"|could) get hurt\b",
        r"刺し違え|道連れにし(?:てやる|たる|たろ|ます)|(?:殴られ|ぶっ飛ばされ|ぶっとばされ|しばかれ"
        r"|刺され|どつかれ|シメられ|しめられ|焼かれ)たい(?:の|ん|か)",
        r"火(?:ぃ|い)(?:つけ|付け)(?:る|たる|たろ|てやる)|(?:灯油|ガソリン)(?:を)?(?:まい|撒い|かけ"
        r"|ぶっかけ)(?:て|たる|たろ|てやる)",
        r"仕返し(?:に(?:行|い)く|しに|して(?:やる|やろう)|したる|する(?:ぞ|からな))|闇討ち"
        r"|報復(?:して(?:やる|やろう)|したる|する(?:ぞ|からな))",
        r"\blooking over your shoulder\b|\bhate for (?:something|anything) (?:bad )?to happen to"
        r" (?:you|him|her|them|your (?:staff|family|kids|people|employees|team|agents?))\b"
        r"|\b(?:i'?ll|i will|i'?m going to|gonna|we'?ll) come after (?:you|him|her|them)\b",
        r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna|gonna) (?:\w+ ){0,2}?(?:slap|kick|choke|wring"
        r"|deck|make (?:you|him|her|them) suffer)\b",
        r"(?<![ぁ-ゖ一-龥])(?:" + MASK + r"){1,2}す(?:ぞ|からな|で|けん)",
        r"(?:タマ|たま|命)(?:を)?(?:とったる|取ったる|取ってやる|とってやる|もろたる|もらいに)",
        r"突き落と(?:す|したる|してやる|したろ)|轢(?:く|いたる|いてやる|いたろ|き殺)|拉致(?:する"
        r"|して|したる)|さらって(?:やる|たる)|コンクリ(?:ート)?詰め",
        r"(?:家族|嫁|子ども|子供|親)(?:とも|ともども|ごと|まで|も一緒に)[^。\n]{0,10}(?:覚悟|後悔"
        r"|どうなっても|ただじゃ|ただで)",
        r"\bi(?:'ve| have) (?:got )?your (?:home )?address\b[^.]{0,30}\b(?:remember|so|don'?t"
        r"|careful|visit)\b",
        r"病院送り|あの世(?:に|へ)(?:送|行か)|(?:ぶっ|ぶち)刺(?:す|したる|したろ|してやる)"
        r"|いて(?:もうたる|もうたろ|まうぞ)|しばいたろ|どついたろ|指(?:の)?一本(?:や|か)二本",
        r"\bput (?:you|him|her|them) in (?:the )?(?:hospital|ground|grave|morgue|er)\b"
        r"|\bshoot up (?:the|your) (?:office|place|store|shop|building)\b|\bsix feet under\b",
        r"\bshame if (?:your|the) (?:office|store|shop|building|car|house|warehouse) (?:caught fire"
        r"|burned|burnt|got (?:damaged|smashed|vandali[sz]ed|torched))\b",
        r"\b(?:someone|somebody)(?:'s| is| will be)? (?:getting|gonna get|going to get)"
        r" (?:\w+ )?hurt\b|\bpray (?:that )?i (?:don'?t|never) (?:find|see|meet|catch)\b",
        r"\bbreak (?:your|his|her|their) (?:fingers?|jaw|nose|teeth|skull|bones|ribs|kneecaps?)\b"
        r"|\b(?:your|the) (?:office|store|shop|building|house) won'?t be standing\b",
        unless=_TECH + r"|lunch|meeting|ボタン|button",
    ),
    rule(
        "threat",
        "建物・財産が損なわれても知らないという脅し",
        r"(?:燃え|焼け|壊れ|割れ|荒らされ)(?:ても|たって|たとしても)(?:知らん|知らない|しらん"
        r"|知りません|文句言う?な)",
        unless=r"ストーブ|コンロ|ガス|ヒーター|バッテリー|充電|発火|電池|製品|商品|" + _TECH,
    ),
)

INTIMIDATION_FAMILIES: tuple[Rule, ...] = (
    rule(
        "intimidation",
        "立場・身分を振りかざす叱責",
        r"立場を?(?:わきまえ|弁え)(?:ろ|なさい|ろよ|や|ぇ|え)|身の程(?:を)?(?:知れ|わきまえ|弁え)"
        r"|(?:サポート|担当|店員|社員|オペレーター|下っ端|平社員|窓口)(?:ごとき|風情|の分際)"
        r"|分際で|何様(?:の)?(?:つもり|だと思|やと思)|口答え(?:する|すんな|するな)",
        r"口の(?:利き|きき|聞き)方(?:に|を)?(?:気をつけ|気を付け|考え|わきまえ|弁え)"
        r"|口の(?:利き|きき|聞き)方(?:が|も)?(?:なって(?:ない|ねえ|へん|ねー)|知らん)",
        r"誰に(?:物|もの)(?:を)?(?:言|い)(?:う|っと|って)|(?:客|お客|こっち)に(?:逆ら|楯突|盾突"
        r"|たてつ|口答え)|いい度胸(?:だ|して|しとる|しとん|やな|じゃ)",
        r"(?:お)?客(?:様)?(?:なん)?(?:だぞ|やぞ|じゃぞ|だからな|やからな|だろうが|やろが)",
        r"\bknow your place\b|\bwatch (?:how|what) you (?:say|speak|talk)|\bwatch your (?:mouth"
        r"|language|attitude)\b",
        r"(?:おい|おら|ごら|こら)[、,!！\s]*(?:こら|ごら|お前|おまえ|てめ|聞いて|聞いと|なめ|舐め"
        r"|ふざけ|出てこい|答えろ)",
        r"(?:どれだけ|いくら|何年|どんだけ)[^。\n]{0,15}(?:発注|払って|取引|使って|買って|お金を落と"
        r"|金を落と)(?:して|し)?(?:る|いる|きた|やってる|とる)と思って",
        r"(?:業界|この辺|地元|界隈)(?:で|では|じゃ)[^。\n]{0,6}(?:顔が(?:広|利)|名が通って)",
        r"上等(?:じゃねえか|じゃねーか|やないか|じゃないか|だこら|だよ|やんけ)",
        r"(?:なめ|舐め)(?:とん|とる|くさって|腐って)(?:の|のか|か|じゃ|ちゃう|んか)?"
        r"|(?:なめ|舐め)た(?:真似|まね|口|態度)",
        r"わかっ(?:とん|とる)(?:の(?:か)?|んか|か)(?:[、。!！?？\s]|$)|わかっとう(?:と)?(?:や|か)"
        r"(?:[、。!！?？\s]|$)|(?:こっち|こちら|わし|俺|うち)(?:も|は)本気(?:だ|や|じゃ)(?:ぞ|で|からな"
        r"|けん)",
        r"(?:元|現役の?)?(?:ヤクザ|やくざ|暴力団|組員|極道|反社)(?:だ|や|じゃ)(?:ぞ|で|からな|けん)"
        r"|(?:ヤクザ|やくざ|暴力団|組|極道)(?:に|の)(?:知り合い|友達|知人|兄貴)",
        r"(?:あなた|お前|あんた|担当|君|おまえ|そいつ|あいつ)(?:の)?(?:首|クビ|くび)(?:が|も)?(?:飛|危な"
        r"|危う|ない)",
        r"\b(?:picked|chose) the wrong (?:customer|person|guy|client|company) to\b|\bwho pays"
        r" (?:your|the) (?:salar(?:y|ies)|wages|paycheck)\b",
        r"\bdeal with (?:you|him|her|them) (?:personally|myself)\b|\bdo (?:exactly )?(?:what|as) i"
        r" (?:say|tell you)\b",
        r"\bsay (?:that|it) to my face\b|\bi (?:will|'ll|am going to|'m going to) (?:ruin|destroy"
        r"|bury|crush) (?:you|him|her|your (?:company|business|career|life|reputation))\b",
    ),
    rule(
        "intimidation",
        "影響力・人脈による威圧",
        r"(?:私|俺|わし|僕|わたし|こっち|うち)(?:の)?(?:一言|一声|一存|鶴の一声)で[^。\n]{0,20}(?:潰|飛ば"
        r"|終わ|どうにでも|決ま|クビ|切れ)",
        r"(?:会社|お前ら|おたく|御社|お宅|あんたら)(?:なんて|なんか|くらい|ぐらい|ごとき)[^。\n]{0,12}"
        r"(?:潰せ|潰す|潰したる|飛ばせ|どうにでも)",
        r"(?:取締役|会長|専務|常務|頭取|重役|社長|役員|本部長|支社長)(?:さん)?(?:と|とは)[^。\n]{0,8}"
        r"(?:古い付き合い|長い付き合い|付き合いが|仲間|旧友|同級生|幼なじみ|同期|飲み友達|ゴルフ)",
        r"\b(?:clearly |obviously )?(?:don'?t|do not) (?:understand|reali[sz]e|know) who you(?:'re"
        r"| are) (?:dealing|talking|messing) with\b|\bhow important i am\b",
        r"\b(?:could|can|would) buy your (?:company|business|firm)\b(?!'s)"
        r"|\bi'?ve (?:had|gotten|got) (?:people|staff|agents|managers|employees) fired\b",
        r"\b(?:friends?|golf|dinner|close)\b[^.]{0,20}\bwith your (?:\w+ )?(?:ceo|chairman"
        r"|president|boss|owner|founder|director|vp|vice president)\b",
        r"\bthink (?:very )?(?:hard|twice|carefully) before you (?:say|answer|refuse|reply)\b",
        r"(?:取引先|大口|株主|顧客|お客|客|発注元|元請|スポンサー)(?:様)?(?:である|だという|だって"
        r"|なの|な)(?:こと)?(?:を|は)?[^。\n]{0,4}(?:お忘れ(?:なく|にならない)|忘れ(?:ないで|るな|んな"
        r"|ない(?:よう|ように)))",
        r"(?:私|俺|わし|僕|こっち|当方|弊社)の立場(?:が|を)?(?:わかって|分かって|理解して|おわかり"
        r"|お分かり)(?:ますか|いますか|んの|るのか|んのか|いない|ない(?:よう|な))",
        r"調子(?:に)?(?:乗る|のる|乗ん|のん)(?:な|じゃね)|調子こいて|図に乗る(?:な|んじゃ)",
        r"\b(?:do|did) you (?:even )?(?:realize|realise|know|understand) who (?:you(?:'re| are)"
        r"|i am)\b",
        r"\byou(?:'d| had) better (?:be (?:very )?careful|watch (?:it|yourself|out)|pray|hope)\b",
        r"\bmake (?:your|his|her|their) (?:life|lives|job|day) (?:very |really )?(?:difficult|hell"
        r"|miserable|hard)\b|\bdon'?t make me (?:come|call|go) (?:down|over|there|up)\b",
        r"\b(?:don'?t|won'?t|never) last (?:long )?in this (?:industry|business|job|town)\b",
    ),
    rule(
        "intimidation",
        "怒らせた結果をちらつかせる威圧",
        r"怒らせ(?:たら|ると|れば)[^。\n]{0,10}(?:どうなるか|怖い|こわい|後悔)|思い知らせ(?:て|た)"
        r"(?:やる|たる|る)|身をもって(?:教え|わから|分から)(?:せ|て)(?:てやる|たる|やる)",
        r"怒らせ(?:ない|ん|へん)(?:ほう|方)が(?:いい|ええ|よか|身のため)|(?:こちら|当方|こっち|うち"
        r"|わし)(?:にも|も|にだって)[^。\n]{0,4}(?:考え|やり方|手段)が(?:ある|あります|ござい)",
        r"(?:名前|顔|声)(?:は|を|、)?(?:しっかり|ちゃんと|よく)?(?:覚え|控え)(?:た|ました|とった"
        r"|といた|ておいた)(?:からな|からね|ぞ|で|けんな|ですからね)",
        r"(?:どうなるか|何が起こるか|何が起きるか)[^。\n]{0,10}(?:楽しみに|覚悟)",
        r"(?:私|俺|わし|僕|こっち|当方)を敵に回(?:す|したら|すと)[^。\n]{0,8}(?:怖|後悔|どうなるか"
        r"|知らん|知らない|ただじゃ)",
        r"(?:あなた|お前|あんた|君|担当(?:者)?)の(?:人生|キャリア|将来)(?:を)?(?:終わら|潰|めちゃくちゃ"
        r"|台無し)",
        r"\b(?:i (?:can|could|will)|i'll|one (?:email|call|word) from me (?:can|could|will))"
        r" (?:end|ruin|destroy) (?:your|his|her) (?:career|life|reputation)\b",
        r"\byou don'?t want me as (?:an |your )?enemy\b|\bi know people\s*[.!]",
        r"(?:しかるべき|然るべき|その)筋(?:の(?:人|者|方|人間|連中))?(?:に|と|から|も|を)",
        r"(?:本社|事務所|会社|店|オフィス|窓口|そっち|そちら|支店)(?:に|へ|まで)(?:今から|直接)?"
        r"(?:乗り込|怒鳴り込|殴り込)(?:む|んで|みに|んだる|んでやる)",
        tag="menace",
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
    r"|よこせ|送れ|送って|言え|伺"
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
)

DISCRIMINATION_FAMILIES: tuple[Rule, ...] = (
    rule(
        "discrimination_sexual",
        "性別・属性による能力の否定（構造）",
        r"(?:女|女性|女の子|おなご|男|外国人|外人|年寄り|老人)(?:に|が|なんか|なんかに|ごとき)"
        r"(?:[^。\n]{0,15})(?:務まる(?:わけ|はず)|務まら|できる(?:わけ|はず)(?:が)?(?:ない|ねえ)"
        r"|わかる(?:わけ|はず)|分かる(?:わけ|はず))",
        r"(?:子持ち|子育て中|ママ|母親|妊婦|主婦)(?:の)?(?:女|女性|人|社員|スタッフ|担当|店員)?"
        r"(?:は|って|なんか)[^。\n]{0,12}(?:すぐ休|休んでばかり|使えない|迷惑|困る|雇う(?:な|から))",
        r"障害者(?:雇用)?(?:だか|だろうが|なんか|なんて|ごとき)",
        r"(?:ゲイ|レズ|ホモ|オカマ|オネエ|ニューハーフ)(?:かよ|なの|だろ|みたい|っぽ|くさ)",
        r"(?:若くて)?(?:かわいい|可愛い|きれいな|綺麗な|美人の|若い)(?:子|女の子|女性|姉ちゃん"
        r"|ねえちゃん|お姉さん|ねーちゃん)(?:に|を|で)[^。\n]{0,6}(?:(?:担当|対応)(?:して(?:ほしい"
        r"|欲しい|くれ|もらいたい|よ)|させ(?:ろ|て))|替え|代え|変え|出し|出せ|よこせ|来させ)",
        r"\b(?:your|that|his|her) (?:thick |heavy )?accent\b[^.]{0,30}\b(?:disgusting|awful"
        r"|horrible|ridiculous|unbearable|painful)\b",
        r"\b(?:get|give|put|send) me (?:an?|some) (?:american|japanese|white|english|british"
        r"|man|male|guy)\b(?= ?(?:[.!,]|$|on the|agent|rep|person|engineer|technician|instead"
        r"|please))",
        r"\bsweetheart\b(?! deal)|\bsweet ?cheeks\b"
        r"|\bold enough to (?:be doing|do|work|have) (?:this|that"
        r"|a|your) job\b",
        r"生理(?:中|前)?(?:で|なの|なん|か|だろ|でしょ|じゃ)[^。\n]{0,10}(?:イライラ|いらいら|機嫌|怒"
        r"|ヒステリー)|更年期(?:か|なの|だろ|でしょ)",
        r"(?:育休|産休|時短|介護休(?:業|暇)?)(?:なんか|なんて|とか)?(?:取って|とって)(?:る)?場合"
        r"(?:じゃ|では)",
        r"(?:子供|子ども|お子さん|親|家族)が(?:熱|病気|風邪|入院)[^。\n]{0,12}(?:言い訳|理由に(?:な"
        r"|する)|関係ない|知らん|知らない)",
        r"\bare you (?:indian|chinese|filipino|foreign|a foreigner|from india|from the philippines)"
        r"\b[^.?]{0,3}\??\s*(?:put|get|give|transfer) me",
        r"\bon (?:your|her|the rag|your rag) period\b|\bpmsing\b|\bbimbo\b|\bsluts?\b|\bwhores?\b",
        r"(?:日本語|言葉)(?:が|の)?(?:わかる|分かる|通じる|まともな)(?:人|奴|やつ|担当|スタッフ)"
        r"(?:は)?(?:いない|おらん|おらへん)",
        r"(?:男|女)(?:の奴|のやつ|の人間)?(?:に|へ)(?:代われ|替えろ|変えろ|代えろ|かわれ|交代しろ"
        r"|替えて|代わって)",
        r"(?:お)?嬢ちゃん(?:に|には|じゃ|は|さ|よ)",
        r"デート(?:しよう(?!と)|しない[?？]|しませんか|してよ|してくれ|行こう(?!と))",
        r"(?:介護|育児|子育て|子守)(?:で|のため)?(?:休|早退|時短)[^。\n]{0,10}(?:知らん|知らない"
        r"|関係ない|言い訳|甘え|迷惑)",
        r"(?:中国|韓国|朝鮮|外国|アジア|フィリピン|ベトナム|インド|ブラジル|黒|ネパール)人(?:は|って)"
        r"(?:これだから|だから(?:困る|ダメ|だめ))",
        r"(?:外国|外人|名前|片言|訛り|なまり)[^。\n]{0,20}日本語(?:は|、)?(?:大丈夫|わかる|分かる"
        r"|通じる|できる)(?:の|か|ですか)?[?？]",
        r"(?:女|女の子|女性|おなご)(?:なんだから|なんやから|なんやし|なら)[^。\n]{0,15}(?:愛想|笑顔"
        r"|優しく|かわいく|可愛く|お茶|おしとやか)",
        r"(?:若い(?:子|奴|やつ|もん|者)|最近の若(?:い|いもん|者))(?:は|って)(?:これだから|だから"
        r"|使えない|ダメ|だめ)|ゆとり(?:世代)?(?:かよ|だろ|だから|なの|め)",
        r"(?:お母さん|ママ|主婦|母親|子持ち)(?:なんだから|なんやから|だから)[^。\n]{0,15}(?:帰り"
        r"|休み|早退|子供|子ども|家庭)",
        r"(?:女性|男性|女|男|外国人|外国の方|外国籍の方|若い|年配|高齢|年寄り)(?:の)?(?:担当(?:者)?"
        r"|スタッフ|方|人|オペレーター|社員|エンジニア)(?:は|を)(?:外し|外せ|替え|代え|変え|やめ"
        r"|ご遠慮|お断り|ng|無理|嫌|勘弁)",
        unless=r"語(?:が|を)?話せる|speaking|speaker|言語|language|聴覚|障害のある|ご本人|お客様ご自身|患者"
        r"|婦人科|更衣|向け|割引|プラン",
    ),
)

SEXUAL_FAMILIES: tuple[Rule, ...] = (
    rule(
        "discrimination_sexual",
        "性的な誘い・要求、性自認・障害・出自を理由にした言動（構造）",
        r"(?:俺|わし|僕|おれ)の(?:女|彼女|嫁|もの)に(?:なれ|なって|しろ|したる)|抱きたい"
        r"|(?:パンツ|ブラ|下着)(?:の色|何色|は何色)|体で(?:払|返|詫び|償)|添い寝",
        r"(?:lgbt|ゲイ|レズ|トランス|同性愛|ホモ|オカマ)(?:とか|なんて|なんか|って)?[^。\n]{0,6}"
        r"(?:気持ち悪|きもい|キモ|病気|異常|ありえない)",
        r"(?:耳|目|足|口)が(?:聞こえ|見え|悪|不自由|利け)(?:ない)?(?:なら|んなら|くせに|のに)[^。\n]{0,10}"
        r"(?:出るな|辞めろ|やめろ|働くな|来るな|引っ込)",
        r"おばはん|くそじじい|くそばばあ|(?:あんた|お前|あなた|担当|君)[^。\n]{0,6}日本人(?:じゃ|では)"
        r"(?:ない|ねえ)(?:でしょ|だろ|よね|の|な)",
        r"\b(?:hey|hi|thanks|thank you|bye),? (?:gorgeous|beautiful|sexy|babe|baby|honey|sweetie"
        r"|darling|doll|sweet ?heart)\b",
        unless=OWN + r"(?:耳|目|足)",
    ),
)

MONEY_FAMILIES: tuple[Rule, ...] = (
    rule(
        "money",
        "見返りの金品を当然とする要求（英語）",
        r"\b(?:gift cards?|vouchers?|coupons?|free (?:month|year|upgrade)s?|compensation|something"
        r" extra)\b[^.]{0,30}\bthe least you (?:could|can) do\b|\bthe least you (?:could|can) do"
        r"\b[^.]{0,30}\b(?:gift cards?|vouchers?|coupons?|free (?:month|year|upgrade)s?"
        r"|compensation)\b",
        unless=LEGIT_MONEY,
    ),
)

EXCESSIVE_FAMILIES: tuple[Rule, ...] = (
    rule(
        "excessive_demand",
        "時間外・休日の対応の強要（理由なし）",
        r"(?:土日|休日|祝日|夜間|深夜|夜中|正月|盆|連休)(?:も|でも|だろうと|だろうが)?(?:関係なく"
        r"|関係ない|構わず|問わず|返上で)[^。\n]{0,20}(?:しろ|せよ|すること|やれ|こい|来い|させろ"
        r"|報告|連絡|電話|対応)",
        r"(?:営業時間外|時間外|業務時間外|休日|土日|夜間|深夜|夜中)(?:でも|も|であっても)[^。\n]{0,8}"
        r"(?:電話に出|対応し|連絡し|来|駆けつけ|返信し)(?:て(?:ください|下さい|くれ|ほしい|よ)|ろ"
        r"|なさい|ること|るべき)",
        # An outage stopping the business is a reason (the spec's hard negative), anywhere in
        # the message.
        unless=r"障害|停止|止まって|止まり|落ちて|ダウン|影響|業務が|売上|本番|緊急|復旧|outage"
        r"|\bdown\b|production",
        scope="message",
    ),
    rule(
        "excessive_demand",
        "極端な期限と命令形（構造）",
        # Minutes or hours for anything; a same-day deadline only for new work (a refund or a
        # call demanded today is not beyond the contract).
        r"(?:\d+|一|二|三|半|数)\s*(?:時間|分)(?:以内)?で[^。\n]{0,20}" + _ROUGH,
        r"(?:今夜中|今晩中|今日中|本日中|明日(?:の)?朝(?:イチ|一番|いち)?まで|朝イチまで|明朝まで)"
        r"に?[^。\n]{0,20}(?:追加|実装|開発|作成|構築|改修|移行|作り直|全部|すべて|全て)[^。\n]{0,6}"
        r"(?:しとけ|しておけ|しろ|やれ|やっとけ|させろ|終わらせろ|済ませろ)",
        r"(?:一番|真っ先|最初|先)に(?:回せ|やれ|やらせろ|対応しろ|処理しろ|片付けろ)",
        r"(?:他|ほか)の(?:案件|客|仕事|作業|顧客|お客(?:さん|様)?|ユーザー|チケット|問い合わせ"
        r"|会社)[^。\n]{0,8}(?:後回し|待たせ|放って|ほっといて|止めて|止めろ)",
        r"(?:全部|全て|すべて|何でも|なんでも)[^。\n]{0,10}(?:面倒(?:を)?(?:み|見)|対応す|や|見)"
        r"るのが(?:筋|当たり前|当然|普通)",
        r"(?:無償|無料|タダ)で[^。\n]{0,12}(?:しに来|来て|来い|設定して|作って|作れ|直せ|やれ)",
        r"\b(?:i don'?t care|don'?t care) (?:if|whether) (?:your |the )?(?:team|staff|engineers?"
        r"|people|you|they) (?:has|have) to (?:work|stay|come in)\b",
        r"\b(?:you|your (?:team|staff|engineers?|people)) (?:will |can |must |should |need to "
        r"|have to )?(?:work|stay) (?:all|through the|over the) weekend\b",
        r"(?:常駐|張り付|待機)(?:させ(?:て(?:ください|下さい|ほしい|もらい)|ろ|なさい)|しろ|しといて)",
        r"(?:24時間|いつでも|夜中でも|休日でも|深夜でも)[^。\n]{0,10}(?:出られる|連絡がつく|つながる"
        r"|繋がる|対応できる)ように(?:しろ|しとけ|しておけ|しておいて|しなさい)",
        r"(?:全部|全て|すべて|何でも|なんでも)[^。\n]{0,8}(?:教え|説明|サポート|設定|面倒を?見)る?"
        r"(?:のが|のは)(?:筋|当たり前|当然)",
        r"(?:うち|弊社|当社|私|俺|わし)(?:だけ|のところだけ)(?:特別|例外|優先|値引き|割引)",
        r"(?:払って(?:る|いる|やってる)|客な)(?:ん|の)だから[^。\n]{0,20}(?:何でも|なんでも|全部"
        r"|すべて|全て)",
        r"(?:\b(?:you (?:will|must|should|need to|have to|better)|i expect you to"
        r"|i want you to) |^|(?<=[.!?] ))(?:answer|call|respond to|reply to|pick up)\b[^.]{0,30}"
        r"\b(?:day or night|at any hour|around the clock)\b",
        r"\bthat'?s what (?:we|i) pay (?:you|for)\b|\bi don'?t care (?:if|that) (?:it'?s|it is)"
        r" not (?:in|part of|covered|included)\b",
        r"\b(?:i want|need|needed) (?:this|it) (?:done |fixed )?yesterday\b|\b(?:whole|entire)"
        r"\b[^.]{0,40}\bno (?:extra|additional) (?:charge|cost|fee)s?\b",
        r"\b(?:expect|demand|insist)\b[^.]{0,25}\b(?:available|on call|reachable|working"
        r"|respond)\b[^.]{0,15}\b(?:weekends?|holidays?|nights?|midnight|sundays?|saturdays?)\b",
        r"\b(?:i want|i expect|i demand|give me|get me) (?:a |an |the )?(?:full |complete "
        r"|proper )?(?:answer|reply|response|fix|solution|callback|engineer)\b[^.]{0,15}\bin "
        r"(?:the next )?"
        r"(?:\d+|five|ten|fifteen|twenty|thirty) minutes\b",
        r"\b(?:you|your (?:team|staff|engineers?|people)) (?:can|will|should|must|need to|have to)"
        r" (?:stay late|work late|come in on (?:saturday|sunday|the weekend|a holiday))\b",
        r"\bwithin (?:\d+|one|two|three|a couple of) (?:hours?|minutes)\b[^.]{0,15}\b(?:no excuses"
        r"|whatever it takes|i don'?t care how)\b|\b(?:rewrite|rebuild|redo|redesign|migrate)"
        r" (?:our|my) (?:whole|entire)\b[^.]{0,40}\b(?:that'?s on you|you owe|for free|your job)\b",
        r"\byou owe (?:us|me)\b(?=[^.]{0,40}\b(?:whole|entire|all|everything|free)\b)"
        r"|\b(?:whole|entire|all|everything|free)\b[^.]{0,40}\byou owe (?:us|me)\b",
        unless=_SCOPE_OK + r"|ありがと|感謝|恐縮|申し訳|稼働して|\boption\b|add-on|paid"
        r"|pricing|\bquote\b|有償|見積|" + _BUSINESS_REASON,
    ),
)

TEXT_RULES: tuple[Rule, ...] = (
    ABUSE
    + THREAT
    + THREAT_FAMILIES
    + INTIMIDATION
    + INTIMIDATION_FAMILIES
    + EXPOSURE
    + DOGEZA
    + MONEY
    + MONEY_FAMILIES
    + PUNISH
    + STAFF_ATTACK
    + STAFF_FAMILIES
    + PRIVACY
    + DISCRIMINATION
    + DISCRIMINATION_FAMILIES
    + SEXUAL_FAMILIES
    + EXCESSIVE
    + EXCESSIVE_FAMILIES
    + RESTRAINT
)
"""Every text rule, in the contract's category order."""

LEGIT_HANDLER = rule("staff_attack", "理由のある担当相談", _LEGIT_HANDLER)
"""A stated reason (accessibility, language, repeated wrong information) for a handler request."""

ABUSE_TARGET = rule("abuse", "人への罵倒", TARGET)
EN_ABUSE_TARGET = rule(
    "abuse",
    "人への罵倒",
    r"\b(?:damn(?:ed)?|crap(?:py)?|shitty|fucking|f\*+ing|stupid|useless|garbage)\s+"
    + EN_PEOPLE
    + r"\b",
)
