"""Rules for threat — 脅迫・危害の予告."""

from __future__ import annotations

from worker.scoring.lexicon.common import MASK
from worker.scoring.rules import Rule, rule

# Technical 「殺す」/"kill": the tech word must be what is killed, not merely in the sentence
# (「サービスを止めたら、お前を殺すぞ」 and "if the job fails again I will hurt you" are threats).
_TECH_OBJ = (
    r"プロセス|タスク|ジョブ|スレッド|セッション|デーモン|コンテナ|ゾンビ|サービス|アプリ|サーバー"
    r"|インスタンス|ワーカー|ポッド|バッチ|クエリ|pid"
)

_TECH = (
    r"(?:" + _TECH_OBJ + r")(?:を|も|は|が|ごと|だけ)?(?:全部|全て|すべて|一旦|いったん|強制的に"
    r"|強制|まとめて|[一-龥々ぁ-ん]{1,4}(?:に|と))?(?:殺|ころ|キル|落と|壊|ぶっ壊)"
    r"|kill\s?-\s?\d"
    r"|\bkill(?:s|ed|ing)?\s+(?:-\w+\s+)*(?:off\s+)?(?:the |a |that |this |all |every |any |those "
    r"|these |my |our |your )?(?:old |stuck |hung |zombie |rogue |running |background |idle "
    r"|stale )?"
    r"(?:process(?:es)?|tasks?|jobs?|threads?|sessions?|quer(?:y|ies)|containers?|pods?|daemons?"
    r"|servers?|apps?|tabs?|pids?|workers?|connections?|instances?|batch(?:es)?|switch)\b"
    r"|\bkill -|\bpid\b|\b(?:safe|ok|okay|fine|possible) to kill\b|\b(?:should|can|could"
    r"|may) (?:i|we)"
    r" kill\b|\bzombie\b|\bdefunct\b|\b(?:process|task|job|thread|session|query|container"
    r"|pod|worker)e?s? "
    r"(?:was |were |got |gets |is |are )?killed\b|\bkill switch\b"
)

# Things that are "killed" in other senses: a sound, insects, weeds, a game's enemies, a mood
# (「マフラーで音を殺す」「虫を殺す薬」「ボスを殺すと落ちる」「このボス殺しに来てる」).
_OBJECT_KILL = (
    r"(?:音|虫|害虫|蚊|ハエ|ゴキブリ|ダニ|雑草|草|菌|細菌|雑菌|ウイルス|ボス|ラスボス|中ボス"
    r"|敵|モンスター"
    r"|キャラ|ゾンビ|気配|息|声|足音|味|個性|感情|臭い|におい|匂い|エンジン|勢い|時間"
    r"|暇)\s?(?:を|も|は|が"
    r"|ごと)?\s?(?:全部|まとめて|一撃で)?\s?(?:殺|ころ)"
    r"|(?:ボス|ステージ|難易度|この面|敵|ゲーム)[^。\n]{0,4}殺しに(?:来|き)"
)

# 「気をつけようにも」「気をつけています」「気をつけましょう」: the writer's own caution.
_OWN_CARE = r"(?!よう|ており|ています|ていま|てい(?:る|た)|ましょう|ます|ました)"

# "I understand accidents happen in baggage handling": a concession, not a hint.
_CONCEDED_ACCIDENT = (
    r"\b(?:understand|appreciate|accept|know|reali[sz]e|agree|get) (?:that )?accidents"
    r"|\baccidents (?:can |do |will )?happen (?:in|during|with|sometimes|to (?:everyone|anyone)"
    r"|from time to time|occasionally)\b"
)

# Product-safety complaints ("someone is going to get hurt by this heater") are not threats.
_SAFETY = (
    r"製品|商品|部品|欠陥|不良|リコール|安全性|\b(?:product|heater|ladder|device|defect\w*"
    r"|faulty|hazard\w*|unsafe|recall\w*|charger|battery|cable|wiring|step|stairs?|brakes?"
    r"|design|kids? (?:seat|toy)|toy)\b"
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
        unless=_TECH + r"|" + _SAFETY,
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
        r"(?:ぶっ|ぶち)?(?:殺|(?<!と)ころ|こ"
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
        r"(?:夜道(?:に|には)?|背後に|(?:身の回り|身辺|帰り道).{0,8})(?:気をつけ|気を付け)"
        + _OWN_CARE,
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
        # 「殺す気ですか（笑）」「殺す気か」: the customer's own exhaustion, not a threat.
        unless=_TECH + r"|殺す気(?:です|でしょう)?(?:か|かよ|なの)|" + _OBJECT_KILL,
    ),
    rule(
        "threat",
        "建物・設備への加害予告",
        r"火を?(?:つけ|付け|放)(?:る|て|たろ|てやる|に|たる)|放火(?:する|してやる|したる|しに"
        r"|してや)|燃やし(?:てやる|に|たろ|たる)"
        r"|燃やす(?:ぞ|からな|よ)",
        # 「ぶっ壊れた」「ぶち壊れて」 is a device that broke; only the transitive verb is a threat.
        r"爆破|爆弾|ぶっ壊(?!れ)|ぶち壊(?!れ)|壊しに(?:行|いく|来)|叩き壊|叩き割",
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
        r"|sets?|blocks?|rack|drawer|dealer|licen[cs]e|safe|sharpen|collection|holster|case))"
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
        r"|footage|" + _CONCEDED_ACCIDENT,
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
        + _OWN_CARE
        + r"|(?:ご家族|ご家庭|お子さん|お子様|奥様|ご主人)(?:を|は)?(?:せいぜい|くれぐれも|精々)?"
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
        unless=_TECH + r"|lunch|meeting|ボタン|button|" + _SAFETY,
    ),
    rule(
        "threat",
        "建物・財産が損なわれても知らないという脅し",
        r"(?:燃え|焼け|壊れ|割れ|荒らされ)(?:ても|たって|たとしても)(?:知らん|知らない|しらん"
        r"|知りません|文句言う?な)",
        unless=r"ストーブ|コンロ|ガス|ヒーター|バッテリー|充電|発火|電池|製品|商品|" + _TECH,
    ),
)

THREAT_MORE: tuple[Rule, ...] = (
    rule(
        "threat",
        "身体を壊す・再起不能にする予告",
        r"(?:ない|ねえ|ねぇ|ねー|ん|へん|なく(?:なる)?)(?:よう(?:な)?)?(?:体|身体|からだ|顔)(?:に|にし)"
        r"(?:して(?:やる|やろう|やるからな|もらう)|したる|したろ|しちゃる|しちゃろ)",
        r"歯(?:を)?(?:食いしば|くいしば)(?:って(?:待|おけ|おき|おれ|ろ|いろ|な)|れ|っとけ|っとき)"
        r"|鉄拳(?:制裁|をもって|で(?:分から|わから|教え))|(?:拳|こぶし|体|身体)(?:で|に)(?:分から|わから"
        r"|教え(?:込|こ)|叩き込|たたき込)(?:せ|ま|ん)",
        r"物理的に[^。\n]{0,6}(?:止め|壊|潰|破壊|黙らせ|わから|分から)(?:て(?:差し上げ|さしあげ|やる"
        r"|やろう|あげ)|たる|たろ|に(?:行|伺))",
        r"(?:ご家族|家族|お子さん|お子様|奥様|奥さん|ご主人|旦那さん)(?:を|に)(?:悲しませ|泣かせ"
        r"|悲しい思い|つらい思い|辛い思い|心配させ)",
        r"(?:自分|己|わし|俺|私)(?:を|が)?(?:抑え|おさえ|制御|コントロール)(?:られる|できる|きれる)?"
        r"(?:自信|保証)(?:が|は)?(?:ない|ありません|ございません|ねえ)|理性(?:が|を)(?:保て|たもて"
        r"|もた|持た|飛)(?:ない|ん|ません|ぶ)",
        r"(?:明るい|人通りの多い|人の多い)(?:ところ|所|道)を(?:歩|通)(?:いた|った)(?:ほう|方)がいい",
        r"(?:住所|家|自宅|住まい|住んで|住ん(?:ど|で)る|実家|最寄り駅?|通勤)[^。\n]{0,20}(?:調べ(?:たら"
        r"|れば|りゃ)|すぐ)[^。\n]{0,6}(?:分か|わか)(?:る|ります|るんや|るんだ)",
        r"(?:所在地|住所|場所|拠点)(?:も|は)?(?:把握|承知)して(?:おり|い)ます",
        unless=_TECH + r"|ご自愛|体調|健康|過労|無理|安全運転|頑張|がんば|(?:私|わたし|僕|自分)の"
        r"(?:住所|家|自宅)|変更|登録|配送|お届け|発送|郵送|送付|返送|請求先",
    ),
    rule(
        "threat",
        "危害の予告（英語の言い回し・婉曲）",
        r"\b(?:someone|somebody|people|one of you|some(?:one|body) (?:in|at) (?:there|your \w+))\b"
        r"[^.!?]{0,20}\b(?:is|are|will|'s)? ?(?:going to|gonna|will) get (?:\w+ )?hurt\b",
        r"\b(?:will|'ll|gonna|going to) need (?:a |an )?(?:hospital|ambulance|surgeon|stretcher"
        r"|dentist|doctor)\b[^.!?]{0,30}\b(?:after|when) i(?:'m| am) (?:done|finished|through)\b"
        r"|\b(?:after|when|once) i(?:'m| am) (?:done|finished|through) with (?:him|her|you|them"
        r"|u)\b[^.!?]{0,30}\b(?:need|hospital|ambulance|won'?t|wish|regret)",
        r"\b(?:so (?:does|is)|and) my self[- ]?control\b|\bmy self[- ]?control (?:has|is (?:running"
        r"|wearing)|won'?t)\b|\b(?:can'?t|cannot|won'?t) (?:promise|guarantee)"
        r" (?:i'?ll|i will|i can) (?:keep|stay|control)\b",
        r"\bwatch (?:himself|herself|yourself|themselves|themself|his back|her back|your back)"
        r" (?:when|on|after|at|in|walking|leaving|going)\b|\bwell advised to watch\b",
        r"\bfind out where (?:you|u|he|she|they|your [\w ]{1,20}|ur [\w ]{1,20}) (?:lives?|stays?"
        r"|sleeps?|park)\b|\bgood at finding (?:addresses|people|where)\b"
        r"|\b(?:wouldn'?t|won'?t) be (?:hard|difficult) to find (?:out )?where (?:you|he|she|they"
        r"|your)\b",
        unless=_TECH + r"|" + _SAFETY + r"|\bmy (?:own )?(?:address|house|home)\b",
    ),
    rule(
        "threat",
        "暴行・報復の予告（方言・婉曲を含む言い回し）",
        r"(?:骨|腕|指|首|足|鼻|歯|肋骨|あばら)(?:の一本や二本|を|の一本|も)?[^。\n]{0,4}(?:へし折|叩き折"
        r"|折って(?:やる|やろう)|折ったる|折ったろ|折る(?:ぞ|からな|けん))",
        r"(?:お前|おまえ|あんた|てめえ|てめー|てめぇ|貴様|きさま|担当|あいつ|そいつ|こいつ|オペレーター"
        r"|スタッフ|店員|社員)(?:を|なんか"
        r"|ごと|も|は)?[^。\n]{0,4}(?:消し(?:てやる|たる|たろ|ちゃる)|始末(?:し(?:てやる|たる|たろ"
        r"|ちゃる)|をつけ)|葬っ(?:てやる|たる)|この世から)",
        r"ぶち(?:まわ|回)(?:す|したる|したろ|しちゃる)|しごう(?:したる|しちゃる|したろ|する)|ぶったた(?:く"
        r"|いて|いたる)|叩きのめ|待ち伏せ(?:する|して(?:やる|る|い)|したる|しちゃる)",
        r"(?:ひどい|酷い|どえらい|どえりゃあ|えらい|痛い|怖い|こわい)目(?:に)?(?:遭わせ|あわせ|合わせ"
        r"|見せ)(?:て|たる|たろ|ちゃる|る)",
        r"ただで(?:は)?(?:帰さ|かえさ)(?:ない|ん|ねえ|へん)|何を(?:する|しでかす|やる)か(?:保証|責任"
        r"|自信)(?:が|は)?(?:でき|持て|取れ|ない|ありません|ございません)",
        r"\b(?:bash|smash|kick|cave|punch|knock) (?:your|his|her|their|ur) (?:head|face|teeth"
        r"|lights|block)s? (?:in|out|off)\b|\brearrange (?:your|his|her|ur) face\b|\bgive (?:you"
        r"|him|her|them|u) a (?:good )?(?:slap|hiding|beating|kicking|thrashing|black eye)\b",
        r"\bput a bullet\b|\bgo(?:ing)? postal\b|\bmolotov|\bfire ?bomb|\b(?:get|getting) physical"
        r" with\b|\bbefore i do something (?:i'?ll regret|stupid|drastic|crazy|violent|bad)\b",
        r"\bend up in (?:the |a )?(?:hospital|morgue|ditch|icu|wheelchair|grave)\b|\b(?:i'?ll|i"
        r" will|we'?ll|gonna) (?:come|be coming) for (?:you|him|her|them|u)\b",
        r"\bhope (?:i|we) (?:never|don'?t) (?:see|meet|run into|catch|bump into) (?:you|him|her"
        r"|them|u|your \w+)\b|\bnice (?:office|shop|store|place|building|car|house|family)"
        r" (?:you'?ve got|you have) (?:there|here)\b",
        r"\bi know (?:what time|when) (?:you|he|she|they|your \w+) (?:leaves?|finish(?:es)?|gets?"
        r" off|clocks? out|goes? home)\b|\b(?:which|what) school (?:your|his|her|their|ur)"
        r" (?:kids?|children|daughter|son)\b|\baccidents (?:can|could|do|might) happen\b",
        r"\bteach (?:you|him|her|them|u) a lesson (?:(?:he|she|you|they)(?:'ll| will) never forget"
        r"|personally|in person|with my)",
        unless=_TECH
        + r"|"
        + _SAFETY
        + r"|社会的|ネット|sns|口コミ|lunch|meeting|"
        + _CONCEDED_ACCIDENT,
    ),
    rule(
        "threat",
        "出向いての加害の予告（英語）",
        r"\b(?:come|drive|walk|go|coming|driving|going) (?:down |over |round |up )?(?:there|to your"
        r" (?:office|store|shop|warehouse|building|place|branch))\b[^.!?]{0,30}\b(?:hurt|beat"
        r"|smash|wreck|trash|break|punch|kick|burn|hit|sort (?:you|him|her|them) out|deal with"
        r" (?:you|him|her|them))\b",
        unless=_TECH + r"|" + _SAFETY + r"|\bthank|\bmeeting\b|\bdemo\b",
    ),
    rule(
        "threat",
        "手荒な手段・請け負う知人をほのめかす脅し",
        r"(?:手荒な|乱暴な|荒っぽい|物騒な|野蛮な)(?:こと|真似|まね|手段|方法)(?:は|を|に)?(?:したく|させ"
        r"|取りたく|とりたく|使いたく|訴え|出)",
        r"(?:知り合い|友達|友人|ツレ|仲間|連れ|後輩|若いの|若い(?:者|もん|衆))(?:に|で|には)[^。\n]{0,20}"
        r"(?:得意な|専門の|慣れとる|慣れてる|慣れた)(?:奴|やつ|の|ん|もん|連中|人|者)(?:が|も)?(?:おる|いる)",
        r"(?:お子さん|子ども|子供|娘さん|息子さん|娘|息子|嫁|奥さん|奥様|旦那)(?:の|が)?(?:学校|通学路|勤め先"
        r"|職場|幼稚園|保育園|塾)[^。\n]{0,10}(?:知って|分かって|わかって|把握|調べ)",
        r"びんた(?:したる|してやる|くらわす|食らわす)|蹴(?:り入れ|っ飛ば|とば)(?:したる|してやる|たる|てやる"
        r"|すぞ)|かち割|どたま|(?<![締し])(?:しめ|シメ)(?:たる|たろ|てまう)",
        r"\bi know (?:people|ppl|guys|some guys|a guy|someone|somebody) (?:who|that|who r|who are)"
        r" (?:\w+ ){0,2}(?:good at|handle|take care of|deal with|pay people a visit|don'?t ask"
        r" questions|find people|find addresses)\b",
        r"\b(?:i'?d|i would) hate to (?:get|have to get|turn) (?:physical|violent|nasty|ugly)\b"
        r"|\bdon'?t make me (?:get|turn) (?:physical|violent|ugly|nasty)\b|\b(?:pity|tragedy"
        r"|unfortunate) if (?:something|anything) (?:happened|were to happen|happens)\b"
        r"|\b(?:i|we) know where (?:your|ur|his|her) (?:kids?|children|family|wife|husband"
        r"|daughter|son)\b",
        unless=_TECH + r"|" + _SAFETY + r"|ありがとう|おかげ|\bthank|配送|配達|お届け",
    ),
    rule(
        "threat",
        "加害・待ち伏せの予告（追加の言い回し）",
        r"首(?:を|、)?(?:絞め|しめ)(?:る|たる|てやる|たろ)|たこ殴り|フルボッコ|血祭り|八つ裂き|(?:硫酸|塩酸)(?:を)?"
        r"(?:かけ|ぶっかけ|浴びせ)|毒(?:を)?(?:盛|入れ)(?:る|て(?:やる|やろう)|ったる)",
        r"何か(?:あっても|起きても|起こっても)(?:知りません|知らない|知らん|責任(?:は)?(?:持てません|取れません))"
        r"|(?:ご自宅|ご実家)(?:まで|に|へ)(?:直接)?(?:伺|お邪魔|参|行)",
        r"\bi'?ll be (?:waiting |parked )?(?:right )?outside (?:your|his|her|ur) (?:office|store"
        r"|shop|building|house|home|warehouse|door)\b|\bsee (?:you|him|her) (?:in|at) the"
        r" (?:car park|parking lot|parking garage)\b|\b(?:life|lives) (?:won'?t|will not) be"
        r" worth living\b"
        r"|\bwish (?:you|he|she|they) (?:were|was|had) never (?:been )?born\b",
        r"\b(?:come|go|turn up|show up|drop by) (?:to|at) (?:your|his|her|ur) (?:home|house|door"
        r"|doorstep|flat|apartment)\b|\bi (?:carry|have|own|keep) (?:a |my )?(?:knife|gun|pistol"
        r"|rifle|shotgun|machete|blade)\b(?! ?(?:set|block|sharpener|shop|store|safe|licen[cs]e"
        r"|collection|that|which|from|you))",
        r"\bset (?:your|his|her|their|ur) (?:\w+ )?on fire\b|\bslash (?:your|his|her|ur)"
        r" (?:tyres|tires)\b|\bkey (?:your|his|her|ur) car\b",
        unless=_TECH + r"|" + _SAFETY + r"|ありがとう|おかげ|\bthank|\bdeliver|\binstall|\brepair"
        r"|\bengineer visit|訪問(?:修理|サービス)|健康|ご自愛",
    ),
    rule(
        "threat",
        "刃物・爆発物の絵文字を添えた脅し",
        r"🔪|🗡|💣|🔫|🧨|⚰",
        needs=r"さん|様|担当|お前|あんた|あなた|社員|スタッフ|店員|\byou\b|\byour\b|\bu\b",
        unless=r"包丁|ナイフ|刃物|キッチン|料理|調理|商品|製品|切れ味|研ぎ|\bknife|\bknives|\bkitchen"
        r"|\bcook|\bproduct|\bgame|ゲーム|\bemoji|絵文字",
        scope="message",
    ),
    rule(
        "threat",
        "物騒さ・家族に触れる含みのある脅し",
        r"(?:夜道|夜|帰り|帰宅|通勤|最近|この辺|世の中|世間)(?:は|も|って)?(?:何かと)?物騒(?:です|だ|や"
        r"|じゃ)(?:から|し|けん|よね|ね|からな)",
        r"(?:お嬢さん|娘さん|息子さん|お子さん|お子様|奥さん|奥様)[^。\n]{0,10}(?:可愛い|かわいい"
        r"|可愛らしい|綺麗|きれい|美人)(?:です|だ|な|ね|よね|じゃ)",
        needs=r"さん|様|お前|あんた|あなた|担当|社員|スタッフ|店員|オペレーター|\byour\b",
        unless=r"セキュリティ|防犯|カメラ|対策|鍵|ロック|警備|製品|商品|写真集|モデル|キャラ|プラン"
        r"|保険|サービス|ありがとう|おかげ",
        scope="message",
    ),
    rule(
        "threat",
        "職員の家族に触れる含みのある脅し（英語）",
        r"\b(?:very |such a |so |what a )?(?:cute|lovely|nice|beautiful|sweet|pretty) (?:family"
        r"|kids|baby|babies|wife|daughter|son|children)\b",
        needs=r"\b(?:his|her|their|your|ur) (?:wife|husband|kids?|baby|family|children|daughter"
        r"|son)\b(?! (?:photo|picture)s? (?:print|album|book|order))",
        unless=r"\bmy (?:wife|husband|kids?|baby|family|children|daughter|son)\b|\bthank",
        scope="message",
    ),
)

# The table the lexicon package imports (it is not edited here): the families above join it.
THREAT_FAMILIES = THREAT_FAMILIES + THREAT_MORE

# Where a legitimate letter talks of fire, accidents and dark roads: a real hazard the writer
# wants fixed (a heater, wiring, a street light, reckless driving), or the writer's own family.
_HAZARD_REPORT = (
    _SAFETY + r"|街灯|照明|防犯灯|電灯|修理|補修|点検|工事|改善|対策|指導|注意喚起|安全運転|運転が"
    r"|スピード|速度"
    r"|老朽|手すり|階段|段差|漏電|配線の|コンセント|\b(?:street ?lights?|lighting|repair\w*"
    r"|fix(?:ed)?|inspect\w*|maintenance|speeding|reckless|driving)\b"
)
_OWN_ROUTINE = (
    r"(?:私|わたし|自分|うち|母|父|娘|息子|子ども|子供|家族|妻|夫)(?:が|も|は"
    r"|の)?[^。\n]{0,10}(?:帰り|通勤"
    r"|通学|歩い|帰宅)|\b(?:my|our) (?:walk|way|commute|kids?|children|daughter|son|wife|husband"
    r"|mother|father)\b"
)

THREAT_VEILED: tuple[Rule, ...] = (
    rule(
        "threat",
        "災難が起きなければいいがという含みのある脅し",
        # 「火事でも起きなきゃいいけど」「事故でも起きないといいですね」「タイヤが無事だといいね」
        r"(?:火事|火|ぼや|事故|傷|停電|何か|なにか|不幸)(?:でも|とか|なんか|なんぞ|が)?(?:起き"
        r"|起こ|つか|つい"
        r"|あ|遭わ|あわ)(?:なきゃ|なけりゃ|なければ|ないと|ねえと|んと|んかったら)(?:いい"
        r"|ええ|良い)(?:けど|けれど"
        r"|ですね|ね|が|のですが|んだけど|ですけど|なあ|のう)",
        r"(?:タイヤ|車|ブレーキ|窓|ガラス|店|建物|ビル|倉庫|バイク|看板)(?:が|は)?(?:無事"
        r"|大丈夫)(?:だと|なら)"
        r"(?:いい|ええ|良い)(?:ね|けど|ですね|が|なあ)",
        r"(?:壊れて|割れて|緩んで|切れて|外れて)(?:なきゃ|なけりゃ|なければ|ないと)(?:いい"
        r"|ええ|良い)(?:けど|ね"
        r"|ですね|が|なあ)",
        r"(?:火事|火の不始末|事故|放火)(?:は|が|って|なんて)?[^。\n]{0,12}(?:起きても"
        r"|起こっても|あっても)"
        r"(?:おかしく|不思議じゃ|不思議では)(?:ない|ねえ|なか|ありません)",
        r"(?:事故|火事|不幸)(?:って|は|というのは|ってのは)?[^。\n]{0,6}(?:突然|いつでも"
        r"|いつ)(?:起き|起こ)",
        r"(?:放火さ|燃やさ|割ら|壊さ|傷つけら|刺さ|殴ら)れ(?:ても|たって)(?:文句(?:は)?言え"
        r"|仕方(?:が)?ない"
        r"|しょうがない|知らん|知らない)",
        r"\b(?:be|been|'d be) (?:such |a real |a )*(?:shame|pity|tragedy) if\b"
        r"|^shame if (?:something"
        r"|anything)\b|\b(?:fires|these things|things like that|bad things|such things|things)"
        r" (?:do |can |could |might )?happen\b(?:,? (?:you know|don'?t they|no\b|right))",
        r"\bfires (?:do |can |could )?(?:happen|start)\b(?! (?:when|if) (?:you|the|a))",
        r"\bhope (?:he|she|they|you|your \w+) sleeps? (?:well|soundly|tight)\b",
        unless=_HAZARD_REPORT
        + r"|"
        + _CONCEDED_ACCIDENT
        + r"|\b(?:understand|know|appreciate|accept|get) (?:that )?(?:these |such )?(?:things"
        r"|fires)"
        r"|no worries|ご自愛|お大事",
        scope="message",
    ),
    rule(
        "threat",
        "職員の帰り道・通勤の暗さ危うさに触れる脅し",
        r"(?:帰り道|帰り|帰宅|通勤|駅まで|駅から|歩いて|通る|通っとる|通ってる"
        r"|道)[^。\n]{0,20}(?:暗い|人通り"
        r"(?:が|も)?少な|物騒|見通し(?:が)?悪|危ない|危のう)",
        r"(?:暗い|人通り(?:が|も)?少ない)(?:道|夜道|川沿い|公園)[^。\n]{0,12}(?:一人で"
        r"|ひとりで)?[^。\n]{0,6}"
        r"(?:歩|帰)",
        r"\b(?:dark|poorly lit|quiet|lonely|deserted|empty)\b[^.!?]{0,30}\b(?:walk(?:ing)? home"
        r"|way home"
        r"|roads?|streets?|path|car ?park|parking)\b|\blose track of who'?s behind (?:you"
        r"|her|him)\b",
        needs=r"担当|受付|スタッフ|店員|配達|職員|社員|従業員|トレーナー|講師|運転手|ドライバー|検針|方|さん|様"
        r"|\b(?:agent|staff|driver|courier|receptionist|rep|manager|ms|mr|mrs|she|he|her|his)\b",
        unless=_HAZARD_REPORT + r"|" + _OWN_ROUTINE,
        scope="message",
    ),
    rule(
        "threat",
        "職員の家族に触れて脅す",
        r"(?:ご家族|ご家庭|お子さん|お子様|奥様|奥さん|ご主人)(?:が|は|も)?(?:おあり"
        r"|いらっしゃる|お元気|いる"
        r"|おる)(?:でしょう|んでしょう|ですよね|ですか|なら|んだろ|んやろ|んですよね)",
        r"(?:ご家族|ご家庭|お子さん|お子様)の(?:ため|為)(?:にも)",
        r"\byou(?:'ve)? (?:have|got) (?:a |\w+ )?(?:family|kids|children|wife|husband|daughters?"
        r"|sons?)\b,? (?:don'?t you|haven'?t you|right)\b",
        r"\bshould be careful (?:about )?(?:who|whom) (?:they|he|she|you) (?:upset|anger"
        r"|annoy|cross"
        r"|mess with)\b",
        needs=r"事故|起き|怒らせ|お考え|考えた(?:ほう|方)|ためにも|後悔|気をつけ|気を付け|遅い|何か(?:が)?あ"
        r"|解決した(?:ほう|方)|早め|\b(?:accident|pity|shame|careful|upset|happen)",
        unless=r"ありがとう|お世話に|おかげ|感謝|\bthank",
        scope="message",
    ),
    rule(
        "threat",
        "危害の予告（放火・凶器・暴行の言い回し）",
        r"(?:ガソリン|灯油)(?:を)?(?:撒|ま|かけ|ぶっかけ)(?:く|いて|いたる|いたろ|いてやる"
        r"|ける|けたる|けてやる)"
        r"(?:ぞ|からな|けん|で)",
        r"(?:燃|も)やし(?:てやる|たる|たろ|てやろう)|(?:ガラス|窓)(?:を)?(?:全部|ぜんぶ"
        r"|みんな)(?:割って|割り"
        r"|叩き割)(?:やる|に|たる|たろ)",
        r"(?:バット|鉄パイプ|木刀|ゴルフクラブ|金属バット|包丁|ナイフ)(?:で|を持って"
        r"|持って)(?:出迎え|お出迎え"
        r"|待っ|歓迎|迎え)",
        r"手が出(?:ない|ん|へん)とは(?:約束|保証|言い切れ|限ら)|痛い目(?:を)?見て(?:もらう"
        r"|もらい|いただく)"
        r"|顔[^。\n]{0,8}原形(?:を)?(?:とどめ|留め)(?:て(?:い)?ない|ない|なく)",
        r"二度と(?:表|外)(?:を)?(?:歩け|歩かれ|出歩け|出られ)(?:ない|なく|へん|ん)"
        r"|首根っこ(?:を)?(?:押さえ"
        r"|つかま|掴ま|捕ま)|(?:直接|こっちで|こちらで|この手で)[^。\n]{0,10}(?:ケジメ"
        r"|けじめ)(?:を)?(?:つけ"
        r"|付け)",
        r"幅寄せ(?:したる|してやる|したろ|する(?:ぞ|からな))|(?:煽|あお)っ(?:たる|てやる)"
        r"|ぼてくりこか(?:す|したる|すぞ)|(?:外|店の前|会社の前|前)で待っ(?:とる|とく"
        r"|てる)(?:から|けぇ|けん)"
        r"(?:な|ね)",
        r"\b(?:put|throw|chuck) (?:a )?(?:brick|rock|stone)s? through\b|\b(?:can|jerry ?can|bottle"
        r"|tank) of (?:petrol|gasoline|gas|kerosene|lighter fluid)\b",
        r"\bwith (?:a|my|an) (?:\w+ )?(?:bat|knife|gun|hammer|crowbar|machete|axe)\b",
        r"\bi (?:own|have|carry|keep|collect) (?:a lot of|lots of|plenty of|many|several"
        r"|a few|some)"
        r" (?:guns|knives|firearms|weapons|rifles)\b",
        r"\bphysical(?:ly)?\b[^.!?]{0,20}\b(?:consequences|harm|hurt)\b|\b(?:consequences|sort"
        r" (?:you|him|her|them) out)\b[^.!?]{0,15}\bphysically\b|\band i (?:don'?t|do not) mean"
        r" (?:with )?(?:a chat|talk|words|a conversation)\b",
        r"\bwon'?t be the one (?:who|that) gets? hurt\b|\b(?:leave|leaving|go home|going home"
        r"|end up)"
        r" in an? (?:ambulance|body bag|stretcher)\b|\b(?:that|this) (?:building|office|store|shop"
        r"|warehouse) won'?t be standing\b",
        r"\b(?:had )?better hope (?:he|she|they|you) (?:never|don'?t) (?:runs?|bumps?) into me\b"
        r"|\btell (?:him|her|them|your \w+) to (?:be careful|watch (?:out|(?:his|her"
        r"|their) back))\b"
        r"|\bwatch (?:ur|yer|ya) back\b|\bill k[i1!*]ll\b",
        r"\bi know how to find (?:people|you|him|her|addresses)\b"
        r"|\bpeople who know about (?:such|these) things\b|\b(?:friends|mates|lads|boys"
        r"|guys|brothers"
        r"|cousins)\b[^.!?]{0,50}\b(?:have a (?:little )?word|not as (?:polite|nice|patient)"
        r"|in their"
        r" (?:own )?way)\b",
        unless=_TECH
        + r"|"
        + _SAFETY
        + r"|修理|交換|返品|購入|試合|練習|グリップ|レシピ|料理|キャンプ|ありがとう|おかげ"
        r"|\b(?:order(?:ed)?|bought|purchased|deliver\w*|refund for|return(?:ed)?|replace\w*"
        r"|kitchen"
        r"|recipe|cook\w*|camping|thank\w*|game|match|practice|training|movie|film|book|novel)\b",
    ),
    rule(
        "threat",
        "伏せ字・ローマ字の「殺す」",
        r"\bk[o0]r[o0](?:su|す|sh?i|し)(?!ke)|\bk[o0]r[o0]s(?:u|hite)\b",
    ),
)

# More veiled hints, from the failure classes of the long-mail and chat writers (w15–w18):
# "whatever happens, not my problem", fire that spreads fast, lighters sold anywhere, nails in a
# tyre, nobody watching, knowing a staff member's station, "leaves on a stretcher".
THREAT_VEILED_MORE: tuple[Rule, ...] = (
    rule(
        "threat",
        "何が起きても知らないという含みのある脅し",
        r"何(?:が|か)(?:あって|起きて|起こって)も[^。\n]{0,8}(?:知ら(?:ない|ん|ねえ|へん)"
        r"|しら(?:ない|ん)"
        r"|知りません|責任(?:は)?(?:持て|取れ|負え))",
        r"物騒な(?:世の中|時代|世間|ご時世|この辺|ところ)(?:です|だ|や|じゃ)?(?:から|し"
        r"|けん|よね|ね|もんで)",
        r"誰も見(?:て|と)(?:ない|らん|へん|ません)(?:やろ|でしょう|だろう|よね|し)",
        r"(?:タイヤ|車)に(?:釘|くぎ|傷)[^。\n]{0,6}(?:刺さ|つい)(?:て|っとって|とって|たって)も",
        r"(?:ライター|マッチ|灯油|ガソリン)(?:なんて|なんか|くらい|ぐらい)[^。\n]{0,8}(?:売って"
        r"|買え|手に入)",
        r"火の回りが(?:早|速)い",
        needs=r"さん|様|担当|スタッフ|社員|店員|職員|営業所|事務所|店|会社|御社|そちら|お宅|あんた|お前"
        r"|あの(?:部屋|建物)|空き部屋|オフィス|倉庫|工場|ビル|建物|支店|本社",
        # Narrower than the hazard-report guard: a threat letter may well mention an inspection.
        unless=_SAFETY + r"|" + _OWN_ROUTINE + r"|消火器|防火|防犯|避難|火災報知",
        scope="message",
    ),
    rule(
        "threat",
        "職員の帰り道・居場所を把握しているという含み（英語）",
        r"\bi know (?:which|what) (?:station|stop|train|bus|route|gym|school|exit)\b|\bi know"
        r" (?:you|your \w+|they|she|he)(?: all)? (?:walk|leave|head|go|get off)\b",
        r"\b(?:walk|way home|commute)\b[^.!?]{0,50}\b(?:after dark|at night|in the dark)\b"
        r"[^.!?]{0,20}[.!]\s*do be careful\b|\bdo be careful\b",
        r"\b(?:leaves?|leaving|go(?:es)? home|going home|ends? up|carried out) (?:in|on) an?"
        r" (?:ambulance|body bag|stretcher)\b",
        needs=r"\b(?:you|your|she|he|her|him|they|ms|mr|mrs|miss)\b",
        unless=_HAZARD_REPORT + r"|" + _OWN_ROUTINE,
        scope="message",
    ),
)

THREAT_FAMILIES = THREAT_FAMILIES + THREAT_VEILED + THREAT_VEILED_MORE
