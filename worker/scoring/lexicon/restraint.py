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
