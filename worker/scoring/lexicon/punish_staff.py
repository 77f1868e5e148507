"""Rules for punish_staff — 従業員の処罰要求."""

from __future__ import annotations

from worker.scoring.lexicon.common import STAFF
from worker.scoring.rules import Rule, rule

PUNISH: tuple[Rule, ...] = (
    rule(
        "punish_staff",
        "従業員の処分の要求（英語の言い回し）",
        r"\bbe let go\b|\bmake an example of\b|\bdisciplinary action\b|\bwrite (?:him|her"
        r"|them) up\b"
        r"|\bdemote (?:him|her|them)\b|\b(?:him|her|them|agent|rep) (?:punished|fired|sacked"
        r"|disciplined)\b",
        # The writer's own job at stake (「I'll be let go if…」) is no demand.
        unless=r"\b(?:i|we)(?:'ll|'m|'d| will| would| could| might| may| am| was| were)?"
        r" (?:be |get |being |got )?(?:let go|fired|sacked|disciplined|reprimanded|punished"
        r"|demoted)\b",
    ),
    rule(
        "punish_staff",
        "従業員への罰の要求",
        r"罰(?:を|も)?(?:与え|受けさせ)|厳罰|(?:きっちり|厳しく)(?:罰|処分|叱)",
        unless=r"ゲーム|機能|設定|ルール|規約|違反時",
    ),
    rule(
        "punish_staff",
        "従業員の解雇・処分の要求",
        r"(?:くび|首)(?:に)?\s?(?:しろ|して(?:ください|くれ|よ|まえ)?|せえ|しなさい|すべき"
        r"|にしてまえ)|(?:くび|首)を切(?:れ|って)",
        r"辞めさせ(?:ろ|て|なさい|るべき|たら|で(?:けろ|くれ|ちょう)|ぇ|んかい|な(?:あかん|いかん)|ちゃえ|ちまえ|たれ)|退職させ|解雇(?:しろ|して|しなさい"
        r"|すべき|を求め"
        r"|を要求)",
        r"(?:懲戒|処罰|減給|降格|左遷|謹慎|停職|厳重注意|厳罰)(?:処分)?(?:しろ|して|を(?:求め"
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
        r" (?:lose|loses|losing) (?:his|her|their) jobs?\b|\bget rid of (?:him|her|them|that \w+"
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
        r"|(?:くび|首)に(?:され|なる|なり)|(?:私|僕|俺|自分)が(?:上司に)?(?:くび|首)"
        # Explicitly not asking for it: "I don't want anyone to lose their job over this".
        r"|\b(?:don'?t|do not) want (?:anyone|anybody|him|her|them|someone)\b|\bnot asking\b",
    ),
    rule(
        "punish_staff",
        "従業員の処分の要求",
        # 処分 is also disposal (古い冷蔵庫の処分をお願い): it is punishment only with a person
        # of the company in the sentence.
        r"処分(?:しろ|して|を(?:求め|要求|お願い|行って|下して)|にして|にしていただき|しなさい|させ"
        r"|の(?:結果|内容)|すること|するまで)",
        needs=STAFF + r"|本人|その人|あの人|責任者|上司|(?:当該|対応した)(?:者|社員|職員)",
        unless=r"(?:くび|首)に(?:され|なる|なり)|(?:私|僕|俺|自分)(?:が|の)",
    ),
    rule(
        "punish_staff",
        "従業員の解雇・減給・処分の要求（方言・婉曲・英語の言い回し）",
        r"(?:くび|首)(?:に)?(?:せな(?:あかん|いかん|あかへん)|せんと(?:あかん|いかん)|せえや|したれ"
        r"|しちまえ|しちゃえ|しろや|しーや|せんね|せんか|せないかん|させ(?:ろ|て))"
        r"|くび(?:やろ|だろ|でしょ|やな|だな|もんや|もんだ|もの|案件|レベル)",
        r"(?:責任を(?:取って|とって)|責任とって)(?:会社を)?(?:辞め|やめ)(?:ろ|て(?:いただき|もらい"
        r"|ほしい|欲しい|くれ|もらう|もらえ))"
        r"|(?:会社を)?辞めて(?:いただきたい|いただきます|もらいたい|もらいます|もらおう|ほしい|欲しい)",
        r"(?:減給|降格|懲戒|左遷|謹慎|停職|解雇|クビ)(?:処分)?(?:で(?:いい|ええ|十分|決まり|よろし)|が"
        r"(?:妥当|当然|相当|筋)|しかない|もん(?:だ|や))",
        r"始末書(?:も|は)(?:書かせ|出させ|提出させ)",
        r"\b(?:will|shall|is to|are to) be (?:disciplined|sanctioned|reprimanded|dismissed|sacked"
        r"|fired|suspended|punished|terminated|demoted)\b"
        r"|\bthe sanction (?:applied|imposed|taken)\b|\btermination letter\b"
        r"|\b(?:terminate|dismiss|sack|fire|suspend|discipline) (?:the services of |the employment"
        r" of )?(?:the|that|this|your) (?:executive|agent|rep|representative|employee|staff member"
        r"|officer|engineer|technician|operator|advisor|adviser|clerk|cashier|young man|young lady"
        r"|lady|woman|man|guy|girl|person)\b",
        needs=r"さん|様|氏|担当|社員|スタッフ|従業員|オペレーター|店員|あの|その|あいつ|そいつ|こいつ"
        r"|兄ちゃん|姉ちゃん|あんた|お前|若い|人|者|奴|やつ|始末書"
        r"|\b(?:he|she|him|her|they|them|man|woman|lady|guy|girl|agent|rep|employee|executive"
        r"|staff|responsible|who|whoever|person|officer|engineer|technician|clerk)\b",
        unless=r"(?:私|僕|俺|自分|わたし|うち|当方|弊社)(?:が|は|も)[^。\n]{0,10}(?:くび|首|辞め|減給"
        r"|降格|解雇)|(?:くび|首)に(?:され|なる|なり|なっ)|\b(?:i|we)(?:'ll|'m| will| would| could"
        r"| might| may| am| was)? (?:be |get |being |got )?(?:fired|sacked|dismissed|suspended"
        r"|disciplined|terminated)\b|契約|サービス|アカウント|プラン|解約|\b(?:contract|account"
        r"|subscription|service|plan)\b",
    ),
    rule(
        "punish_staff",
        "従業員の処分・罰・退職の要求（構造）",
        # ``needs`` requires the person in the sentence; the pattern opens on the penalty.
        r"(?:処分|処罰|懲戒|解雇|くび|首|減給|降格|罰)"
        r"(?:した上で|したうえで|してから|されるべき|され(?:て当然|ればいい|たらいい|たい)|を受けるべき"
        r"|を受けさせ|すべき|するべき|が当然|が妥当|が相当|にすべき|にするべき|にするまで|になるまで"
        r"|しない限り|しないかぎり|するよう(?:に)?(?:求め|要求|お願い)|を与え|を科|を課)",
        r"(?:辞める|やめる|辞めさせる)べき|会社(?:を)?(?:辞め|やめ)(?:ろ|ちまえ|るべき"
        r"|させ)|この仕事(?:を)?(?:辞め|やめ)(?:ろ|たら|るべき|た方がいい|たほうがいい)",
        r"(?:給料|給与|ボーナス|賞与)(?:を)?(?:減ら|下げ|カット|没収|減額)(?:しとけ|せ(?:や|よ)?|しな"
        r"|しろ|して(?:まえ|やれ|おけ)|とけ)",
        r"(?:ペナルティ|罰則|制裁|罰)(?:を)?(?:与え|科|課|受けさせ|下)",
        r"(?:給料|給与|バイト代|時給)(?:から)?[^。\n]{0,10}(?:引いて|引いと|引け|天引き|差し引)"
        r"|(?:辞める|やめる)(?:ん|の)?(?:が|べき)(?:筋|当然|当たり前)|辞めさせ(?:ん(?:の)?|ない)なら",
        r"(?:処分|処罰|懲戒|厳罰)(?:が|は)(?:必要|妥当|当然|相当)|(?:しかるべき|然るべき|相応の|厳正な"
        r"|厳重な)(?:処分|処罰|罰)|(?:処分|処罰|懲戒|解雇)(?:を)?(?:しない|せえへん|せん)(?:の)?(?:であれば"
        r"|なら|限り)",
        r"の(?:評価|査定|人事評価|ボーナス|賞与|給料|給与)(?:を)?(?:(?:下げて|減らして|カットして"
        r"|マイナスにして)(?:ください|下さい|ほしい|欲しい|もらいたい|くれ)|下げろ|減らせ|下げなさい"
        r"|減らしなさい|下げるべき|減らすべき)",
        r"\b(?:is|be|gets?|was) let go\b",
        r"(?:くび|首)(?:を)?(?:飛ば|切)(?:せ|して|す(?:まで|べき)|さない|せや|さんかい)|(?:くび|首)が"
        r"飛ぶ(?:まで|べき|のが当然)|(?:くび|首|処分|解雇)(?:に)?(?:しない(?:なら|と|限り|んなら)"
        r"|するまで|しなければ|しなきゃ|せんかったら)",
        r"(?:きつく|こっぴどく|厳重に|きっちり)(?:叱|締め|懲らしめ)(?:って|て|ろ|なさい)",
        r"\b(?:the|that|this) (?:employee|agent|rep|staff member|engineer|technician|person|guy"
        r"|woman|man|executive|clerk|operator) (?:be|gets?) (?:disciplined|fired|sacked|punished"
        r"|suspended|terminated|dismissed|reprimanded|demoted)\b|\b(?:must|should|needs? to|ought"
        r" to) be (?:terminated|reprimanded|sanctioned)\b|\bheads? (?:to |are going to "
        r"|gonna )?roll"
        r"(?:ing)?\b",
        r"\b(?:face|faces|facing) (?:the |serious |real |proper |some )?(?:consequences"
        r"|disciplinary)"
        r"\b|\bdisciplinary (?:measures|proceedings|steps|hearing)\b|\b(?:strict|stern|strong"
        r"|severe"
        r"|necessary|appropriate) action against\b|\b(?:action|measures) against (?:the|that|this"
        r"|your) (?:concerned )?(?:executive|agent|rep|engineer|employee|staff|person|officer"
        r"|technician|operator|clerk)\b",
        needs=r"担当|社員|店員|スタッフ|オペレーター|従業員|あいつ|そいつ|こいつ|あの|彼|者|奴|やつ|人"
        r"|給料|給与|ボーナス|賞与|\b(?:he|she|him|her|they|them|staff|agent|rep|engineer|employee"
        r"|executive|person|officer|technician|clerk|member|whoever|responsible)\b",
        unless=r"(?:私|僕|俺|自分|わたし|うち|当方|弊社|我々)(?:が|は|も|の)[^。\n]{0,12}(?:くび|首|辞め"
        r"|減給|降格|解雇|処分|給料|給与|罰|ボーナス|consequences)"
        r"|\b(?:i|we)(?:'ll|'m| will| would| could| might| may| am| was)? (?:be |get |being |got )?"
        r"let go\b|\b(?:i|we|i'll|we'll|i'm|i'd"
        r"|my|our)\b[^.]{0,15}\b(?:face|consequences)\b|データ|ファイル|在庫|商品|不用品|機器|廃棄"
        r"|端末|書類|ごみ|ゴミ|粗大|違約|延滞|遅延損害|規約|契約|\bphysically\b|\bhurt\b"
        r"|\b(?:contract|penalty clause|late fee)\b",
    ),
    rule(
        "punish_staff",
        "従業員の減給・警告・解雇の要求（英語の多様な言い回し）",
        r"\b(?:deduct|dock|cut|withhold) (?:his|her|their|the (?:agent|staff|executive"
        r"|employee)'?s?)"
        r" (?:salary|pay|wages|bonus)\b",
        r"\bissue (?:a )?(?:memo|warning|show[- ]cause notice|written warning|final warning) to"
        r" (?:him|her|(?:the|that|this) (?:concerned )?(?:staff|agent|rep|employee|executive|person"
        r"|lady|guy|man|woman|engineer|technician|officer|operator|clerk))\b|\b(?:put|place) (?:him"
        r"|her|the (?:agent|rep|employee|engineer|technician|guy|lady)) on (?:a )?(?:final|written)"
        r" warning\b|\bshow[- ]cause notice\b",
        r"\b(?:he|she|(?:the|that|this) (?:young )?(?:lady|man|woman|guy|girl|agent|rep|employee"
        r"|executive|engineer|technician|officer|operator|clerk)) (?:has|have) been (?:dealt with"
        r"|disciplined|reprimanded|sanctioned|punished|dismissed|sacked|fired)\b",
        r"\b(?:remove|removed|terminate|terminated|dismiss|dismissed) (?:him|her|the (?:concerned"
        r" )?(?:executive|agent|rep|employee|staff|officer|engineer|technician)) from (?:service"
        r"|(?:his|her|their) (?:job|post|position|role))\b",
        r"\bout of (?:a|his|her|their) job\b|\b(?:get|be|gets|getting) (?:canned|axed|the sack"
        r"|the boot"
        r"|the chop)\b|\bdeserves? the (?:sack|boot|chop|axe)\b|\bshown the door\b|\bgive (?:him"
        r"|her"
        r"|them) the (?:sack|boot|chop|axe)\b",
        r"\bnever works? (?:in|for) (?:customer service|support|your company|this company|this"
        r" industry|you) again\b",
        r"\b(?:dismissal|termination|suspension|firing|sacking) of (?:the|that|this|your) (?:agent"
        r"|rep"
        r"|employee|staff|executive|engineer|technician|person|officer|lady|guy|man|woman)\b",
        needs=r"\b(?:he|she|him|her|his|they|them|their|staff|agent|rep|employee|executive|person"
        r"|officer|technician|engineer|clerk|lady|guy|man|woman|someone|somebody|whoever"
        r"|responsible"
        r"|concerned)\b",
        unless=r"\b(?:i|we)(?:'ll|'m|'d|'ve| will| would| could| might| may| am| was| were| have)?"
        r" (?:be |get |being |got |been )?(?:let go|fired|sacked|canned|axed|dismissed|disciplined"
        r"|reprimanded|dealt with)\b|\b(?:my|our) (?:salary|pay|wages|bonus|job)\b"
        r"|\b(?:bug|issue|ticket|request|complaint|case|order|problem)s? (?:has|have) been\b",
    ),
    rule(
        "punish_staff",
        "従業員個人の責任追及・処分結果の報告要求（和英）",
        r"責任を(?:問う|問わせ|問いたい|追及|取らせ)|処分(?:の)?(?:結果|内容|有無)(?:を|も)?[^。\n]{0,6}"
        r"(?:報告|教え|知らせ|連絡|公表|開示)",
        r"\b(?:him|her|them|the (?:agent|rep|employee|engineer|person"
        r"|staff member)(?: responsible)?)"
        r" (?:to be |be )?held (?:personally )?accountable\b|\baction (?:will be |has been |is "
        r"|was )?"
        r"taken against (?:him|her|them|the|that|this|your)\b|\b(?:put|placed) (?:him|her|them) on"
        r" probation\b",
        needs=r"担当|社員|店員|スタッフ|オペレーター|従業員|あいつ|そいつ|あの|その|彼|者|個人|本人"
        r"|\b(?:he|she|him|her|they|them|agent|rep|employee|engineer|person|staff|responsible)\b",
        # Negated demands (「責任を問うつもりはありません」, "not asking…") stay clean.
        unless=r"つもりは(?:ない|ありません|ございません)|わけでは|求めて(?:い)?(?:ない|ません)|求めません"
        r"|\bnot (?:asking|looking|trying)\b|\bdon'?t want\b"
        r"|(?:私|僕|俺|自分|わたし|当方|弊社|我々)(?:が|は|も|の)[^。\n]{0,10}責任|御社の責任|貴社の"
        r"責任|会社の責任|法的責任|賠償|弁護士|消費生活|\b(?:company|legal|lawyer|court|regulator)\b",
    ),
)
