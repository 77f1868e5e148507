"""Rules for dogeza — 土下座・過度な謝罪の要求."""

from __future__ import annotations

from worker.scoring.lexicon.common import MASK
from worker.scoring.rules import Rule, rule

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
