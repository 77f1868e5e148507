"""Reply templates: where they come from, what they may use, and sandboxed rendering.

Templates are admin-editable text (``templates/<language>/<name>.txt``, Jinja syntax), so they
are untrusted input (style guide C14): they are rendered in an immutable
``SandboxedEnvironment`` with ``StrictUndefined``, apart from any Flask environment, and they see
only ``ReplyContext`` — a flat, documented set of values, never the event, clients or config.

A template that fails to render raises ``BrokenTemplate``; callers never get half a reply.
Its ``TemplateIssue`` says what went wrong as a kind and values (``issue_from_exception``), so
the admin page can say it in plain words; ``worker.template_check`` finds every problem of a
draft at once.

Where templates come from is a ``TemplateStore``: ``FileTemplateStore`` reads ``templates/``;
the admin page's durable, versioned store only has to provide the same two methods.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError, TemplateRuntimeError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from worker.categories import CATEGORIES
from worker.policy import DEFAULT_POLICY_PATH, REPLY_TEMPLATES, load_policy

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"

NOTE_TEMPLATES: tuple[str, ...] = ("escalation_note", "internal_note")
"""Internal (agent-only) templates: never sent to a customer."""

TEMPLATE_NAMES: tuple[str, ...] = (*REPLY_TEMPLATES, *NOTE_TEMPLATES)
"""Every template the product uses; each exists in every language of ``LANGUAGES``."""

LANGUAGES: tuple[str, ...] = ("ja", "en")

MAX_RENDERED_CHARS = 20_000
"""A rendered template longer than this is refused (a loop gone wrong, not a reply)."""

MAX_QUOTE_CHARS = 200
"""Evidence quotes are cut to this many characters in notes."""

CATEGORY_LABELS: Mapping[str, Mapping[str, str]] = {
    "ja": {
        "abuse": "暴言・侮辱・人格否定・中傷",
        "threat": "脅迫・危害の予告",
        "intimidation": "威圧・権威の誇示",
        "exposure_threat": "SNS・マスコミでの晒し／誹謗中傷",
        "dogeza": "土下座・過度な謝罪の要求",
        "money": "不当な金銭・金品の要求",
        "punish_staff": "従業員の処罰要求",
        "staff_attack": "従業員個人への攻撃・指名・変更強要",
        "privacy": "プライバシーの侵害",
        "discrimination_sexual": "差別的・性的な言動",
        "excessive_demand": "過剰なサービス・特別扱いの要求",
        "restraint": "拘束的な言動",
        "repeat": "同様の要求の繰り返し・執拗な言動",
        "after_hours": "業務時間外の対応要求",
    },
    "en": {
        "abuse": "Abuse, insults, personal attacks",
        "threat": "Threats of harm",
        "intimidation": "Intimidation, wielding status",
        "exposure_threat": "Threat to expose or defame online or in the media",
        "dogeza": "Demand for kneeling or excessive apology",
        "money": "Unreasonable demand for money or goods",
        "punish_staff": "Demand to punish staff",
        "staff_attack": "Targeting an individual employee",
        "privacy": "Invasion of staff privacy",
        "discrimination_sexual": "Discriminatory or sexual remarks",
        "excessive_demand": "Excessive service or special treatment",
        "restraint": "Holding staff (long calls, summoning)",
        "repeat": "Repeated or persistent demands",
        "after_hours": "Demand for a response outside business hours",
    },
}
"""Category names as notes and replies show them, per language."""

TEMPLATE_TITLES: Mapping[str, Mapping[str, str]] = {
    "ja": {
        "after_hours_ack": "業務時間外の受付のお知らせ",
        "repeated_request": "同じご要望の繰り返しへのお知らせ",
        "boundary_warning": "不適切な言動へのお願い",
        "out_of_scope": "契約範囲を超えるご要望へのご回答",
        "compensation_demand": "補償・謝罪のご要求へのご回答",
        "final_notice": "ご対応をお断りする前の最終のお知らせ",
        "escalation_note": "責任者向けエスカレーションメモ",
        "internal_note": "kasuguard の内部メモ",
    },
    "en": {
        "after_hours_ack": "After-hours acknowledgement",
        "repeated_request": "Repeated-request notice",
        "boundary_warning": "Boundary warning",
        "out_of_scope": "Out-of-scope demand",
        "compensation_demand": "Compensation or apology demand",
        "final_notice": "Final notice before declining service",
        "escalation_note": "Escalation note for supervisors",
        "internal_note": "kasuguard internal note",
    },
}
"""Template names as people read them (the admin page's list, the note's heading)."""

PRIORITY_LABELS: Mapping[str, Mapping[str, str]] = {
    "ja": {"low": "低", "normal": "通常", "high": "高", "urgent": "緊急"},
    "en": {"low": "low", "normal": "normal", "high": "high", "urgent": "urgent"},
}

LEVEL_LABELS: Mapping[str, Mapping[str, str]] = {
    "ja": {"none": "なし", "low": "低", "medium": "中", "high": "高"},
    "en": {"none": "none", "low": "low", "medium": "medium", "high": "high"},
}


@dataclass(frozen=True)
class ReplyContext:
    """Everything a template may use. Flat values only; documented one by one in ``VARIABLES``.

    ``findings`` items are dicts with ``category`` (key), ``label``, ``quote``, ``reason`` and
    ``clause``; ``broken_templates`` items are dicts with ``name``, ``line`` and ``message``.
    """

    ticket_id: str
    helpdesk: str
    requester_name: str
    addressee: str
    company_name: str
    agent_signature: str
    policy_name: str
    policy_title: str
    business_hours: str
    call_limit: str
    level: str
    level_label: str
    categories: tuple[str, ...]
    category_keys: tuple[str, ...]
    findings: tuple[Mapping[str, str], ...]
    criminal: bool
    company_responses: tuple[str, ...]
    escalated: bool
    escalation_priority: str
    auto_reply_sent: bool = False
    suggested_reply: str = ""
    suggested_reply_template: str = ""
    suggested_reply_title: str = ""
    escalation_note: str = ""
    broken_templates: tuple[Mapping[str, Any], ...] = ()
    scorer_notes: tuple[str, ...] = ()

    def variables(self) -> dict[str, Any]:
        """The values as the template sees them (copies: a template cannot change the context)."""
        return asdict(self)


VARIABLES: Mapping[str, str] = {
    "ticket_id": "チケット番号 / the ticket id",
    "helpdesk": "ヘルプデスク名（Zendesk または Freshdesk） / which helpdesk",
    "requester_name": "お客様の氏名（不明なら空） / requester's name, empty when unknown",
    "addressee": "宛名（「山田 太郎 様」、不明なら「お客様」） / salutation",
    "company_name": "会社名（ポリシーの company_name） / the company's name",
    "agent_signature": "署名（ポリシーの replies.signature） / signature",
    "policy_name": "ポリシー名（default, cellz など） / policy file name",
    "policy_title": "方針の名称 / the policy's title",
    "business_hours": "受付時間の説明（例: 平日 10:00〜18:00（祝日を除く）） / business hours",
    "call_limit": "お電話の目安時間（例: 1時間、なければ空） / asked-for call limit, or empty",
    "level": "レベル（low, medium, high） / level key",
    "level_label": "レベルの表示名（低・中・高） / level name",
    "categories": "検知した類型の名称の一覧 / names of the categories found",
    "category_keys": "検知した類型のキーの一覧（abuse など） / keys of the categories found",
    "findings": "根拠の一覧。各項目: category, label, quote, reason, clause / evidence items",
    "criminal": "脅迫など刑法犯のおそれがあるか（true/false） / may be a criminal offence",
    "company_responses": "会社方針に定める対応の一覧 / the company's stated responses",
    "escalated": "責任者へエスカレーションしたか / escalated to supervisors",
    "escalation_priority": "エスカレーション時の優先度（緊急など） / escalation priority",
    "auto_reply_sent": "受付のお知らせを自動送信したか / after-hours acknowledgement sent",
    "suggested_reply": "返信案の本文（内部メモ用） / the suggested reply (internal note)",
    "suggested_reply_template": "返信案のテンプレート名 / the suggested reply's template",
    "suggested_reply_title": "返信案の表示名 / the suggested reply's title",
    "escalation_note": "責任者向けメモの本文（内部メモ用） / supervisors' note (internal note)",
    "broken_templates": "表示できなかったテンプレート。各項目: name, line, message / broken ones",
    "scorer_notes": "判定の注記（対応外の言語、長文の一部のみ判定など） / the scorer's own caveats",
}
"""The documented template variables, in one place (the admin page lists them from here)."""

ITEM_FIELDS: Mapping[str, tuple[str, ...]] = {
    "findings": ("category", "label", "quote", "reason", "clause"),
    "broken_templates": ("name", "line", "message"),
}
"""The keys of each item of the list variables whose items are records."""


def variables_table() -> str:
    """The template variables as a Markdown table (for the README and the admin page)."""
    rows = ["| variable | meaning |", "| --- | --- |"]
    rows += [f"| `{name}` | {meaning} |" for name, meaning in VARIABLES.items()]
    return "\n".join(rows) + "\n"


class TemplateStore(Protocol):
    """Where template sources come from: files now, the admin page's durable store later."""

    def source(self, language: str, name: str) -> str:
        """The template text; raises ``TemplateMissing`` when there is none."""
        ...

    def names(self) -> Iterable[tuple[str, str]]:
        """Every ``(language, name)`` the store holds."""
        ...


class TemplateMissing(LookupError):
    """The store has no template of that name in that language."""


@dataclass(frozen=True)
class TemplateIssue:
    """One problem with a template, for a person to fix: the line (when known) and what.

    ``message`` is the engine's own account in English (logs, the internal note, the admin
    page's folded technical detail); ``kind`` and ``params`` say the same as data, so the admin
    page can put it in plain Japanese or English (``worker.admin.problems``).
    """

    message: str
    line: int | None = None
    kind: str = "other"
    params: tuple[tuple[str, str], ...] = ()

    @property
    def values(self) -> dict[str, str]:
        """``params`` as a dict."""
        return dict(self.params)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


class BrokenTemplate(Exception):
    """A template could not be rendered; nothing of it may be sent."""

    def __init__(self, language: str, name: str, issue: TemplateIssue) -> None:
        super().__init__(f"template {language}/{name} is broken: {issue}")
        self.language = language
        self.name = name
        self.issue = issue


class FileTemplateStore:
    """Templates as files ``<root>/<language>/<name>.txt`` (UTF-8).

    Reads are cached by modification time, so an edited file is picked up without a restart.
    """

    def __init__(self, root: Path = TEMPLATE_DIR) -> None:
        self.root = root

    def _path(self, language: str, name: str) -> Path:
        # Names come from the policy and the code, but never let one step outside the root.
        if not re.fullmatch(r"[a-z]{2}", language) or not re.fullmatch(r"[a-z0-9_]+", name):
            raise TemplateMissing(f"{language}/{name}")
        return self.root / language / f"{name}.txt"

    def source(self, language: str, name: str) -> str:
        path = self._path(language, name)
        try:
            return _read_cached(path, path.stat().st_mtime_ns)
        except OSError as exc:
            raise TemplateMissing(f"{language}/{name}") from exc

    def names(self) -> list[tuple[str, str]]:
        return sorted((p.parent.name, p.stem) for p in self.root.glob("*/*.txt"))


@lru_cache(maxsize=128)
def _read_cached(path: Path, mtime_ns: int) -> str:
    return path.read_text(encoding="utf-8")


class MappingTemplateStore:
    """Templates held in memory, keyed ``(language, name)``: tests, previews, overlays."""

    def __init__(
        self, sources: Mapping[tuple[str, str], str], fallback: TemplateStore | None = None
    ) -> None:
        self.sources = dict(sources)
        self.fallback = fallback

    def source(self, language: str, name: str) -> str:
        if (language, name) in self.sources:
            return self.sources[(language, name)]
        if self.fallback is not None:
            return self.fallback.source(language, name)
        raise TemplateMissing(f"{language}/{name}")

    def names(self) -> list[tuple[str, str]]:
        found = set(self.sources)
        if self.fallback is not None:
            found.update(self.fallback.names())
        return sorted(found)


# --- rendering -----------------------------------------------------------------------------

_ENV = ImmutableSandboxedEnvironment(
    undefined=StrictUndefined,
    autoescape=False,  # plain text; the helpdesk clients escape for their own formats
    trim_blocks=True,  # a line holding only {% if %} leaves no blank line behind
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


class ReplyTooLong(TemplateRuntimeError):
    """The rendered text exceeded ``MAX_RENDERED_CHARS``."""


@lru_cache(maxsize=256)
def _compile(source: str) -> Template:
    # Keyed on the text itself, so a new version from any store is compiled once and used at once.
    return _ENV.from_string(source)


def render_text(source: str, context: ReplyContext | Mapping[str, Any]) -> str:
    """Render template text in the sandbox; Jinja's errors propagate.

    Raises ``TemplateSyntaxError``, ``UndefinedError`` (a missing variable), ``SecurityError``
    (unsafe attribute access) or ``ReplyTooLong``; all are ``jinja2.TemplateError``.
    """
    values = context.variables() if isinstance(context, ReplyContext) else dict(context)
    chunks: list[str] = []
    size = 0
    for chunk in _compile(source).generate(values):
        size += len(chunk)
        if size > MAX_RENDERED_CHARS:
            raise ReplyTooLong(f"the text is longer than {MAX_RENDERED_CHARS} characters")
        chunks.append(chunk)
    text = re.sub(r"\n{3,}", "\n\n", "".join(chunks))
    return text.strip() + "\n"


def render(store: TemplateStore, language: str, name: str, context: ReplyContext) -> str:
    """Render template ``name`` in ``language`` from ``store``, whole or not at all.

    Raises ``BrokenTemplate`` (with the line, when known) for a missing template or any error.
    """
    try:
        source = store.source(language, name)
    except TemplateMissing:
        raise BrokenTemplate(
            language, name, TemplateIssue("template not found", kind="not_found")
        ) from None
    try:
        return render_text(source, context)
    except Exception as exc:  # an admin's template must never crash the worker
        raise BrokenTemplate(language, name, issue_from_exception(exc, source)) from exc


def issue_from_exception(exc: BaseException, source: str = "") -> TemplateIssue:
    """What a failed parse or render means, as a ``TemplateIssue`` with its line when known."""
    if isinstance(exc, TemplateSyntaxError):
        return _syntax_issue(exc, source)
    line = None
    tb = exc.__traceback__
    while tb is not None:  # Jinja maps template frames to "<template>" with the source line
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    message = f"{type(exc).__name__}: {text}"
    kind, params = _runtime_kind(exc, text)
    return TemplateIssue(message, line, kind, tuple(params.items()))


def _runtime_kind(exc: BaseException, text: str) -> tuple[str, dict[str, str]]:
    # Jinja's exceptions carry no structured fields, so their (stable) wording is read here,
    # once, and never shown to an admin as it is.
    if isinstance(exc, ReplyTooLong):
        return "output_too_long", {"limit": str(MAX_RENDERED_CHARS)}
    if isinstance(exc, SecurityError):
        found = re.search(r"attribute '([^']+)'", text)
        if found is None:
            return "unsafe", {}
        name = found.group(1)
        # ``_``-names reach Python's internals; other refused methods would change a value.
        return ("unsafe_attribute" if name.startswith("_") else "unsafe_change"), {"name": name}
    if isinstance(exc, UndefinedError):
        if found := re.search(r"'([^']+)' is undefined", text):
            return "unknown_variable", {"name": found.group(1)}
        if found := re.search(r"has no attribute '([^']+)'", text):
            keys = sorted({key for keys in ITEM_FIELDS.values() for key in keys})
            close = difflib.get_close_matches(found.group(1), keys, n=2, cutoff=0.6)
            return "unknown_attribute", {"name": found.group(1), "hint": ", ".join(close)}
        if found := re.search(r"has no element (\S+)", text):
            return "no_element", {"index": found.group(1).strip("'")}
        return "undefined", {}
    if isinstance(exc, TemplateRuntimeError) and (
        found := re.search(r"No test named '([^']+)'", text)
    ):
        return "unknown_test", {"name": found.group(1)}
    if isinstance(exc, OverflowError) and "Range too big" in text:
        return "range_too_big", {}
    if isinstance(exc, TypeError):
        return "wrong_type", {}
    return "render_failed", {"error": type(exc).__name__}


_BLOCK_TAGS = ("if", "for", "macro", "call", "filter", "with", "autoescape", "block", "raw")
"""Tags that open a block closed by ``end<tag>`` (``set`` only in its block form)."""

KNOWN_TAGS = (*_BLOCK_TAGS, "elif", "else", "set", "endset", "include", "import", "from")
"""Every tag Jinja knows (for suggestions; ``include`` and friends fail in the sandbox's
string-only environment anyway)."""


def _syntax_issue(exc: TemplateSyntaxError, source: str) -> TemplateIssue:
    message = f"syntax error: {exc.message}"
    text = exc.message or ""
    if text.startswith("Encountered unknown tag"):
        tag = re.search(r"tag '([^']+)'", text)
        name = tag.group(1) if tag else ""
        if name.startswith("end") and name[3:] in (*_BLOCK_TAGS, "set"):
            return TemplateIssue(message, exc.lineno, "stray_end", (("tag", name[3:]),))
        if name in ("elif", "else"):
            return TemplateIssue(message, exc.lineno, "stray_else", (("tag", name),))
        return TemplateIssue(message, exc.lineno, "unknown_tag", (("tag", name),))
    if text.startswith("Unexpected end of template") or "looking for the following tags" in text:
        opened = _unclosed_block(source)
        if opened is not None:
            tag, line = opened
            return TemplateIssue(message, line, "unclosed_block", (("tag", tag),))
    if "end of comment" in text:
        return TemplateIssue(message, exc.lineno, "unclosed_comment")
    if text.startswith("No filter named"):
        found = re.search(r"named '([^']+)'", text)
        name = found.group(1) if found else ""
        return TemplateIssue(message, exc.lineno, "unknown_filter", (("name", name),))
    if "end of print statement" in text or "unexpected '}'" in text:
        return TemplateIssue(message, exc.lineno, "bad_expression")
    return TemplateIssue(message, exc.lineno, "syntax")


_TAG = re.compile(r"\{%-?\+?\s*(\w+)([^%]*)%\}")


def _unclosed_block(source: str) -> tuple[str, int] | None:
    """The innermost block left open, and the line it opens on (Jinja names only the end)."""
    stack: list[tuple[str, int]] = []
    for match in _TAG.finditer(source):
        tag, rest = match.group(1), match.group(2)
        line = source.count("\n", 0, match.start()) + 1
        if tag in _BLOCK_TAGS or (tag == "set" and "=" not in rest):
            stack.append((tag, line))
        elif tag.startswith("end") and stack and stack[-1][0] == tag[3:]:
            stack.pop()
    return stack[-1] if stack else None


def variables_used(source: str) -> set[str]:
    """The context variables a template refers to (raises ``TemplateSyntaxError``)."""
    return set(meta.find_undeclared_variables(_ENV.parse(source)))


def parse(source: str) -> Any:
    """The template's syntax tree in the reply sandbox (raises ``TemplateSyntaxError``)."""
    return _ENV.parse(source)


def known_filters_and_tests() -> tuple[frozenset[str], frozenset[str]]:
    """The filters and tests templates may use (Jinja's own)."""
    return frozenset(_ENV.filters), frozenset(_ENV.tests)


def category_label(category: str, language: str) -> str:
    """The category's name in ``language`` (the key itself when unknown)."""
    return CATEGORY_LABELS.get(language, CATEGORY_LABELS["en"]).get(category, category)


SAMPLE_EVIDENCE: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "ja": {
        "abuse": ("無能", "侮辱・暴言"),
        "threat": ("ただじゃおかない", "危害の予告"),
        "intimidation": ("俺を誰だと思っている", "威圧・権威の誇示"),
        "exposure_threat": ("SNSで晒してやる", "ネットでの晒しの予告"),
        "dogeza": ("土下座しろ", "土下座の要求"),
        "money": ("慰謝料を払え", "根拠のない金銭要求"),
        "punish_staff": ("担当者をクビにしろ", "従業員の処罰要求"),
        "staff_attack": ("あの担当の名前を教えろ", "従業員個人への攻撃"),
        "privacy": ("担当者の住所を教えろ", "従業員の私生活への立ち入り"),
        "discrimination_sexual": ("女のくせに", "差別的な言動"),
        "excessive_demand": ("今すぐ家まで届けに来い", "契約にないサービスの要求"),
        "restraint": ("納得するまで電話を切るな", "長時間の拘束"),
        "repeat": ("何度言わせるんだ", "同じ要求の繰り返し"),
        "after_hours": ("夜中でも対応しろ", "業務時間外の対応要求"),
    },
    "en": {
        "abuse": ("you useless idiot", "insult"),
        "threat": ("you'll regret this", "threat of harm"),
        "intimidation": ("do you know who I am", "wielding status"),
        "exposure_threat": ("I'll post this everywhere", "threat to expose online"),
        "dogeza": ("get down on your knees", "demand for kneeling"),
        "money": ("pay me compensation now", "demand for money without grounds"),
        "punish_staff": ("fire that agent", "demand to punish staff"),
        "staff_attack": ("give me that agent's name", "targeting an employee"),
        "privacy": ("tell me where she lives", "intrusion into staff privacy"),
        "discrimination_sexual": ("typical woman", "discriminatory remark"),
        "excessive_demand": ("deliver it to my house today", "service beyond the contract"),
        "restraint": ("don't you dare hang up", "holding staff on the line"),
        "repeat": ("how many times do I have to say it", "the same demand repeated"),
        "after_hours": ("answer me tonight", "demand outside business hours"),
    },
}
"""A made-up quote and reason per category, for the preview's sample findings."""


@lru_cache(maxsize=1)
def _default_clauses() -> Mapping[str, str]:
    return dict(load_policy(DEFAULT_POLICY_PATH).clauses)


def sample_finding(
    category: str, language: str = "ja", clauses: Mapping[str, str] | None = None
) -> dict[str, str]:
    """A made-up finding of ``category`` as templates see it, quoting the clause the policy
    gives that category (``clauses``: the policy's; the default policy's when ``None``), as
    ``worker.actions.reply_context`` does for a real ticket."""
    evidence = SAMPLE_EVIDENCE.get(language, SAMPLE_EVIDENCE["en"])
    quote, reason = evidence[category]
    clauses = _default_clauses() if clauses is None else clauses
    return {
        "category": category,
        "label": category_label(category, language),
        "quote": quote,
        "reason": reason,
        "clause": clauses.get(category, ""),
    }


def sample_context_for(
    language: str = "ja",
    clauses: Mapping[str, str] | None = None,
    keys: tuple[str, ...] = ("abuse", "threat", "money"),
) -> ReplyContext:
    """A plausible context for previews and validation: a high-level ticket with evidence of
    the categories ``keys``, each finding quoting its own clause of the policy (``clauses``)."""
    ja = language == "ja"
    keys = tuple(c for c in CATEGORIES if c in keys)  # in the order real contexts use
    return ReplyContext(
        ticket_id="12345",
        helpdesk="Zendesk",
        requester_name="山田 太郎" if ja else "Taro Yamada",
        addressee="山田 太郎 様" if ja else "Dear Taro Yamada,",
        company_name="株式会社サンプル" if ja else "Sample Inc.",
        agent_signature="株式会社サンプル サポート窓口" if ja else "Sample Inc. Support",
        policy_name="default",
        policy_title="カスタマーハラスメントに対する基本方針"
        if ja
        else "Customer harassment policy",
        business_hours="平日 9:00〜18:00（祝日・12月29日〜1月3日を除く）"
        if ja
        else "Weekdays 9:00–18:00 (closed on public holidays, Dec 29 – Jan 3)",
        call_limit="1時間" if ja else "one hour",
        level="high",
        level_label=LEVEL_LABELS["ja" if ja else "en"]["high"],
        categories=tuple(category_label(k, language) for k in keys),
        category_keys=keys,
        findings=tuple(sample_finding(k, language, clauses) for k in keys),
        criminal=True,
        company_responses=(
            "悪質な場合は、お取引をお断りすることがあります。"
            if ja
            else "We may decline further business in serious cases.",
        ),
        escalated=True,
        escalation_priority=PRIORITY_LABELS["ja" if ja else "en"]["urgent"],
        auto_reply_sent=False,
        suggested_reply="（返信案の本文）" if ja else "(the suggested reply)",
        suggested_reply_template="boundary_warning",
        suggested_reply_title=TEMPLATE_TITLES["ja" if ja else "en"]["boundary_warning"],
        escalation_note="（責任者向けメモ）" if ja else "(the supervisors' note)",
        broken_templates=(),
    )


def context_fields() -> tuple[str, ...]:
    """The names of ``ReplyContext``'s fields, in order (they must equal ``VARIABLES``)."""
    return tuple(f.name for f in fields(ReplyContext))
