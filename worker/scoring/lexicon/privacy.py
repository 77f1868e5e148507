"""Rules for privacy — プライバシーの侵害."""

from __future__ import annotations

from worker.scoring.lexicon.common import OWN, STAFF
from worker.scoring.rules import Rule, rule

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
        r"(?:奥さん|旦那さん|ご主人|お子さん|ご家族|彼氏|彼女|恋人|(?:お前|おまえ|あんた"
        r"|あなた|担当(?:者)?"
        r"|君|その人|あの人|彼|さん|ちゃん|くん)の(?:嫁|旦那|子ども|子供|家族))(?:は|が|も"
        r"|の)?[^。\n]{0,10}"
        r"(?:いる|いますか|きれい|綺麗|かわいい|可愛い|何歳|学校|小学生|勤め先|職場|どこ)"
        # Plain 子ども/家族 is usually the writer's own (「子どもが熱を出している」「子どもの学校の
        # 書類」): only remarks on looks and whereabouts, or asking whether there are any, count.
        r"|(?:嫁|旦那|子ども|子供|家族)(?:は|が|も|の|って)?[^。\n]{0,10}(?:きれい|綺麗|かわいい"
        r"|可愛い|何歳|勤め先|職場|どこ)|(?:嫁|旦那|子ども|子供|家族)(?:は|って)?(?:いる"
        r"|おる)(?:の|ん)?"
        r"(?:か|[?？])",
        r"結婚(?:して(?:る|ます|いる)|は)|休み(?:の日)?(?:は|に)何(?:して|を)|(?:年齢|何歳"
        r"|出身大学|学歴|出身地|出身校|職歴|経歴|顔写真)"
        r"(?:を|は|と)?[^。\n]{0,12}(?:教え|ですか|[?？]|送って|送れ|見せ)",
        # One alternative per service name: a literal start is scanned fast, an alternation is not.
        *(
            name + r"(?:で|を)?[^。\n]{0,15}(?:見つけ|検索|調べ|特定|フォロー)"
            for name in (
                "facebook",
                "フェイスブック",
                "インスタ",
                "instagram",
                "ツイッター",
                "twitter",
            )
            + ("sns", "ライン", "line")
        ),
        r"本名(?:で|を)?[^。\n]{0,6}(?:検索|調べ|特定)|特定済み"
        r"|顔写真[^。\n]{0,6}(?:確認済|特定)",
        r"顔は[^。\n]{0,15}確認済|退勤|待ち伏せ|出てくるまで待|後をつけ|尾行|つけ回"
        # 「帰り道に気をつけろ」 is a threat; probing or knowing the way home is privacy.
        r"|帰り道(?:を|は|も)?[^。\n]{0,4}(?:知って|調べ|特定|把握|見て|つけ|わかって|分かって"
        r"|どこ)",
        needs=STAFF + r"|担当|さん|顔|本名|の子|受付|フロント|先生",
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
        *(
            owner + r" (?:instagram|facebook|whatsapp|personal (?:number|phone|email|account"
            r"|whatsapp)|home address|twitter|tiktok|private (?:number|email|account))\b"
            for owner in (" her", " his", "'s")
        ),
        r"\bwhere (?:does )?(?:he|she|they|your \w+(?: \w+)?) lives?\b"
        r"|\bfound where\b[^.]{0,30}\blives?\b"
        r"|\bdoes (?:he|she) live\b|\b(?:is|are) (?:he|she|the agent"
        r"|your agent)\b[^.?]{0,25}\b(?:married|single|seeing anyone)"
        r"|\b(?:does|do) (?:he|she|they) have (?:kids|children|a (?:girlfriend|boyfriend|wife"
        r"|husband))\b|\bwhat school\b"
        r"|\bmeet up\b|\bfollow (?:her|him)\b|\bafter (?:her|his) shift\b"
        r"|\bwhat time (?:does )?(?:she|he) (?:finish|leave|get off)",
        needs=STAFF + r"|教え|\bgive me\b|\?",
        unless=r"公式|(?:御社|貴社|会社|店舗|ショップ|ブランド)の(?:line|ライン|インスタ|instagram)"
        r"|\bofficial\b|\bno complaint\b|\bthank (?:him|her)\b|\bnice (?:chap|guy|lady|man|woman)\b"
        r"|\b(?:was|were) chatting about\b",
        scope="message",
    ),
    rule(
        "privacy",
        "従業員の住まい・通勤・自宅連絡先の把握や詮索（構造）",
        # Knowing or asking where the person lives.
        r"お住まい(?:で(?:いらっしゃい|ござい)ます|です|なん(?:です|だ))?(?:よね|ね|でしょ|だろ|やろ)"
        r"|住んで(?:る|い(?:る|らっしゃる))(?:よね|でしょ|だろ|やろ|んだって|んでしょ|らしい|の(?:知って"
        r"|は知って))|どこ住み|どこに住んで|実家暮らし|一人暮らし(?:なの(?!で)|ですか|[?？]|でしょ|だろ)",
        r"(?:ご自宅|ご実家|お宅|ご住所|じたく|じゅうしょ)(?:の(?:方|ほう))?(?:へ|に|まで)[^。\n]{0,10}"
        r"(?:伺っても|伺います|伺わせ|お邪魔|押しかけ|挨拶に|ご挨拶|お電話を差し上げ|電話(?:する|します"
        r"|をかけ|かけ)|行っても|行きます|行くから|訪ね)",
        r"(?:ご自宅|自宅|ご実家|実家|じたく)の(?:電話(?:番号)?|番号|住所|じゅうしょ|場所)[^。\n]{0,20}"
        r"(?:控え|把握|知って|存じ|調べ|入手|わかって|分かって|押さえ|突き止め|特定|おしえ|教え)",
        r"(?:あんた|あなた|おまえ|お前|きみ|君|担当|たんとう)(?:さん)?の\s?(?:じたく|自宅|いえ|家)?"
        r"(?:の)?\s?(?:じゅうしょ|住所)[^。\n]{0,10}(?:おしえ|教え|どこ|[?？])",
        # Profiling: résumé-style personal details of the employee.
        r"(?:さん|様|氏|者|担当)の(?:履歴書|身上書|家族構成|身辺|素性|身元|生い立ち|交際相手)"
        r"|ご自宅(?:宛|あて|の住所)|ご家族の人数"
        r"|(?:シフト|仕事|勤務|バイト)(?:が)?(?:終わる|上がる|明ける)(?:の)?(?:は)?何時"
        r"|(?:駐車場|店の外|店ん外|裏口|出口|通用口)で待って(?:る|ます|おく|とく)"
        r"|(?:学歴|家族構成|現住所|婚姻歴|配偶者の有無|出身地|本籍)(?:・|、|や|と|,)[^。\n]{0,20}"
        r"(?:持参|提出|開示|共有|添付|送付|教え|ご教示|お知らせ)",
        # Photographing the employee.
        r"(?:店員|担当|スタッフ|さん|あなた|あの(?:人|子|方)|係の)[^。\n]{0,15}(?:写真|動画)(?:を|も)?"
        r"(?:撮らせてもら|撮らせていただ|撮った|撮りました|撮影した|撮影しました|撮ってやった|撮っといた"
        r"|撮っておいた)",
        needs=r"担当|たんとう|スタッフ|社員|店員|従業員|オペレーター|さん|様|氏|貴殿|あなた|あんた|先生"
        r"|お前|おまえ|君|きみ|彼|彼女|電話に出|あの(?:人|子|方)|その(?:人|子|方)",
        unless=OWN + r"(?:住所|自宅|家|実家|家族|休み|写真|通勤|最寄|駅)|住所変更|引っ越|転居"
        r"|(?:お届け|発送|配送|請求|送付|設置|修理|点検|工事)"
        r"|広告|看板|ポスター|商品|車両|ロゴ|(?:御社|貴社|会社|本社|店舗|窓口|センター|倉庫)(?:の)?"
        r"(?:住所|場所)",
        scope="message",
    ),
    rule(
        "privacy",
        "従業員の通勤・行動・休みの理由の詮索（名指しの相手について）",
        r"(?:帰り|通勤|退勤後|仕事(?:帰り|終わり|上がり)|毎朝|毎晩|毎日)(?:は|に|道|の時間)?"
        r"[^。\n]{0,15}(?:駅|電車|バス|ホーム|改札)[^。\n]{0,10}(?:ご利用の(?:よう|様子)|ご利用です"
        r"(?:よね|ね)|歩(?:い|き)(?:て|よ|と)|降りる(?:の|よね|でしょ)|乗って(?:る|い)|見かけ|見た)",
        r"(?:駅|電車|近所|街|休日|ホーム|帰り|スーパー|コンビニ|ジム)(?:で|に|の)[^。\n]{0,12}"
        r"(?:見かけ|お見かけ|見掛け)",
        r"(?:休(?:み|んで|んだ|まれ|職)|欠勤)[^。\n]{0,20}(?:病気|体調不良|家庭の事情|家の事情|妊娠"
        r"|入院|何の(?:休み|病気|用事|理由))",
        # The employee is talked about in the same sentence (not 「ご担当者様」 in a greeting).
        needs=r"(?<![者客皆])(?:さん|様|氏)|担当(?!者様)|あなた|あんた|お前|おまえ|君|きみ|彼女|彼(?!ら)",
        unless=OWN + r"(?:家|自宅|休み|通勤|最寄|駅)|広告|看板|ポスター|商品|車両|ロゴ",
    ),
    rule(
        "privacy",
        "従業員の住まい・家族・私生活の詮索（英語の構造）",
        r"\b(?:find|found|finding|know|knows|knew|figure out|figured out|track down|look up)"
        r" (?:out )?where (?:ur|your|the|that|this|he|she|they)\b(?: [a-z]+){0,3}"
        r" (?:lives?|stays?|sleeps|parks|goes after work)\b"
        r"|\b(?:good at |great at )?(?:finding|tracking down|getting)"
        r" (?:people'?s |their |his |her )?"
        r"(?:home )?addresses\b",
        r"\b(?:ur|your) (?:rep|agent|tech|tech guy|engineer|staff|employee|account manager"
        r"|technician|operator|advisor|representative)\b(?: [a-z]+)? lives? (?:near|in|around|close"
        r"|at|on|by)\b|\b(?:he|she) lives? (?:near|in|around|close to|at|on|by)\b",
        r"\b(?:saw|spotted|seen|see|watched) (?:her|him|them|ur \w+|your \w+)\b[^.]{0,20}\b(?:at|on"
        r"|near|outside|in) (?:the |a )?(?:station|tram|train|bus|stop|gym|subway|platform|street"
        r"|parking|car park|supermarket|mall|gym|restaurant|bar|school|daycare|church|park"
        r"|beach)\b|\bwith (?:his|her) (?:kids|children|wife|husband|family|boyfriend|girlfriend"
        r"|son"
        r"|daughter)\b",
        r"\b(?:if|whether) (?:she|he|your \w+)(?:'s| is) (?:married|single|seeing (?:someone"
        r"|anyone)|taken|dating)\b|\bwhich (?:station|train|gym|school|bar|cafe|neighbou?rhood|area"
        r"|suburb|street) (?:your \w+|he|she|they) (?:goes to|go to|lives in|live in|gets off at"
        r"|takes|uses|lives on)\b",
        r"\bhow many (?:children|kids) (?:you|do you|does (?:he|she)|they|he|she) have\b"
        r"|\b(?:your|her|his) native place\b|\bmarital status\b"
        r"|\bhome (?:suburb|town|neighbou?rhood)\b|\bpersonal (?:social media|instagram|facebook"
        r"|accounts?) (?:handles?|accounts?|profiles?)\b"
        r"|\bpersonal social media\b",
        # Each verb opens its own alternative: a literal start is scanned fast, a leading \b is not.
        "|".join(
            verb + r" (?:your (?:staff|agent|rep|engineer|tech|employee|account manager"
            r"|support \w+)|him|her)(?: [a-z]+)? on (?:facebook|instagram|insta|linkedin|twitter"
            r"|tiktok|fb|ig)\b"
            for verb in ("search", "searched", "found", "find", "looked up", "look up", "stalked")
        ),
        r"\b(?:saw|see|seen|know|found) (?:his|her) (?:wife|husband|kids|children|baby|son"
        r"|daughter"
        r"|family|boyfriend|girlfriend|house|home|car)\b",
        r"\b(?:took|taking|take|got|have) (?:a )?(?:photos?|pictures?|pics?|video) of (?:her|him"
        r"|your (?:staff|rep|agent|employee|cashier|clerk)|the (?:staff|clerk|cashier|agent|girl"
        r"|guy))\b",
        needs=r"\b(?:ur|your|he|she|him|her|his|madam|sir|you|rep|agent|staff|employee|manager)\b",
        unless=r"\bmy (?:own |home )?(?:address|marital|native|children|kids|family|home|suburb"
        r"|social media|wife|husband|son|daughter)\b|\bour (?:address|office|home)\b|\b(?:i|we)"
        r" (?:live|lived|stay|moved)\b|\bupdate\b|\bchange of address\b|\b(?:near|close to)"
        r" (?:me|us|my|our)\b",
        scope="sentence",
    ),
    rule(
        "privacy",
        "従業員の結婚・私的SNS・住まいの把握・勤務後の詮索（構造）",
        r"結婚(?:されて(?:い)?(?:ます|る|らっしゃ)|してはる|しとる|しとん)|既婚(?:者)?(?:ですか|なの"
        r"|[?？])|(?:旦那|奥さん|ご主人|奥様|彼氏|彼女|恋人)(?:さん)?(?:は|って)?(?:いる|いらっしゃ"
        r"|おる)(?:の|ん|ですか|[?？])",
        # (「インスタのID」「LINEのアカウント」 are a rule above.)
        r"sns(?:の)?(?:アカウント|垢|ハンドル|ユーザー名)(?:を|は)?[^。\n]{0,6}(?:教え|知りたい|ですか"
        r"|[?？]|送って|よこせ)",
        r"(?:住んで(?:る|いる)|住まい|住所|家|自宅|実家)(?:の)?(?:所|ところ|場所|辺り|あたり|方角)?"
        r"[^。\n]{0,8}(?:見当(?:が)?つ|目星|把握して|わかって(?:る|いる|ます)|分かって(?:る|いる|ます)"
        r"|調べ(?:た|ついて|れば|は)|突き止め)",
        r"仕事(?:が)?(?:終わったら|終わり(?:に|は)|の後|上がったら|明けたら)[^。\n]{0,10}(?:何して|会"
        r"|飲み|空いて|暇|どこ)",
        r"\bwhat time (?:do|does) (?:you|she|he|they) (?:get off|finish|leave|clock out)\b"
        r"|\bwhen (?:do|does) (?:you|she|he|they) (?:get off|finish) work\b"
        r"|\bfollow(?:ed)? (?:your \w+|her|him|them) (?:home|to (?:her|his|their) (?:car|house|home"
        r"|station|place))\b|\bfound (?:her|his) (?:instagram|insta|tiktok|socials|social media)\b",
        needs=STAFF + r"|様|氏|方|\b(?:you|your)\b",
        unless=OWN
        + r"(?:住所|自宅|家|実家|家族|旦那|奥さん|妻|夫|彼氏|彼女|アカウント)|公式|御社|貴社"
        r"|会社|サポート|住所変更|引っ越|転居|(?:お届け|発送|配送|請求|送付|設置|修理|点検|工事)"
        r"|\b(?:official|company|business|your company'?s)\b|\bmy\b",
    ),
    rule(
        "privacy",
        "従業員の住まい・家族・既婚の詮索（英語の多様な言い回し）",
        r"\b(?:does|do) (?!it\b|this\b|that\b|the\b|i\b|we\b|you\b)[a-z]+ (?:still )?live (?:near"
        r"|in|at"
        r"|on|around|close)\b",
        r"\bwhat (?:suburb|area|neighbou?rhood|town|city|part of town|street) (?:is"
        r"|does) (?:your \w+"
        r"|he|she) (?:from|live in|stay in)\b",
        r"\boutside (?:his|her|their) (?:place|house|home|flat|apartment)\b|\b(?:he"
        r"|she) drives a\b",
        r"\bis (?:the|that|your) (?:lady|woman|girl|man|guy|agent|rep|executive|engineer|tech)\b"
        r"[^.?]{0,40}\b(?:married|single|engaged|seeing anyone)\b",
        r"\bwhere (?:your \w+'s|his|her|their) (?:kids|children|son|daughter|wife|husband|family)"
        r" (?:go|goes|live|lives|work|works)\b",
        r"\b(?:home|residential|personal) address(?:es)? of (?:the|that|this|your|mr|mrs|ms)\b",
        r"\bdrop by (?:his|her|their) (?:place|house|home|flat)\b|\bwhich street\b|\b(?:she|he)"
        r" (?:is )?married or not\b|\bwhich (?:station|train line|bus) (?:does )?(?:she|he|they)"
        r" (?:use|uses|take|takes)\b|\bfound your (?:\w+ )?(?:operator|agent|rep|staff|engineer"
        r"|tech"
        r"|guy|girl)(?: \w+)? (?:on )?(?:facebook|instagram|insta|linkedin|fb)\b",
        needs=r"\b(?:your|ur|rep|agent|tech|engineer|technician|staff|employee|executive|she|he|her"
        r"|his|lady|girl|guy|mr|mrs|ms)\b",
        unless=r"\bmy (?:own |home )?(?:address|family|kids|children|wife|husband|son|daughter)\b"
        r"|\b(?:i|we) (?:live|lived|stay|moved)\b|\bupdate\b|\bchange of address\b|\b(?:near|close"
        r" to) (?:me|us|my|our)\b|\b(?:customer|client|account holder|billing|shipping|delivery)\b",
        scope="message",
    ),
)
