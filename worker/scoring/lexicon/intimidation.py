"""Rules for intimidation — 威圧・権威の誇示."""

from __future__ import annotations

from worker.scoring.rules import Rule, rule

INTIMIDATION: tuple[Rule, ...] = (
    rule(
        "intimidation",
        "威圧（英語の言い回し）",
        r"\bdon'?t you know who\b|\bi'?ll have your job\b|\bi'?ll make sure you (?:get fired"
        r"|lose your job"
        r"|never work)\b|\bwatch your tone\b|\bwho do you think you'?re talking to\b",
    ),
    rule(
        "intimidation",
        "商売への圧力・立場の誇示",
        r"(?:商売|仕事|営業)(?:が|を)?できなく(?:して|したる|させ)|業界(?:に|で)いられなく",
        r"(?:私|俺|わし|僕)(?:が|を)誰か(?:分か|わか|ご存(?:じ|知)|知って)",
    ),
    rule(
        "intimidation",
        "結果をちらつかせる威圧（英語）",
        r"\bface the consequences\b|\bor (?:there will be|you'?ll face) consequences\b"
        r"|\blisten carefully\b",
        tag="menace",
    ),
    rule(
        "intimidation",
        "権力者との繋がりの誇示（英語）",
        r"\bon speed dial\b|\bpoliticians?\b[^.]{0,30}\b(?:friends?|know|call|contacts?)\b"
        r"|\bdo the math\b",
    ),
    rule(
        "intimidation",
        "怒声・呼び出しによる威圧",
        r"大声(?:を)?出す(?:ぞ|からな)|怒鳴(?:り込む|り込んで|る)(?:ぞ|からな)",
        r"(?:社長|上司|責任者|部長|課長|店長|上の(?:者|人|人間))(?:を)?(?:今すぐ)?(?:呼んで"
        r"|連れて)(?:来い|こい|きて|来なさい)",
    ),
    rule(
        "intimidation",
        "経営者との関係をちらつかせる圧力",
        r"\b(?:friends?|golf|first[- ]name terms|dinner|close)\b[^.]{0,20}\bwith your (?:ceo"
        r"|chairman|president"
        r"|boss|owner|founder|director)\b",
    ),
    rule(
        "intimidation",
        "地位・立場を振りかざす威圧",
        r"(?:俺|私|わし|わたし|僕|こっち)(?:様)?(?:を|が)誰(?:だ|や|じゃ)と(?:思|おも)(?:っ|と|う|い|て)|誰に(?:向かって"
        r"|口きいて)",
        r"(?:お)?客(?:様)?は神様(?!(?:という|って|とは|じゃ|では))|こっちは客だ|客だぞ"
        r"|客に向かって|(?:客|お客様)を(?:なめ|舐め"
        r"|馬鹿に|ばかに)|誰のおかげで",
        r"(?:なめ|舐め)(?:てん|てる)(?:の|じゃ)|(?:なめ|舐め)(?:んな|るな|んじゃねえ)"
        r"|(?:お前らの|あんたらの)?給料(?:は)?(?:誰が|俺たちが|こっちが|客が)払って|誰の(?:金"
        r"|おかげ)で(?:食って|飯|給料)",
        r"\bi pay your salar(?:y|ies)\b|\bwe pay your salar(?:y|ies)\b|\bdo you know how much (?:i"
        r"|we) pay\b"
        r"|\bas a (?:premium|vip|enterprise|platinum|major) (?:customer|client)\b[^.]{0,20}\b(?:i"
        r"|we) (?:demand|expect|deserve)\b"
        r"|\bi(?:'m| am) (?:a|your) (?:biggest|largest|most important) (?:customer|client)\b",
        r"(?:私|俺|わし|こっち|当方|うち|弊社|我々)は[^。\n]{0,12}(?:株主|社長|役員|議員|大口|vip"
        r"|上場企業"
        r"|会長|大手)[^。\n]{0,8}(?:ぞ|ですよ|からな|んだよ|お忘れなく)",
        r"\bdo you know who i am\b|\byou (?:have no idea|don'?t know) who you(?:'re"
        r"| are) (?:dealing|talking) with",
    ),
    rule(
        "intimidation",
        "上位者を出せという圧力",
        r"(?:社長|上司|上の(?:者|人|やつ|人間)|(?<![以])上|責任者|部長|課長|店長|役員|偉い(?:人"
        r"|やつ|奴)|トップ|代表"
        r"|支店長|(?:部長|課長)以上の(?:方|者|人))(?:を|に|と)?(?:今すぐ|すぐ|さっさと"
        r"|早く)?(?:電話口に)?"
        r"(?:出せ|だせ|呼べ|連れて(?:来|こ)い|代われ|かわれ|出しやがれ|出てこい|出てこいや"
        r"|出しなさい|呼んでこい"
        r"|連れてきなさい|出て来い)",
        r"(?:今すぐ|すぐに)[^。\n]{0,6}(?:電話口に)?出して(?:ください|くれ)",
        r"(?:お前|あんた|あなた|貴方|おまえ)(?:のような|みたいな)?(?:一般社員|下っ端|平社員"
        r"|担当者?)?(?:じゃ|では)"
        r"(?:話にならん|話にならない|埒が明か|埒があか|らちがあか)",
        r"下っ端(?:と|に|じゃ|では|なんか)|\bget me your (?:director|manager|boss|ceo|supervisor"
        r"|superior)"
        r"|\bput (?:a|your) (?:manager|supervisor|director|boss) on the (?:phone|line)",
    ),
    rule(
        "intimidation",
        "含みのある脅し・威圧",
        r"(?:どうなるか|この意味|その意味|意味)(?:は|が|を)?(?:わかって|分かって|おわかり|お分かり"
        r"|よく(?:お)?考え)",
        r"わかって(?:ん|る)(?:の|よな|んだろうな)|分かって(?:ん|る)(?:の|よな)|わかってるのか"
        r"|分かってるのか",
        r"何を言って(?:い)?るか(?:わか|分か|おわか)|覚えとけ|覚えておけ|覚えてろ|逃げる(?:な"
        r"|んじゃねえ)よ|逃げんなよ",
        r"後悔(?:する|します|させ)(?:ことになる|ぞ|よ|からな|ますよ)|容赦(?:しない|しません"
        r"|せん)(?:ぞ|から|よ)?"
        r"|黙って(?:いない|いません|ないぞ|ないからな)|このまま(?:で)?(?:済む|終わる)と思う"
        r"|泣きを見る|こっちにも考えがある"
        r"|わかってますよね|察して(?:ください|くれ|ほしい)|言わなくても(?:わかる|分かる)"
        r"|(?<!時間は)覚悟(?:しておけ|しとけ|しろ|しておいてください|してください)",
        r"\byou don'?t want to (?:test|mess with|cross|find out)\b"
        r"|\bthink (?:very )?carefully about how you\b"
        r"|\bhe will hear about (?:it|this)\b|\bor else\b"
        r"|\bi(?: am|'m) not asking\b(?! (?:for|about|you to|that|much|a lot|any))"
        r"|\bdo as i say\b"
        r"|\byou(?:'ll| will) (?:be sorry|regret)\b|\bwatch yourself\b|\byou have no idea what i\b"
        r"|\b(?:last|final) warning\b|\bi'?m warning you\b|\bdon'?t test me\b|\bthink twice\b",
        tag="menace",
    ),
    rule(
        "intimidation",
        "高圧的な命令・責任の押し付け",
        r"(?:俺|わし|私)の言う(?:とおり|通り)に(?:しろ|せえ|しなさい)|本気だ(?:という"
        r"|って)ことを忘れる?な",
        r"(?:お前ら|お前|あんた|御社|おたく)の(?:会社)?(?:は|も)?終わり(?:だ|だぞ|だからな)"
        r"|(?:会社|お前ら)(?:ごと)?潰(?:す|してやる|したる)",
        r"(?:いい|通る|許される)と思って(?:ん|る)の?か|(?:いい|通る|許される)と思うな",
        r"(?:全部|すべて)?(?:お前|あんた|あなた)(?:一人)?の責任(?:だ|だからな|になる)"
        r"|(?:一人で)?責任(?:を)?取れるのか",
    ),
    rule(
        "intimidation",
        "人脈・権力をちらつかせる圧力",
        r"(?:議員|警察|役員|社長|銀行|記者|顧問|国会|県議|市議|幹部|官僚|組長)[^。\n]{0,8}(?:と"
        r"|とも|に)?(?:も)?"
        r"(?:懇意|知り合い|知人|親しい|繋がり|つながり|友達|友人|顔が利く)",
        r"元(?:警察官|刑事|警官|検事)|(?:私|俺|わし|僕)の(?:父|親|叔父|兄|知人|友人"
        r"|親戚)は[^。\n]{0,20}(?:役員|社長|議員|警察|幹部|官僚)",
        r"(?:俺|私|わし)には[^。\n]{0,10}(?:力|権力|影響力|コネ)が(?:ある|あります)",
        r"一声かければ|一言(?:いえば|言えば)|調べが入る|議会で取り上げ|大口(?:の)?(?:顧客|客"
        r"|取引先)であること",
        r"\bi sit on the board\b|\bi am the (?:cfo|ceo|president|chairman|director) of\b"
        r"|\b(?:personal )?friend of your "
        r"(?:ceo|president|chairman|director|boss|owner|founder)\b|\bi know your (?:ceo|boss|owner"
        r"|president)\b"
        r"|\bone (?:call|word) from me\b|\bi know people (?:at|in|who)\b"
        r"|\bi have (?:a lot of )?(?:influence|connections)\b"
        r"|\bi(?:'m| am) a (?:vip|major shareholder|shareholder)\b|\bdo you have any idea who\b"
        r"|\byou work for me\b",
    ),
)

INTIMIDATION_FAMILIES: tuple[Rule, ...] = (
    rule(
        "intimidation",
        "立場・身分を振りかざす叱責",
        r"立場を?(?:わきまえ|弁え)(?:ろ|なさい|ろよ|や|ぇ|え)|身の程(?:を)?(?:知れ|わきまえ|弁え)"
        r"|(?:サポート|担当|店員|社員|オペレーター|下っ端|平社員|窓口)(?:ごとき|風情|の分際)"
        r"|分際で|何様(?:の)?(?:つもり|だと思|やと思)|口答え(?:する|すんな|するな)",
        r"口の(?:利き|きき|聞き)方(?:に|を)?(?:気をつけ|気を付け|考え|わきまえ|弁え)"
        r"|口の(?:利き|きき|聞き)方(?:が|も)?(?:なって(?:ない|ねえ|へん|ねー)|知らん)",
        r"誰に(?:物|もの)(?:を)?(?:言|い)(?:う|っと|って)|(?:客|お客|こっち)に(?:逆ら|楯突|盾突"
        r"|たてつ|口答え)|いい度胸(?:だ|して|しとる|しとん|やな|じゃ)",
        r"(?:お)?客(?:様)?(?:なん)?(?:だぞ|やぞ|じゃぞ|だからな|やからな|だろうが|やろが)",
        r"\bknow your place\b|\bwatch (?:how|what) you (?:say|speak|talk)|\bwatch your (?:mouth"
        r"|language|attitude)\b",
        r"(?:おい|おら|ごら|こら)[、,!！\s]*(?:こら|ごら|お前|おまえ|てめ|聞いて|聞いと|なめ|舐め"
        r"|ふざけ|出てこい|答えろ)",
        r"(?:どれだけ|いくら|何年|どんだけ)[^。\n]{0,15}(?:発注|払って|取引|使って|買って|お金を落と"
        r"|金を落と)(?:して|し)?(?:る|いる|きた|やってる|とる)と思って",
        r"(?:業界|この辺|地元|界隈)(?:で|では|じゃ)[^。\n]{0,6}(?:顔が(?:広|利)|名が通って)",
        r"上等(?:じゃねえか|じゃねーか|やないか|じゃないか|だこら|だよ|やんけ)",
        r"(?:なめ|舐め)(?:とん|とる|くさって|腐って)(?:の|のか|か|じゃ|ちゃう|んか)?"
        r"|(?:なめ|舐め)た(?:真似|まね|口|態度)",
        r"わかっ(?:とん|とる)(?:の(?:か)?|んか|か)(?:[、。!！?？\s]|$)|わかっとう(?:と)?(?:や|か)"
        r"(?:[、。!！?？\s]|$)|(?:こっち|こちら|わし|俺|うち)(?:も|は)本気(?:だ|や|じゃ)(?:ぞ|で|からな"
        r"|けん)",
        r"(?:元|現役の?)?(?:ヤクザ|やくざ|暴力団|組員|極道|反社)(?:だ|や|じゃ)(?:ぞ|で|からな|けん)"
        r"|(?:ヤクザ|やくざ|暴力団|組|極道)(?:に|の)(?:知り合い|友達|知人|兄貴)",
        r"(?:あなた|お前|あんた|担当|君|おまえ|そいつ|あいつ)(?:の)?(?:首|クビ|くび)(?:が|も)?(?:飛|危な"
        r"|危う|ない)",
        r"\b(?:picked|chose) the wrong (?:customer|person|guy|client|company) to\b|\bwho pays"
        r" (?:your|the) (?:salar(?:y|ies)|wages|paycheck)\b",
        r"\bdeal with (?:you|him|her|them) (?:personally|myself)\b|\bdo (?:exactly )?(?:what|as) i"
        r" (?:say|tell you)\b",
        r"\bsay (?:that|it) to my face\b|\bi (?:will|'ll|am going to|'m going to) (?:ruin|destroy"
        r"|bury|crush) (?:you|him|her|your (?:company|business|career|life|reputation))\b",
    ),
    rule(
        "intimidation",
        "影響力・人脈による威圧",
        r"(?:私|俺|わし|僕|わたし|こっち|うち)(?:の)?(?:一言|一声|一存|鶴の一声)で[^。\n]{0,20}(?:潰|飛ば"
        r"|終わ|どうにでも|決ま|クビ|切れ)",
        r"(?:会社|お前ら|おたく|御社|お宅|あんたら)(?:なんて|なんか|くらい|ぐらい|ごとき)[^。\n]{0,12}"
        r"(?:潰せ|潰す|潰したる|飛ばせ|どうにでも)",
        r"(?:取締役|会長|専務|常務|頭取|重役|社長|役員|本部長|支社長)(?:さん)?(?:と|とは)[^。\n]{0,8}"
        r"(?:古い付き合い|長い付き合い|付き合いが|仲間|旧友|同級生|幼なじみ|同期|飲み友達|ゴルフ)",
        r"\b(?:clearly |obviously )?(?:don'?t|do not) (?:understand|reali[sz]e|know) who you(?:'re"
        r"| are) (?:dealing|talking|messing) with\b|\bhow important i am\b",
        r"\b(?:could|can|would) buy your (?:company|business|firm)\b(?!'s)"
        r"|\bi'?ve (?:had|gotten|got) (?:people|staff|agents|managers|employees) fired\b",
        r"\b(?:friends?|golf|dinner|close)\b[^.]{0,20}\bwith your (?:\w+ )?(?:ceo|chairman"
        r"|president|boss|owner|founder|director|vp|vice president)\b",
        r"\bthink (?:very )?(?:hard|twice|carefully) before you (?:say|answer|refuse|reply)\b",
        r"(?:取引先|大口|株主|顧客|お客|客|発注元|元請|スポンサー)(?:様)?(?:である|だという|だって"
        r"|なの|な)(?:こと)?(?:を|は)?[^。\n]{0,4}(?:お忘れ(?:なく|にならない)|忘れ(?:ないで|るな|んな"
        r"|ない(?:よう|ように)))",
        r"(?:私|俺|わし|僕|こっち|当方|弊社)の立場(?:が|を)?(?:わかって|分かって|理解して|おわかり"
        r"|お分かり)(?:ますか|いますか|んの|るのか|んのか|いない|ない(?:よう|な))",
        r"調子(?:に)?(?:乗る|のる|乗ん|のん)(?:な|じゃね)|調子こいて|図に乗る(?:な|んじゃ)",
        r"\b(?:do|did) you (?:even )?(?:realize|realise|know|understand) who (?:you(?:'re| are)"
        r"|i am)\b",
        r"\byou(?:'d| had) better (?:be (?:very )?careful|watch (?:it|yourself|out)|pray|hope)\b",
        r"\bmake (?:your|his|her|their) (?:life|lives|job|day) (?:very |really )?(?:difficult|hell"
        r"|miserable|hard)\b|\bdon'?t make me (?:come|call|go) (?:down|over|there|up)\b",
        r"\b(?:don'?t|won'?t|never) last (?:long )?in this (?:industry|business|job|town)\b",
    ),
    rule(
        "intimidation",
        "怒らせた結果をちらつかせる威圧",
        r"怒らせ(?:たら|ると|れば)[^。\n]{0,10}(?:どうなるか|怖い|こわい|後悔)|思い知らせ(?:て|た)"
        r"(?:やる|たる|る)|身をもって(?:教え|わから|分から)(?:せ|て)(?:てやる|たる|やる)",
        r"怒らせ(?:ない|ん|へん)(?:ほう|方)が(?:いい|ええ|よか|身のため)|(?:こちら|当方|こっち|うち"
        r"|わし)(?:にも|も|にだって)[^。\n]{0,4}(?:考え|やり方|手段)が(?:ある|あります|ござい)",
        r"(?:名前|顔|声)(?:は|を|、)?(?:しっかり|ちゃんと|よく)?(?:覚え|控え)(?:た|ました|とった"
        r"|といた|ておいた)(?:からな|からね|ぞ|で|けんな|ですからね)",
        r"(?:どうなるか|何が起こるか|何が起きるか)[^。\n]{0,10}(?:楽しみに|覚悟)",
        r"(?:私|俺|わし|僕|こっち|当方)を敵に回(?:す|したら|すと)[^。\n]{0,8}(?:怖|後悔|どうなるか"
        r"|知らん|知らない|ただじゃ)",
        r"(?:あなた|お前|あんた|君|担当(?:者)?)の(?:人生|キャリア|将来)(?:を)?(?:終わら|潰|めちゃくちゃ"
        r"|台無し)",
        r"\b(?:i (?:can|could|will)|i'll|one (?:email|call|word) from me (?:can|could|will))"
        r" (?:end|ruin|destroy) (?:your|his|her) (?:career|life|reputation)\b",
        r"\byou don'?t want me as (?:an |your )?enemy\b|\bi know people\s*[.!]",
        r"(?:しかるべき|然るべき|その)筋(?:の(?:人|者|方|人間|連中))?(?:に|と|から|も|を)",
        r"(?:本社|事務所|会社|店|オフィス|窓口|そっち|そちら|支店)(?:に|へ|まで)(?:今から|直接)?"
        r"(?:乗り込|怒鳴り込|殴り込)(?:む|んで|みに|んだる|んでやる)",
        tag="menace",
    ),
)

INTIMIDATION_MORE: tuple[Rule, ...] = (
    rule(
        "intimidation",
        "身分・立場を振りかざす威圧（断定・方言）",
        r"(?:私|俺|おれ|わし|僕|当方|こちら|こっち|おら)は[^。\n]{0,25}(?:役員|社長|会長|理事|議員"
        r"|部長|重役|取締役|顧問|院長|町内会長|組合長|幹部|社外取締役)(?:を)?(?:務め|やっ|して|しと|勤め)"
        r"(?:た|ている|とる|てる|ておる|とった|ていた|てきた)(?:人間|者|もの|身)(?:だ(?!が|けど|けれど)"
        r"|や(?!けど)|じゃ|なんだ|なんや|ですよ|ですからね|だぞ|やぞ)",
        r"(?:会長|社長|理事長?|議員|役員|町内会長|組合長|院長|顧問|取締役|支店長)(?:様|さん)?(?:なん)?"
        r"(?:だ|や|じゃ)(?:ぞ|からな|けん(?:ね|な)?|ど)(?:[、。!！?？\s]|$)",
        r"(?:あなた|あんた|君|きみ|お前|おまえ|そちら|そっち|御社|おたく|貴社)(?:方|ら|たち|達)?(?:が"
        r"|は|に)[^。\n]{0,12}(?:判断|意見|口出し|指図|反論|説教|口答え)(?:する|できる|を言う|される)?"
        r"立場(?:に|じゃ|では)?(?:は|も)?(?:ない|ありません|ねえ|ございません|なかろう)",
        r"(?:あなた|あんた|君|きみ|お前|おまえ)(?:ごとき|如き|ふぜい|風情)",
        r"誰(?:に|さ)(?:物|もの)(?:を)?(?:言|い)(?:う|っと|って|っで)|(?:俺|わし|おら|おれ|私|客)(?:に"
        r"|さ)(?:逆ら|楯突|盾突|たてつ)",
        r"(?:俺|私|わし|おれ|おら|僕|当方|こっち|こちら)の言う(?:とおり|通り)(?:に|の)[^。\n]{0,12}"
        r"(?:しろ|せえ|せぇ|しなさい|せよ|直せ|直す|やれ|動け|させろ|来させ|来い|それ以外|以外は|従え"
        r"|しとけ|しておけ)",
        r"(?:会社|店|お前ら|おたく|御社|お宅|あんたら|業者|貴社)(?:の)?(?:一つや二つ|ひとつやふたつ"
        r"|一つ二つ|1つや2つ|みたいな[^。\n]{0,8}|なんて|なんか|くらい|ぐらい|ごとき|程度)[^。\n]{0,14}"
        r"(?:潰せ|潰す|潰したる|潰してやる|ひねり潰|飛ばせ|どうにでも(?:でき|な))",
        r"(?:社長|上司|上の(?:者|人|もん|やつ|人間)|責任者|店長|部長|課長|偉い(?:人|さん|やつ|奴|もん))"
        r"(?:を|ば)?(?:今すぐ|すぐ|はよ|早う|さっさと)?(?:出さんか|出さんかい|出しや(?:がれ)?|出せや"
        r"|出さんね|呼ばんか|呼べや|出してこい|出てこんか|連れてこんか|出しぃ)",
        unless=r"(?:したら|した(?:ところ|ら|のに|が)|しました|でした|なりました)|ありがとう|おかげ",
    ),
    rule(
        "intimidation",
        "上位者への取り次ぎ・支払いを盾にした威圧",
        r"(?:社長|上司|上の(?:者|人|もん)|責任者|店長|部長|課長|偉い(?:人|さん)|トップ)(?:と|に)(?:直接)?"
        r"(?:話を?|話し)?(?:させろ|させんか|させや|つなげ(?:ろ|や)?|繋げ(?:ろ|や)?|回せ|代われ|かわれ)"
        r"(?![ばてる])",
        r"(?:客|お客|お客様|消費者|ユーザー|こっち|こちら)(?:を|のこと(?:を)?)(?:なんだと|何だと)(?:思|おも)"
        r"(?:って|っと|う)",
        r"(?:金|お金|料金|代金|給料)(?:を)?(?:払って(?:る|いる|やってる|やっとる)|出して(?:る|いる))(?:の)?"
        r"(?:は|が)(?:こっち|こちら|俺|私|わし|客|うち)(?:だ|や|じゃ|です)?(?:ぞ|ろ|ろう|からな|よ|で)",
        r"(?<![ぁ-ゖ一-龥ー])(?:ごら|こら|おら)(?:ぁ|ー)+(?:[!！、。\s]|$)",
        r"\bi pay (?:your|ur) (?:salary|salaries|wages|bills|paycheck)\b|\bmy money pays\b"
        r"|\bdo (?:what|as) (?:you'?re|you are|ur|u r) told\b",
        unless=r"\bplease\b|\bpls\b|\bplz\b|\bcould you\b|\bwould you\b|\bkindly\b"
        r"|\bif possible\b|\bthank|ください|下さい|いただけ|頂け|ませんか|でしょうか|お願い",
    ),
    rule(
        "intimidation",
        "上位者を今すぐ出せという要求（英語）",
        r"\b(?:manager|supervisor|boss|superior|ceo|director)\b[^.!?]{0,12}\b(?:right now|now"
        r"|immediately|this instant|rn)\b",
        needs=r"\b(?:i (?:want|demand|need) to (?:speak|talk) (?:to|with)|put me through to|get me"
        r"|transfer me to) (?:your|a|the|ur) (?:manager|supervisor|boss|superior|ceo|director)\b",
        unless=r"\bplease\b|\bpls\b|\bplz\b|\bcould you\b|\bwould you\b|\bkindly\b"
        r"|\bif possible\b|\bthank",
    ),
    rule(
        "intimidation",
        "立場・支払いを振りかざす圧力（英語）",
        r"\byou(?: are|'re| r)? (?:not knowing|do not know|don'?t know|have no idea|have no clue"
        r"|clearly don'?t know|don'?t seem to know|don'?t reali[sz]e) (?:who|whom) (?:you(?:'re|"
        r" are)|u r|ur|u are) (?:dealing|talking|messing|speaking) (?:with|to)\b",
        r"\b(?:you(?:'re| are)|ur|u r|u are|you r) not (?:senior|important|high up|qualified|big"
        r"|high|smart) enough to (?:tell|refuse|say|deny|decide|question|talk)\b",
        r"\bdo (?:you|u) (?:even )?(?:know|reali[sz]e|have any idea) how much (?:money )?(?:i|we)"
        r" (?:spend|pay|spent|paid|bring)\b",
        r"\bdon'?t (?:you|u) (?:even )?dare (?:tell|say|refuse|deny|hang|close|ignore|put|send"
        r"|reply)\b",
        r"\bget (?:your|ur|the) (?:boss|manager|supervisor|superior|ceo|director|senior)"
        r" (?:on the (?:phone|line) )?(?:(?:right )?now|rn|immediately|this instant)\b",
        r"\bmy (?:husband|wife|brother|father|dad|uncle|cousin|friend|son|brother-in-law)"
        r" (?:is|works (?:for|at|in)) (?:a |an |the )?(?:senior )?(?:police|cop|judge|politician|mp"
        r"|senator|congressman|minister|mla|commissioner)\b",
        unless=r"\bplease\b|\bpls\b|\bplz\b|\bcould you\b|\bwould you\b|\bkindly\b"
        r"|\bif possible\b|\bthank",
    ),
    rule(
        "intimidation",
        "怒声での詰問・見下した恩着せ",
        r"(?:聞いて|聞い|きいて)(?:ん|る|と(?:ん|る))の(?:か|かよ)(?:[!！?？、。\s]|$)|聞こえ(?:ない|ねえ|ん)の"
        r"(?:か|かよ)(?:[!！?？、。\s]|$)",
        r"わかったら返事(?:しろ|せえ|せい)",
        r"(?:クビ|終わり|最後|覚悟)(?:だ|や)?と思え",
        r"(?:使って|買って|払って|契約して|利用して|取引して)(?:やって|やっと)(?:る|ん)(?:ん(?:だ|や)|の(?:に"
        r"|だ)|客|んだぞ|ぞ)",
        r"(?:お前|あんた|そっち|おまえ|てめえ)(?:ら|たち|達)?の(?:休み|都合|事情|勤務時間|シフト)(?:なんか"
        r"|なんて|とか|は)?(?:知るか|知ったこと|関係(?:ない|ねえ))",
        r"\b(?:i|we) (?:don'?t|do not) (?:wait in (?:queues?|line)|talk to (?:juniors|underlings"
        r"|minions|peons|the help|front-?line staff|the likes of you))\b"
        r"|(?:(?<=clueless )|(?<=useless )|(?<=lowly ))(?:junior|underling|minion|peon)s?\b",
        r"\byour (?:job|position|career)(?:'s| is) (?:on the line|at stake|in danger|at risk)\b",
        unless=r"ありがとう|おかげ|\bthank",
    ),
    rule(
        "intimidation",
        "取引継続をちらつかせる含み・念押しの威圧",
        r"(?:取引|契約|お付き合い|付き合い)(?:が|を)?(?:今後も)?(?:続け|継続|続く)(?:られる|できる)?と(?:お思い"
        r"|思って|思う(?:な|の))",
        r"\bdo (?:i make myself clear|you understand me)\b",
        tag="menace",
    ),
    rule(
        "intimidation",
        "結果・報いをちらつかせる含み（英語・方言）",
        r"\bconsequences (?:will be there |will follow )?for (?:you|your (?:company|firm|business"
        r"|staff|team|career|job|department))\b|\b(?:otherwise|or else|else) (?:there will be"
        r" |serious |severe )?consequences\b|\bconsequences will be there\b",
        r"覚えと(?:れ|き(?:や|よ|な)|けや|かんね)|覚えてけ(?:よ)?(?:[、。!！\s]|$)|(?:ええ子|いい子"
        r"|良い子|おとなしく)に(?:し(?:とき|とけ|ておけ|ときや|とけよ|てな)|しとった方がええ)",
        tag="menace",
    ),
)

# The table the lexicon package imports (it is not edited here): the families above join it.
INTIMIDATION_FAMILIES = INTIMIDATION_FAMILIES + INTIMIDATION_MORE
