"""The ``kasuguard`` command's words, in Japanese (the default) and English.

The same approach as the admin page (``worker/admin/i18n.py``): one flat table per language, and a
key missing from English falls back to Japanese, so a new message never shows up as a bare key.
Command, option, setting and tag names are ASCII and the same in both languages.

The language is ``KASUGUARD_LANG`` (``ja`` or ``en``); else the locale (``LC_ALL``, then
``LC_MESSAGES``, then ``LANG``: ``en_*`` is English, ``ja_*`` Japanese); Japanese when unsure.

Errors an admin meets keep the file, line and field. Policy and template problems are said with
the admin page's sentences (``worker.admin.problems``: each problem carries its kind and values);
setting errors arrive as English text naming their key, and the known shapes become plain
Japanese. A shape it does not know is shown in a Japanese frame with the original text, never
dropped.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from worker.policy import PolicyError
from worker.replies import TemplateIssue

LANGUAGES: tuple[str, ...] = ("ja", "en")
DEFAULT_LANGUAGE = "ja"

_chosen: str | None = None
"""Set by ``use`` (tests, callers that know better); else the environment decides each time,
so ``.env`` loaded at start and a changed ``KASUGUARD_LANG`` both count."""


def detect(environ: Mapping[str, str] | None = None) -> str:
    """``ja`` or ``en`` from ``KASUGUARD_LANG``, else the locale; Japanese when unsure."""
    env = os.environ if environ is None else environ
    chosen = env.get("KASUGUARD_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):  # POSIX precedence: the first set one decides
        value = env.get(key, "").strip().lower()
        if value:
            return "en" if value.startswith("en") else "ja"
    return DEFAULT_LANGUAGE


def use(language: str | None) -> None:
    """Fix the language of every later ``t`` (``None``: back to the environment's)."""
    global _chosen
    _chosen = language if language in LANGUAGES else None


def current() -> str:
    return _chosen or detect()


def t(key: str, /, **values: object) -> str:
    """The message ``key`` in the chosen language (Japanese when missing), filled in."""
    table = MESSAGES.get(current(), MESSAGES[DEFAULT_LANGUAGE])
    text = table.get(key) or MESSAGES[DEFAULT_LANGUAGE][key]
    return text.format(**values)


def local_time(moment: datetime | None, zone: str) -> str:
    """``2026-02-02 09:15 JST`` in the policy's time zone (``-`` when unknown)."""
    if moment is None:
        return "-"
    if moment.tzinfo is None:  # RQ and SQLite hand back UTC without saying so
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M:%S %Z")


def suggest(word: str, choices: list[str]) -> str | None:
    """The nearest of ``choices`` to a mistyped ``word`` (difflib), or ``None``."""
    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return found[0] if found else None


# --- errors in plain Japanese -----------------------------------------------------------------

_CONFIG_PROBLEMS: tuple[tuple[str, str], ...] = (
    (r"(?P<key>\w+) must be a whole number, got (?P<value>.+)", "{key} には整数を書いてください（いまは {value}）。"),
    (r"(?P<key>\w+) must be greater than 0", "{key} には 0 より大きい値を書いてください。"),
    (r"(?P<key>\w+) must be an http\(s\) URL, got (?P<value>.+)", "{key} には http(s):// で始まる URL を書いてください（いまは {value}）。"),
    (r"(?P<key>\w+) is required when (?P<other>.+?) is set", "{other} を設定したときは {key} も必要です。"),
    (r"(?P<key>\w+) is required when (?P<prefix>\w+) API credentials are set", "{prefix} の API 認証情報を設定したときは {key} も必要です。"),
    (r"(?P<key>\w+) must be the bare name \(e\.g\. 'example'\), got (?P<value>.+)", "{key} にはサブドメイン名だけを書いてください（例: example。いまは {value}）。"),
    (r"KASUGUARD_DRY_RUN must be auto, true or false, got (?P<value>.+)", "KASUGUARD_DRY_RUN は auto・true・false のどれかにしてください（いまは {value}）。"),
    (r"KASUGUARD_DRY_RUN=false needs (?P<prefix>\w+) API credentials", "KASUGUARD_DRY_RUN=false にするには {prefix} の API 認証情報が必要です。"),
    (r"KASUGUARD_ADMIN_PASSWORD_HASH must be a password hash .*", "KASUGUARD_ADMIN_PASSWORD_HASH にはパスワードそのものではなく、`kasuguard admin-password` が出力するハッシュを書いてください。"),
    (r"KASUGUARD_ADMIN_USER must not be empty .*", "管理画面を使うときは KASUGUARD_ADMIN_USER を空にできません。"),
    (r"KASUGUARD_SECRET_KEY must be at least (?P<n>\d+) characters .*", "管理画面を使うときは KASUGUARD_SECRET_KEY を {n} 文字以上にしてください（`kasuguard admin-password --with-secret-key` が作ります）。"),
    (r"(?P<key>\w+) must be true or false, got (?P<value>.+)", "{key} は true か false にしてください（いまは {value}）。"),
    (r"REDIS_URL must start with .*, got (?P<value>.+)", "REDIS_URL は redis://、rediss://、unix:// のどれかで始めてください（いまは {value}）。"),
    (r"KASUGUARD_HTTP_TIMEOUT must be a number of seconds", "KASUGUARD_HTTP_TIMEOUT には秒数を書いてください。"),
    (r"KASUGUARD_PEPPER must be set to (?P<n>\d+)\+ random characters .*", "KASUGUARD_PEPPER に {n} 文字以上のランダムな文字列を設定してください（お客様 ID の仮名化の鍵です。`scripts/run` が .env に書きます）。"),
    (r"KASUGUARD_TRUSTED_PROXIES must be 0 or more, got (?P<value>.+)", "KASUGUARD_TRUSTED_PROXIES は 0 以上の整数にしてください（いまは {value}）。"),
    (r"DATABASE_URL (?P<detail>.+)", "DATABASE_URL が使えません: {detail}"),
    (r"(?P<key>\w+) is not set", "{key} が設定されていません。"),
)  # fmt: skip
"""``worker.config`` and ``integrations.settings``: each message names its key."""


def _match(table: tuple[tuple[str, str], ...], text: str) -> str | None:
    for pattern, japanese in table:
        found = re.fullmatch(pattern, text.strip())
        if found:
            values = found.groupdict()
            for name in ("key", "hint", "name"):  # names read better without Python's quotes
                if name in values:
                    values[name] = values[name].strip("'\"")
            return japanese.format(**values)
    return None


def explain_policy_error(exc: object) -> str:
    """A ``PolicyError`` with its file, line and field, in the chosen language (the admin
    page's sentences for each kind of problem, ``worker.admin.problems``)."""
    if current() == "en" or not isinstance(exc, PolicyError):
        return t("policy_error", detail=str(exc))
    field = "最上位" if exc.field == "(top level)" else exc.field
    place = "、".join(
        p for p in (exc.where, f"{exc.line}行目" if exc.line else "", f"項目 {field}" if field else "") if p
    )  # fmt: skip
    from worker.admin import problems  # the admin package imports the report, which imports us

    problem = problems.policy_problem(exc, "ja").message
    return t("policy_error", detail=f"{place}: {problem}" if place else problem)


def explain_config_error(exc: object) -> str:
    """A ``ConfigError`` (it names its key) in the chosen language."""
    text = str(exc)
    if current() == "ja":
        text = _match(_CONFIG_PROBLEMS, text) or text
    return t("config_error", detail=text)


def explain_broken_template(exc: object) -> str:
    """``worker.replies.BrokenTemplate``: which template, which line, what to do."""
    issue = getattr(exc, "issue", None)
    if isinstance(issue, TemplateIssue):
        from worker.admin import problems  # as above: imported when needed, no import cycle

        message = problems.template_problem(issue, current()).message
    else:
        message = str(exc)
    line = getattr(issue, "line", None)
    where = f"{getattr(exc, 'language', '?')}/{getattr(exc, 'name', '?')}"
    if line:
        return t("template_broken_line", where=where, line=line, problem=message)
    return t("template_broken", where=where, problem=message)


# --- policy values with their meaning ----------------------------------------------------------

PRIORITY_MEANINGS: Mapping[str, Mapping[str, str]] = {
    "ja": {"low": "低: 急がない", "normal": "通常", "high": "高: 通常より先に対応", "urgent": "緊急: 最優先で対応"},
    "en": {"low": "handled last", "normal": "the usual", "high": "before usual tickets", "urgent": "before everything else"},
}  # fmt: skip
"""Escalation priorities (Zendesk's words; the policy's ``escalation.priority``) explained."""


def priority(value: str) -> str:
    """``urgent（緊急: 最優先で対応）``: the policy's value, then what it means."""
    meaning = PRIORITY_MEANINGS[current()].get(value)
    if not meaning:
        return value
    return f"{value}（{meaning}）" if current() == "ja" else f"{value} ({meaning})"


def yes_no(value: bool) -> str:
    return t("yes") if value else t("no")


# --- the tables ------------------------------------------------------------------------------

MESSAGES: Mapping[str, Mapping[str, str]] = {
    "ja": {
        # framing of errors
        "prefix": "kasuguard: {message}",
        "config_error": "設定エラー: {detail}",
        "policy_error": "ポリシーエラー: {detail}",
        "redis_unreachable": "Redis に接続できません（{error}）。Redis が起動しているか、REDIS_URL を確かめてください。",
        "db_unreachable": "データベースに接続できないか、エラーになりました（{error}）。DATABASE_URL を確かめてください。",
        "template_broken": "テンプレート {where} に問題があります: {problem}",
        "template_broken_line": "テンプレート {where} の {line}行目に問題があります: {problem}",
        "push_skipped": "{helpdesk}: 省略しました（API の認証情報がありません）",
        "push_would": "{helpdesk}: 「{title}」を登録します（{template}、ドライラン）",
        "push_macro_created": "zendesk: マクロ「{title}」を作成しました",
        "push_macro_unchanged": "zendesk: マクロ「{title}」は変更ありません",
        "push_macro_updated": "zendesk: マクロ「{title}」を更新しました",
        "push_canned_created": "freshdesk: 定型文「{title}」を作成しました",
        "push_canned_unchanged": "freshdesk: 定型文「{title}」は変更ありません",
        "push_canned_updated": "freshdesk: 定型文「{title}」を更新しました",
        "push_refused": "何も登録しませんでした: {detail}",
        "push_stopped": "登録を途中で止めました: {detail}",
        "passwords_differ": "2回入力したパスワードが違います。",
        "password_too_short": "パスワードは {n} 文字以上にしてください。",
        "password_prompt": "管理者パスワード: ",
        "password_again": "もう一度: ",
        "password_for": "{name} のパスワード: ",
        "yes": "はい",
        "no": "いいえ",
        # argparse
        "usage": "使い方: ",
        "positionals": "引数",
        "optionals": "オプション",
        "commands": "コマンド",
        "help_help": "このヘルプを表示して終了します",
        "description": "kasuguard: Zendesk と Freshdesk のチケットのカスタマーハラスメント検知",
        "argparse_invalid_choice": "{argument} に {value} は使えません。選べるもの: {choices}",
        "argparse_required": "次の引数が必要です: {names}",
        "argparse_unrecognized": "知らない引数です: {names}",
        "argparse_expected_one": "{argument} には値が1つ必要です",
        "argparse_invalid_int": "{argument} には整数を書いてください（いまは {value}）",
        "argparse_other": "{message}",
        "help_check_config": "設定を検証し、Redis とデータベースへの接続を確かめます",
        "help_online": "ヘルプデスクの API 認証情報も確かめます（読み取りのみの呼び出しを1回ずつ）",
        "help_dry_run": "ドライランで記録された処理（担当者が見る内容）を表示します",
        "help_limit": "表示する件数（既定 20）",
        "help_json": "JSON Lines（1行に1つの JSON）で出力します",
        "help_sign": "Zendesk のテスト用リクエストの署名ヘッダーを表示します",
        "help_try": "サンプルの Webhook を署名して、動いている kasuguard に送ります",
        "help_try_file": "送る JSON ファイル（例: tests/fixtures/zendesk/comment_added.json）",
        "help_try_url": "kasuguard の URL（既定 http://127.0.0.1:8000）",
        "help_file": "ファイル",
        "help_failed": "失敗したジョブ: 一覧・再実行・削除",
        "help_failed_ids": "ジョブ ID（requeue / purge）",
        "help_failed_all": "失敗したジョブすべて（requeue / purge）",
        "help_score": "JSONL ファイルのシナリオを採点します",
        "help_eval": "ラベル付きシナリオで判定の精度を評価します",
        "help_eval_file": "JSONL ファイル（--lowo では不要）",
        "help_toxicity": "FILE は公開データセットの subset.csv: AUC と誤検知",
        "help_writers": "--lowo で、この書き手だけを外します（カンマ区切り）",
        "help_lowo": "書き手ごとに外して学習し直し、その書き手を採点します",
        "help_split": "シナリオ ID で決まる約 70% の構築用、または約 30% の検証用だけ",
        "help_model": "学習層: ラベル付きコーパスから重みを作り直します",
        "help_setup": "ヘルプデスクを接続します: Webhook、シークレット、ルール",
        "help_url": "kasuguard の公開 URL（https://…）",
        "help_setup_dry_run": "API の呼び出しを表示するだけで、何も変えません",
        "help_name": "Webhook の名前（Zendesk）",
        "help_env_file": "シークレットを書き込むファイル（Zendesk）",
        "help_subdomain": "Zendesk のサブドメイン（未設定のとき）",
        "help_email": "Zendesk の担当者メールアドレス（未設定のとき）",
        "help_token": "Zendesk の API トークン（未設定のとき）",
        "help_schedule": "営業時間のスケジュールをポリシーの YAML として表示します",
        "help_username": "Basic 認証のユーザー名（Freshdesk）",
        "help_backfill": "過去のチケットを採点します（中断しても再開できます）",
        "help_since": "30d、12w または日付（既定 30d）",
        "help_until": "この時刻以降のメッセージは飛ばします（既定: 現在）",
        "help_tag": "本番と同じく書き戻します（タグ・メモ）",
        "help_restart": "保存した進み具合を先に消します",
        "help_report": "事案レポート: 件数、週ごと、申出人ごと",
        "help_report_until": "日付または期間（既定: 現在）",
        "help_output": "標準出力ではなく FILE に書きます",
        "help_tz": "週と日付のタイムゾーン（既定: ポリシーのもの）",
        "help_top": "一覧に出す申出人の数（既定 10）",
        "help_admin_password": "管理者パスワードをハッシュにします（KASUGUARD_ADMIN_PASSWORD_HASH 用）",
        "help_with_secret_key": "新しい KASUGUARD_SECRET_KEY も表示します",
        "help_push": "返信テンプレートを Zendesk のマクロ・Freshdesk の定型文に登録します",
        "help_language": "既定: ポリシーの言語",
        "help_push_dry_run": "登録する内容を表示するだけにします",
        "help_db": "SQL データベース: マイグレーション",
        "help_admin": "管理者アカウント: add、list、remove、passwd",
        "help_admin_name": "アカウントのユーザー名",
        "help_role": "add: editor（編集者）か viewer（閲覧者）",
        "help_purge": "ポリシーの保存期間を過ぎた事案を削除します",
        "help_purge_dry_run": "削除するものを表示するだけにします",
        "help_forget": "1人の申出人を履歴と記録から消します",
        "help_requester": "申出人の ID またはメールアドレス",
        "help_helpdesk_both": "既定: 両方",
        "help_helpdesk": "ヘルプデスク",
        # check-config
        "cc_title": "kasuguard の設定を確認します（{env}）",
        "cc_env_file": ".env: {path}",
        "cc_no_env_file": ".env: なし（環境変数だけ）",
        "cc_ok": "OK",
        "cc_warn": "注意",
        "cc_error": "エラー",
        "cc_redis_ok": "Redis {where}: 接続できました（PING）",
        "cc_redis_down": "Redis {where}: 接続できません（{error}）。redis-server が動いているか、REDIS_URL を確かめてください。",
        "cc_persistence_aof": "Redis の永続化: AOF（再起動しても受け付けたイベントが残ります）",
        "cc_persistence_off": "Redis の永続化: オフ。再起動すると待機中のイベントと重複防止の記録が消えます（README の Redis の節を参照）。",
        "cc_persistence_unknown": "Redis の永続化: 不明（{detail}）",
        "cc_db_ok": "データベース {where}: 接続できました。スキーマは最新です（{revision}）",
        "cc_db_behind": "データベース {where}: スキーマが古いままです（{revision}、このバージョンの最新は {head}）。`kasuguard db upgrade` を実行してください。",
        "cc_db_empty": "データベース {where}: まだ作られていません。`kasuguard db upgrade`（または scripts/run）で作ります。",
        "cc_db_down": "データベース {where}: 接続できません（{error}）。DATABASE_URL を確かめてください。",
        "cc_policy": "ポリシー: {name}（{path}）",
        "cc_policy_timezone": "  タイムゾーン: {zone}",
        "cc_policy_hours": "  受付時間: {hours}",
        "cc_policy_observe_only": "  観察のみ（observe_only）: {value}",
        "cc_observe_only_on": "はい = タグとメモだけを書き、エスカレーションと自動送信はしません",
        "cc_observe_only_off": "いいえ = ポリシーどおりにエスカレーションします",
        "cc_policy_escalation": "  エスカレーションの優先度: {priority}",
        "cc_policy_categories": "  検知する類型: {count} / {total}",
        "cc_policy_history": "  繰り返しを数える期間: {days} 日（履歴の保存 {keep} 日、事案の保存 {incidents} 日）",
        "cc_policy_auto_reply": "  時間外の受付お知らせの自動送信: {value}",
        "cc_helpdesk_disabled": "{name}: 無効（Webhook シークレットがありません）",
        "cc_helpdesk_dry_run": "{name}: 有効・ドライラン（処理は記録されるだけで、ヘルプデスクには書きません）",
        "cc_helpdesk_live": "{name}: 有効・{url} に書き込みます",
        "cc_unknown_key": "{key}（{source}）は kasuguard の設定にない名前です。{hint}",
        "cc_unknown_key_hint": "{name} の書き間違いではありませんか。",
        "cc_unknown_key_no_hint": "使わない設定なら消してください。",
        "cc_source_env": "環境変数",
        "cc_source_file": ".env",
        "cc_bad_lang": "KASUGUARD_LANG={value} は使えません（ja か en）。ロケールから選びました。",
        "cc_online_ok_zendesk": "{name} の API: 認証できました（{role}、ユーザー ID {id}）",
        "cc_online_ok_freshdesk": "{name} の API: 認証できました（担当者 ID {id}）",
        "cc_online_rejected": "{name} の API: 認証情報が受け付けられません（{status}）。{hint}",
        "cc_online_unreachable": "{name} の API: つながりません（{error}）。",
        "cc_online_skipped": "{name} の API: 認証情報がないので確かめません（ドライラン）",
        "cc_online_hint_zendesk": "ZENDESK_EMAIL と ZENDESK_API_TOKEN（管理センター → アプリおよびインテグレーション → API → APIトークン）を確かめてください。",
        "cc_online_hint_freshdesk": "FRESHDESK_API_KEY（プロフィール設定の API キー）を確かめてください。",
        "cc_summary_ok": "問題はありません。",
        "cc_summary_warnings": "注意が {n} 件あります（動作はします）。",
        "cc_summary_errors": "エラーが {n} 件あります。直してからもう一度実行してください。",
        # dry-run
        "dr_none": "ドライランの記録はまだありません（ドライランモードで Webhook を受けると、ここに出ます）。",
        "dr_header": "── {at}  {helpdesk} チケット #{ticket_id}  {action} ──",
        "dr_write_back": "書き戻し",
        "dr_public_reply": "公開返信（時間外の受付お知らせ）",
        "dr_tags": "タグ: {tags}",
        "dr_no_tags": "タグ: （なし）",
        "dr_note": "内部メモ:",
        "dr_no_note": "内部メモ: （なし）",
        "dr_escalation": "エスカレーション: 優先度 {priority}{group}",
        "dr_group": "、グループ {group}",
        "dr_reply": "お客様への返信:",
        "dr_count": "{n} 件（新しい順）。記録は24時間で消えます。",
        # sign / try
        "sign_no_secret": "ZENDESK_WEBHOOK_SECRET が設定されていません。",
        "try_no_secret": "{key} が設定されていません（.env または環境変数）。`scripts/run` が最初の起動で作ります。",
        "try_unreadable": "{file} を読めません（{error}）。",
        "try_not_json": "{file} は JSON ではありません（{error}）。送る前に直してください。",
        "try_sent": "{helpdesk} のサンプルを {url} に送りました: HTTP {status}",
        "try_unreachable": "{url} につながりません（{error}）。kasuguard は動いていますか（scripts/run）。",
        "try_202": "受け付けました（ジョブ {job_id}）。ワーカーが処理したら `kasuguard dry-run` で担当者が見る内容を確かめられます。",
        "try_200_duplicate": "同じイベントは受付済みです（再送の重複防止）。もう一度試すなら、ファイルの ID を変えてください。",
        "try_200_ignored": "kasuguard が扱わないイベントなので無視しました（{detail}）。",
        "try_401": "署名またはパスワードが合いません。サービスと同じ .env を読んでいるか、サービスを再起動したか確かめてください。",
        "try_400": "中身が読めませんでした: {detail}",
        "try_404": "このヘルプデスクは無効です（Webhook シークレットが設定されていません）。",
        "try_413": "本文が大きすぎます（KASUGUARD_MAX_BODY_BYTES）。",
        "try_503": "Redis に書けないため、いまは受け付けられません。Redis を確かめてください。",
        "try_other": "予期しない応答です: {detail}",
        # failed
        "failed_row": "{job_id}  {helpdesk} #{ticket_id}  {when}  {reason}",
        "failed_count": "失敗したジョブ {n} 件（時刻は {zone}）",
        "failed_unknown": "失敗ジョブの一覧にありません: {ids}",
        "failed_none_given": "（指定がありません。すべてなら --all）",
        "failed_requeued": "{n} 件を再実行に回しました",
        "failed_purged": "{n} 件を削除しました",
        "reason_helpdesk_unreachable": "ヘルプデスクにつながらない",
        "reason_helpdesk_rejected": "ヘルプデスクが拒否",
        "reason_bad_payload": "イベントの中身が不正",
        "reason_timeout": "時間切れ",
        "reason_storage_unreachable": "Redis かデータベースにつながらない",
        "reason_internal_error": "kasuguard 内部のエラー",
        # model, eval, setup …
        "eval_needs_file": "eval には FILE か --lowo が必要です",
        "model_wrote": "{path} を書きました（n-gram {ngrams} 個、事例 {cases} 件）",
        "db_imported": "以前の保存形式から取り込みました: テンプレートの版 {versions} 件、事案 {incidents} 件（申出人は仮名化）",
        "db_revision": "{where}: スキーマ {revision}（このバージョンの最新: {head}）",
        "db_empty": "（空）",
        "admin_row": "{name}  {role}  パスワード設定 {changed}",
        "admin_count": "アカウント {n} 件",
        "admin_needs_name": "admin {action} にはアカウントの名前（NAME）が必要です",
        "admin_removed": "{name} を削除しました（セッションも終了しました）",
        "admin_added": "{name} を追加しました（{role}）",
        "admin_passwd": "{name} のパスワードを変えました（セッションは終了しました）",
        "purge_would": "{cutoff} より前に書かれた事案 {n} 件を削除します（retention.incidents_days: {days}）{oldest}",
        "purge_done": "{cutoff} より前に書かれた事案 {n} 件を削除しました（retention.incidents_days: {days}）{oldest}",
        "purge_oldest": "。最も古いもの: {day}",
        "forget_needs_requester": "--requester には申出人の ID かメールアドレスを書いてください",
        "forget_removed": "{helpdesks} から削除しました:",
        # setup
        "setup_bad_url": "--url には https://kasuguard.example.com のような http(s) の URL を書いてください（いまは {url}）",
        "setup_other_webhook": "注意: 同じ名前 {name} の別の Webhook が {other} を指しています。古い kasuguard のアドレスなら、管理センター → アプリおよびインテグレーション → Webhook → Webhook で削除してください。",
        "setup_created": "Webhook {id} を作成しました → {endpoint}",
        "setup_exists": "Webhook {id} → {endpoint} はすでにあります。変更していません。",
        "setup_trigger_connected": "  この Webhook はイベントではなくトリガに接続されています。トリガの JSON 本文は README のとおりにしてください。",
        "setup_not_subscribed": "  注意: 次のイベントを購読していません: {missing}",
        "setup_inactive": "  注意: 状態が {status} です。管理センターでアクティブにしてください。",
        "setup_dry_run": "ドライラン: API は呼ばず、.env も変えません。呼ぶのは次のとおりです:",
        "setup_dry_run_find": "このエンドポイントの Webhook を探す。meta.after_cursor をたどる",
        "setup_dry_run_create": "見つからなかったときだけ",
        "setup_dry_run_write": "そして ZENDESK_WEBHOOK_SECRET を {path} に書きます",
        "setup_zendesk_credentials": "Zendesk の API 認証情報が必要です。.env に ZENDESK_SUBDOMAIN、ZENDESK_EMAIL、ZENDESK_API_TOKEN を書くか、--subdomain、--email、--token を付けてください（API トークンは 管理センター → アプリおよびインテグレーション → API → APIトークン で作ります）",
        "setup_zendesk_refused": "Zendesk が設定を受け付けませんでした: {detail}",
        "setup_wrote": "{keys} を {path} に書きました。使うには kasuguard を再起動してください。",
        "setup_nothing_to_write": "{path} にはすでにこの Webhook の署名シークレットがあります。書くものはありません。",
        "setup_schedule_failed": "Webhook は設定しましたが、営業時間は設定できませんでした: {detail}",
        "setup_unknown_zone": "Zendesk のタイムゾーン {zone} がわかりません。ポリシーの calendar.timezone に IANA の名前（例: Asia/Tokyo）を手で書いてください",
        "setup_spans_midnight": "スケジュールの時間帯 {start}-{end} が日付をまたいでいます。手で分けてください",
        "fd_rule": "ルール {n}: {title}",
        "fd_where": "  場所:        {where}",
        "fd_condition": "  条件:        {condition}",
        "fd_action": "  アクション:  Webhook をトリガー（Trigger webhook）",
        "fd_request_type": "  リクエストの種類（Request type）: POST",
        "fd_url": "  URL:         {url}",
        "fd_auth": "  認証が必要（Requires authentication）: オン",
        "fd_username": "    ユーザー名（Username）:  {username}",
        "fd_password": "    パスワード（Password）:  .env の FRESHDESK_WEBHOOK_SECRET の値（ここには表示しません）",
        "fd_encoding": "  エンコード（Encoding）: JSON",
        "fd_content": "  コンテンツ（Content）: 詳細（Advanced）にして、次の本文を貼り付けます:",
        "fd_dry_run_secret": "ドライラン: 新しい FRESHDESK_WEBHOOK_SECRET を {path} に書くところです。",
        "fd_wrote_secret": "新しい FRESHDESK_WEBHOOK_SECRET を {path} に書きました。kasuguard を再起動してください。",
        "fd_no_api_key": "FRESHDESK_API_KEY が設定されていません。kasuguard はドライランで動きます。",
        "fd_dry_run_check": "ドライラン: GET /api/v2/agents/me で API キーを確かめるところです。",
        "fd_key_refused": "Freshdesk が FRESHDESK_API_KEY を受け付けませんでした: {detail}",
        "fd_key_works": "API キーは有効です（担当者 ID {id}）。",
        "fd_rules_intro": "Freshdesk の Webhook は自動化ルールから送られます。ルールは API では作れないので、次の2つを画面で作ってください:",
        "bf_progress": "チケット {tickets}・メッセージ {messages}・検知 {flagged}・書き込み {writes}・待ち {waited} 秒",
        "bf_no_credentials": "{name} の API 認証情報がありません。backfill は API で読みます",
        "bf_no_credentials_any": "API 認証情報のあるヘルプデスクがありません。backfill は API で読みます",
        "bf_tag_dry_run": "--tag は {name} に書き込みますが、{name} はドライランです",
        "bf_finished": "{name} の backfill は {at} に終わっています（もう一度なら --restart）",
        "bf_resuming": "{name} の続きから再開します（{since} 以降のメッセージの回。最初からなら --restart）",
        "bf_interrupted": "{name} の backfill を中断しました。同じコマンドで続きから再開できます",
        "bf_stopped": "{name} の backfill が止まりました: {detail}。もう一度実行すると続きから再開します",
        "bf_summary": "{name}: チケット {tickets} 件、お客様のメッセージ {messages} 件を判定、{flagged} 件を検知（{levels}）、書き込み {writes} 回",
        "bf_rejected": "、{name} が拒否 {n} 件",
        "bf_scoring_only": "（判定のみ。書き戻すなら --tag）",
        "report_unknown_zone": "{zone} というタイムゾーンはありません（Asia/Tokyo のような IANA の名前）",
        "report_wrote": "事案 {n} 件のレポートを {path} に書きました",
        "bad_moment": "30d、12w、24h のような期間か、2026-01-31 のような日付を書いてください（いまは {value}）",
        "forget_history": "申出人の履歴（Redis）: {n} 件",
        "forget_incidents": "事案（SQL）: {n} 件",
        "forget_jobs": "{place} のジョブ（RQ）: {n} 件",
        "forget_running": "実行中のため残したジョブ: {n} 件（終わったらもう一度 forget を実行してください）",
    },
    "en": {
        "prefix": "kasuguard: {message}",
        "config_error": "configuration error: {detail}",
        "policy_error": "policy error: {detail}",
        "redis_unreachable": "Redis unreachable ({error}): is Redis running, and is REDIS_URL right?",
        "db_unreachable": "database unreachable or failing ({error}): check DATABASE_URL",
        "template_broken": "template {where} is broken: {problem}",
        "template_broken_line": "template {where}, line {line}: {problem}",
        "push_skipped": "{helpdesk}: skipped (no API credentials)",
        "push_would": "{helpdesk}: would push '{title}' ({template})",
        "push_macro_created": "zendesk: created macro '{title}'",
        "push_macro_unchanged": "zendesk: unchanged macro '{title}'",
        "push_macro_updated": "zendesk: updated macro '{title}'",
        "push_canned_created": "freshdesk: created canned response '{title}'",
        "push_canned_unchanged": "freshdesk: unchanged canned response '{title}'",
        "push_canned_updated": "freshdesk: updated canned response '{title}'",
        "push_refused": "nothing pushed: {detail}",
        "push_stopped": "push stopped: {detail}",
        "passwords_differ": "the passwords differ",
        "password_too_short": "use at least {n} characters",
        "password_prompt": "Admin password: ",
        "password_again": "Again: ",
        "password_for": "Password for {name}: ",
        "yes": "yes",
        "no": "no",
        "usage": "usage: ",
        "positionals": "positional arguments",
        "optionals": "options",
        "commands": "commands",
        "help_help": "show this help message and exit",
        "description": "kasuguard: customer-harassment detection for Zendesk and Freshdesk tickets",
        "argparse_invalid_choice": "argument {argument}: invalid choice {value} (choose from {choices})",
        "argparse_required": "the following arguments are required: {names}",
        "argparse_unrecognized": "unrecognized arguments: {names}",
        "argparse_expected_one": "argument {argument}: expected one argument",
        "argparse_invalid_int": "argument {argument}: invalid int value: {value}",
        "argparse_other": "{message}",
        "help_check_config": "validate the configuration; connect to Redis and the database",
        "help_online": "also check the helpdesk API credentials (one read-only call each)",
        "help_dry_run": "show the actions recorded in dry-run mode (what the agent would see)",
        "help_limit": "how many (default 20)",
        "help_json": "JSON Lines: one JSON object per line",
        "help_sign": "signature headers for a Zendesk test request",
        "help_try": "sign a sample webhook and post it to the running kasuguard",
        "help_try_file": "the JSON body (e.g. tests/fixtures/zendesk/comment_added.json)",
        "help_try_url": "kasuguard's address (default http://127.0.0.1:8000)",
        "help_file": "file",
        "help_failed": "jobs that failed: list, requeue or purge them",
        "help_failed_ids": "job ids (requeue/purge)",
        "help_failed_all": "every failed job (requeue/purge)",
        "help_score": "score scenarios from a JSONL file",
        "help_eval": "evaluate the scorer on labelled scenarios",
        "help_eval_file": "a JSONL file (not needed with --lowo)",
        "help_toxicity": "FILE is the public toxicity set's subset.csv: AUC and false alarms",
        "help_writers": "with --lowo: only hold out these writers (comma-separated)",
        "help_lowo": "leave-one-writer-out over the training corpus: retrain without each writer, score that writer",
        "help_split": "only the fixed ~70% build part or the ~30% held-out part (by scenario id)",
        "help_model": "the learned layer: rebuild its weights from the labelled corpus",
        "help_setup": "connect a helpdesk: webhook, secret, rules",
        "help_url": "public base URL of kasuguard (https://…)",
        "help_setup_dry_run": "print the API calls, change nothing",
        "help_name": "webhook name (Zendesk)",
        "help_env_file": "where to write the secret (Zendesk)",
        "help_subdomain": "Zendesk subdomain, if not configured yet",
        "help_email": "Zendesk agent e-mail, if not configured yet",
        "help_token": "Zendesk API token, if not configured yet",
        "help_schedule": "print the business-hours schedule as policy YAML",
        "help_username": "Basic-auth user (Freshdesk)",
        "help_backfill": "score past tickets; resumable",
        "help_since": "30d, 12w or a date (default 30d)",
        "help_until": "skip messages from this time on (default now)",
        "help_tag": "write back (tags, note) as live",
        "help_restart": "forget saved progress first",
        "help_report": "incident report: counts, weeks, requesters",
        "help_report_until": "a date or duration ago (default now)",
        "help_output": "write to FILE instead of stdout",
        "help_tz": "time zone for weeks and dates (default: the policy's)",
        "help_top": "requesters listed (default 10)",
        "help_admin_password": "hash an admin password for KASUGUARD_ADMIN_PASSWORD_HASH",
        "help_with_secret_key": "also print a new KASUGUARD_SECRET_KEY",
        "help_push": "reply templates to Zendesk macros and Freshdesk canned responses",
        "help_language": "default: the policy's",
        "help_push_dry_run": "show what would be pushed",
        "help_db": "the SQL database: migrations",
        "help_admin": "admin accounts: add, list, remove, passwd",
        "help_admin_name": "the account's user name",
        "help_role": "add: editor or viewer",
        "help_purge": "delete incidents past the policy's retention",
        "help_purge_dry_run": "print what would be deleted",
        "help_forget": "remove one requester from history and records",
        "help_requester": "the requester's id or e-mail",
        "help_helpdesk_both": "default: both",
        "help_helpdesk": "the helpdesk",
        "cc_title": "Checking kasuguard's configuration ({env})",
        "cc_env_file": ".env: {path}",
        "cc_no_env_file": ".env: none (environment only)",
        "cc_ok": "ok",
        "cc_warn": "warning",
        "cc_error": "error",
        "cc_redis_ok": "Redis {where}: answers (PING)",
        "cc_redis_down": "Redis {where}: unreachable ({error}); is redis-server running, and is REDIS_URL right?",
        "cc_persistence_aof": "Redis persistence: AOF (accepted events survive a restart)",
        "cc_persistence_off": "Redis persistence: OFF; a restart loses queued events and the duplicate guards (see README, Redis)",
        "cc_persistence_unknown": "Redis persistence: unknown ({detail})",
        "cc_db_ok": "Database {where}: answers; schema is current ({revision})",
        "cc_db_behind": "Database {where}: schema {revision} is behind this version's {head}; run `kasuguard db upgrade`",
        "cc_db_empty": "Database {where}: not created yet; `kasuguard db upgrade` (or scripts/run) creates it",
        "cc_db_down": "Database {where}: unreachable ({error}); check DATABASE_URL",
        "cc_policy": "Policy: {name} ({path})",
        "cc_policy_timezone": "  time zone: {zone}",
        "cc_policy_hours": "  business hours: {hours}",
        "cc_policy_observe_only": "  observe_only: {value}",
        "cc_observe_only_on": "yes = tags and notes only; no escalation, nothing sent",
        "cc_observe_only_off": "no = escalates as the policy says",
        "cc_policy_escalation": "  escalation priority: {priority}",
        "cc_policy_categories": "  categories detected: {count} of {total}",
        "cc_policy_history": "  repeats counted over {days} days (history kept {keep} days, incidents {incidents} days)",
        "cc_policy_auto_reply": "  after-hours acknowledgement sent automatically: {value}",
        "cc_helpdesk_disabled": "{name}: disabled (no webhook secret)",
        "cc_helpdesk_dry_run": "{name}: enabled, dry run (actions are recorded, not sent)",
        "cc_helpdesk_live": "{name}: enabled, writing to {url}",
        "cc_unknown_key": "{key} ({source}) is not a kasuguard setting. {hint}",
        "cc_unknown_key_hint": "Did you mean {name}?",
        "cc_unknown_key_no_hint": "Remove it if it is not used.",
        "cc_source_env": "environment",
        "cc_source_file": ".env",
        "cc_bad_lang": "KASUGUARD_LANG={value} is not ja or en; the locale decided.",
        "cc_online_ok_zendesk": "{name} API: credentials accepted ({role}, user id {id})",
        "cc_online_ok_freshdesk": "{name} API: credentials accepted (agent id {id})",
        "cc_online_rejected": "{name} API: credentials refused ({status}). {hint}",
        "cc_online_unreachable": "{name} API: unreachable ({error})",
        "cc_online_skipped": "{name} API: no credentials to check (dry run)",
        "cc_online_hint_zendesk": "Check ZENDESK_EMAIL and ZENDESK_API_TOKEN (Admin Center → Apps and integrations → APIs → API tokens).",
        "cc_online_hint_freshdesk": "Check FRESHDESK_API_KEY (your profile settings, API key).",
        "cc_summary_ok": "No problems found.",
        "cc_summary_warnings": "{n} warning(s); kasuguard will run.",
        "cc_summary_errors": "{n} error(s); fix them and run this again.",
        "dr_none": "No dry-run actions recorded yet (they appear here once a webhook arrives in dry-run mode).",
        "dr_header": "── {at}  {helpdesk} ticket #{ticket_id}  {action} ──",
        "dr_write_back": "write-back",
        "dr_public_reply": "public reply (after-hours acknowledgement)",
        "dr_tags": "Tags: {tags}",
        "dr_no_tags": "Tags: (none)",
        "dr_note": "Internal note:",
        "dr_no_note": "Internal note: (none)",
        "dr_escalation": "Escalation: priority {priority}{group}",
        "dr_group": ", group {group}",
        "dr_reply": "Reply to the customer:",
        "dr_count": "{n} record(s), newest first; records expire after 24 hours.",
        "sign_no_secret": "ZENDESK_WEBHOOK_SECRET is not set",
        "try_no_secret": "{key} is not set (.env or the environment); scripts/run writes one on first start",
        "try_unreadable": "cannot read {file} ({error})",
        "try_not_json": "{file} is not JSON ({error}); fix it before sending",
        "try_sent": "posted the {helpdesk} sample to {url}: HTTP {status}",
        "try_unreachable": "{url} does not answer ({error}); is kasuguard running (scripts/run)?",
        "try_202": "Accepted (job {job_id}). Once the worker has run it, `kasuguard dry-run` shows what the agent would see.",
        "try_200_duplicate": "Already accepted (redelivery protection); change the ids in the file to try again.",
        "try_200_ignored": "Ignored: an event kasuguard does not act on ({detail}).",
        "try_401": "Signature or password refused: does the service read the same .env, and was it restarted?",
        "try_400": "The body could not be understood: {detail}",
        "try_404": "This helpdesk is disabled (no webhook secret is set).",
        "try_413": "The body is too large (KASUGUARD_MAX_BODY_BYTES).",
        "try_503": "Cannot accept now: Redis does not take writes. Check Redis.",
        "try_other": "Unexpected answer: {detail}",
        "failed_row": "{job_id}  {helpdesk} #{ticket_id}  {when}  {reason}",
        "failed_count": "{n} failed job(s) (times in {zone})",
        "failed_unknown": "not in the failed-job registry: {ids}",
        "failed_none_given": "(none given; use --all)",
        "failed_requeued": "requeued {n} job(s)",
        "failed_purged": "purged {n} job(s)",
        "reason_helpdesk_unreachable": "helpdesk unreachable",
        "reason_helpdesk_rejected": "helpdesk rejected",
        "reason_bad_payload": "bad event payload",
        "reason_timeout": "timed out",
        "reason_storage_unreachable": "Redis or the database unreachable",
        "reason_internal_error": "internal error",
        "eval_needs_file": "eval needs a FILE, or --lowo",
        "model_wrote": "wrote {path} ({ngrams} n-grams, {cases} cases)",
        "db_imported": "imported from the previous storage: {versions} template version(s), {incidents} incident(s) (requesters pseudonymised)",
        "db_revision": "{where}: schema {revision} (this version's newest: {head})",
        "db_empty": "(empty)",
        "admin_row": "{name}  {role}  password set {changed}",
        "admin_count": "{n} account(s)",
        "admin_needs_name": "admin {action} needs the account's NAME",
        "admin_removed": "removed {name} (and ended its sessions)",
        "admin_added": "added {name} ({role})",
        "admin_passwd": "new password for {name} (its sessions were ended)",
        "purge_would": "would delete {n} incident(s) written before {cutoff} (retention.incidents_days: {days}){oldest}",
        "purge_done": "deleted {n} incident(s) written before {cutoff} (retention.incidents_days: {days}){oldest}",
        "purge_oldest": ", the oldest from {day}",
        "forget_needs_requester": "--requester needs the requester's id or e-mail address",
        "forget_removed": "removed from {helpdesks}:",
        "setup_bad_url": "--url must be an http(s) URL such as https://kasuguard.example.com, got {url}",
        "setup_other_webhook": "Note: another webhook named {name} points at {other}; delete it in Admin Center if it is an old kasuguard address.",
        "setup_created": "Created webhook {id} → {endpoint}",
        "setup_exists": "Webhook {id} → {endpoint} already exists; not changed.",
        "setup_trigger_connected": "  It is connected to triggers (not to events): keep your triggers' JSON body as README describes.",
        "setup_not_subscribed": "  Warning: it is not subscribed to {missing}.",
        "setup_inactive": "  Warning: its status is {status}; activate it.",
        "setup_dry_run": "Dry run: no call is made and .env is not touched. The calls would be:",
        "setup_dry_run_find": "find a webhook with this endpoint; follow meta.after_cursor",
        "setup_dry_run_create": "only if none was found",
        "setup_dry_run_write": "then write ZENDESK_WEBHOOK_SECRET to {path}",
        "setup_zendesk_credentials": "Zendesk API credentials are needed: set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN in .env, or pass --subdomain, --email and --token (API tokens: Admin Center → Apps and integrations → APIs → API tokens)",
        "setup_zendesk_refused": "Zendesk refused the setup: {detail}",
        "setup_wrote": "Wrote {keys} to {path}. Restart kasuguard to use them.",
        "setup_nothing_to_write": "{path} already has the webhook's signing secret; nothing to write.",
        "setup_schedule_failed": "the webhook is set up, but not the schedule: {detail}",
        "setup_unknown_zone": "unknown Zendesk time zone {zone}: set calendar.timezone to its IANA name (e.g. Asia/Tokyo) by hand",
        "setup_spans_midnight": "schedule interval {start}-{end} spans midnight; split it by hand",
        "fd_rule": "Rule {n}: {title}",
        "fd_where": "  Where:       {where}",
        "fd_condition": "  Condition:   {condition}",
        "fd_action": "  Action:      Trigger webhook",
        "fd_request_type": "  Request type: POST",
        "fd_url": "  URL:         {url}",
        "fd_auth": "  Requires authentication: on",
        "fd_username": "    Username:  {username}",
        "fd_password": "    Password:  the value of FRESHDESK_WEBHOOK_SECRET in .env (not printed here)",
        "fd_encoding": "  Encoding:    JSON",
        "fd_content": "  Content:     Advanced, with this body:",
        "fd_dry_run_secret": "Dry run: would write a new FRESHDESK_WEBHOOK_SECRET to {path}.",
        "fd_wrote_secret": "Wrote a new FRESHDESK_WEBHOOK_SECRET to {path}; restart kasuguard.",
        "fd_no_api_key": "FRESHDESK_API_KEY is not set: kasuguard will run in dry-run mode.",
        "fd_dry_run_check": "Dry run: would check the API key with GET /api/v2/agents/me.",
        "fd_key_refused": "Freshdesk did not accept FRESHDESK_API_KEY: {detail}",
        "fd_key_works": "API key works (agent id {id}).",
        "fd_rules_intro": "Freshdesk webhooks come from automation rules, which its API cannot create for us. Create these two:",
        "bf_progress": "tickets {tickets} · messages {messages} · flagged {flagged} · writes {writes} · waited {waited}s",
        "bf_no_credentials": "{name} has no API credentials: backfill reads through the API",
        "bf_no_credentials_any": "no helpdesk has API credentials: backfill reads through the API",
        "bf_tag_dry_run": "--tag writes to {name}, but {name} is in dry-run mode",
        "bf_finished": "the {name} backfill finished at {at} (--restart to run it again)",
        "bf_resuming": "resuming the {name} run started for messages since {since} (--restart to start over)",
        "bf_interrupted": "{name} backfill interrupted; run the same command to resume",
        "bf_stopped": "{name} backfill stopped: {detail}; run it again to resume",
        "bf_summary": "{name}: {tickets} tickets, {messages} customer messages scored, {flagged} flagged ({levels}), {writes} writes",
        "bf_rejected": ", {n} rejected by {name}",
        "bf_scoring_only": " (scoring only; --tag writes back)",
        "report_unknown_zone": "unknown time zone {zone} (an IANA name such as Asia/Tokyo)",
        "report_wrote": "wrote {n} incidents' report to {path}",
        "bad_moment": "expected a duration such as 30d, 12w or 24h, or a date such as 2026-01-31, got {value}",
        "forget_history": "requester history (Redis): {n} entries",
        "forget_incidents": "incidents (SQL): {n}",
        "forget_jobs": "{place} jobs (RQ): {n}",
        "forget_running": "running jobs left to finish: {n} (run forget again)",
    },
}  # fmt: skip


def argparse_error(message: str) -> str:
    """argparse's own (English) error messages for the common mistakes, translated."""
    shapes: tuple[tuple[str, Callable[[re.Match[str]], str]], ...] = (
        (r"argument (?P<a>\S+): invalid choice: (?P<v>'[^']*') \(choose from (?P<c>.+)\)",
         lambda m: t("argparse_invalid_choice", argument=m["a"], value=m["v"], choices=m["c"])),
        (r"the following arguments are required: (?P<n>.+)",
         lambda m: t("argparse_required", names=m["n"])),
        (r"unrecognized arguments: (?P<n>.+)", lambda m: t("argparse_unrecognized", names=m["n"])),
        (r"argument (?P<a>\S+): expected one argument",
         lambda m: t("argparse_expected_one", argument=m["a"])),
        (r"argument (?P<a>\S+): invalid int value: (?P<v>.+)",
         lambda m: t("argparse_invalid_int", argument=m["a"], value=m["v"])),
    )  # fmt: skip
    for pattern, render in shapes:
        found = re.fullmatch(pattern, message)
        if found:
            return render(found)
    return message
