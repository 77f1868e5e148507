"""Rules for restraint — 拘束的な言動."""

from __future__ import annotations

from worker.scoring.rules import Rule, rule

RESTRAINT: tuple[Rule, ...] = (
    rule(
        "restraint",
        "解決までチャット・電話を離れない拘束",
        r"\b(?:staying|stay|remain|remaining) on (?:this|the) (?:chat|call|line"
        r"|phone)\b[^.]{0,20}\buntil\b"
        r"|\bhowever (?:many hours|long) it takes\b",
        unless=r"\b(?:i|we) (?:had to|was forced to|were forced to|was made to|were made to)\b"
        r"|\bpicked up\b",
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
        r"\b(?:you|u|your \w+|(?:he|she|they)) (?:will |'ll |must |have to |are going to )?stay on"
        r" the (?:line|phone)\b|\b(?:i'?ll|i will|going to) keep (?:calling|phoning"
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
        # The customer's own wait on hold is a complaint, not holding anyone.
        unless=r"\b(?:i|we) (?:had to|was forced to|were forced to|was made to|were made to)\b"
        r"|\bpicked up\b",
    ),
)

# Waiting patiently for an answer (「ご回答いただけるまで待ちます」) is not holding anyone: these
# families need a place, a person kept there, a call that may not end, or the writer's say-so.
RESTRAINT_MORE: tuple[Rule, ...] = (
    rule(
        "restraint",
        "自分が良いと言うまで離さない拘束",
        r"(?:私|わたし|俺|おれ|わし|僕|こっち|当方)が(?:切る|帰る|帰す|終わらせる|止める|やめる)まで",
        r"明日も明後日も[^。\n]{0,6}(?:電話|行|来|かけ|伺)|毎日でも(?:通|行|伺|電話|かけ|来)|逃が(?:さない"
        r"|さん|さへん|しません)(?:から|ぞ|で|けん|よ)",
        r"(?:私|わたし|俺|おれ|わし|僕|こっち|当方)が(?:良い|いい|ええ|よし|終わり|おしまい|もういい"
        r"|帰っていい|納得(?:した)?)(?:と|って)(?:言う|いう|言っ|ゆう)まで",
        r"(?:窓口|席|電話|その場|ここ|店|受付|会議室|部屋)(?:を|から)(?:離れる|離れ|立つ|出る|帰る)(?:こと"
        r"|の)(?:は|を)?(?:許さ|認め|禁止|許可しな)",
        r"(?:最後まで|一日(?:中)?|とことん|朝まで|夜まで|何時間でも|今日は)[^。\n]{0,6}(?:つきあ|付き合"
        r"|付きあ)って(?:もら(?:う|います|うで|うぞ|うから|うけん)|いただきます)",
        r"鬼電(?:する|します|したる|してやる|しま|し続け|かけ)|(?:出る|つながる|繋がる|来る|折り返す"
        r"|対応する)まで[^。\n]{0,10}(?:やめ|止め)(?:ない|ません|へん|ん|ねえ)",
        r"(?:分|時間)(?:おきに|ごとに|毎に)(?:電話|連絡|かけ|鳴らし)"
        r"(?:する(?:から|ぞ|ね|わ|けん|で|[。!！\n]|$)|します|し続け|したる|してやる|かける|かけます"
        r"|ます)",
        r"(?:入口|入り口|いりぐち|出入口|店先|店の前|店頭|ロビー|受付|玄関|店内|会議室|事務所の前"
        r"|会社の前|ビルの前)(?:で|に|から|の前で)[^。\n]{0,10}(?:待ちます|待つ|まつ|まちます|居座"
        r"|いすわ|一歩も|動か|うごか)",
        r"(?:警備員|けいびいん|警察|けいさつ)(?:を|なんか|なんて)?(?:呼んで|よんで)も(?:無駄|むだ|動か"
        r"|うごか|帰ら|かえら)|(?:俺|おれ|私|わし|わたし)は(?:動か|うごか|帰ら|かえら)(?:ん|ない|ねえ"
        r"|へん)(?:から|ぞ|で|けん)",
        unless=r"(?:と|ように)言われ|(?:待って|かけて|電話して)(?:いた|た)のに|つながりません"
        r"|ありがとう|おかげ",
    ),
    rule(
        "restraint",
        "通話・滞在を終わらせない拘束（英語）",
        r"\b(?:won'?t|will not|not going to|(?:i'?m|i am|im) not|never) (?:be )?(?:leave|leaving"
        r"|hang(?:ing)? up|go(?:ing)? home|go(?:ing)? anywhere|log(?:ging)? off|disconnect(?:ing)?"
        r"|end(?:ing)? (?:this|the) call|get(?:ting)? off"
        r" (?:this|the) (?:call|line|phone|chat))\b[^.!?]{0,40}\b(?:until|till|til|unless"
        r"|whatever|no matter)\b",
        r"\b(?:sit|sitting|wait|waiting|stay|staying|camp|camping) (?:in|at|outside) (?:your|the)"
        r" (?:reception|lobby|office|store|shop|branch|foyer|front desk|showroom)\b[^.!?]{0,60}"
        r"\b(?:until|till|til)\b",
        r"\b(?:nobody|no one|none of you|not one of you)\b (?:\w+ )?(?:goes? home|leaves?|hangs? up"
        r"|gets? off)\b",
        r"\b(?:sit on|stay on|remain on) (?:this|the|that|it)(?: \w+)?"
        r"(?: call| line| phone| chat| bridge)?\b[^.!?]{0,40}\b(?:until|till|til|as long as)\b",
        r"\b(?:stay|remain|sit|goes? home|leaves?|hang up|on (?:this|the) (?:line|call|phone"
        r"|chat))\b[^.!?]{0,30}\b(?:until|till|til|as long as) i say\b",
        r"\b(?:he|she|they|you|u|your \w+)\b (?:will |'ll |must |should |shall )?(?:stays?"
        r"|remains?) (?:here |there |with me |at my \w+ |on site )?until\b[^.!?]{0,80}\b(?:all day"
        r"|all night|into the night|the way i want|i say|i'?m (?:happy|satisfied))\b",
        r"\b(?:i'?ll|ill|i will|i'?m going to|im gonna|i'?m gonna|gonna|we'?ll|we will) (?:call"
        r"|ring|phone|email|message|text)(?: you| u)?(?: guys)? every (?:\d+|one|two|five|ten"
        r"|fifteen|twenty|thirty|few|half|single)\b",
        unless=r"\bcontract|\bsupplier|\bvendor|\bsubscription|\bplan\b|\brenewal|\bparcel"
        r"|\bpackage|\border\b|\bdevice|\bthank|\b(?:i|we) (?:had to|have to|was|were)\b"
        r"|\b(?:ticket|case|issue|request)\b",
    ),
    rule(
        "restraint",
        "事業所外への呼び出し・終わらせない電話と滞在",
        r"(?:家|うち|自宅|会社|事務所|工場|店|現場|ここ)(?:まで|に|へ)(?:今すぐ|すぐ|明日|今日中に|直接)?"
        r"(?:来て|きて)(?:説明|謝|話)(?:しろ|せえ|せよ|せい|しなさい|せんか|してもらう(?:ぞ|からな|けん))",
        r"(?:電話|連絡)を?(?:鳴らし|かけ|し)続け(?:る|ます|てやる|たる)|(?:毎日|毎晩|毎朝|朝から晩まで"
        r"|一日中)[^。\n]{0,6}(?:電話|かけ)(?:する|します|してやる|したる|かける|かけます)(?:から|ぞ|ね"
        r"|けん|で|わ)",
        r"(?:\d+|[一二三四五六七八九十]+)時間(?:でも)?(?:みっちり|たっぷり|ぶっ通し|ぶっとおし|じっくり)"
        r"(?:説明|話|付き合|相手)|切らせ(?:ない|ねえ|へん|ん)(?:ぞ|から|で)|帰れる(?:と|なんて)(?:思|おも)う"
        r"(?:な|なよ)",
        r"(?:ここ|この場|店|受付|ロビー|窓口|会社|事務所)(?:を|から)(?:一歩も)?(?:動き|動か|離れ)(?:ません"
        r"|ない|ん|へん)(?:から|ぞ|で|けん|よ|[。!！]|$)",
        r"(?:一日|丸一日|終日|半日|午後|午前|明日|今日|今夜)(?:中)?(?:は)?(?:予定を)?(?:全部)?空けて(?:おけ"
        r"|おいて|おけよ|おくように|もらう|おきなさい)",
        r"\b(?:come|get (?:yourself|over)|drive|show up|turn up) (?:down |over |round )?(?:here"
        r" |to my (?:house|home|place|office|shop|store|flat|apartment|business) )(?:and|to)"
        r" (?:explain|apologi[sz]e|talk|face me|tell me|answer)\b",
        r"\b(?:i'?ll|i will|gonna|going to|i'?m going to) (?:be )?(?:call|calling|ring|ringing"
        r"|phone|phoning)\b[^.!?]{0,15}\b(?:non-?stop|all day|all night|day and night"
        r"|around the clock|24/7)\b",
        r"\bi(?:'ll| will|'m going to|'m gonna)? (?:sit|wait|stay|camp) (?:here|there|outside|in"
        r" (?:your|the) \w+) (?:all day|all night|for hours|as long as it takes)\b|\bif (?:you|u)"
        r" (?:hang up|end (?:this|the) call|disconnect)\b[^.!?]{0,30}\b(?:i'?ll|i will|again|regret"
        r"|sorry)\b",
        unless=r"(?:と|ように)言われ|(?:待って|かけて|電話して)(?:いた|た)のに|つながりません"
        r"|ありがとう|おかげ|修理|点検|設置|工事|訪問修理|\b(?:i|we) (?:had to|have been|'ve been"
        r"|was|were)\b|\brepair|\binstall|\bthank",
    ),
    rule(
        "restraint",
        "居場所・電話から離れない宣言（敬語・方言）",
        r"(?:入口|入り口|いりぐち|出入口|店先|店の前|店頭|ロビー|受付|玄関|店内|会議室|事務所|会社|窓口"
        r"|そちら|そっち|御社|貴社)(?:で|に|にて|から|の前で)[^。\n]{0,10}(?:待た(?:せていただ|せてもら)"
        r"|待ち続け|お待ちし(?:ます|ております)|(?:ずっと)?(?:おる|居る|いる|おります|居ります)(?:けん|で"
        r"|から|ぞ|からな|わ|ね)|居座)",
        r"(?:帰る|切る|引き下がる|諦める)(?:つもり|気)は(?:ない|ありません|ございません|ねえ|あらへん)"
        r"|帰さ(?:へん|ん|ねえ|ねぇ)(?:で|ぞ|からな|けん)",
        needs=r"まで",
        unless=r"(?:と|ように)言われ|(?:待って|かけて|電話して)(?:いた|た)のに|ありがとう|おかげ"
        r"|予約|面談|打ち合わせ|打合せ|来店予定",
    ),
    rule(
        "restraint",
        "終業・閉店を顧みない拘束",
        r"(?:定時|終業|就業時間|営業時間|閉店|閉店時間|シフト|勤務時間)(?:なんて|なんか|とか|は|が)?"
        r"[^。\n]{0,6}(?:関係(?:ない|ねえ|ありません|ございません)|知らん|知りません|知ったこと)",
        r"何度でもお電話|お電話(?:を)?(?:差し上げ|いたし)続け|(?:繋ぎ|つなぎ)っぱなしに(?:しておけ|しとけ"
        r"|しろ|してもら|しておいて)|切ったら(?:また|すぐ|何度でも|何回でも)(?:かけ直|電話|かける)",
        r"(?:担当|店長|責任者|社長|上司|お前|おまえ|あんた|そいつ|あいつ)(?:は|を|に)?[^。\n]{0,10}"
        r"(?:待って(?:ろ|おけ|いろ|なさい)|待っと(?:け|き|れ)|待たせ(?:とけ|ておけ|ておきなさい)"
        r"|帰らせ(?:る)?な|帰すな)",
        r"まで[^。\n]{0,10}(?:帰る|帰ん|切る|離れる|席を立つ|退出する)(?:な(?:よ|って)?(?:[。!！、\s]|$)|んじゃ(?:ない"
        r"|ねえ)|ことは(?:許|認め)|のは(?:許|認め))|(?:話|説明|回答)(?:が)?終わる(?:まで)[^。\n]{0,8}"
        r"(?:電話を)?切ら(?:ないで|せない|ないように|んといて)",
        r"\bdon'?t (?:even )?think about (?:ending|closing|leaving|hanging up)\b|\b(?:we(?:'re"
        r"| are)|this is) not (?:done|over|finished) until i say\b|\byou(?:'ll| will) be (?:here|on"
        r" (?:this|the) (?:call|line|phone)) (?:all night|all day|for hours|until)\b",
        r"(?:\d+|[一二三四五六七八九十]+)時間(?:は|くらい|ぐらい)?(?:付き合|つきあ)って(?:もら(?:う|います)|いただきます)"
        r"|帰(?:宅)?させ(?:ない|ません|へん|ん)(?:から|ぞ|で|けん|よ)",
        r"\bcamp(?:ing)? out (?:in|at|outside)\b|\bkeep (?:this|the) (?:chat|call|line|session)"
        r" open\b",
        r"\b(?:don'?t|do not) care\b[^.!?]{0,15}\b(?:shift|closing time|close|business hours"
        r"|office hours|(?:you|u) go home)\b|\bwhatever time (?:you|u) close\b",
        r"\b(?:you're not allowed|you are not allowed|you're not permitted|you are not permitted"
        r"|you may not|you will not|you can not|you cannot|you won't|you wont|you can't|you cant)"
        r" (?:to )?(?:end|leave|hang up|disconnect|log off)\b(?: (?:this|the)"
        r" (?:call|chat|line|meeting))?[^.!?]{0,20}\b(?:until|till|til|before)\b",
        unless=r"\b(?:ticket|case|issue|request|order)\b|\bthank|ありがとう",
    ),
)

# The table the lexicon package imports (it is not edited here): the families above join it.
RESTRAINT = RESTRAINT + RESTRAINT_MORE
