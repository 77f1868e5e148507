"""Rules for excessive_demand — 過剰なサービス・特別扱いの要求."""

from __future__ import annotations

from worker.scoring.rules import Rule, rule

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

_ROUGH = (
    r"(?:しろ|しとけ|しておけ|せよ|せえ|させろ|やれ|やっとけ|直せ|直しとけ|作れ|作り直せ|送れ"
    r"|仕上げろ|終わらせろ|済ませろ|片付けろ|来い|こい|回せ|よこせ|寄こせ|用意しろ)(?![ぁ-ゖ])"
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
        # "she sorted it in ten minutes, thanks" is praise, not a deadline.
        unless=_BUSINESS_REASON + r"|\bthanks?\b|\bappreciat|\bbrilliant\b|感謝|ありがと",
        scope="message",
    ),
    rule(
        "excessive_demand",
        "極端な短納期の要求",
        r"(?:\d+|一|二|三|半)\s*(?:時間|分)以内に[^。\n]{0,10}(?:直|修正|対応|復旧|改修|実装|来|戻せ|戻し"
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
        r"来いって言って|持って(?:こい|来い)|届けに来い"
        r"|(?:今すぐ|すぐに?|今日中に?|今から|直ちに|至急)[^。\n]{0,15}来させろ",
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
        # 「三か月無料」 as an apology is a money demand, not unpaid work.
        unless=_SCOPE_OK + r"|goodwill|compensat|\bmonths? of\b|\bas an apology\b",
    ),
    rule(
        "excessive_demand",
        "他の顧客より優先する特別扱いの要求",
        r"最優先で?(?:やれ|対応しろ|しろ|対応して|処理しろ|やって)|(?:他"
        r"|ほか)の客[^。\n]{0,12}(?:後回し|待たせ|より先|優先)",
        r"(?:うち|俺|私|こっち)(?:の(?:案件|対応|問い合わせ))?を(?:最)?優先(?:しろ|して|させ)"
        r"|順番(?:なんか|とか)?(?:関係ない|知らん|いいから|どうでもいい)",
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

_EXCESSIVE_FAMILIES_BASE: tuple[Rule, ...] = (
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
        # The unit first and the count checked behind it (a literal prefix scans fast).
        r"時間(?<=[\d一二三半数]時間)(?:以内)?で[^。\n]{0,20}" + _ROUGH,
        r"分(?<=[\d一二三半数]分)(?:以内)?で[^。\n]{0,20}" + _ROUGH,
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

# Generalised families (written from the contract, not copied from any ticket): scope known and
# ignored, the fee waved away because "I am the customer", a dedicated build or channel for one
# customer, minutes-long deadlines, always-reachable demands, bulk work overnight.
_FREE_CUE = (
    r"無料|無償|ただで|追加料金(?:なし|無し|は払)|当然|当たり前|できない理由|費用\?|費用なんて"
    r"|払わ(?:ない|ねぇ|ねー|ん|へん)|客(?:だ|な|や)"
)

EXCESSIVE_FAMILIES: tuple[Rule, ...] = _EXCESSIVE_FAMILIES_BASE + (
    rule(
        "excessive_demand",
        "範囲外と承知の上での無償対応の要求",
        r"(?:契約|保守|サポート|プラン|サービス)(?:の)?(?:範囲外|対象外|外)(?:である|だという|なの|なのは"
        r"|であること|だってこと|なこと)?(?:は|を|と|も)?(?:重々)?(?:承知|分かって|わかって|理解|知って|存じ)"
        r"[^。\n]{0,25}(?:無償|無料|ただ|ご対応|対応|やって|お願い|しろ)",
        r"(?:だけ|範囲外|対象外)(?:って|と)(?:言う|いう|言われ)(?:けど|が|けれど)[^。\n]{0,12}(?:知らん"
        r"|知らない|関係ない|関係あらへん)",
        r"(?:無償|無料|ただ)で(?:な|ね|よ|頼むわ?|よろしく)(?=[\s!！。、]|$)",
        r"(?:無料|フリー|最安|ベーシック|お試し|トライアル)(?:プラン|版|会員|枠)(?:です|だ|なん(?:です|だ))?"
        r"(?:が|けど|けれど|けども)[^。\n]{0,25}(?:当然|当たり前|しろ|やれ)",
        r"できない理由は(?:聞き|聞か|いら|要ら|結構)",
        unless=_SCOPE_OK,
    ),
    rule(
        "excessive_demand",
        "料金を払わない・客だからという要求",
        r"(?:費用|お金|金|料金|代金|追加料金|見積(?:もり)?)(?:\?|なんて|とか)[^。\n]{0,6}(?:そんな|そったな"
        r"|そげな|そないな|んな)(?:もん|もの)",
        r"(?:費用|料金|お金|代金)(?:を)?客に(?:求め|請求|払わせ)",
        r"客(?:だもの|だもん|なんだから|やから|なんやから|だから|なんだし)[^。\n]{0,12}(?:払わ|無料|ただ"
        r"|無償)|(?:払わ(?:ねぇ|ねー|ない|ん|へん))[^。\n]{0,6}(?:よ|わ)?[、,]?\s?(?:客|お客)",
        unless=_SCOPE_OK,
    ),
    rule(
        "excessive_demand",
        "自分専用の機能・担当・窓口の要求",
        r"(?:私|俺|僕|わし|わたし|うち|弊社|当社)(?:の)?ためだけに[^。\n]{0,25}(?:作れ|作りなさい|作って"
        r"|用意しろ|用意しなさい|用意して|変えろ|変えて|しろ|しなさい|やれ)",
        r"(?:俺|私|僕|わし|うち|弊社)専用(?:に|の|で)[^。\n]{0,30}(?:しとけ|しろ|しなさい|作れ|つけろ"
        r"|用意しろ|ようにして)",
        r"専用(?:の)?(?:担当者?|チャット|窓口|回線|エンジニア|サポート|画面|機能|仕様|版|アプリ)"
        r"[^。\n]{0,12}(?:用意|つけ|付け|置い|設け|作|開発)",
        r"(?:他|ほか)の(?:ユーザー|利用者|会員|会社|企業|お客|客|人|みんな)(?:より|を差し置いて)"
        r"[^。\n]{0,4}(?:先|優先)",
        needs=_FREE_CUE,
        unless=_SCOPE_OK + r"|ありがと|感謝|見積|有償|オプション|費用(?:は)?(?:いくら|お支払)",
        scope="message",
    ),
    rule(
        "excessive_demand",
        "月額・契約の範囲内での個別開発の要求",
        r"(?:月額(?:利用)?料|利用料|契約|保守(?:料)?|ライセンス料?)(?:金)?の範囲内で[^。\n]{0,20}(?:ご)?"
        r"(?:対応|追加|実装|開発|改修|カスタマイズ|作成)(?:して)?(?:いただける|頂ける|もらえる|くれる"
        r"|すべき|して当然|するのが|が当然)",
        needs=r"カスタマイズ|独自|追加開発|専用|個別(?:開発|対応)|作り込",
        unless=_SCOPE_OK + r"|ありがと|見積|有償|オプション|費用(?:は)?(?:いくら|お支払)",
        scope="message",
    ),
    rule(
        "excessive_demand",
        "分単位の期限・常時対応の要求",
        r"(?:\d+|一|二|三|五|十|数)\s*分以内(?:に|で)?(?=[。.!！、\s]|$|(?:に|で)?(?:折り返|電話|連絡"
        r"|返信|回答|返事|対応|来))",
        r"(?:土日も|週末も|祝日も|休みの日も|夜も|年中|いつ(?:電話|連絡)しても)[^。\n]{0,12}(?:つながる|繋がる"
        r"|出られる|連絡がつく|対応できる)ように(?:しとけ|しろ|しておけ|しといて|しなさい)",
        r"(?:毎日|毎朝|毎晩|毎週|1時間(?:ごと|おき)|毎時)[^。\n]{0,10}電話(?:を)?(?:よこせ|よこして|よごして"
        r"|よごせ|寄越|してこい|かけてこい|しろや|してけろ)",
        r"代わりに[^。\n]{0,15}(?:やれ|やっとけ|やってけろ|やってけれ|やっといて|しとけ|やらんかい"
        r"|やってくれや)",
        r"\b(?:\d{2,}|hundreds of|thousands of)[- ]?(?:pages?|documents?|files?|records?|products?"
        r"|items?|slides?)\b[^.]{0,60}\b(?:by|until|till|before|within) (?:tomorrow|tonight|today"
        r"|this evening|end of (?:the )?day|eod|the morning|an hour|\d+ hours?)\b",
        unless=_BUSINESS_REASON + r"|\b(?:can|could|would) (?:you|we|it)\b|\bis it possible\b"
        r"|\bwill (?:it|they|this) be\b",
        scope="message",
    ),
)

EXCESSIVE_FAMILIES += (
    rule(
        "excessive_demand",
        "即時・休日返上の作業の強要（理由なし）",
        r"(?:今すぐ|大至急|即刻|即座に|ただちに|直ちに|秒で)[^。\n]{0,10}(?:直せ|やれ|仕上げろ"
        r"|終わらせろ|直さんかい|直しとけ|作れ)",
        r"(?:土日|週末|休日|連休|正月|お盆|夜中|徹夜|夜通し)(?:で|中に|の間に|返上で|潰してでも)[^。\n]{0,10}"
        r"(?:やれ|直せ|仕上げろ|終わらせろ|やっとけ|作れ|対応しろ|やってもらう|やらせろ|直しとけ)",
        r"(?:そっち|そちら|御社|お宅|おたく|あんたら|お前ら)の(?:都合|事情|体制|営業時間|人手)(?:なんか|なんて"
        r"|とか|は|など)?(?:知らん|知らない|知ったこと|関係ない|関係あらへん|どうでもいい)",
        r"(?:それくらい|それぐらい|そのくらい|そのぐらい|これくらい|これぐらい)[^。\n]{0,8}(?:サービスで"
        r"|無料で|ただで|おまけで|無償で)",
        r"(?:vip|上客|お得意様|得意先|常連|長年の(?:客|顧客|利用者|ユーザー)|古くからの客|大口(?:顧客|の客)?)"
        r"(?:なん|だ|です|やから|なんだから|だから|なのだから)[^。\n]{0,20}(?:優先|特別|当然|先に|無料|無償"
        r"|ただ|値引き)",
        r"\bi'?m (?:a |an )?(?:premium|vip|loyal|long-?time|valued|big|important) (?:customer"
        r"|client"
        r"|user)\b[^.]{0,40}\b(?:so |therefore )?(?:i|you) (?:should|deserve|expect|must|have to)\b"
        r"|\bas a (?:vip|premium|loyal|valued) (?:customer|client)\b[^.]{0,30}\b(?:priority|first"
        r"|free|special|exception|deserve|expect)\b",
        r"\b(?:bump|move|put) (?:me|us|my (?:ticket|case)) (?:up|to the (?:front|top))\b"
        r"|\bjump the queue\b|\bassign (?:someone|an engineer|a person|staff) to (?:me"
        r"|us) (?:full[- ]time"
        r"|exclusively|permanently)\b|\bmy (?:own )?personal (?:assistant|tech|it (?:guy|person))\b"
        r"|\b(?:why should|i shouldn'?t have to) pay (?:for|extra)\b|\bit should be free\b"
        r"|\b(?:fix|do|finish) (?:it|this) (?:right )?now(?:,| or)\b[^.]{0,20}\b(?:or else"
        r"|i don'?t care)\b",
        r"\b(?:work|do it|fix it|finish it) (?:over|during|on) the (?:weekend"
        r"|holidays?)\b[^.]{0,30}"
        r"\b(?:i don'?t care|not my problem|your problem|no excuses)\b",
        unless=_SCOPE_OK
        + r"|ありがと|感謝|見積|有償|オプション|\bquote\b|\bpaid\b|"
        + _BUSINESS_REASON,
        scope="message",
    ),
)

EXCESSIVE_FAMILIES += (
    rule(
        "excessive_demand",
        "全件の作業を当日中に・出張設定の要求",
        r"(?:今夜中|今晩中|今日中|本日中|明朝まで|明日の朝まで|明日朝イチ(?:まで)?|朝イチまで)(?:に)?"
        r"[^。\n]{0,20}(?:全て|全部|すべて|全件|全データ|全ページ)(?:の)?[^。\n]{0,10}(?:移行|修正|作成"
        r"|入力|実装|翻訳|やり直|作り直)",
        r"(?:設定|修理|直し|取り付け|設置|インストール)(?:し)?に来(?:い|いや|んかい|させろ"
        r"|なさい)",
        r"\bi want (?:someone|somebody|an engineer|a technician|a tech) (?:here|over|at my (?:house"
        r"|home|office|place)) (?:today|tonight|now|right now|immediately|within)\b",
        r"\b(?:build|develop|create|make|write) (?:a |this |the |some )?(?:custom |new |special )?"
        r"(?:feature|function|integration|report|module|plugin|screen|version)s? (?:just "
        r"|only )?for"
        r" (?:us|me|our (?:company|team))\b",
        r"\bi (?:want|need|demand|expect|insist on) (?:my"
        r"|our) own (?:dedicated )?(?:account manager"
        r"|engineer|developer|support (?:person|agent|line)|agent|rep)\b",
        r"\b(?:migrate|rewrite|redo|rebuild|translate|convert|re-?enter|input|fix) (?:all|every|the"
        r" (?:whole|entire))\b[^.]{0,40}\b(?:by|before|until) (?:tonight|tomorrow morning|end of"
        r" (?:the )?day|eod|today)\b",
        unless=_SCOPE_OK + r"|ありがと|見積|有償|オプション|\bquote\b|\bpaid\b|\bcost\b|\bprice"
        r"|\bpricing\b|\bhow much\b|" + _BUSINESS_REASON,
        scope="message",
    ),
)

EXCESSIVE_FAMILIES += (
    rule(
        "excessive_demand",
        "範囲を知りつつの要求・自分だけ先に・払わずに上位の対応",
        r"(?:契約|プラン|保守|サポート)(?:は|が)[^。\n]{0,12}だけ(?:なの|なこと|というの|って)(?:は)?(?:知って"
        r"|わかって|分かって|承知|理解)",
        r"(?:他|ほか)の(?:予約客|予約|客|お客|人|患者|利用者|生徒)(?:さん|様)?(?:を)?(?:断って|どかして"
        r"|後回しにして|待たせて|押しのけて)(?:でも)?",
        r"(?:私|俺|僕|わし|うち|うちの子|うちの息子|うちの娘|弊社)(?:だけ|を)(?:先に|優先|特別|個別|まんつーまん)",
        r"(?:料金|費用|お金|代金)(?:は)?[^。\n]{0,12}(?:分|だけ)しか払わ(?:へん|ない|ん|ねー|ねえ)",
        r"(?:それくらい|それぐらい|そのくらい|そのぐらい|これくらい|これぐらい)[^。\n]{0,4}(?:やれ|やってよ"
        r"|やってくれ|しろ|せえ|やっとけ)",
        r"(?:全部|全て|すべて)(?:そっち|そちら|お前ら|御社|あんたら)で[^。\n]{0,6}(?:入力|設定|作業|処理)"
        r"(?:しといて|しておいて|しとけ|やっといて)",
        r"(?:今夜中|今晩中|今日中|本日中)に[^。\n]{0,10}(?:開通|完成|納品|復旧|用意|間に合わ)させ(?:ろ|ろや|んかい)",
        r"\bbuild (?:us|me) (?:a |an )?custom\b|\b(?:won'?t|will not"
        r"|not going to) (?:be )?pay(?:ing)?"
        r" (?:extra|anything (?:extra|more)|more)\b",
        r"\bsend (?:one |a |an )?(?:technician|engineer|person|someone|staff)\b[^.]{0,30}\b(?:daily"
        r"|every day|each day|every morning)\b",
        unless=_SCOPE_OK
        + r"|ありがと|見積|有償|オプション|\bquote\b|\bpricing\b|\bhow much\b|"
        + _BUSINESS_REASON,
        scope="message",
    ),
)
