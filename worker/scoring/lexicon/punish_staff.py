"""Rules for punish_staff — 従業員の処罰要求."""

from __future__ import annotations

from worker.scoring.rules import Rule, rule

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
