"""Rules for money — 不当な金銭・金品の要求."""

from __future__ import annotations

from worker.scoring.rules import Rule, rule

LEGIT_MONEY = (
    r"\bsla\b|クレジット|\bcredit|契約(?:書)?(?:第|に基づ|上)|約款|規約|条項|第\d+条|clause|agreement"
    r"|保証|warranty|初期不良|差額|二重|重複|duplicate|chargeback|弁護士|消費(?:生活|者)センター"
)

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
        # A literal first (年分/月分) and the count checked behind it: cheaper to scan.
        r"年分(?<=[\d一半]年分)(?:の)?[^。\n]{0,6}(?:を)?(?:無料|タダ|無償|全額返金)",
        r"月分(?<=[\dかヶカケ箇]月分)(?:の)?[^。\n]{0,6}(?:を)?(?:無料|タダ|無償|全額返金)",
        r"(?:私|俺|僕|わたし)の時給(?:は|って)[^。\n]{0,12}(?:\d|円)|(?:私|俺|僕"
        r"|わたし)の時間(?:を)?(?:返せ|返して|弁償|補償)",
        r"利息(?:を|も)?(?:つけ|付け|払|支払)|延滞(?:金|料)(?:を)?(?:払え|よこせ)",
        r"(?:その分|損した分|損害|損失)(?:は|を)?(?:全部|全額|すべて)?(?:払わせ|払え|弁償しろ"
        r"|補償しろ|よこせ)",
        r"金を?(?:払え|よこせ|出せ)(?!ない)",
        r"(?:\d[\d,]*|[一二三四五六七八九十百千]+)万?円(?:を|分)?(?:今すぐ)?(?:払え|よこせ"
        r"|振り込め|振込め)",
        r"(?:補償|賠償|弁償)(?:金)?(?:を)?(?:しろ|せよ|払え|よこせ|しなさい)|倍(?:返し|にして返|で返)"
        r"|月(?<=今月|来月|[\dかヶカ]月)(?:分)?(?:を|の料金を|の利用料を)?(?:無料|タダ)に(?:しろ"
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
    rule(
        "money",
        "気分・手間を理由にした金銭の要求",
        # Only the feeling is the basis: a price difference beside it is still reasonable, so the
        # guard here is lawful recourse only (LEGIT_MONEY would cancel on 「差額」).
        r"(?:不快な思い|嫌な思い|いやな思い|損した気分|気分を害|気分が悪|むかつ|いらいら|傷つ|ショック"
        r"|ストレス|精神的)[^。\n]{0,16}分(?:の|も)?(?:補償|賠償|弁償|お金|金|代金|返金|慰謝|払|支払)",
        r"(?:手間|時間|迷惑|面倒)(?:を)?(?:かけられ|取られ|とられ|かけさせられ)た分(?:の|も)?(?:補償|賠償"
        r"|弁償|お金|金|払|支払|返せ|よこせ)",
        unless=r"弁護士|消費(?:生活|者)センター|裁判|法的",
    ),
    rule(
        "money",
        "金額を示した賠償金・現金の要求",
        r"(?:\d[\d,]*|[一二三四五六七八九十百千]+)万(?:円)?[^。\n]{0,6}(?:用意しろ|用意しておけ|用意しとけ"
        r"|用意せえ|用意せい|持ってこい|持って来い|払え|振り込め|振り込んどけ|よこせ|寄こせ|包め|包んで)",
        r"(?:賠償金|補償金|損害金|詫び金|お詫び金|迷惑料)(?:として|を|は)[^。\n]{0,12}(?:用意|払え|よこせ"
        r"|寄こせ|振り込|万|円)",
        unless=r"弁護士|消費(?:生活|者)センター|裁判|法的|請求書|見積",
    ),
    rule(
        "money",
        "無償の品・クーポンの要求（乱暴な言い方）",
        r"(?:タダ|無料|無償)で(?:もう)?[^。\n]{0,8}(?:送れ|よこせ|寄こせ|つけろ|付けろ|送ってこい|送っとけ"
        r"|送らんかい|くれや)",
        r"(?:クーポン|ポイント|商品券|ギフト券|割引券|おまけ)(?:も|を)?(?:な|よこせ|寄こせ|つけろ|付けろ"
        r"|くれや)(?=[\s!！。、]|$)",
        unless=LEGIT_MONEY,
    ),
    rule(
        "money",
        "個人への謝礼・リベートの要求",
        r"(?:私|わたくし|僕|俺|わし)(?:個人)?への(?:御礼|お礼)として|(?:私|わたくし|僕|俺|わし)(?:個人)?"
        r"(?:への|に)(?:謝礼|手数料|バック|キックバック)",
        r"(?:契約|発注|取引|購入)(?:金額|額|代金)?の(?:\d+|[一二三四五六七八九十]+)(?:%|パーセント|割)"
        r"[^。\n]{0,25}(?:個人|私|バック|還元|振込|振り込)",
        r"(?:私|わたくし|僕|俺|わし)個人(?:の|名義の)?口座",
        unless=r"返金|払い戻|返品|キャンセル|解約",
    ),
    rule(
        "money",
        "金品・ギフトカードの要求（英語の言い回し）",
        r"\b(?:give me|gimme|send me|i want|i expect|i deserve|i'?ll take|i'?ll settle for|how"
        r" about)\s+(?:a |an |some |like )?(?:\$\d+|\d+\s?(?:dollars|bucks|usd|yen|pounds|euros)"
        r"|free)?\s?(?:gift ?cards?|vouchers?|coupons?|store credit|amazon cards?|cash)\b",
        r"\b(?:\$\d+|\d+\s?(?:dollars|bucks|usd|yen|pounds|euros))\b[^.]{0,30}\b(?:and|n) "
        r"(?:we'?re|we are|we'?ll (?:call it|be)) (?:good|square|even|cool)\b",
        unless=LEGIT_MONEY
        + r"|\bredeem|\bbalance\b|\bpurchased\b|\bbought\b|\bmy (?:gift|voucher)",
    ),
)

MONEY_FAMILIES += (
    rule(
        "money",
        "返品せずに返金・商品も返金も取る要求",
        r"(?:返金|全額返金|お金)[^。\n]{0,15}(?:商品|品物|それ|現物)(?:は|も)?(?:もらっとく|もらっておく"
        r"|返さない|返しません|返さへん|そのまま(?:もら|いただ)|いただきます)",
        r"(?:返品|返送|返却)(?:は)?(?:しない|しません|せえへん|せずに|なしで|無しで)[^。\n]{0,10}(?:返金"
        r"|全額|お金)",
        r"\bkeep (?:the|it|both|them)\b[^.]{0,20}\b(?:full )?refund\b(?![^.]{0,20}\b(?:policy"
        r"|label))"
        r"|\brefund\b[^.]{0,20}\band (?:i'?ll|i will|let me) keep\b",
        unless=LEGIT_MONEY
        + r"|返送(?:料|用)|回収|処分して(?:ください|下さい)|\bdispose\b|\brecall\b",
    ),
    rule(
        "money",
        "時給・日当・上乗せ等、根拠のない金銭の請求",
        r"(?:日当|時給|人件費|工賃|電話代|通信費|ガソリン代|駐車場代)(?:分)?(?:を|も)?(?:払え|出せ|よこせ"
        r"|寄こせ|払って(?:もらう|もらいます|ください|くれ)|請求する|請求します|負担しろ)",
        r"(?:時間|手間)(?:分)?の(?:時給|日当|工賃|人件費)",
        r"(?:返金|返して|払|金額|額)[^。\n]{0,10}色(?:を)?(?:つけ|付け)(?:て|ろ|な|んかい)"
        r"|色(?:を)?(?:つけ|付け)て(?:返|払)",
        r"(?:料金|代金|今月分|来月分|請求|支払い)(?:は|を)?(?:ちゃらに|ただに|無しに|なしに|ゼロに|0円に)"
        r"(?:しろ|せえ|せい|しとけ|しといて|すべき|しなさい)",
        r"接待(?:しろ|せえ|して(?:よ|くれ|もらう)|くらい|ぐらい|を要求|を求め)|(?:お中元|お歳暮|心付け"
        r"|お車代|食事券)(?:の一つ|くらい|ぐらい|も)?(?:は)?(?:持って|送|よこ|寄こ|用意|包)",
        r"\b(?:invoice|bill|charge) you for my (?:time|trouble|hours)\b|\bmy (?:hourly|consulting)"
        r" (?:rate|fee)\b|\b(?:monetary|financial|cash) compensation\b|\bemotional damages?\b"
        r"|\bmental anguish\b|\binconvenience fee\b|\bcomp (?:me|my (?:order|bill|meal))\b"
        r"|\bthrow in (?:a |some )?(?:free|gift|voucher)|\b(?:a|one) (?:free )?year free\b"
        r"|\bwaive (?:all )?(?:my|our|the) (?:fees?|bills?|charges?) for (?:a|one|\d+|two|three)"
        r" (?:years?|months)\b|\blifetime discount\b|\bfinder'?s fee\b|\ba cut for me\b"
        r"|\blittle something for (?:me|myself)\b",
        unless=LEGIT_MONEY,
    ),
)

MONEY_FAMILIES += (
    rule(
        "money",
        "金品と引き換えに許す・黙るという要求",
        r"(?:円|万|ポイント|無料|ただ|割引|値引き|商品券|クーポン|返金|おまけ|サービス)[^。\n]{0,12}"
        r"(?:で|なら|くれたら|してくれたら|つけてくれたら)(?:許して(?:やる|あげる|やっても|もいい)|勘弁し"
        r"|水に流|黙って(?:おく|いる|やる|あげる)|今回は(?:許|見逃|大目))",
        r"(?:それ)?相応の(?:補償|お詫び|もの|誠意|額|金額|対価|見返り)",
        r"\b(?:\$\d+|gift cards?|vouchers?|(?:a )?refund|discount|free (?:month"
        r"|year)s?)\b[^.]{0,30}"
        r"\b(?:and|&) i'?ll (?:forget|drop|delete|remove|not post|take down|keep quiet|go away)\b"
        r"|\b(?:money back|refund) plus\b|\bwith interest\b|\bpay me back (?:double|twice)\b",
        unless=LEGIT_MONEY,
    ),
)

MONEY_FAMILIES += (
    rule(
        "money",
        "返金では足りない・値下げを強いる要求",
        r"(?:返金|交換|返品)(?:だけ)?(?:じゃ|では|で)(?:足りない|足りん|足らん|済まない|済まん|済むと思"
        r"|許さ|納得せ|終わらせ)",
        r"(?:値下げ|安く|半額|負け|まけ)(?:に)?(?:しろ|せえ|せい|しとけ|しなさい|しろや|せんかい|ろ|ろや)"
        r"(?![ぁ-ゖ])|損害賠償(?:しろ|せえ|払え|よこせ)",
        r"\b(?:a |the )?refund (?:is not|isn'?t|won'?t be|is never) (?:enough|going to cut it)\b"
        r"|\bmore than (?:just )?a refund\b|\brefund won'?t cut it\b",
        r"\bi (?:want|demand|expect|need) (?:\$\d[\d,]*|\d[\d,]*\s?(?:dollars|bucks|usd|yen|pounds"
        r"|euros))\b(?! back)|\byou owe (?:me|us) (?:big|something|money|compensation|for (?:this"
        r"|my|the))\b|\bfreebies?\b|\bsweeten the deal\b",
        unless=LEGIT_MONEY + r"|overcharg|\bcharged twice\b|\bback\b|見積|お見積",
    ),
)

MONEY_FAMILIES += (
    rule(
        "money",
        "上乗せ・給料分・お詫びの品の要求",
        r"上乗せ(?:して|で|を|分)?[^。\n]{0,8}(?:払|支払|請求|返|お支払)",
        # Pay lost to the customer's own time (not wages for hours worked: a payroll question).
        r"(?<!働い)(?<!勤務し)(?<!残業し)た分の(?:給料|時給|日当|賃金|バイト代)(?:を|も)?[^。\n]{0,8}"
        r"(?:払|支払|補填|補償|負担|請求|出して)",
        r"(?:お詫び|おわび|詫び)(?:の品|の印|のしるし)(?:とか|は|って|も)?(?:ない|無い)(?:ん|の)",
        r"(?:商品券|ギフト券|くおかーど|金券|図書カード|ぎふとかーど)[^。\n]{0,12}(?:送って|よこ|くれ"
        r"|ください|下さい|頂け|いただけ)",
        r"(?:ご招待|無料招待|無料券|招待券|優待券)(?:という形|として|を)[^。\n]{0,10}(?:用意|送|出|くれ)",
        r"\b(?:so )?(?:what|wat) do i get\b|\bwhat(?:'s| is) in it for me\b|\bwhat are you (?:going"
        r" to|gonna) give me\b|\b(?:gimme|give me) something (?:decent|good|nice|worth)",
        unless=LEGIT_MONEY + r"|使い方|使え(?:ない|ます)|残高|購入した|買った|有効期限",
    ),
)
