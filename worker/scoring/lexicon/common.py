"""Fragments several categories share: masking characters, staff references, the writer."""

from __future__ import annotations

MASK = r"[○〇●◯×✕*＊]"

# Someone at the company, as a customer refers to them (for person-directed conduct).
STAFF = (
    r"担当|スタッフ|社員|店員|従業員|オペレーター|窓口の|サポートの(?:人|方|子)|電話(?:に出た|口の)"
    r"|あの(?:人|子|方|女|男)|その(?:人|子|方)|さっきの|前回の|今日の|あいつ|そいつ|こいつ"
    r"|あなた|あんた|お前|おまえ|君|きみ|彼女|彼|(?<![子母父客奥皆様っばじ])さん|くん|ちゃん|係の"
    r"|\b(?:he|she|him|her|his|your (?:agent|rep|staff|support|engineer|employee|tech|guy|girl"
    r"|person)"
    r"|the (?:agent|rep|guy|girl|woman|man|person|engineer)|[a-z]+'s)\b"
)

OWN = r"(?:私|わたし|僕|ぼく|自分|俺|当方|弊社|うち)(?:の|が|も|は)?"

# The writer calling *themselves* names (「私が馬鹿でした」「自分ほんとアホやな」): no insult.
SELF_INSULT = (
    r"(?:私|わたし|あたし|僕|ぼく|俺|おれ|自分|わし|うち)(?:が|は|も|って)?[、\s]{0,2}(?:本当に|ほんと(?:に)?"
    r"|まじで|マジで)?[、\s]{0,2}(?:ばか|馬鹿|あほ|阿呆|無能|くず|クズ|間抜け|まぬけ|ポンコツ|ぽんこつ)"
)
