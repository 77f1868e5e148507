"""Rules for exposure_threat — SNS・マスコミでの晒し/誹謗中傷."""

from __future__ import annotations

from worker.scoring.rules import Rule, rule

_MEDIA = (
    r"sns|ツイッター|twitter|\bx\b|インスタ|instagram|tiktok|youtube|ユーチューブ|facebook"
    r"|フェイスブック|ネット"
    r"|インターネット|掲示板|2ch|5ch|ブログ|口コミ|くちコミ|クチコミ|レビュー|星1|星ひとつ"
    r"|グーグルマップ|googleマップ|google"
    r"|マスコミ|メディア|週刊誌|記者|新聞|テレビ|報道|動画|lineグループ|グループ|取引先|関係者"
    r"|業界|知り合い|仲間"
    r"|フォロワー|アカウント|世間|全国|みんな"
)

_POST = (
    r"晒(?:す|して|しま|したる|してやる|すわ|すぞ)|書き込(?:む|んで|みます|ませ|んでやる)"
    r"|書く(?:から|ぞ|わ|つもり|よ)|書きます|書いと(?:く|き)|書いておき|書いておく"
    r"|書いてやる|書いたる|流(?:す|して|しま|したる|しておき)|載せ(?:る|ます|てやる|たる)"
    r"|上げ(?:る|ます|てやる|たる)"
    r"|アップ(?:する|します|してやる)|配信(?:する|します|してやる)|売(?:る|ります|ってやる|りつけ)"
    r"|拡散|公開(?:する|します|させ|してやる|予定)|広め(?:る|ます|てやる)|言いふら"
    r"|言って回|話(?:す|します|してやる|を持ち込)|バラ(?:す|します|したる)|暴露|投稿(?:する|します"
    r"|してやる)|持ち込(?:む|みます)|売り込(?:む|みます|んでやる)"
)

EXPOSURE: tuple[Rule, ...] = (
    rule(
        "exposure_threat",
        "取引先・知人への悪評の流布の予告（英語）",
        r"\btell (?:every|all the) (?:business|company|customer|person|owner|one"
        r"|client)\w*\b[^.]{0,20}"
        r"\b(?:i know|about)\b",
        unless=r"\bsaw\b|\btold\b",
    ),
    rule(
        "exposure_threat",
        "SNS・メディアでの拡散の予告（英語）",
        r"\ball over (?:twitter|x|reddit|facebook|instagram|tiktok|youtube|linkedin|social media"
        r"|the internet"
        r"|the news)\b",
        unless=r"\bsaw\b|\bseen\b|\bwas\b|\bwere\b",
    ),
    rule(
        "exposure_threat",
        "取引先・関係者への悪評の流布の予告",
        r"(?:取引先|関係者|業界|知り合い|仲間|みんな|周り|友人|ママ友)[^。\n]{0,30}"
        r"(?:酷さ|ひどさ|最悪|悪評|悪さ|いい加減さ|ずさんさ|杜撰さ|実態|本性)[^。\n]{0,20}"
        r"(?:伝え|知らせ|広め|話し|言い)",
        r"\beveryone (?:on|at) (?:reddit|twitter|x|facebook|instagram|tiktok|youtube|linkedin)\b"
        r"|\bmake sure (?:everyone|the world|people|the whole \w+) (?:knows|finds out|hears)\b",
        unless=r"(?:伝え|知らせ|話し)(?:ました|た)",
    ),
    rule(
        "exposure_threat",
        "SNS・口コミ・報道等への暴露の予告",
        r"(?:" + _MEDIA + r")[^。\n]{0,60}?(?:" + _POST + r")",
        unless=r"(?:書き|投稿し|載せ|上げ)(?:ました|た(?:が|けど|ので|とおり))|見かけ|つもりは(?:ありません|ない)"
        r"|予定(?:は|が)?(?:あります|ありません)か|(?:ます|可能です)か[?？]?$|でしょうか"
        r"|してもいい|してもよろしい"
        r"|しません|しない(?:ので|から|です)|ポート|サーバ|api|鍵|パスワード|脆弱|ssh|公開鍵"
        r"|リリース|サイトを公開",
    ),
    rule(
        "exposure_threat",
        "晒す・暴露の示唆",
        r"晒(?:す|してやる|したる|すわ|すぞ|しあげ|し者)|言いふらす|言って回る|表に出(?:したくな"
        r"|されたくな|る前に)"
        r"|公(?:表|に)(?:されたくな|したくな)|世間に知(?:られ|れ渡)|(?:全国|世界)に知れ渡"
        r"|記事に(?:なったら|する|してもら)"
        r"|笑い者に(?:して|する)|炎上(?:させ|さす|する(?:ぞ|よ|からな))|星(?:1|一|ひとつ)(?:つけ"
        r"|付け)(?:る|ます|てやる)"
        r"|最低評価(?:を)?(?:つけ|付け|にし)(?:る|ます|てやる)|悪評[^。\n]{0,12}(?:広め|流|立て"
        r"|ばらま)"
        r"|評判を(?:落と|下げ)(?:して|す|したる|してやる)"
        r"|(?:ネット|sns)で叩(?:く|かせ|いてやる)|(?:録音|録画|スクショ|動画)(?:を"
        r"|は)?[^。\n]{0,20}(?:公開|流|上げ|載せ|拡散|ばらま)"
        r"|実名で(?:書|晒|載|公開|投稿)",
        unless=r"晒され|ポート|サーバ|api|鍵|パスワード|脆弱|ssh|インスタンス|外部に晒|マニュアル"
        r"|予定(?:は|が)?(?:あります|ありません)か|(?:ます|可能です)か[?？]?$|でしょうか"
        r"|してもいい",
    ),
    rule(
        "exposure_threat",
        "SNS・レビュー・報道への暴露の予告",
        r"\b(?:post|share|put|publish|tweet|upload|spread|blast|leak"
        r"|plaster)\b[^.!?\n]{0,60}\b(?:on|to|across|all over)\s+"
        r"(?:twitter|x|reddit|facebook|instagram|tiktok|youtube|linkedin|social media|the internet"
        r"|online|my blog"
        r"|google|trustpilot|yelp|the press)",
        r"\b(?:one|1)[- ]star reviews?\b|\b(?:bad|negative|terrible"
        r"|scathing) reviews? (?:everywhere|on)\b"
        r"|\breview[- ]bomb",
        r"\b(?:go|going|talk|speak|tip off) to the (?:press|media|news|newspapers?|journalists?"
        r"|reporters?)\b"
        r"|\bcontact(?:ing)? (?:the )?(?:press|media|journalists?|reporters?)\b"
        r"|\btell (?:all )?my \w*\s?followers\b"
        r"|\bname and shame\b|\bgo viral\b|\bexpose (?:you|your|him|her|them)\b|\bwith (?:his|her"
        r"|their) name and photo",
        r"\b(?:i'?ll|i will|going to|gonna|about to)\b[^.!?]{0,40}\b(?:post|tweet|blog|vlog|write"
        r"|share|spread|publish"
        r"|expose|leak|tag|tell)\b[^.!?]{0,50}\b(?:online|everywhere|everyone|the internet"
        r"|social media|twitter|reddit"
        r"|facebook|instagram|tiktok|youtube|linkedin|my (?:blog|channel|followers|audience"
        r"|subscribers)|reviews?|press"
        r"|media|news)\b|\b\d+k? followers\b|\bthe whole (?:internet|world) (?:will )?know\b"
        r"|\b(?:trash|shame|drag) (?:you|your company|him|her)\b[^.]{0,20}\b(?:online|publicly"
        r"|everywhere)\b|\bdox\w*",
        r"\b(?:his|her|their|the agent'?s?) (?:full )?name\b[^.]{0,40}\b(?:online|public"
        r"|everywhere|on (?:twitter|x|reddit"
        r"|facebook|instagram|tiktok|social media|google|yelp))\b",
        unless=r"\bas i (?:mentioned|said|wrote) in my review\b|\bi (?:left|wrote|posted) a\b"
        r"|\bwon'?t\b|\bnot going to\b"
        r"|\bif (?:i see|you see)|\bsaw\b|\bseen\b|\b(?:can|may) i\b|\bare you planning\b",
    ),
)
