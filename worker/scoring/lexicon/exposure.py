"""Rules for exposure_threat — SNS・マスコミでの晒し/誹謗中傷."""

from __future__ import annotations

from worker.scoring.rules import Rule, rule

_MEDIA = (
    r"sns|ツイッター|twitter|(?<![a-z0-9_.@/-])x(?![a-z0-9_.@/-])|インスタ|instagram|tiktok|youtube"
    r"|ユーチューブ|facebook"
    r"|フェイスブック|ネット"
    r"|インターネット|掲示板|2ch|5ch|ブログ|口コミ|くちコミ|クチコミ|レビュー|星1|星ひとつ"
    r"|グーグルマップ|googleマップ|google"
    r"|マスコミ|メディア|週刊誌|記者|新聞|テレビ|報道|動画|lineグループ|グループ|取引先|関係者"
    r"|業界|知り合い|仲間"
    r"|フォロワー|アカウント|世間|全国|みんな"
)

_POST = (
    r"晒(?:す|して|しま|したる|してやる|すわ|すぞ|そう|したろ|しちゃる|し上げ)"
    r"|さら(?:す|して|します|したる|してやる|すぞ|すから|すわ|そう|したろ|しちゃる)"
    r"|書き込み(?:を)?(?:する|します|したる|してやる|しま|させ)|書き込(?:もう|んだろ|んどく|んじゃる)"
    r"|書(?:こう|いたろ|いちゃる|いとく|くけん|かせてもら)|流(?:そう|したろ|しちゃる)"
    r"|載せ(?:て(?:やろう|おく|おき|もら|いただ)|たろ|ちゃる|ちゃろ|とく|よう|させ)"
    r"|上げ(?:て(?:やろう|おく|おき)|たろ|ちゃる|とく|よう)|アップ(?:しよう|したる|しとく)"
    r"|(?:公開|投稿|掲載|発信)(?:いた|致)し|(?:公開|投稿|掲載|発信)(?:しよう|したる|させていただ"
    r"|する準備|の準備|する用意|の用意)|(?:掲載|発信)(?:する|します|してやる)"
    r"|ばらま(?:く|きます|いてやる|いたる)|たれ込(?:む|みます|んでやる|んだる)|リーク(?:する|します|してやる)"
    r"|ネタに(?:する|します|してやる|したる|させてもら)|動画に(?:する|します|してやる|したる)"
    r"|書き込(?:む|んで|みます|ませ|んでやる)"
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
        r"|正直に|事実(?:だけ|のみ|どおり|通り)|ありのままの感想|(?:書か|晒さ|載せら|投稿さ"
        r"|上げら|流さ)れ"
        r"|謝罪(?:動画|文|広告|会見)"
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
        r"|謝罪(?:動画|文|広告|会見)"
        r"|予定(?:は|が)?(?:あります|ありません)か|(?:ます|可能です)か[?？]?$|でしょうか"
        r"|してもいい|ても(?:いい|良い|よい|ok|大丈夫|問題(?:ない|ありません)|構わ|かまわ)",
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
        r"\b(?:i'?ll|i will|going to|gonna|about to|i shall|we will|we'?ll|we shall)\b[^.!?]{0,40}"
        r"\b(?:post|tweet|blog|vlog|write"
        r"|share|spread|publish"
        r"|expose|leak|tag|tell)\b[^.!?]{0,90}?\b(?:online|everywhere|everyone|the internet"
        r"|social media|twitter|reddit|whatsapp|telegram|(?:community|local|city|neighbou?rhood"
        r"|parent|mom|mum) groups?|forums?"
        r"|facebook|instagram|tiktok|youtube|linkedin|my (?:blog|channel|followers|audience"
        r"|subscribers)|reviews?|press"
        r"|media|news)\b|\b\d+k? followers\b|\bthe whole (?:internet|world) (?:will )?know\b"
        r"|\b(?:trash|shame|drag) (?:you|your company|him|her)\b[^.]{0,20}\b(?:online|publicly"
        r"|everywhere)\b|\bdox\w*",
        r"\b(?:his|her|their|the agent'?s?) (?:full )?name\b[^.]{0,40}\b(?:online|public"
        r"|everywhere|on (?:twitter|x|reddit"
        r"|facebook|instagram|tiktok|social media|google|yelp))\b",
        unless=r"\bas i (?:mentioned|said|wrote) in my review\b|\bi (?:left|wrote|posted) a\b"
        r"|\bthank|\bpraise|\bcompliment|\bcommend|\bfantastic\b|\bwonderful\b|\bexcellent\b"
        r"|\bwon'?t\b|\bnot going to\b"
        r"|\bif (?:i see|you see)|\bsaw\b|\bseen\b|\b(?:can|may) i\b|\bare you planning\b"
        # The writer's own content and habits ("I share my articles on X every week").
        r"|\b(?:my|our) (?:own |latest |new )?(?:articles?|posts?|content|work|photos?|pictures?"
        r"|videos?|code|projects?|blog posts?|recipes|art|music|newsletters?|podcasts?|streams?)\b"
        r"|\bevery (?:day|week|month|morning|evening)\b|\b(?:usually|regularly|often) (?:post"
        r"|share|tweet|publish)\b",
    ),
)

# The audience a complaint about staff is carried to (a chat group, business partners, followers).
_AUDIENCE = (
    r"取引先|関係者|業界|同業|グループ|団体|協会|組合|商工会|会員|ママ友|sns|ネット|ブログ|フォロワー"
    r"|口コミ|レビュー|知り合い|仲間|みんな|世間|(?<![a-z])line(?![a-z])"
    r"|(?<![a-z0-9_.@/-])x(?![a-z0-9_.@/-])|twitter|インスタ|facebook|youtube|tiktok"
)
_MEDIA_EN = (
    r"twitter|x|reddit|facebook|instagram|tiktok|youtube|linkedin|whatsapp|telegram|social media"
    r"|the internet|google|yelp|trustpilot|the news|the press|my (?:blog|channel)"
)

EXPOSURE_MORE: tuple[Rule, ...] = (
    rule(
        "exposure_threat",
        "担当者の言動を関係者・SNSに広める予告",
        r"(?:担当|スタッフ|社員|オペレーター|店員|実名|氏名|お名前|名前|不誠実|(?:ひど|酷)い対応|対応の"
        r"(?:ひど|酷|悪))[^。\n]{0,25}(?:共有|周知|発信|拡散|公表|シェア|お知らせ)(?:を)?(?:行う|行い|いたし"
        r"|致し|させて(?:もら|いただ)|して(?:おき|やる|やり)|する(?:所存|つもり|予定|から|ね|ぞ|わ|けん)"
        r"|します|しとく|したる|しよう)",
        r"評判(?:が|を)(?:落ちる|下がる|落と|下げ|地に落ち)(?:ような|よう|る)[^。\n]{0,10}(?:書き込|書|投稿"
        r"|口コミ|レビュー|話|広め|流|言いふら)",
        r"(?:上げ|載せ|晒し|さらし|流し|書き込ん|投稿し|拡散し|公開し|アップし|書い)たら[^。\n]{0,6}"
        r"(?:どうなる|楽しみ|面白|見もの|おもしろ|大変な|バズ|炎上|困る|まずい)",
        needs=_AUDIENCE,
        unless=r"社内|部内|チーム内|関係部署|上長|上司に|教えて|でしょうか|ますか|方法|手順|ありがとう"
        r"|おかげ|感謝",
        scope="message",
    ),
    rule(
        "exposure_threat",
        "報道機関への持ち込み・低評価の予告",
        r"(?:マスコミ|週刊誌|テレビ局|新聞社|記者|報道機関|メディア|ワイドショー)(?:に|へ|さん)[^。\n]{0,6}"
        r"(?:連絡|相談|投書|通報|情報提供|たれこみ|タレコミ|持ち込|売り込)",
        r"(?:評価|レビュー|星)(?:を|は)?(?:最低|星1|星一つ|星ひとつ|1|一|ひとつ|ゼロ|0)(?:に|つ)?(?:し|つけ|付け)"
        r"(?:とく|ときます|たる|ちゃる|てやる|よう|ておく|ておきます)",
        r"(?:流れ|広ま|出回|拡散され|知れ渡)(?:たら|ると|れば)[^。\n]{0,10}(?:御社|貴社|おたく|お宅|そちら"
        r"|そっち|会社|担当)[^。\n]{0,6}(?:困|まず|大変|どうな|終わり|信用)",
        unless=r"(?:し|書き|投稿し|つけ|付け)(?:ました|た(?:が|けど|ので))|見かけ|ありがとう|おかげ|感謝"
        r"|取材を受け|掲載され",
    ),
    rule(
        "exposure_threat",
        "報道・SNS・業界団体への暴露の予告（英語）",
        r"\bmake (?:a |an )?(?:tiktok|video|youtube video|reel|thread|vlog|post|podcast episode)"
        r" (?:about|exposing|on) (?:this|you|your|him|her|them)\b|\blet (?:the whole |the entire )?"
        r"(?:internet|world|twitter|reddit|my followers) know\b",
        r"\b(?:lakh of|lakhs of|thousands of|millions of|hundreds of|crore of|crores of)"
        r" (?:people|followers|users|members"
        r"|readers|viewers) (?:will|would|are going to|gonna) (?:see|read|know|hear|watch)\b",
        r"\b(?:writ(?:e|ing)|go(?:ing)?|talk(?:ing)?|send(?:ing)? (?:this|it)|tip(?:ping)? off"
        r"|alert(?:ing)?) (?:to )?(?:the )?(?:\w+ ){0,4}(?:newspapers?|tabloids?|journalists?"
        r"|reporters?|bbc|watchdog|consumer (?:columns?|programmes?|programs?|shows?|pages?)|news"
        r" (?:desk"
        r"|channels?|stations?))\b",
        r"\bnaming (?:the |your |all )?(?:members of (?:your )?staff|staff(?: members)?|employees?"
        r"|agents?|individuals|engineers?|people) (?:involved|responsible)\b",
        r"\b(?:it|this|that|everything|all of (?:it|this)|the (?:\w+ )?(?:recordings?|call|chat"
        r"|video|transcript|emails?|screenshots?|conversation|story|footage))\b (?:goes|will go"
        r"|is going|'s going|gets? posted|will get posted|ends? up|will end up)"
        r"(?: straight| right)?(?: up)? (?:on|onto|to|all over) (?:" + _MEDIA_EN + r")\b",
        r"\b(?:your|ur|the) (?:\w+ )?(?:agent|staff|employee|engineer|rep|manager|executive"
        r"|technician)'?s?'? (?:full )?names?\b[^.!?]{0,60}\b(?:caption|hashtag|(?:in|on) (?:my"
        r" )?(?:post|video|story|thread))\b",
        r"\b(?:share|circulate|forward|distribute|send|spread)\b[^.!?]{0,70}\b(?:with|to) (?:the"
        r" |all |our |every |each )?(?:[\d,]+ )?(?:member (?:firms|companies|businesses"
        r"|organi[sz]ations)|members of (?:our|the|my)|(?:our|my|the) (?:trade|industry|business"
        r"|professional|local) (?:association|body|network|group|forum|chamber))\b",
        unless=r"\bthank|\bpraise|\bcompliment|\bcommend|\bhelpful\b|\bi (?:left|wrote"
        r"|posted|read|saw)\b|\bwon'?t\b|\bnot going to\b|\b(?:can|may) i\b|\bare you\b"
        r"|\bsaw\b|\bseen\b",
    ),
)

# The table the lexicon package imports (it is not edited here): the families above join it.
# Exposure used as leverage: an audience the writer commands (followers, a LINE group of 300, a
# blog's readers, friends at a paper), or reviews by the dozen, held over the company until it
# gives in. An honest review or a complaint to a regulator, stated as a fact, is no threat: the
# leverage (「次第」「嫌なら」"unless", "your call") or 実名 is what makes it one.
_LEVERAGE = (
    r"次第|嫌なら|いやなら|なければ|ないなら|なかったら|へんかったら|ご判断|お任せ|どうされ"
    r"|どうする|かもしれ"
    r"|かもな|いいの|いいんですか|覚悟|考え中|どっち|やめておいて|やめてあげ|書かないで"
    r"|取り下げ|忘れ"
    # 実名, not any name: 「担当の方のお名前も添えて送ってください」 is an ordinary request.
    r"|実名"
    r"|\b(?:unless|if (?:not|i don'?t|my|this|you don'?t)|or (?:else|that'?s what)"
    r"|your call|have a think|reconsider|before you|think (?:carefully|about)|waive|refund"
    r"|one (?:post|message|video|word)|trend|name|how (?:you|your company) treat|forget about)\b"
)
_HONEST = (
    r"消費生活センター|国民生活センター|弁護士|正直な|事実(?:のみ|だけ)|良い口コミ|高評価"
    r"|星5|★5|おすすめ"
    # Asking leave to feature the shop (「ブログに載せてもよろしいでしょうか」) is the opposite.
    r"|(?:て|で)も(?:よろしい|いい|ええ|良い|大丈夫|構いません|かまいません)(?:でしょうか"
    r"|ですか|か)"
    r"|紹介(?:したい|させて)|\b(?:may i|can i (?:post|share|feature|mention)|would it be ok)\b"
    r"|ありがとう|感謝|反映され|表示され|投稿できな|消えて|\b(?:honest|fair|accurate|positive"
    r"|5[- ]star"
    r"|five[- ]star|thank\w*|lawyer|solicitor|ombudsman|regulator|consumer affairs)\b"
)

EXPOSURE_LEVERAGE: tuple[Rule, ...] = (
    rule(
        "exposure_threat",
        "影響力・拡散力を盾にした暴露の予告",
        r"(?:口コミ|くちコミ|レビュー|星\s?(?:1|一|ひとつ)|★\s?1|googleマップ|グーグルマップ"
        r"|食べログ|ブログ"
        r"|note|ニュース|新聞|テレビ|週刊誌|雑誌|業界紙|会報|掲示板|5ちゃん|2ちゃん"
        r"|まとめサイト|lineグループ"
        r"|ライングループ|グループ|ママ友|町内会|商店会|協会|取引先|元請け|tiktok|インスタ"
        r"|youtube|ツイッター)"
        r"[^。\n]{0,25}(?:書(?:く|き|か(?!れ)|こう|いて)|載せ|投稿|共有|報告|知らせ|記事に|取り上げ"
        r"|流(?:す|し)|拡散"
        r"|伝え|扱(?:う|っ)|上げ|貼|スレ(?:を)?立て|出す)",
        r"(?:フォロワー|登録者|読者|メンバー)(?:さん)?(?:が|は|も)?[^。\n]{0,6}(?:(?:\d[\d,.]*"
        r"|[一二三四五六七八九十百千]+)\s?(?:万|千|百)?\s?(?:人|名|世帯|社)|大勢|多い|多く)"
        r"|どう(?:書く|共有する|紹介する|伝える|扱う)か"
        r"(?:は)?[^。\n]{0,12}次第",
        r"(?:新聞|テレビ|週刊誌|雑誌|業界紙|まとめサイト|出版社|編集部|マスコミ|報道)(?:社"
        r"|局)?(?:の)?(?:知り合い"
        r"|知人|友達|友人|記者|幹部|管理人|編集部)(?:に|が|と|とは|も)",
        r"(?:名前|顔写真|顔|実名|フルネーム)[^。\n]{0,15}(?:tiktok|インスタ|sns|ネット"
        r"|ツイッター|youtube"
        r"|グループ|口コミ|レビュー)(?:に|で)[^。\n]{0,6}(?:出す|載せ|晒|上げ|書)|(?:実名"
        r"|名前)入りで",
        # Digits next to letters are read as leetspeak ("40k" → "aok").
        r"\b(?:\d[\d,.]*k?|[\doilzeasbtg,.]{1,5}k|thousands of|hundreds of) (?:followers"
        r"|subscribers|members|readers"
        r"|connections|families|parents|viewers)\b",
        r"\b(?:1|one)[- ]star\b[^.!?]{0,40}\b(?:every|all|each) (?:review )?sites?\b|\bevery review"
        r" site\b|\bpeople at the (?:local )?(?:paper|newspaper|news desk|tv station)\b",
        r"\b(?:face|name|photo|picture)s? (?:goes|go|will go|on|up on)\b[^.!?]{0,15}\b(?:tiktok"
        r"|instagram|facebook|twitter|youtube|reddit|online|the internet)\b",
        r"\bforward(?:ing)? (?:this|the|it)\b[^.!?]{0,30}\bto (?:all|every|my \d[\d,]*|your"
        r" (?:biggest|business|partners|clients|customers))",
        needs=_LEVERAGE,
        unless=_HONEST,
        scope="message",
    ),
)

EXPOSURE_LEVERAGE_MORE: tuple[Rule, ...] = (
    rule(
        "exposure_threat",
        "公開・共有をほのめかして対応を迫る",
        r"(?:共有|公開|投稿|拡散|報告|お伝え|回覧)(?:する|しておく)?(?:か"
        r"|かどうか)(?:は)?[^。\n]{0,12}次第",
        r"どこに(?:出す|載せる|上げる|投稿する|流す|出そう)か(?:考え中|検討中|迷って|考えて"
        r"|悩んで)",
        r"(?:記者|ライター|記事を書く仕事|編集者|ネットニュース)(?:を|で|の|として)?(?:して"
        r"|やって|働い|仕事)",
        r"\b(?:your|her|his) (?:name|photo|picture|face)\b[^.!?]{0,60}\b(?:every platform|all over"
        r" the internet|going up|goes up|will be up|posted everywhere)\b",
        needs=_LEVERAGE + r"|回覧板|オープンチャット|チャット|グループ|広報|スポンサー|ネット|sns"
        r"|\b(?:platform|search|online)\b",
        unless=_HONEST,
        scope="message",
    ),
)

EXPOSURE_LEVERAGE_MORE += (
    rule(
        "exposure_threat",
        "担当者の名前を添えて広めると迫る",
        r"(?:お名前|名前|実名|フルネーム)(?:も)?(?:つき|付き|入り|を添えて|も添えて|添えて)",
        # Only as leverage: 「お名前も添えて送ってください」 is an ordinary request.
        needs=r"次第|なければ|ないなら|なかったら|嫌なら|いやなら|によっては|どうされ|ましょうか",
        unless=_HONEST,
        scope="message",
    ),
)

EXPOSURE = EXPOSURE + EXPOSURE_MORE + EXPOSURE_LEVERAGE + EXPOSURE_LEVERAGE_MORE
