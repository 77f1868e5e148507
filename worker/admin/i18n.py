"""The admin page's words, in Japanese (the default) and English.

One flat table per language; a key missing from English falls back to Japanese, so a new label
never shows up as a bare key.
"""

from __future__ import annotations

from collections.abc import Mapping

UI_LANGUAGES: tuple[str, ...] = ("ja", "en")
DEFAULT_UI_LANGUAGE = "ja"

MESSAGES: Mapping[str, Mapping[str, str]] = {
    "ja": {
        "app_title": "kasuguard 管理画面",
        "nav_cases": "事例",
        "cases_title": "事例（カスタマーハラスメントの検知記録）",
        "cases_intro": (
            "検知したメッセージの一覧です。時刻は {tz} で表示します。フィルタはURLに残るので、"
            "ブックマークや共有ができます。"
        ),
        "cases_since": "開始日",
        "cases_until": "終了日",
        "cases_level": "レベル",
        "cases_category": "類型",
        "cases_agent": "担当者ID",
        "cases_all": "すべて",
        "cases_apply": "絞り込む",
        "cases_csv": "CSVで書き出す",
        "cases_unassigned": "未割当",
        "cases_care_title": "声かけが必要な担当者",
        "cases_care_rule": (
            "基準: 直近{days}日間に高レベル{high}件、または中レベル以上{medium}件に対応した担当者"
            "（ポリシーの care）。"
        ),
        "cases_care_off": "ポリシーで従業員ケアの通知が無効になっています（care.enabled: false）。",
        "cases_care_order": (
            "相談体制: まず{supervisor}が本人に声をかけ、{head_office}へ速やかに報告してください。"
        ),
        "cases_care_when": "基準に達した日時",
        "cases_care_window": "{start} からの{days}日間",
        "cases_care_counts": "件数",
        "cases_care_numbers": "高 {high}件・中以上 {serious}件（低 {low}件）",
        "cases_care_told": "責任者への通知",
        "cases_care_sent": "{at} に通知済み",
        "cases_care_pending": (
            "未送信（{attempts}回試行・{error}）。1分後から間隔を空けて自動で再送します"
        ),
        "cases_care_no_url": (
            "通知先（escalation.notify_url）が未設定です。この画面で確認してください"
        ),
        "cases_care_marker": "要ケア",
        "cases_care_marker_title": "この期間に従業員ケアの基準に達した担当者",
        "cases_care_none": "この期間に基準に達した担当者はいません。",
        "cases_chart_title": "週別・レベル別の件数",
        "cases_exposure_title": "担当者別の対応件数",
        "cases_exposure_hint": "担当者はIDで表示します（氏名は保存していません）。",
        "cases_total": "計",
        "cases_list_title": "事例一覧",
        "cases_count": "{shown}件（期間内 {all}件）",
        "cases_no_text": (
            "本文は保存していません。根拠はヘルプデスクの内部メモにあります（チケット番号から"
            "開けます）。依頼者は仮名で表示します。"
        ),
        "cases_at": "日時",
        "cases_ticket": "チケット",
        "cases_requester": "依頼者（仮名）",
        "cases_escalated": "エスカレーション",
        "cases_yes": "あり",
        "cases_empty": "該当する事例はありません。",
        "cases_prev": "← 前へ",
        "cases_next": "次へ →",
        "cases_page": "{page} / {pages} ページ",
        "cases_bad_filter_title": "絞り込みの値が正しくありません",
        "cases_bad_filter": (
            "{field} の値 {value!r} は使えません。日付は YYYY-MM-DD（開始日 ≦ 終了日、3年以内）、"
            "担当者は一覧から選んでください。"
        ),
        "nav_templates": "テンプレート",
        "nav_policy": "ポリシー",
        "sign_out": "サインアウト",
        "signed_in_as": "サインイン中: {user}",
        "switch_language": "English",
        "sign_in": "サインイン",
        "user": "ユーザー名",
        "password": "パスワード",
        "sign_in_failed": "ユーザー名またはパスワードが違います。",
        "sign_in_throttled": (
            "サインインの失敗が続いたため、しばらく受け付けません。{minutes}分ほど待ってから"
            "お試しください。"
        ),
        "signed_out": "サインアウトしました。",
        "sign_in_required": "サインインが必要です。ページを読み込み直してサインインしてください。",
        "disabled_title": "管理画面は無効です",
        "disabled_body": (
            "管理画面を使うには、KASUGUARD_SECRET_KEY（`kasuguard admin-password "
            "--with-secret-key` で作成）を設定して再起動し、`kasuguard admin add 名前` で各自の"
            "アカウントを作成してください（最初の1人分は KASUGUARD_ADMIN_PASSWORD_HASH でも"
            "構いません）。"
        ),
        "csrf_title": "フォームの有効期限が切れました",
        "csrf_body": (
            "セッションが切れたか、古いフォームから送信されました。ページを読み込み直して、"
            "もう一度お試しください。"
        ),
        "not_found": "見つかりません。",
        "back_to_list": "テンプレート一覧へ戻る",
        "templates_title": "返信・メモのテンプレート",
        "templates_intro": (
            "返信案と内部メモの文面です。保存するとすべてのワーカーが次のチケットから新しい版を"
            "使います（再起動は不要です）。"
        ),
        "language_ja": "日本語",
        "language_en": "英語",
        "col_title": "名称",
        "col_name": "テンプレート名",
        "col_kind": "種類",
        "col_version": "版",
        "version_n": "第{version}版",
        "col_updated": "最終更新",
        "kind_reply": "返信案",
        "kind_note": "内部メモ",
        "shipped": "初期版",
        "edit": "編集",
        "history": "履歴",
        "edit_title": "テンプレートの編集",
        "editing_version": "編集元: 第{version}版",
        "body": "本文",
        "save": "保存",
        "check_preview": "確認・プレビュー",
        "preview": "プレビュー",
        "preview_sample": "サンプルチケット",
        "preview_note": "プレビューは架空のサンプルチケットで表示しています。",
        "sample_high": "レベル高（脅迫・暴言・金銭要求、エスカレーションあり）",
        "sample_medium": "レベル中（金銭要求、エスカレーションなし）",
        "sample_after_hours": "業務時間外のみ（受付のお知らせを自動送信済み）",
        "no_problems": "問題は見つかりませんでした。",
        "problems": "保存できない問題があります",
        "line_n": "{line}行目",
        "saved": "第{version}版を保存しました。",
        "not_saved_invalid": (
            "問題があるため保存しませんでした。下の指摘を直してから保存してください。"
        ),
        "conflict_title": "他の管理者が先に保存しました",
        "conflict_body": (
            "あなたが第{base}版を編集している間に、{author} さんが第{current}版を保存しました"
            "（{at}）。あなたの下書きは保存されていません。下の差分（第{current}版 → "
            "あなたの下書き）を確認し、必要なら内容を統合してから、もう一度保存してください。"
        ),
        "unchanged": "変更がないため保存しませんでした。",
        "variables": "使える変数",
        "variable": "変数",
        "meaning": "意味",
        "history_title": "版の履歴",
        "current": "使用中",
        "restore": "この版に戻す",
        "restored": "第{from_version}版の内容を第{version}版として戻しました。",
        "rollback_of": "第{version}版に戻す",
        "diff_from": "第{old}版からの差分",
        "no_diff": "差分はありません。",
        "show_text": "本文を表示",
        "author": "保存した人",
        "policy_title": "ポリシー",
        "policy_in_use": "使用中のポリシー",
        "policy_setting": "KASUGUARD_POLICY の値",
        "policy_file": "ファイル",
        "policy_valid": "このポリシーは正しく読み込めます。",
        "policy_invalid": "このポリシーには問題があります",
        "policy_field": "項目",
        "policy_validate": "ポリシーの下書きを検証",
        "policy_validate_intro": (
            "YAML を貼り付けて検証できます。ここでは保存されません（ポリシーファイルを編集して"
            "反映してください）。"
        ),
        "validate": "検証",
        "policy_text": "ファイルの内容",
        "presets": "プリセット",
        "preset_name": "名前",
        "company": "会社名",
        "language": "言語",
        "business_hours": "受付時間",
        "observe_only": "観察のみ",
        "yes": "はい",
        "no": "いいえ",
        "view": "表示",
        "summary_name": "名前",
        "summary_title": "名称",
        "summary_categories": "検知する類型",
        "summary_escalation": "エスカレーション",
        "preset_title": "プリセット: {name}",
        "use_preset_hint": "使うには KASUGUARD_POLICY={name} を設定して再起動してください。",
        "js_preview_error": "プレビューを取得できませんでした。",
        "nav_audit": "操作記録",
        "role_editor": "編集者",
        "role_viewer": "閲覧者",
        "viewer_title": "閲覧のみの権限です",
        "viewer_body": (
            "このアカウントは閲覧者のため、保存や版の復元はできません。編集者に依頼してください。"
        ),
        "viewer_note": "閲覧者のため保存できません（確認・プレビューは使えます）。",
        "no_accounts": (
            "まだアカウントがありません。サーバーで `kasuguard admin add 名前 --role editor` を"
            "実行して作成してください。"
        ),
        "db_down_title": "データベースに接続できません",
        "db_down_body": (
            "記録用のデータベース（DATABASE_URL）に接続できません。復旧後にページを読み込み"
            "直してください。Webhook の受付は続いています。"
        ),
        "audit_title": "操作記録",
        "audit_intro": (
            "テンプレートの保存・復元、サインイン、アカウント、削除などの記録です"
            "（新しい順、最大{shown}件）。"
        ),
        "audit_at": "日時（UTC）",
        "audit_actor": "操作した人",
        "audit_action": "操作",
        "audit_target": "対象",
        "audit_detail": "詳細",
        "audit_empty": "まだ記録はありません。",
        # --- the editor: problems in plain words, palette, times, policy values ---------------
        "problems_detail": "技術的な詳細（開発者向け）",
        "problem_line_text": "該当行",
        "problem_hint": "近い名前: {hint}。",
        "problem_syntax": (
            "テンプレートの書き方に誤りがあります。{{{{ }}}} や {{% %}} の閉じ忘れ、余計な記号が"
            "ないか確かめてください。"
        ),
        "problem_bad_expression": (
            "{{{{ … }}}} の中の書き方が正しくありません。閉じる }}}} が足りないか、名前の間に"
            "余計な語や記号があります。"
        ),
        "problem_unclosed_block": (
            "この行で始まる {{% {tag} %}} が閉じられていません。ブロックの終わりに "
            "{{% end{tag} %}} を書いてください。"
        ),
        "problem_stray_end": (
            "{{% end{tag} %}} がありますが、それで閉じる {{% {tag} %}} がありません。"
        ),
        "problem_stray_else": "{{% {tag} %}} は {{% if %}} と {{% endif %}} の間でしか使えません。",
        "problem_unknown_tag": (
            "{{% {tag} %}} という命令はありません。使えるのは if・for・set などです。"
        ),
        "problem_unclosed_comment": "コメントの {{# が #}} で閉じられていません。",
        "problem_unknown_variable": "「{name}」という変数は使えません。",
        "problem_unknown_variable_more": "使える変数は「挿入パレット」の一覧にあります。",
        "problem_unknown_attribute": (
            "{owner} の各項目に「{name}」はありません。使える項目: {fields}。"
        ),
        "problem_unknown_attribute_plain": "「{name}」という項目はありません。",
        "problem_unsafe_attribute": ("「{name}」のように _ で始まる名前は、安全のため使えません。"),
        "problem_unsafe": "安全のため許可されていない操作です（値の書き換えなど）。",
        "problem_unsafe_change": (
            "「{name}」は値を書き換えるため使えません（テンプレートは値を読むだけです）。"
        ),
        "problem_unknown_filter": "「{name}」というフィルター（| の後ろの名前）はありません。",
        "problem_unknown_test": "「{name}」という判定（is の後ろの名前）はありません。",
        "problem_unknown_category": "「{name}」という類型はありません。",
        "problem_unknown_category_more": (
            "類型の名前は「挿入パレット」の「類型ごとのブロック」にあります。"
        ),
        "problem_unknown_level": (
            "「{name}」というレベルはありません。使えるのは none・low・medium・high です。"
        ),
        "problem_no_element": (
            "一覧に [{index}] 番目の項目がないサンプルチケットがあります。一覧は {{% for %}} で"
            "順に使ってください。"
        ),
        "problem_range_too_big": "range() の回数が多すぎます（10万回まで）。",
        "problem_wrong_type": ("種類の違う値を組み合わせています（例: 文字と数の足し算）。"),
        "problem_undefined": "サンプルチケットにない値を使っています。",
        "problem_render_failed": "サンプルチケットで表示しようとして失敗しました。",
        "problem_output_too_long": (
            "表示した文面が {limit} 文字を超えました。繰り返しが多すぎないか確かめてください。"
        ),
        "problem_source_too_long": "テンプレートが {limit} 文字を超えています。",
        "problem_too_slow": (
            "表示に {seconds} 秒以上かかったため止めました。繰り返しが大きすぎないか確かめて"
            "ください。"
        ),
        "problem_too_big": (
            "表示に必要なメモリーが上限を超えました。とても長い文字列や一覧を作っていないか"
            "確かめてください。"
        ),
        "problem_not_found": "テンプレートが見つかりません。",
        "problem_other": "テンプレートを確かめられませんでした。",
        "palette": "挿入パレット",
        "palette_intro": (
            "クリックすると、本文のカーソルの位置に挿入します（JavaScript が無効のときは、"
            "表示された文字をコピーしてください）。"
        ),
        "palette_variables": "変数",
        "palette_categories": "類型ごとのブロック（その類型を検知したときだけ表示）",
        "insert": "挿入",
        "sample_every_category": "すべての類型（類型ごとのブロックの確認用）",
        "time_zone_note": "時刻は {zone} で表示しています。",
        "audit_at_zone": "日時（{zone}）",
        "value_empty": "（なし）",
        "value_setting_empty": "（なし）— 既定のポリシー policies/default.yaml を使います",
        "value_priority_low": "{label} — ヘルプデスクの優先度を「{label}」にします",
        "value_priority_normal": "{label} — ヘルプデスクの優先度を「{label}」にします",
        "value_priority_high": "{label} — ヘルプデスクの優先度を「{label}」にします",
        "value_priority_urgent": (
            "{label} — ヘルプデスクの優先度を最も高い「{label}」にし、責任者がすぐ対応します"
        ),
        "value_group_none": "（なし）— 担当グループは変えません",
        "value_notify_none": "（なし）— 外部への通知はしません",
        "value_observe_yes": "はい — タグだけを付け、メモ・返信案・エスカレーションはしません",
        "value_observe_no": "いいえ — 下の「レベルごとの対応」のとおりに書き込みます",
        "value_reply_by_category": "検知した類型に応じた返信案",
        "value_reply_none": "（なし）",
        "value_level_low": "低",
        "value_level_medium": "中",
        "value_level_high": "高",
        "summary_group": "担当グループ",
        "summary_notify": "通知先",
        "summary_actions": "レベルごとの対応",
        "action_level": "レベル",
        "action_tags": "タグ",
        "action_note": "内部メモ",
        "action_reply": "返信案",
        "action_escalate": "エスカレーション",
        "policy_problem_hint": "もしかして「{hint}」ですか？",
        "policy_got_nothing": "（いまは何も書かれていません）",
        "policy_got_section": "（いまは「キー: 値」の組が書かれています）",
        "policy_got_list": "（いまは一覧が書かれています）",
        "policy_got_flag": "（いまは {got} が書かれています）",
        "policy_got_value": "（いまは {got} が書かれています）",
        "policy_problem_not_section": "ここには「キー: 値」の組を、字下げして書いてください。",
        "policy_problem_unknown_key": "「{key}」という項目はありません。",
        "policy_problem_missing_key": "必要な項目「{key}」がありません。",
        "policy_problem_not_text": "文字列を書いてください。",
        "policy_problem_empty": "空にはできません。",
        "policy_problem_not_flag": "true（はい）か false（いいえ）を書いてください。",
        "policy_problem_not_whole": "整数を書いてください。",
        "policy_problem_too_small": "{minimum} 以上にしてください（いまは {got}）。",
        "policy_problem_too_large": "{maximum} 以下にしてください（いまは {got}）。",
        "policy_problem_not_number": "数を書いてください。",
        "policy_problem_out_of_range": "{low} から {high} までの数にしてください（いまは {got}）。",
        "policy_problem_not_choice": "次のどれかを書いてください: {choices}。",
        "policy_problem_not_list": "一覧（各行を「- 」で始める）を書いてください。",
        "policy_problem_bad_span": (
            '時間帯は "10:00-18:00" のように、引用符で囲んで書いてください。'
        ),
        "policy_problem_bad_time": "存在しない時刻です。",
        "policy_problem_span_backwards": "終わりの時刻を始まりより後にしてください。",
        "policy_problem_bad_closure": (
            '休業期間は "12-29..01-03"（月-日..月-日）のように、引用符で囲んで書いてください。'
        ),
        "policy_problem_bad_day": "存在しない日付です。",
        "policy_problem_unknown_timezone": "そのタイムゾーンはありません（例: Asia/Tokyo）。",
        "policy_problem_thresholds_order": (
            "しきい値は low、medium、high の順に大きくしてください。"
        ),
        "policy_problem_retention_below_window": (
            "保存日数（{got}日）は、判定に使う期間 window_days（{window}日）以上にしてください。"
        ),
        "policy_problem_bad_group": "グループ ID は数字か文字列で書いてください。",
        "policy_problem_not_https": (
            "通知先は https:// で始まる URL にしてください（根拠を含むため暗号化が必要です）。"
        ),
        "policy_problem_bad_key": "キーには名前を書いてください。",
        "policy_problem_duplicate_key": "「{key}」が2回書かれています。1つにまとめてください。",
        "policy_problem_not_yaml": (
            "YAML として読めません。字下げ、「: 」の後の空白、引用符の閉じ忘れを確かめてください。"
        ),
        "policy_problem_unreadable": "ポリシーファイルを読めません。",
        "policy_problem_not_utf8": "ポリシーファイルは UTF-8 で保存してください。",
        "policy_problem_no_preset": "プリセット「{got}」はありません。プリセット: {choices}",
        "policy_problem_other": "ポリシーに問題があります。",
    },
    "en": {
        "nav_cases": "Cases",
        "cases_title": "Cases (flagged customer harassment)",
        "cases_intro": (
            "Every flagged message. Times are in {tz}. The filters stay in the URL, so a view "
            "can be bookmarked or shared."
        ),
        "cases_since": "From",
        "cases_until": "To",
        "cases_level": "Level",
        "cases_category": "Category",
        "cases_agent": "Agent id",
        "cases_all": "All",
        "cases_apply": "Filter",
        "cases_csv": "Export CSV",
        "cases_unassigned": "unassigned",
        "cases_care_title": "Agents who need a word",
        "cases_care_rule": (
            "Threshold: an agent who handled {high} high-level, or {medium} medium-or-higher "
            "incidents within {days} days (the policy's care section)."
        ),
        "cases_care_off": "The policy turns care alerts off (care.enabled: false).",
        "cases_care_order": (
            "Who to tell: first {supervisor}, who speaks with the agent and reports promptly to "
            "{head_office}."
        ),
        "cases_care_when": "Tripped at",
        "cases_care_window": "{days} days from {start}",
        "cases_care_counts": "Incidents",
        "cases_care_numbers": "high {high}, medium or higher {serious} (low {low})",
        "cases_care_told": "Supervisors told",
        "cases_care_sent": "notified at {at}",
        "cases_care_pending": (
            "not delivered ({attempts} tries, {error}); retried automatically, first after a "
            "minute, then at longer intervals"
        ),
        "cases_care_no_url": "no escalation.notify_url set: this page is the only notice",
        "cases_care_marker": "needs care",
        "cases_care_marker_title": "This agent tripped the care threshold in the period",
        "cases_care_none": "No agent tripped the care threshold in this period.",
        "cases_chart_title": "Incidents per week by level",
        "cases_exposure_title": "Exposure per agent",
        "cases_exposure_hint": "Agents are shown by id (names are not stored).",
        "cases_total": "Total",
        "cases_list_title": "Cases",
        "cases_count": "{shown} (of {all} in the period)",
        "cases_no_text": (
            "No ticket text is stored: the evidence is in the helpdesk's internal note (open the "
            "ticket). Requesters are shown by pseudonym."
        ),
        "cases_at": "When",
        "cases_ticket": "Ticket",
        "cases_requester": "Requester (pseudonym)",
        "cases_escalated": "Escalated",
        "cases_yes": "yes",
        "cases_empty": "No cases match.",
        "cases_prev": "← Previous",
        "cases_next": "Next →",
        "cases_page": "page {page} of {pages}",
        "cases_bad_filter_title": "A filter value is not valid",
        "cases_bad_filter": (
            "{field} cannot be {value!r}. Dates are YYYY-MM-DD (from ≤ to, within three years); "
            "pick agents from the list."
        ),
        "app_title": "kasuguard admin",
        "nav_templates": "Templates",
        "nav_policy": "Policy",
        "sign_out": "Sign out",
        "signed_in_as": "Signed in as {user}",
        "switch_language": "日本語",
        "sign_in": "Sign in",
        "user": "User name",
        "password": "Password",
        "sign_in_failed": "Wrong user name or password.",
        "sign_in_throttled": (
            "Too many failed sign-ins. Please wait about {minutes} minutes and try again."
        ),
        "signed_out": "Signed out.",
        "sign_in_required": "Please reload the page and sign in.",
        "disabled_title": "The admin page is disabled",
        "disabled_body": (
            "To use it, set KASUGUARD_SECRET_KEY (from `kasuguard admin-password "
            "--with-secret-key`), restart, and give each admin an account with `kasuguard admin "
            "add NAME` (for the first one, KASUGUARD_ADMIN_PASSWORD_HASH works too)."
        ),
        "csrf_title": "This form has expired",
        "csrf_body": ("Your session ended or the form was stale. Reload the page and try again."),
        "not_found": "Not found.",
        "back_to_list": "Back to the templates",
        "templates_title": "Reply and note templates",
        "templates_intro": (
            "The suggested replies and internal notes. When you save, every worker uses the new "
            "version from the next ticket on (no restart needed)."
        ),
        "language_ja": "Japanese",
        "language_en": "English",
        "col_title": "Title",
        "col_name": "Template",
        "col_kind": "Kind",
        "col_version": "Version",
        "version_n": "Version {version}",
        "col_updated": "Last saved",
        "kind_reply": "Reply",
        "kind_note": "Internal note",
        "shipped": "shipped",
        "edit": "Edit",
        "history": "History",
        "edit_title": "Edit template",
        "editing_version": "Based on version {version}",
        "body": "Text",
        "save": "Save",
        "check_preview": "Check and preview",
        "preview": "Preview",
        "preview_sample": "Sample ticket",
        "preview_note": "The preview uses made-up sample tickets.",
        "sample_high": "High (threat, abuse, money; escalated)",
        "sample_medium": "Medium (money; not escalated)",
        "sample_after_hours": "After hours only (acknowledgement sent)",
        "no_problems": "No problems found.",
        "problems": "Problems that prevent saving",
        "line_n": "line {line}",
        "saved": "Saved version {version}.",
        "not_saved_invalid": "Not saved: fix the problems below, then save.",
        "conflict_title": "Another admin saved first",
        "conflict_body": (
            "While you were editing version {base}, {author} saved version {current} ({at}). "
            "Your draft has not been saved. Check the difference below (version {current} → "
            "your draft), merge if needed, and save again."
        ),
        "unchanged": "Nothing changed, so nothing was saved.",
        "variables": "Variables",
        "variable": "Variable",
        "meaning": "Meaning",
        "history_title": "Version history",
        "current": "in use",
        "restore": "Restore this version",
        "restored": "Restored version {from_version} as version {version}.",
        "rollback_of": "restore version {version}",
        "diff_from": "Changes from version {old}",
        "no_diff": "No changes.",
        "show_text": "Show text",
        "author": "Saved by",
        "policy_title": "Policy",
        "policy_in_use": "Policy in use",
        "policy_setting": "KASUGUARD_POLICY",
        "policy_file": "File",
        "policy_valid": "This policy loads correctly.",
        "policy_invalid": "This policy has a problem",
        "policy_field": "Field",
        "policy_validate": "Validate a draft policy",
        "policy_validate_intro": (
            "Paste YAML to check it. Nothing is saved here (edit the policy file to apply it)."
        ),
        "validate": "Validate",
        "policy_text": "File contents",
        "presets": "Presets",
        "preset_name": "Name",
        "company": "Company",
        "language": "Language",
        "business_hours": "Business hours",
        "observe_only": "Observe only",
        "yes": "yes",
        "no": "no",
        "view": "View",
        "summary_name": "Name",
        "summary_title": "Title",
        "summary_categories": "Categories detected",
        "summary_escalation": "Escalation",
        "preset_title": "Preset: {name}",
        "use_preset_hint": "To use it, set KASUGUARD_POLICY={name} and restart.",
        "js_preview_error": "Could not load the preview.",
        "nav_audit": "Audit log",
        "role_editor": "editor",
        "role_viewer": "viewer",
        "viewer_title": "View only",
        "viewer_body": (
            "This account is a viewer: it cannot save or restore versions. Ask an editor."
        ),
        "viewer_note": "You are a viewer: saving is off (check and preview still work).",
        "no_accounts": (
            "There are no accounts yet. On the server, run `kasuguard admin add NAME --role "
            "editor` to create one."
        ),
        "db_down_title": "The database is unreachable",
        "db_down_body": (
            "The record database (DATABASE_URL) does not answer. Reload once it is back. "
            "Webhooks are still being accepted."
        ),
        "audit_title": "Audit log",
        "audit_intro": (
            "Template saves and restores, sign-ins, accounts, purges and forgets "
            "(newest first, at most {shown})."
        ),
        "audit_at": "When (UTC)",
        "audit_actor": "Who",
        "audit_action": "Action",
        "audit_target": "Target",
        "audit_detail": "Detail",
        "audit_empty": "Nothing recorded yet.",
        # --- the editor: problems in plain words, palette, times, policy values ---------------
        "problems_detail": "Technical detail (for developers)",
        "problem_line_text": "Line",
        "problem_hint": "Did you mean: {hint}?",
        "problem_syntax": (
            "The template is not written correctly. Check for an unclosed {{{{ }}}} or {{% %}}, or "
            "a stray symbol."
        ),
        "problem_bad_expression": (
            "Something inside {{{{ … }}}} is not written correctly: a closing }}}} is missing, or "
            "there is an extra word or symbol between names."
        ),
        "problem_unclosed_block": (
            "The {{% {tag} %}} that starts on this line is never closed. Add {{% end{tag} %}} "
            "where the block ends."
        ),
        "problem_stray_end": (
            "There is an {{% end{tag} %}} without a {{% {tag} %}} for it to close."
        ),
        "problem_stray_else": (
            "{{% {tag} %}} can only be used between {{% if %}} and {{% endif %}}."
        ),
        "problem_unknown_tag": (
            "There is no command {{% {tag} %}}. Commands include if, for and set."
        ),
        "problem_unclosed_comment": "A comment's {{# is never closed with #}}.",
        "problem_unknown_variable": "There is no variable '{name}'.",
        "problem_unknown_variable_more": "The variables you can use are listed in the palette.",
        "problem_unknown_attribute": (
            "The items of {owner} have no '{name}'. They have: {fields}."
        ),
        "problem_unknown_attribute_plain": "There is no item '{name}'.",
        "problem_unsafe_attribute": (
            "Names starting with _ (like '{name}') are not allowed, for safety."
        ),
        "problem_unsafe": "That operation is not allowed, for safety (changing a value, say).",
        "problem_unsafe_change": (
            "'{name}' would change a value, which templates may not do (they only read values)."
        ),
        "problem_unknown_filter": "There is no filter '{name}' (the name after |).",
        "problem_unknown_test": "There is no test '{name}' (the name after is).",
        "problem_unknown_category": "There is no category '{name}'.",
        "problem_unknown_category_more": (
            "The category names are in the palette, under the per-category blocks."
        ),
        "problem_unknown_level": (
            "There is no level '{name}'. Levels are none, low, medium and high."
        ),
        "problem_no_element": (
            "A sample ticket has no item [{index}] in that list. Go through lists with {{% for %}}."
        ),
        "problem_range_too_big": "range() counts too far (at most 100,000).",
        "problem_wrong_type": (
            "Values of different kinds are combined (adding text to a number, say)."
        ),
        "problem_undefined": "A value is used that the sample ticket does not have.",
        "problem_render_failed": "Rendering the sample ticket failed.",
        "problem_output_too_long": (
            "The rendered text is longer than {limit} characters. Is a loop repeating too often?"
        ),
        "problem_source_too_long": "The template is longer than {limit} characters.",
        "problem_too_slow": (
            "Rendering took more than {seconds} seconds and was stopped. Is a loop too large?"
        ),
        "problem_too_big": (
            "Rendering needed more memory than allowed. Does it build a very long text or list?"
        ),
        "problem_not_found": "The template was not found.",
        "problem_other": "The template could not be checked.",
        "palette": "Insert palette",
        "palette_intro": (
            "Click to insert at the cursor in the text (without JavaScript, copy the text shown)."
        ),
        "palette_variables": "Variables",
        "palette_categories": "Per-category blocks (shown only when that category is found)",
        "insert": "Insert",
        "sample_every_category": "Every category (to check per-category blocks)",
        "time_zone_note": "Times are shown in {zone}.",
        "audit_at_zone": "When ({zone})",
        "value_empty": "(none)",
        "value_setting_empty": "(none) — the default policy, policies/default.yaml",
        "value_priority_low": "{label} — sets the helpdesk priority to {label}",
        "value_priority_normal": "{label} — sets the helpdesk priority to {label}",
        "value_priority_high": "{label} — sets the helpdesk priority to {label}",
        "value_priority_urgent": (
            "{label} — sets the helpdesk priority to {label}, the highest, for supervisors to "
            "act at once"
        ),
        "value_group_none": "(none) — the ticket's group is not changed",
        "value_notify_none": "(none) — nobody outside the helpdesk is notified",
        "value_observe_yes": "yes — tags only: no note, reply or escalation",
        "value_observe_no": "no — writes back as the actions per level below say",
        "value_reply_by_category": "the reply for the categories found",
        "value_reply_none": "(none)",
        "value_level_low": "low",
        "value_level_medium": "medium",
        "value_level_high": "high",
        "summary_group": "Group",
        "summary_notify": "Notify",
        "summary_actions": "Actions per level",
        "action_level": "Level",
        "action_tags": "Tags",
        "action_note": "Internal note",
        "action_reply": "Suggested reply",
        "action_escalate": "Escalate",
        "policy_problem_hint": "Did you mean '{hint}'?",
        "policy_got_nothing": "(nothing is written there now)",
        "policy_got_section": "(keys and values are written there now)",
        "policy_got_list": "(a list is written there now)",
        "policy_got_flag": "(it says {got} now)",
        "policy_got_value": "(it says {got} now)",
        "policy_problem_not_section": "Write keys and values here, indented.",
        "policy_problem_unknown_key": "There is no setting '{key}'.",
        "policy_problem_missing_key": "The setting '{key}' is missing.",
        "policy_problem_not_text": "Write text here.",
        "policy_problem_empty": "This cannot be empty.",
        "policy_problem_not_flag": "Write true or false.",
        "policy_problem_not_whole": "Write a whole number.",
        "policy_problem_too_small": "Use {minimum} or more (it is {got}).",
        "policy_problem_too_large": "Use {maximum} or less (it is {got}).",
        "policy_problem_not_number": "Write a number.",
        "policy_problem_out_of_range": "Use a number from {low} to {high} (it is {got}).",
        "policy_problem_not_choice": "Write one of: {choices}.",
        "policy_problem_not_list": "Write a list (each line starting with '- ').",
        "policy_problem_bad_span": 'Write hours in quotes, like "10:00-18:00".',
        "policy_problem_bad_time": "That time of day does not exist.",
        "policy_problem_span_backwards": "The end must come after the start.",
        "policy_problem_bad_closure": (
            'Write a closure in quotes, month-day..month-day, like "12-29..01-03".'
        ),
        "policy_problem_bad_day": "That day does not exist.",
        "policy_problem_unknown_timezone": "There is no such time zone (Asia/Tokyo, say).",
        "policy_problem_thresholds_order": "Thresholds must rise from low to medium to high.",
        "policy_problem_retention_below_window": (
            "Keep history ({got} days) at least as long as window_days ({window} days)."
        ),
        "policy_problem_bad_group": "Write the group id as a number or text.",
        "policy_problem_not_https": (
            "The address must start with https:// (it carries evidence, so it must be encrypted)."
        ),
        "policy_problem_bad_key": "A key must be a name.",
        "policy_problem_duplicate_key": "'{key}' is written twice. Keep one.",
        "policy_problem_not_yaml": (
            "This is not readable YAML. Check the indentation, the space after ':', and "
            "unclosed quotes."
        ),
        "policy_problem_unreadable": "The policy file cannot be read.",
        "policy_problem_not_utf8": "Save the policy file as UTF-8.",
        "policy_problem_no_preset": "There is no preset '{got}'. Presets: {choices}",
        "policy_problem_other": "The policy has a problem.",
    },
}


def translate(language: str, key: str, /, **values: object) -> str:
    """The message ``key`` in ``language`` (Japanese when missing), with ``values`` filled in
    (a value the message names but the caller lacks becomes empty, never an error page)."""
    table = MESSAGES.get(language, MESSAGES[DEFAULT_UI_LANGUAGE])
    text = table.get(key) or MESSAGES[DEFAULT_UI_LANGUAGE].get(key, key)
    return text.format_map(_Values(values)) if "{" in text else text


def has_message(key: str) -> bool:
    """True when ``key`` is in the Japanese table (every key is)."""
    return key in MESSAGES[DEFAULT_UI_LANGUAGE]


class _Values(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""
