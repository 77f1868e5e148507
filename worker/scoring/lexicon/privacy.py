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
