"""Rules for discrimination_sexual — 差別的・性的な言動."""

from __future__ import annotations

from worker.scoring.lexicon.common import OWN, STAFF
from worker.scoring.rules import Rule, rule

DISCRIMINATION: tuple[Rule, ...] = (
    rule(
        "discrimination_sexual",
        "属性を理由にした差別（英語の言い回し）",
        r"\b(?:indian|filipino|chinese|foreign) (?:guy|girl|woman|man|agent|call cent(?:er"
        r"|re))\b[^.]{0,40}"
        r"\b(?:can'?t|couldn'?t|useless|accent)\b|\bpregnant or something\b|\btypical (?:woman"
        r"|female|girl)\b"
        r"|(?:men|women) are (?:better|worse|bad|no good) at\b",
    ),
    rule(
        "discrimination_sexual",
        "性別・国籍・年齢を指定した担当者の選別",
        r"(?:担当|対応|電話|窓口)(?:は|を)?(?:男性|女性|男|女|日本人|若い人|若い子"
        r"|年配の人)(?:の方|の人|スタッフ)?(?:に|で)"
        r"(?:して|お願い|替え|変え|代え)",
        r"(?:日本人|日本の方|男性|女性|男の人|女の人|若い人|若い子|若い女性)(?:の(?:方|人|スタッフ"
        r"|担当(?:者)?))?(?:で|に)"
        r"お願い(?:します|したい|できますか)",
        r"(?:女性|女|男性|男|外国人|外国の方|年寄り|おばさん|おじさん)(?:の(?:方|人|担当"
        r"|スタッフ))?(?:は|じゃ|では)"
        r"(?:なく|やめて|嫌|困る|ちょっと)",
        r"(?:男|男性|女|女性|日本人)(?:の人|の方)?(?:は)?いない(?:の|んですか|のか)",
        r"\b(?:i want|give me|get me|can i (?:get|have)|assign|put|send) (?:a|an) (?:male|female"
        r"|japanese|american"
        r"|white|native|young|younger|older) (?:agent|engineer|rep|person|technician|guy|woman"
        r"|man)\b"
        r"|\bno (?:women|foreigners|old people)\b",
        tag="selects_staff",
        unless=r"話せる|speaking|speaker|言語|英語|language|聴覚|障害(?:が|を)(?:ある|あり|持)|障がい"
        r"|ご本人|お客様ご自身|患者|婦人科|女性特有|更衣|下着|採寸|授乳|ストーカー"
        # A same-sex carer for a body treatment, or a visit to someone home alone, is a stated
        # reason; "if possible" is a preference, not a demand.
        r"|施術|マッサージ|エステ|脱毛|肌を出|肌が出|着替|一人暮らし|ひとり暮らし|できれば"
        r"|可能であれば"
        r"|\bmassage|\bwax|\bif possible\b|\balone\b|\bby myself\b",
    ),
    rule(
        "discrimination_sexual",
        "出身・訛り・容姿を理由にした差別、従業員への性的な関心",
        r"(?:訛り|なまり|方言)(?:が)?(?:気持ち悪|不快|田舎臭|汚)|田舎(?:者|もん)"
        r"|(?:東北|関西|九州|沖縄|北海道|地方)(?:の人|出身の人|出身者)(?:は|って|じゃ)[^。\n]{0,10}"
        r"(?:無理|ダメ|わからない|使えない|遅い)",
        r"(?:あの子|あの人|担当の子|オペレーターの子|店員の子|受付の子)(?:って|は|、)?(?:かわいい"
        r"|可愛い|美人|タイプ|エロ)",
    ),
    rule(
        "discrimination_sexual",
        "属性（性別・国籍・家庭・障害）を理由にした差別",
        r"(?:外人|外国人)(?:ばっかり|ばかり|ばっか|しかいない|だらけ)|(?:まともな|普通の"
        r"|ちゃんとした)日本人(?:は|が)?(?:いない|おらん|を出"
        r"|に)",
        r"(?:独身|子なし|未婚)(?:の)?(?:方|人|スタッフ)?(?:に|へ)(?:替え|代え|変え|して|交代)"
        r"|(?:お子さん|子ども|子供|子持ち)[^。\n]{0,20}(?:休み|休まれ|早退)[^。\n]{0,15}(?:困る"
        r"|迷惑|無理)",
        # 「障害」 alone is usually an outage: only about a person, never a stated reason (…ので).
        r"(?:お前|おまえ|あんた|あなた|担当|こいつ|あいつ|そいつ|頭|脳)[^。\n]{0,8}障害(?:でも|が)?"
        r"(?:(?:ある|持って)(?:の(?:か|[?？])|んか|んじゃ)|あんの)",
        r"(?:女|女性|男|男性)(?:は|って)[^。\n]{0,10}(?:感情的|ヒステリー|論理的じゃない|使えない"
        r"|話にならない)"
        r"|(?:男|女)の(?:上司|人|方|担当|スタッフ)(?:を)?出(?:せ|して)",
    ),
    rule(
        "discrimination_sexual",
        "性別を理由にした能力の否定",
        r"(?:女|女性|女の子|女の人)(?:の方|の担当|のスタッフ)?(?:だから|ですと|だと|じゃ|では|には"
        r"|なんか)[^。\n]{0,25}"
        r"(?:わから|分から|通じ|無理|できな|出来な|任せられ|理解でき|話にならない)",
        r"(?:男性|女性|女の子|女の人|男の人)(?:の)?(?:方|技術者|担当(?:者)?|スタッフ|人|エンジニア"
        r"|社員)?(?:に|へ)(?:担当(?:者)?(?:を|に)?)?(?:代わ|代え|替え|変え|かわ|して|交代)|(?:女|女性)(?:は|じゃ)(?:ダメ|だめ|嫌)"
        r"|(?:男|女)(?:を|の人を)出せ",
        r"\b(?:a|some) (?:woman|girl|lady) (?:can'?t|cannot|doesn'?t|won'?t)\b|\bwomen (?:can'?t"
        r"|don'?t|shouldn'?t)\b"
        r"|\b(?:put|get me|want) a man\b",
        r"女(?:に|なんか)(?:何が|なにが)(?:わかる|分かる)|(?:ゲイ|レズ)(?:かよ|なの|だろ|みたい"
        r"|っぽい)",
        r"\bi (?:don'?t|do not) want (?:a|an|some) (?:woman|girl|lady|female|foreign(?:er)?|indian"
        r"|chinese|filipino|old|older"
        r"|young)\b|\bbecause (?:you'?re|she'?s|he'?s) (?:a woman|a girl|old|foreign"
        r"|a foreigner)\b|\bat (?:your|her|his) age\b"
        r"|\blittle girl\b|\b(?:female|women) (?:agents?|staff|engineers?) (?:can'?t|don'?t"
        r"|are (?:useless|hopeless))\b"
        r"|\b(?:speak|talk) (?:to|with) a man\b|not (?:some )?(?:foreigner|woman|girl)\b"
        r"|(?:real|proper) engineer,? not\b",
        r"(?:女|男)のくせに|女(?:は|なんか)(?:引っ込|黙って)|女性(?:の方)?(?:ではなく"
        r"|じゃなくて)男性|(?:男|女)(?:なの|か)(?:女|男)(?:なの|か)"
        r"|小娘",
    ),
    rule(
        "discrimination_sexual",
        "国籍・出自を理由にした差別",
        r"(?:外国人|外人|中国人|韓国人|朝鮮人|フィリピン人|ベトナム人|インド人"
        r"|黒人)(?:の)?(?:スタッフ|担当|店員|社員|人)?"
        r"(?:だろ|じゃ|では|だから|なんか|は(?:ダメ|だめ|嫌)|ですよね)",
        r"国に帰れ|日本人(?:の)?(?:担当(?:者)?|スタッフ|人|方)?(?:を出せ|に(?:替え|代え|変え|代わ"
        r"|して)|を出して)|支那|チョン|毛唐",
        r"\bforeigners?\b[^.]{0,30}\b(?:can'?t|don'?t|shouldn'?t|useless|stupid)\b"
        r"|\bgo back to (?:your|where)\b"
        # RE2's \b is ASCII: "Japão" must not read as "Jap".
        r"|\b(?:chink|gook|jap|nips?|paki|tranny|faggot)s?\b(?![\u00c0-\u024f])",
        r"(?:どこの国|国籍)[^。\n]{0,8}(?:の人|ですか|だよ|[?？])|片言|カタコト|障害者(?:か|なの"
        r"|みたい)|めくら|つんぼ|かたわ|アスペ"
        r"|発達(?:障害)?(?:か|なの|だろ)|知恵遅れ|在日(?:か|だろ|なの|でしょ|じゃ)|外国(?:の方"
        r"|籍の方)(?:は"
        r"|じゃ|では|だと)",
        r"(?:中国|韓国|朝鮮|ベトナム|フィリピン|インド|ブラジル|アジア)人(?:は|って)(?:みんな"
        r"|全員)?[^。\n]{0,10}"
        r"(?:信用|ダメ|だめ|嘘|いい加減|汚|無理)",
        r"\bsomeone (?:who is )?(?:japanese|american|white|native|local)\b(?! speaker)|\b(?:your"
        r"|that|his|her) "
        r"(?:thick |heavy )?accent\b[^.]{0,30}\b(?:can'?t|understand|annoying|terrible)\b"
        r"|\bgrandpa\b|\bgrandma\b|\bboomer\b",
    ),
    rule(
        "discrimination_sexual",
        "年齢・性自認・妊娠等を理由にした差別",
        r"おばさん|おばちゃん|おっさん|ばばあ|じじい|老害|(?:あの|その|こんな|こいつ|あいつ"
        r"|お前|あんた"
        r"|てめえ)(?:ような|みたいな)?年寄り|(?:若い|若手)(?:子|女の子|人"
        r"|の)(?:に|を)(?:替え|代え|変え|出せ|して)",
        # A bare 年寄り is how elderly writers speak of themselves and their parents
        # (「年寄りの一日」「年寄りの母」); it counts said of staff or of what they can do.
        r"年寄り\s?(?:の)?\s?(?:店員|担当|スタッフ|社員|オペレーター|職員|人)"
        r"|年寄り\s?(?:に|は|なんか|ごとき)[^。\n]{0,20}(?:無理|わかる(?:ん|の)?か|分かる(?:ん"
        r"|の)?か"
        r"|引っ込|辞め|やめ|引退|代わ|替わ|変わ|遅い|出す(?:な|んじゃ)|使えな|いらな|要らな)",
        r"オネエ|おかま|男みたいな女|女みたいな男|おとこおんな",
        r"(?:年配|高齢|年寄り|定年|子持ち|時短|育休明け|ママさん|主婦|おじさん)(?:の)?(?:方|人"
        r"|スタッフ|担当)?(?:は|じゃ|では|だと|には)"
        r"[^。\n]{0,15}(?:無理|ダメ|だめ|わから|分から|遅|できな|話にならない|任せられ|困る|迷惑"
        r"|使えない|すぐ休)",
        r"ハーフ(?:なの|か|でしょ|だろ|[?？])",
        r"(?:妊娠|妊婦|産休|育休|子育て|子持ち|介護)(?:中)?(?:の)?(?:人|方|さん|社員"
        r"|スタッフ)?(?:に|は|を|じゃ|では|なんか|に入)?"
        r"[^。\n]{0,25}(?:迷惑|任せ|外し|困る|困り|無理|ダメ|理解できません|考えられ|非常識|使えない"
        r"|何を考え|ありえな|信じられ)",
        r"\b(?:some|an?) old (?:guy|man|woman|lady|fart|timer)\b|\btoo old to\b|\bsomeone younger\b"
        r"|\b(?:pregnant|maternity)\b[^.]{0,40}\b(?:replace|assign|useless|can'?t|off my)\b",
        needs=STAFF
        + r"|声|電話|担当|替え|代え|出せ|窓口|人にして|方にして|任せ|handling|assign|replace",
        # The writer's own age or family (「おら八十一の年寄りだども」) is no remark about staff.
        unless=r"(?:私|当方|わたし|僕|弊社の|うちの社員)(?:事|は|が|の)?[^。\n]{0,8}(?:育児|育休|産休|介護)"
        r"|(?:私|わたし|わたくし|僕|俺|おれ|おら|わし|うち|当方|自分)[^。\n]{0,16}(?:年寄り|高齢|年配"
        r"|老人|じじい|ばばあ)|(?:年寄り|高齢者?|年配|老人)(?:だ|です|な|の)(?:ども|けど|けれど|から|ので"
        r"|もので|身)|(?:年寄り|老人|じじい|ばばあ)(?:だ|や)と思(?:って|う)",
        scope="message",
    ),
    rule(
        "discrimination_sexual",
        "従業員への性的な関心・誘い",
        r"(?:いい|素敵な|セクシーな)声|美人(?:だ|です|な|さん)|(?:顔|声)が(?:タイプ|好み)"
        r"|タイプ(?:だ|です)(?:ね|よ)|何カップ"
        r"|キス(?:し|させ)|ホテル(?:に)?行こう|一緒に(?:寝|泊ま)|独身(?:ですか|なの|[?？])",
        r"(?:プライベート|個人的)(?:で|に)(?:会|食事|飲み|お茶)|(?:食事|お茶|飲み)(?:でも"
        r"|に)(?:行きませんか|行こう|どう|しませんか|誘)"
        r"|連絡先(?:を)?交換|今度会(?:おう|いましょう|いませんか)|(?:に|と)(?:会いたい|会おう)",
        needs=r"あなた|君|きみ|お前|あの子|その子|さん|ちゃん|担当|スタッフ|オペレーター|声|顔",
        scope="message",
    ),
    rule(
        "discrimination_sexual",
        "性的な言動・要求",
        r"声が?(?:かわいい|可愛い|エロ|色っぽ|セクシー|好み)|かわいい声|(?:声|顔)(?:を"
        r"|が)?(?:聞きたい|見たい)",
        r"若い女の子|(?:あなた|君|きみ|お前|本人|自分)の(?:写真|自撮り|顔写真)|自撮り(?:を)?(?:送"
        r"|くれ|見せ)",
        r"(?:直接|二人(?:きり|で))(?:会って|会おう|会いたい|飲み)|(?:飲み|食事|デート)に(?:行こう"
        r"|誘|付き合)",
        r"スリーサイズ|下着(?:姿|の写真|の色|は何色|見せ|を見せ|つけて|着けて|はいて|履いて)"
        r"|胸(?:が|の)?(?:大き|サイズ)|おっぱい|エッチ|せっくす|セックス"
        r"|彼氏(?:は)?いる",
        r"(?:かわいい|可愛い|若い|美人の)(?:子|女の子|女性|人)(?:に|を)(?:替え|代え|変え|して"
        r"|出して|出せ)|付き合って(?:よ|くれ)"
        r"|(?:スタイル|脚|お尻|尻)(?:が|の)?(?:いい|エロ|きれい|綺麗)|抱か(?:せ|れ)|触(?:らせ"
        r"|りたい)|下ネタ|色っぽ|エロい",
        r"you(?:'re| are) (?:hot|sexy|cute|pretty|beautiful|gorgeous)\b|\b(?:beautiful|sexy|cute"
        r"|lovely) voice\b"
        r"|\bsweetie\b|\bdarling\b|\b(?:dinner|drinks?|a date) with me\b|\byour (?:body|legs"
        r"|figure)\b|\bsleep with\b"
        r"|\b(?:girl|woman|lady) like you\b|\bwhat do you look like\b|\bhow old are you\b"
        r"|\bdo you have a (?:boyfriend"
        r"|girlfriend)\b|\bi'?d love to meet (?:you|her)\b|\bmeet me\b|\bcome to my (?:hotel"
        r"|room)\b|\b(?:pretty|hot) girl\b"
        r"|\bnice body\b|\byou must be (?:pretty|hot|cute)\b|\bbet you look\b|\bkiss\b",
        r"\byou sound (?:cute|sexy|hot|pretty|beautiful|lovely)\b|\bsend (?:me )?(?:a )?(?:photo"
        r"|picture|pic|selfie)s? of "
        r"(?:yourself|you)\b|\bsend me (?:your|a) (?:photo|pic|selfie)\b|\bsexy\b|\bbabe\b"
        r"|\bwhat are you wearing\b"
        r"|\bare you single\b|\bgo out with me\b|\bnudes?\b|\bboobs?\b",
    ),
    rule(
        "discrimination_sexual",
        "従業員の日本語を理由にした差別（客自身の日本語の不自由は除く）",
        r"日本語(?:が|も)?(?:下手|変|おかしい|通じない|不自由|片言)",
        needs=STAFF + r"|担当|替え|代え|出せ|窓口",
        # The customer's own limited Japanese is a reason for a language handler, not an insult.
        unless=r"(?:私|当方|わたし|僕|自分|俺|主人|家内|母|父|両親|家族)(?:は|が|の|も)?[^。\n]{0,6}日本語"
        r"|日本語が(?:下手|不自由|苦手)(?:で|なので|なもので|なため)|すみません|申し訳",
        scope="message",
    ),
)

# After a protected attribute: a member of staff, then a handler choice or an exclusion.
_CHOSEN_STAFF = (
    r"(?:人|籍)?(?:の|な)?(?:方|人|担当者?|スタッフ|技術者|エンジニア|オペレーター|社員)(?:さん)?"
    r"(?:(?:に|を|で|から)[^。\n]{0,6}(?:替え|代え|変え|代わ|替わ|かわっ|担当|対応|お願い|して|出し"
    r"|つけ|付け)|(?:は|だと|では|じゃ)[^。\n]{0,20}(?:外し|外せ|替え|代え|変え|困|不安|無理|嫌|ダメ"
    r"|だめ|任せられ))"
)

DISCRIMINATION_FAMILIES: tuple[Rule, ...] = (
    rule(
        "discrimination_sexual",
        "性別・属性による能力の否定（構造）",
        r"(?:女|女性|女の子|おなご|男|外国人|外人|年寄り|老人)(?:に|が|なんか|なんかに|ごとき)"
        r"(?:[^。\n]{0,15})(?:務まる(?:わけ|はず)|務まら|できる(?:わけ|はず)(?:が)?(?:ない|ねえ)"
        r"|わかる(?:わけ|はず)|分かる(?:わけ|はず))",
        r"(?:子持ち|子育て中|ママ|母親|妊婦|主婦)(?:の)?(?:女|女性|人|社員|スタッフ|担当|店員)?"
        r"(?:は|って|なんか)[^。\n]{0,12}(?:すぐ休|休んでばかり|使えない|迷惑|困る|雇う(?:な|から))",
        r"障害者(?:雇用)?(?:だか|だろうが|なんか|なんて|ごとき)",
        r"(?:ゲイ|レズ|ホモ|オカマ|オネエ|ニューハーフ)(?:かよ|なの|だろ|みたい|っぽ|くさ)",
        r"(?:若くて)?(?:かわいい|可愛い|きれいな|綺麗な|美人の|若い)(?:子|女の子|女性|姉ちゃん"
        r"|ねえちゃん|お姉さん|ねーちゃん)(?:に|を|で)[^。\n]{0,6}(?:(?:担当|対応)(?:して(?:ほしい"
        r"|欲しい|くれ|もらいたい|よ)|させ(?:ろ|て))|替え|代え|変え|出し|出せ|よこせ|来させ)",
        r"\b(?:your|that|his|her) (?:thick |heavy )?accent\b[^.]{0,30}\b(?:disgusting|awful"
        r"|horrible|ridiculous|unbearable|painful)\b",
        r"\b(?:get|give|put|send) me (?:an?|some) (?:american|japanese|white|english|british"
        r"|man|male|guy)\b(?= ?(?:[.!,]|$|on the|agent|rep|person|engineer|technician|instead"
        r"|please))",
        r"\bsweetheart\b(?! deal)|\bsweet ?cheeks\b"
        r"|\bold enough to (?:be doing|do|work|have) (?:this|that"
        r"|a|your) job\b",
        r"生理(?:中|前)?(?:で|なの|なん|か|だろ|でしょ|じゃ)[^。\n]{0,10}(?:イライラ|いらいら|機嫌|怒"
        r"|ヒステリー)|更年期(?:か|なの|だろ|でしょ)",
        r"(?:育休|産休|時短|介護休(?:業|暇)?)(?:なんか|なんて|とか)?(?:取って|とって)(?:る)?場合"
        r"(?:じゃ|では)",
        r"(?:子供|子ども|お子さん|親|家族)が(?:熱|病気|風邪|入院)[^。\n]{0,12}(?:言い訳|理由に(?:な"
        r"|する)|関係ない|知らん|知らない)",
        r"\bare you (?:indian|chinese|filipino|foreign|a foreigner|from india|from the philippines)"
        r"\b[^.?]{0,3}\??\s*(?:put|get|give|transfer) me",
        r"\bon (?:your|her|the rag|your rag) period\b|\bpmsing\b|\bbimbo\b|\bsluts?\b|\bwhores?\b",
        r"(?:日本語|言葉)(?:が|の)?(?:わかる|分かる|通じる|まともな)(?:人|奴|やつ|担当|スタッフ)"
        r"(?:は)?(?:いない|おらん|おらへん)",
        r"(?:男|女)(?:の奴|のやつ|の人間)?(?:に|へ)(?:代われ|替えろ|変えろ|代えろ|かわれ|交代しろ"
        r"|替えて|代わって)",
        r"(?:お)?嬢ちゃん(?:に|には|じゃ|は|さ|よ)",
        r"デート(?:しよう(?!と)|しない[?？]|しませんか|してよ|してくれ|行こう(?!と))",
        r"(?:介護|育児|子育て|子守)(?:で|のため)?(?:休|早退|時短)[^。\n]{0,10}(?:知らん|知らない"
        r"|関係ない|言い訳|甘え|迷惑)",
        r"(?:中国|韓国|朝鮮|外国|アジア|フィリピン|ベトナム|インド|ブラジル|黒|ネパール)人(?:は|って)"
        r"(?:これだから|だから(?:困る|ダメ|だめ))",
        r"(?:外国|外人|名前|片言|訛り|なまり)[^。\n]{0,20}日本語(?:は|、)?(?:大丈夫|わかる|分かる"
        r"|通じる|できる)(?:の|か|ですか)?[?？]",
        r"(?:女|女の子|女性|おなご)(?:なんだから|なんやから|なんやし|なら)[^。\n]{0,15}(?:愛想|笑顔"
        r"|優しく|かわいく|可愛く|お茶|おしとやか)",
        r"(?:若い(?:子|奴|やつ|もん|者)|最近の若(?:い|いもん|者))(?:は|って)(?:これだから|だから"
        r"|使えない|ダメ|だめ)|ゆとり(?:世代)?(?:かよ|だろ|だから|なの|め)",
        r"(?:お母さん|ママ|主婦|母親|子持ち)(?:なんだから|なんやから|だから)[^。\n]{0,15}(?:帰り"
        r"|休み|早退|子供|子ども|家庭)",
        r"(?:女性|男性|女|男|外国人|外国の方|外国籍の方|若い|年配|高齢|年寄り)(?:の)?(?:担当(?:者)?"
        r"|スタッフ|方|人|オペレーター|社員|エンジニア)(?:は|を)(?:外し|外せ|替え|代え|変え|やめ"
        r"|ご遠慮|お断り|ng|無理|嫌|勘弁)",
        unless=r"語(?:が|を)?話せる|speaking|speaker|言語|language|聴覚|障害のある|ご本人|お客様ご自身|患者"
        r"|婦人科|更衣|向け|割引|プラン",
    ),
    rule(
        "discrimination_sexual",
        "属性（性別・年齢・育児・出自・性自認）を理由にした能力の否定や排除（構造）",
        r"(?:女|女性|女の子|おなご|年寄り|お年寄り|高齢者|老人|外国人|外人)(?:に|が)(?:は)?"
        r"[^。\n]{0,15}(?:理解できる|わかる|分かる|できる|務まる)(?:とは(?:到底|とても)?思え"
        r"|わけ(?:が)?(?:ない|ねえ|なかろ|あらへん)|はず(?:が)?(?:ない|ねえ|なかろ))",
        r"(?:年配|高齢|お年寄り|年寄り|おじいちゃん|おばあちゃん)(?:の)?(?:方|人|者)?(?:でしょ|だろ"
        r"|ですよね|やろ|じゃん|みたい|なので|だから|ですから)[^。\n]{0,3}[。、,]?[^。\n]{0,25}"
        r"(?:分から|わから|お分かりになら|ご理解いただけ|理解でき|できない|無理|難し)"
        r"(?:ない)?(?:でしょ|だろ|やろ)",
        r"(?:女|女性|女の子|男|男性|年配|高齢|若い|外国人)(?:の)?(?:担当|担当者|人|方|スタッフ)?"
        r"(?:じゃ|では|だと)(?:話に(?:ならん|ならへん|ならねえ)|あかん|話がわからん|話が分からん)",
        r"(?:男|女|男性|女性|日本人)の(?:技術者|エンジニア|社員|オペレーター|店員|担当者|人|方)(?:を|に)"
        r"(?:出して(?:くれ|よ|ちょう|や|ください)|出せ|代わ|替わ|かわ)",
        r"(?:子持ち|子育て中|ママ|主婦|母親|妊婦|育休明け|時短)(?:さん)?(?:の)?(?:社員|スタッフ|人|女性"
        r"|担当)?"
        r"(?:に|を)[^。\n]{0,10}(?:担当させ|任せ|やらせ|つけ|付け)(?:る|た|て(?:る|い))?(?:から|せい"
        r"|ので|んで)"
        r"|(?:育児|子育て|子供の世話|子どもの世話)(?:して(?:る|いる))?(?:暇|ひま)(?:が)?(?:あったら"
        r"|あるなら|あんなら)",
        r"(?:中国|韓国|朝鮮|外国|アジア|フィリピン|ベトナム|インド|ブラジル|ネパール|在日)(?:の)?"
        r"(?:人|方|人間|奴|やつ)(?:の)?(?:くせに|ごとき|ふぜい|風情|なんかが)",
        r"\b(?:mums?|moms?|mothers|working (?:mums?|moms?|mothers)|old people|older people"
        r"|old folks|foreigners|immigrants|females|pregnant women) (?:shouldn'?t|should not)"
        r" (?:be (?:in|doing|working|allowed)|work)\b"
        r"|\b(?:mums?|moms?|mothers|women|females|foreigners|immigrants|old people)"
        r" (?:don'?t|do not)"
        r" belong (?:in|on)\b|\b(?:have|has) no business (?:being |working )?(?:in|on) (?:tech|it"
        r"|support|engineering|networking|frontline)\b",
        r"\b(?:they/them|pronouns?)\b[^.]{0,60}\b(?:woke|nonsense|garbage|freak|mental illness"
        r"|delusional|ridiculous)\b|\bwoke (?:nonsense|garbage|crap|rubbish|bs|agenda)\b",
        unless=r"語(?:が|を)?話せる|speaking|speaker|言語|language|聴覚|障害のある|ご本人|お客様ご自身"
        r"|患者|婦人科|更衣|向け|割引|プラン|\b(?:my|our) (?:mum|mom|mother|wife|daughter)\b",
    ),
    rule(
        "discrimination_sexual",
        "属性を理由にした排除・黙らせ・性的な服装の要求（構造）",
        r"(?:外人|外国人|外国の人|ガイジン|障害者|障がい者|年寄り|老人|じじい|ジジイ|ばばあ|ババア"
        r"|おばさん|おばはん|おっさん|女|女の子)(?:を|に|は|なんか|なんぞ)?(?:出すな|よこすな|寄こすな"
        r"|雇うな|使うな|電話に出すな|(?:対応|担当)させ(?:る|ん)な)",
        r"(?:年寄り|老人|じじい|ジジイ|ばばあ|ババア|おばさん|おばはん|おっさん|女|外人|障害者)"
        r"(?:は|が|なんか)(?:引っ込んで|黙って|すっこんで|口出す|出しゃばる|出てくる)(?:ろ|いろ|な"
        r"|ください|て)",
        r"日本語(?:も|が)?(?:満足に|まともに|ろくに)?(?:話せ|しゃべれ|喋れ)(?:ない|ん|へん|ねえ)"
        r"(?:外人|外国人|奴|やつ|人間|者)",
        r"スカート(?:を|は)?(?:短く|短い|めく|の中)|胸元(?:を)?(?:開け|見せ)|谷間",
        r"\b(?:some|a|another|an) (?:foreigner|foreign (?:guy|girl|woman|man|person)|indian"
        r"|filipino)\b(?: \w+){0,2} with (?:an|that|a thick|a heavy|a funny) accent\b"
        r"|\b(?:don'?t|do not|won'?t|refuse to) (?:want to )?(?:talk|speak|deal) (?:to"
        r"|with) (?:some"
        r"|a|another|an) (?:foreigner|woman|girl|indian|filipino|immigrant|old (?:man|woman|lady"
        r"|guy))\b",
        r"\bare you (?:even )?a real (?:woman|man|girl|guy)\b|\bare you a (?:man|woman|guy|girl)"
        r" or (?:a )?(?:man|woman|guy|girl|what|something)\b",
        r"\b(?:old|older|elderly) (?:people|folks|timers|ladies|men|women)(?: like you)?"
        r" (?:shouldn'?t|should not|can'?t|don'?t belong)\b",
        unless=r"語(?:が|を)?話せる|speaking|speaker|言語|language|聴覚|ご本人|お客様ご自身|患者|婦人科"
        r"|更衣|向け|割引|プラン|(?:私|僕|俺|自分|わたし|当方)(?:は|が|も)",
    ),
    rule(
        "discrimination_sexual",
        "属性を理由にした見下し・排除（分際・用はない・育児の早退・片言）",
        r"(?:女|男|外人|外国人|年寄り|障害者|子持ち)の(?:分際|くせ)で",
        r"(?:ババア|ばばあ|ジジイ|じじい|おばさん|おばちゃん|おばはん|おっさん|年寄り|老人|女|外人)"
        r"(?:に|には|じゃ)(?:用は|用が|用なんか)(?:ない|ねえ|無い|あらへん)",
        r"(?:子供|子ども|お子さん|育児|子育て|介護|保育園|幼稚園)(?:の)?[^。\n]{0,10}(?:早退|休み|休む"
        r"|時短|遅刻|お迎え|迎え)[^。\n]{0,8}(?:甘え|言い訳|迷惑|ありえない|非常識|ふざけ|関係ない"
        r"|知らん|知らない)",
        r"(?:外国人|外人|外国の人)[^。\n]{0,8}(?:何言って|何を言って|言ってること)[^。\n]{0,6}(?:わから"
        r"|分から)|日本人(?:の)?(?:担当者?|スタッフ|人|方|店員)?(?:を)?(?:出せ|出して|よこせ|に代わ"
        r"|に替え|に代え)",
        r"障害(?:が|を)(?:ある|あんの|持って(?:る|いる))(?:なら|んなら|くせに|のに)[^。\n]{0,6}(?:接客"
        r"|仕事|働く?|電話(?:対応)?|窓口)(?:なんか|なんて)?(?:する|すん|出る|来る)な",
        r"(?:女|女性|女の子|年寄り|外人|外国人)(?:なんか|ごとき|なんぞ)(?:に|が)[^。\n]{0,12}(?:わかる"
        r"|分かる|できる|理解できる|務まる)(?:か|かよ|わけ|もんか|ものか)",
        r"\bnot (?:some|an?|another) (?:indian|filipino|chinese|pakistani|mexican|asian|african"
        r"|foreign) (?:guy|girl|woman|man|person|agent|lady|dude|call cent(?:er|re))\b",
        r"\b(?:stop|quit|don'?t|do not) (?:hiring|employing) (?:foreigners|immigrants|women|girls"
        r"|old"
        r" people|indians|filipinos|disabled people)\b",
        r"\b(?:i'?m|i am|i'?ll|i will) not (?:be )?(?:talking|speaking|dealing) (?:to|with) (?:a"
        r"|some"
        r"|another|an) (?:girl|woman|lady|female|foreigner|indian|filipino)\b",
        unless=r"語(?:が|を)?話せる|speaking|speaker|言語|language|聴覚|ご本人|お客様ご自身|患者|婦人科"
        r"|更衣|向け|割引|プラン|(?:私|僕|俺|自分|わたし|当方)(?:は|が|も|の)",
    ),
    rule(
        "discrimination_sexual",
        "従業員の写真・私的な誘い（構造）",
        r"(?:あの子|その子|担当の子|受付の子|お姉さん|お姉ちゃん|彼女|担当(?:さん|の方)|オペレーター"
        r"(?:さん)?)の(?:写真|自撮り|写メ|水着)(?:を)?[^。\n]{0,4}(?:送|見せ|くれ|ちょうだい|欲しい"
        r"|ほしい)",
        r"(?:姉ちゃん|ねえちゃん|ねーちゃん|お姉さん|お姉ちゃん|お嬢ちゃん)[、,]?[^。\n]{0,4}(?:写真|自撮り"
        r"|写メ)(?:を)?(?:一枚|1枚)?(?:送って|見せて|くれ|ちょうだい|よこせ)",
        r"(?:今夜|今晩|今度の週末|週末|仕事(?:の後|終わり|上がり))(?:は|って)?[^。\n]{0,4}(?:空いて|ひま"
        r"|暇)(?:る|てる|ない|ですか|[?？])",
        needs=r"お姉さん|お姉ちゃん|ねえちゃん|姉ちゃん|さん|ちゃん|君|きみ|担当|あなた|あの子|その子|彼女",
        unless=r"(?:私|僕|俺|自分|わたし|当方|弊社)(?:は|が|も|の)|予約|空き状況|在庫|枠|席|部屋"
        r"|サーバー|回線",
    ),
    rule(
        "discrimination_sexual",
        "属性を理由にした担当者の忌避（健常者・性別・性自認・外見の声）",
        r"健常者(?:の)?(?:方|人|スタッフ|担当者?)?(?:に|で|を)",
        r"(?:女性|女|男性|男|ご年配|年配|高齢|外国籍|外国|障害のある|障がいのある)(?:の)?(?:方|人"
        r"|担当者?|スタッフ)?(?:だと|ですと|では|じゃ)(?:不安|心配|心もとな|頼りな)",
        r"\b(?:transgender|trans|gay|lesbian|queer|immigrant|pregnant|female|foreign)"
        r" (?:people|staff|employees|agents|women|men|folks|workers|reps)\b[^.]{0,10}"
        r"\b(?:should(?:n'?t| not)|must not|can'?t|don'?t belong)\b",
        r"(?:you|she|voice|phone|girl|lady|woman) sound(?:s|ed)? (?:cute|hot|sexy|beautiful"
        r"|gorgeous|pretty(?=[.!,?]|$| on the))",
        unless=r"語(?:が|を)?話せる|speaking|speaker|言語|language|聴覚|ご本人|お客様ご自身|患者|婦人科"
        r"|女性特有|更衣|下着|採寸|授乳|ストーカー|dv|\b(?:it|that|this|plan|idea|offer) sound",
    ),
    rule(
        "discrimination_sexual",
        "属性（性別・年齢・国籍・障害・家庭・方言）を理由に担当者を選ぶ・外す（構造）",
        # One alternative per attribute: a literal start is scanned fast, an alternation is not.
        "|".join(
            attribute + _CHOSEN_STAFF
            for attribute in (
                *(
                    "女性",
                    "男性",
                    "女",
                    "男",
                    "年配",
                    "高齢",
                    "若い",
                    "若手",
                    "外国",
                    "日本人",
                    "韓国",
                ),
                *("中国", "ハーフ", "障害者", "障害のある", "障がいのある", "健常", "独身", "既婚"),
                *(
                    "子供のいない",
                    "子どものいない",
                    "お子さんのいない",
                    "お子さんがいる",
                    "子供がいる",
                ),
                *("子持ちの", "妊娠中の", "妊婦の", "関西弁の", "方言の", "標準語の", "訛りのある"),
            )
        ),
        needs=r"替え|代え|変え|代わ|替わ|かわって|外し|外せ|担当(?:させ|にし|して)|出して|出せ|よこせ"
        r"|つけて|付けて|対応させ|に任せ|任せられ|担当者?(?:を|は)(?:お願い|希望)",
        # Reasons of the customer's own (language, accessibility, intimate products, safety).
        unless=r"私|わたし|当方|本人|自身|(?:日本語|英語|中国語|韓国語|言語|手話)(?:が|を|の|で)?(?:話せ"
        r"|できる|わかる|分かる|対応|通じ)|通訳|聴覚|視覚|車椅子|下着|採寸|婦人科|女性特有|更衣|授乳"
        r"|ストーカー|dv|セクハラ|訪問|自宅|一人暮らし|異性|プラン|向け|でも使え|割引|機種|利用者"
        r"|ユーザー|家族|母|父|祖|娘|息子",
        scope="message",
    ),
    rule(
        "discrimination_sexual",
        "属性を理由にした能力・勤続の否定（結婚・育児・名前・方言・性自認）",
        r"(?:女性|女|年配|高齢|外国人)(?:の)?(?:技術者|エンジニア|担当者?|方|人|スタッフ)(?:さん)?(?:って"
        r"|で|は)(?:大丈夫|平気|できる|わかる|分かる)(?:なん|なの|ですか|か|[?？])",
        r"(?:女性|女|女の子)(?:は|って)(?:どうせ|すぐ)?[^。\n]{0,8}(?:結婚|出産|妊娠)(?:して|したら)?"
        r"[^。\n]{0,4}(?:辞め|やめ|休)",
        r"(?:子供|子ども|お子さん)(?:が|の)[^。\n]{0,12}(?:休まれ|休む|早退|抜けられ)[^。\n]{0,8}(?:困"
        r"|迷惑|ダメ|無理)",
        r"(?:外国人|外国|韓国|中国)(?:の|っぽい)?(?:名前|名字)(?:の)?(?:人|方|担当)?(?:に|は|じゃ|では)"
        r"(?:は)?(?:任せられ|無理|不安|ダメ)|名前からして(?:外国|韓国|中国|日本人じゃ|日本人では)",
        r"障害者(?:でしょ|だろ|ですよね|やろ|っぽい)",
        r"(?:若いの|若い奴|若いやつ|若造|女|年寄り|外人)(?:は|なんか)(?:やめとけ|やめろ|よこすな|いらん"
        r"|いらない|ダメ|だめ)|(?:介護|育児|子育て)(?:して(?:る|いる))?(?:人|方|社員)(?:って|は)"
        r"[^。\n]{0,15}(?:ミス|使えない|ダメ|遅い|休み)",
        r"\b(?:ladies|women|girls|females) (?:are not|aren'?t|don'?t|do not|cannot|can'?t)"
        r" (?:understanding|understand|know|good at|capable)\b|\b(?:r u|rua|are u"
        r"|are you) (?:a )?(?:guy"
        r"|man|boy|girl|woman|lady) or (?:a )?(?:guy|man|boy|girl|woman|lady)\b",
        r"(?:関西弁|方言|訛り|なまり|東北弁|九州弁|田舎)(?:の)?(?:担当者?|人|方|スタッフ|オペレーター)"
        r"(?:は|って|だと|じゃ)[^。\n]{0,8}(?:品がない|下品|嫌|不快|聞き苦し|無理)",
        r"\b(?:gay|lesbian|trans|queer|foreign|indian|filipino)\b[^\n]{0,40}\b(?:normal|real"
        r"|proper) (?:guy|person|man|woman|agent|rep|one)\b",
        r"\b(?:someone|somebody|an? (?:agent|rep|person|engineer)) who (?:isn'?t|is not"
        r"|doesn'?t sound"
        r"|does not sound) (?:foreign|indian|asian|a woman|female|old|chinese|filipino)\b"
        r"|\b(?:don'?t|do not|never) send (?:a|another|some|an) (?:woman|girl|lady|female|foreigner"
        r"|old (?:man|guy|lady|woman))\b",
        unless=r"(?:私|わたし|僕|俺|当方|自分)(?:は|が|も|の)|語(?:が|を)?話せる|speaking|speaker|言語"
        r"|language|聴覚|婦人科|更衣|下着|採寸",
    ),
    rule(
        "discrimination_sexual",
        "障害・出自への蔑称、従業員への求婚・交際の要求",
        r"ガイジ|池沼|キチガイ|きちがい|帰化(?:人|した人)?(?:か|なの|だろ|でしょ|やろ)"
        r"|どもって(?:る|ん)(?:じゃ|の|ぞ|し)|(?:俺|僕|わし|おれ|私)と(?:結婚|付き合)(?:して|しよう|え"
        r"|おう|わない|いません)",
        unless=r"(?:私|わたし|僕|自分|当方)(?:は|が|も)[^。\n]{0,8}(?:吃音|どもり|障害)",
    ),
)

SEXUAL_FAMILIES: tuple[Rule, ...] = (
    rule(
        "discrimination_sexual",
        "性的な誘い・要求、性自認・障害・出自を理由にした言動（構造）",
        r"(?:俺|わし|僕|おれ)の(?:女|彼女|嫁|もの)に(?:なれ|なって|しろ|したる)|抱きたい"
        r"|(?:パンツ|ブラ|下着)(?:の色|何色|は何色)|体で(?:払|返|詫び|償)"
        # 添い寝 asked of staff, not 「添い寝の幼児」 (a child sharing the parents' bed).
        r"|添い寝(?:して|しろ|させ|を(?:お願い|頼|して))",
        r"(?:lgbt|ゲイ|レズ|トランス|同性愛|ホモ|オカマ)(?:とか|なんて|なんか|って)?[^。\n]{0,6}"
        r"(?:気持ち悪|きもい|キモ|病気|異常|ありえない)",
        r"(?:耳|目|足|口)が(?:聞こえ|見え|悪|不自由|利け)(?:ない)?(?:なら|んなら|くせに|のに)[^。\n]{0,10}"
        r"(?:出るな|辞めろ|やめろ|働くな|来るな|引っ込)",
        r"おばはん|くそじじい|くそばばあ|(?:あんた|お前|あなた|担当|君)[^。\n]{0,6}日本人(?:じゃ|では)"
        r"(?:ない|ねえ)(?:でしょ|だろ|よね|の|な)",
        r"\b(?:hey|hi|thanks|thank you|bye),? (?:gorgeous|beautiful|sexy|babe|baby|honey|sweetie"
        r"|darling|doll|sweet ?heart)\b",
        unless=OWN + r"(?:耳|目|足)",
    ),
)

# Asking for a handler by who they are: "put someone normal on", "get me someone who isn't
# Japanese", "a real Japanese person", 「ネイティブに代わって」. Asking for a language the
# customer speaks is a need, not a choice of person (``unless``).
SELECTS_MORE: tuple[Rule, ...] = (
    rule(
        "discrimination_sexual",
        "属性で担当者を選ぶ要求（英語・混在）",
        r"\b(?:put|get|give|send|transfer|connect) (?:me )?(?:through to |me )?(?:a |an |some(?:one"
        r"|body) )?(?:normal|proper|adult|grown[- ]up|white|male|man|bloke)\b(?: \w+)?"
        r" (?:on|person|one|agent|staff|instead)\b",
        r"\b(?:someone|somebody|an? (?:agent|person))(?: who)? (?:isn'?t|is not"
        r"|who'?s not) (?:japanese"
        r"|foreign|asian|indian|filipino|chinese|a woman|a girl|old|disabled)\b|\b(?:speaks?"
        r"|speaking)"
        r" (?:real|proper|normal|actual) (?:japanese|english)\b|\ba real japanese (?:person|agent"
        r"|staff|man|woman)\b|\bdon'?t (?:put|send|give) (?:that|this|the) (?:\w+ )?(?:filipino"
        r"|indian|chinese|korean|vietnamese|foreign|asian|old|young) (?:guy|girl|woman|man|agent"
        r"|person|one)\b",
        r"(?:ネイティブ|日本人|男|女|若い人|年配の人|男性|女性)(?:の人|の方)?に(?:代わ|替わ"
        r"|かわ|変わ)(?:って|れ"
        r"|りなさい)",
        tag="selects_staff",
        unless=r"話せる|言語|聴覚|手話|通訳|\b(?:language|interpreter|sign language|hearing)\b"
        r"|更衣|下着|採寸|施術|婦人科|\b(?:massage|fitting|chaperone|chat ?bot|bot|robot"
        r"|machine|automated)\b",
    ),
)

DISCRIMINATION_FAMILIES = DISCRIMINATION_FAMILIES + SELECTS_MORE
