"""The admin web page (``/admin``): reply templates and the policy, in Japanese or English.

- Sign-in per person: accounts in SQL (``worker.admin.accounts``, ``kasuguard admin add``) with
  the role ``editor`` or ``viewer`` (a viewer sees everything and saves nothing), plus the
  bootstrap account from the environment (``KASUGUARD_ADMIN_USER``,
  ``KASUGUARD_ADMIN_PASSWORD_HASH``). Sessions are server-side rows, so signing out ends a
  session even where its cookie was copied. Failures are throttled per (user, address) in
  Redis. Without ``KASUGUARD_SECRET_KEY`` the whole of ``/admin`` answers 404 saying how to
  turn it on.
- Every POST carries a CSRF token (Flask-WTF, checked only here: the webhooks are
  authenticated by signature and must not need one). The session cookie is ``HttpOnly``,
  ``SameSite=Lax``, limited to ``/admin`` and ``Secure`` unless plain http is allowed locally.
- Templates: list, edit with a live preview, every problem at once in plain words with its line
  (``worker.admin.problems``), a palette inserting variables and per-category blocks
  (``worker.admin.palette``), history with diffs, rollback; saves are versioned in SQL
  (``worker.template_store``) with optimistic concurrency, so a second admin gets a conflict
  naming who saved first instead of overwriting their work. Previews and saves render in a
  child process under a time and memory limit (``worker.bounded``), so a runaway template
  cannot tie up a web worker.
- The audit log (who saved, rolled back, signed in; accounts; purges and forgets).
- Policy: the file in use, validated; a draft validated by line; the presets; values shown
  with their meaning (``worker.admin.display``).
- Cases (事例, ``worker.admin.cases``): incidents with filters, the weekly chart, exposure per
  agent and the care alerts, and a CSV export.
- Times are shown in the policy's time zone.

Previews render only the made-up sample tickets of ``template_store.sample_contexts`` (their
findings quoting the clauses of the policy in use), in the reply sandbox of ``worker.replies``.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_wtf.csrf import CSRFError, CSRFProtect
from redis import Redis
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers.response import Response as BaseResponse

from worker import audit, db
from worker.admin import accounts, auth, display, palette
from worker.admin.accounts import Identity
from worker.admin.i18n import DEFAULT_UI_LANGUAGE, UI_LANGUAGES, translate
from worker.admin.problems import Problem, policy_problem, template_problem
from worker.categories import CATEGORIES
from worker.config import AdminConfig, Config
from worker.policy import (
    POLICY_DIR,
    Policy,
    PolicyError,
    list_presets,
    load_policy,
    load_preset,
    parse_policy_text,
    policy_path,
)
from worker.replies import (
    LANGUAGES,
    NOTE_TEMPLATES,
    TEMPLATE_NAMES,
    TEMPLATE_TITLES,
    TemplateIssue,
    TemplateMissing,
    category_label,
)
from worker.template_store import (
    MAX_TEMPLATE_CHARS,
    Conflict,
    InvalidTemplate,
    SqlTemplateStore,
    TemplateVersion,
    check_and_preview,
    sample_contexts,
)

logger = logging.getLogger(__name__)

blueprint = Blueprint(
    "admin",
    __name__,
    url_prefix="/admin",
    template_folder="templates",
    static_folder="static",
)
csrf = CSRFProtect()

SESSION_HOURS = accounts.SESSION_HOURS

PUBLIC_ENDPOINTS = frozenset({"admin.sign_in", "admin.static"})

AUDIT_ENTRIES_SHOWN = 200


@dataclass(frozen=True)
class AdminState:
    """What the views need, fixed when the app is built."""

    admin: AdminConfig | None
    database_url: str
    policy_setting: str
    ticket_links: Mapping[str, str] = field(default_factory=dict)
    """Per helpdesk, where an agent opens a ticket (``{ticket_id}`` in it)."""

    @property
    def engine(self) -> Engine:
        """The database (opened, and migrated, on first use if the start could not)."""
        return db.engine_for(self.database_url)

    @property
    def store(self) -> SqlTemplateStore:
        return SqlTemplateStore(self.engine)


def init_app(app: Flask, config: Config) -> None:
    """Register the admin page on ``app`` (create_app calls this once)."""
    app.extensions["kasuguard.admin"] = AdminState(
        config.admin,
        config.database_url,
        config.policy_path,
        {name: helpdesk.ticket_link for name, helpdesk in config.helpdesks.items()},
    )
    if config.admin is not None:
        app.secret_key = config.admin.secret_key
        app.config.update(
            SESSION_COOKIE_NAME="kasuguard_admin",
            SESSION_COOKIE_PATH="/admin",
            SESSION_COOKIE_SECURE=config.admin.secure_cookies,
            SESSION_COOKIE_HTTPONLY=True,
            SESSION_COOKIE_SAMESITE="Lax",
            PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
            # Checked in this blueprint only; tokens live as long as the session.
            WTF_CSRF_CHECK_DEFAULT=False,
            WTF_CSRF_TIME_LIMIT=None,
        )
        csrf.init_app(app)
    app.register_blueprint(blueprint)


# --- request plumbing ---------------------------------------------------------------------


def _state() -> AdminState:
    state: AdminState = current_app.extensions["kasuguard.admin"]
    return state


def _redis() -> Redis | None:
    queue = current_app.extensions.get("kasuguard.queue")
    return queue.connection if queue is not None else None


def t(key: str, /, **values: object) -> str:
    """A message in the page's language."""
    return translate(g.get("ui_language", DEFAULT_UI_LANGUAGE), key, **values)


@blueprint.before_request
def _gate() -> Any:
    state = _state()
    if state.admin is None:
        g.ui_language = _requested_language() or DEFAULT_UI_LANGUAGE
        return _page("admin/message.html", 404, title=t("disabled_title"), body=t("disabled_body"))
    wanted = _requested_language()
    if wanted:
        session["lang"] = wanted
    g.ui_language = session.get("lang", DEFAULT_UI_LANGUAGE)
    if request.method == "POST":
        csrf.protect()  # raises CSRFError (handled below) before any view runs
    if request.endpoint == "admin.static":
        return None
    try:
        g.identity = accounts.session_identity(state.engine, session.get("sid", ""), state.admin)
    except SQLAlchemyError as exc:
        logger.error("admin.database-unavailable", extra={"error": type(exc).__name__})
        return _page("admin/message.html", 503, title=t("db_down_title"), body=t("db_down_body"))
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    if g.identity is None:
        if request.method == "GET":
            return redirect(url_for("admin.sign_in", next=request.full_path.rstrip("?")))
        abort(401)
    return None


def _requested_language() -> str | None:
    wanted = request.args.get("lang", "")
    return wanted if wanted in UI_LANGUAGES else None


def _identity() -> Identity | None:
    identity: Identity | None = g.get("identity")
    return identity


def _require_editor() -> None:
    identity = _identity()
    if identity is None or not identity.can_edit:
        logger.info("admin.viewer-refused", extra={"path": request.path})
        abort(403)


@blueprint.after_request
def _headers(response: Response) -> Response:
    # Pages show template text and are only for signed-in admins: never cache, never frame,
    # and only our own script and styles run.
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )
    return response


@blueprint.app_context_processor
def _globals() -> dict[str, Any]:
    return {
        "t": t,
        "ui_language": g.get("ui_language", DEFAULT_UI_LANGUAGE),
        "identity": g.get("identity"),
        "time_zone": _time_zone(),
    }


DEFAULT_TIME_ZONE = "Asia/Tokyo"


def _policy_in_use() -> Policy | None:
    """The policy ``KASUGUARD_POLICY`` selects, read once per request (``None`` if invalid: the
    policy page says why)."""
    if "policy_in_use" not in g:
        try:
            g.policy_in_use = load_policy(policy_path(_state().policy_setting))
        except (PolicyError, OSError):
            g.policy_in_use = None
    policy: Policy | None = g.policy_in_use
    return policy


def _time_zone() -> str:
    policy = _policy_in_use() if _state().admin is not None else None
    return policy.calendar.timezone if policy else DEFAULT_TIME_ZONE


@blueprint.app_template_filter("local_time")
def _local_time(value: Any) -> str:
    """A stored UTC time in the policy's time zone, written the page language's way."""
    return display.local_time(value, _time_zone(), g.get("ui_language", DEFAULT_UI_LANGUAGE))


@blueprint.errorhandler(CSRFError)
def _csrf_failed(exc: CSRFError) -> tuple[str, int]:
    logger.info("admin.csrf-rejected", extra={"path": request.path})
    if request.is_json:
        return jsonify(error=t("csrf_title")), 400  # type: ignore[return-value]
    return _page("admin/message.html", 400, title=t("csrf_title"), body=t("csrf_body"))


@blueprint.errorhandler(HTTPException)
def _http_error(exc: HTTPException) -> tuple[str, int]:
    status = exc.code or 500
    if status == 401:
        return _page("admin/message.html", 401, title=t("sign_in"), body=t("sign_in_required"))
    if status == 403:
        return _page("admin/message.html", 403, title=t("viewer_title"), body=t("viewer_body"))
    return _page("admin/message.html", status, title=exc.name, body=t("not_found"))


def _page(template: str, status: int = 200, **values: Any) -> tuple[str, int]:
    return render_template(template, **values), status


# --- sign-in ------------------------------------------------------------------------------


@blueprint.route("/login", methods=["GET", "POST"])
def sign_in() -> Any:
    """The sign-in form; on success, a fresh session and back to where the admin was going."""
    state = _state()
    admin = state.admin
    assert admin is not None  # _gate answered 404 otherwise
    target = _safe_next(request.values.get("next", ""))
    if request.method == "GET":
        if _identity() is not None:
            return redirect(target)
        return _login_page(200, target, None)
    address = request.remote_addr or "unknown"
    user = request.form.get("user", "").strip()
    redis = _redis()
    if auth.throttled(redis, user, address):
        logger.warning("admin.signin-throttled")
        error = t("sign_in_throttled", minutes=auth.FAILURE_WINDOW_S // 60)
        return _login_page(429, target, error)
    identity = accounts.authenticate(state.engine, admin, user, request.form.get("password", ""))
    if identity is None:
        auth.record_failure(redis, user, address)
        logger.info("admin.signin-failed")
        return _login_page(401, target, t("sign_in_failed"))
    auth.clear_failures(redis, user, address)
    previous = session.get("sid")
    if previous:  # signing in again ends the session this browser had
        accounts.close_session(state.engine, previous, actor=identity.name)
    language = session.get("lang")
    session.clear()  # a new session at sign-in: nothing carried over from before
    session.permanent = True
    session["sid"] = accounts.open_session(state.engine, identity, admin)
    if language:
        session["lang"] = language
    logger.info("admin.signed-in", extra={"user": identity.name, "role": identity.role})
    return redirect(target)


def _login_page(status: int, target: str, error: str | None) -> tuple[str, int]:
    state = _state()
    assert state.admin is not None
    # Nobody can sign in yet: say how to make the first account instead of a silent form.
    no_accounts = not state.admin.password_hash and accounts.count(state.engine) == 0
    return _page("admin/login.html", status, next=target, error=error, no_accounts=no_accounts)


def _safe_next(target: str) -> str:
    # Only back into the admin page: never an open redirect to another site.
    parsed = urlparse(target)
    if parsed.scheme or parsed.netloc or not parsed.path.startswith("/admin"):
        return url_for("admin.index")
    return target


@blueprint.post("/logout")
def sign_out() -> BaseResponse:
    """End the session, on the server too: the cookie no longer signs anyone in."""
    identity = _identity()
    accounts.close_session(
        _state().engine, session.get("sid", ""), actor=identity.name if identity else "?"
    )
    language = session.get("lang")
    session.clear()
    if language:
        session["lang"] = language
    flash(t("signed_out"), "info")
    return redirect(url_for("admin.sign_in"))


# --- templates ----------------------------------------------------------------------------


@blueprint.get("/")
def index() -> str:
    """Every template in both languages, with its title and the version in use."""
    store = _state().store
    groups = []
    for language in LANGUAGES:
        rows = []
        for name in TEMPLATE_NAMES:
            rows.append(
                {
                    "language": language,
                    "name": name,
                    "title": TEMPLATE_TITLES[language].get(name, name),
                    "kind": t("kind_note") if name in NOTE_TEMPLATES else t("kind_reply"),
                    "current": store.current(language, name),
                }
            )
        groups.append({"language": language, "label": t(f"language_{language}"), "rows": rows})
    return render_template("admin/index.html", groups=groups)


def _known_template(language: str, name: str) -> None:
    if language not in LANGUAGES or name not in TEMPLATE_NAMES:
        abort(404)


@blueprint.route("/templates/<language>/<name>", methods=["GET", "POST"])
def edit(language: str, name: str) -> Any:
    """The editor; POST saves a new version (refused when invalid or in conflict)."""
    _known_template(language, name)
    store = _state().store
    current = store.current(language, name)
    if request.method == "GET":
        return _editor(language, name, current.body, current.version)

    body = request.form.get("body", "").replace("\r\n", "\n")
    base_version = _int_field("base_version")
    if request.form.get("action") == "preview":  # the no-JavaScript "check" button
        return _editor(language, name, body, base_version, checked=True)
    _require_editor()
    if base_version == current.version and body == current.body:
        flash(t("unchanged"), "info")
        return redirect(url_for("admin.edit", language=language, name=name))
    try:
        saved = store.save(language, name, body, base_version=base_version, author=_user())
    except InvalidTemplate as exc:
        return _editor(language, name, body, base_version, issues=exc.issues, status=422)
    except Conflict as exc:
        logger.info("admin.template-conflict", extra={"template": f"{language}/{name}"})
        return _editor(language, name, body, exc.current.version, conflict=exc, status=409)
    logger.info(
        "admin.template-saved",
        extra={"template": f"{language}/{name}", "version": saved.version, "user": _user()},
    )
    flash(t("saved", version=saved.version), "success")
    return redirect(url_for("admin.edit", language=language, name=name))


def _editor(
    language: str,
    name: str,
    body: str,
    base_version: int,
    *,
    issues: list[TemplateIssue] | None = None,
    conflict: Conflict | None = None,
    checked: bool = False,
    status: int = 200,
) -> tuple[str, int]:
    sample = request.values.get("sample", "high")
    samples = sample_contexts(language)
    if sample not in samples:
        sample = "high"
    found, preview = check_and_preview(language, body, sample, _clauses())
    if issues is None:
        issues = found
    conflict_diff = None
    if conflict is not None:
        conflict_diff = _diff(conflict.current.body, body, f"v{conflict.current.version}", "draft")
    if issues and (checked or status == 422):
        status = 422 if status == 200 else status
    return _page(
        "admin/edit.html",
        status,
        language=language,
        name=name,
        title=TEMPLATE_TITLES[language].get(name, name),
        body=body,
        base_version=base_version,
        issues=_problems(issues, body),
        error_lines=sorted({i.line for i in issues if i.line}),
        preview=preview,
        sample=sample,
        samples=[(key, t(f"sample_{key}")) for key in samples],
        conflict=conflict,
        conflict_diff=conflict_diff,
        variables=palette.variables(g.ui_language),
        category_blocks=palette.category_blocks(g.ui_language),
        max_chars=MAX_TEMPLATE_CHARS,
    )


def _clauses() -> dict[str, str] | None:
    # The preview's findings quote the policy in use, as a real note would.
    policy = _policy_in_use()
    return dict(policy.clauses) if policy else None


def _problems(issues: list[TemplateIssue], body: str) -> list[dict[str, Any]]:
    """The problems as the page shows them: plain words, the line and its text, the detail."""
    lines = body.split("\n")
    out = []
    for issue in issues:
        problem: Problem = template_problem(issue, g.get("ui_language", DEFAULT_UI_LANGUAGE))
        line_text = (
            lines[problem.line - 1].strip() if problem.line and problem.line <= len(lines) else ""
        )
        out.append(
            {
                "line": problem.line,
                "message": problem.message,
                "detail": problem.detail,
                "line_text": line_text,
                "label": (t("line_n", line=problem.line) + ": " if problem.line else "")
                + problem.message,
            }
        )
    return out


@blueprint.post("/templates/<language>/<name>/preview")
def preview(language: str, name: str) -> Response:
    """JSON for the editor's live preview: the problems (with lines) or the rendered text."""
    _known_template(language, name)
    data = request.get_json(silent=True) or {}
    body = str(data.get("body", "")).replace("\r\n", "\n")
    sample = str(data.get("sample", "high"))
    if sample not in sample_contexts(language):
        sample = "high"
    issues, text = check_and_preview(language, body, sample, _clauses())
    return jsonify(ok=not issues, issues=_problems(issues, body), text=text)


@blueprint.get("/templates/<language>/<name>/history")
def history(language: str, name: str) -> str:
    """Every version, newest first, each with its diff from the one before."""
    _known_template(language, name)
    versions = _state().store.history(language, name)
    return _history_page(language, name, versions)


def _history_page(
    language: str,
    name: str,
    versions: list[TemplateVersion],
    *,
    issues: list[TemplateIssue] | None = None,
    restoring: str = "",
    status: int = 200,
) -> tuple[str, int]:
    entries = []
    for index, version in enumerate(versions):
        older = versions[index + 1] if index + 1 < len(versions) else None
        entries.append(
            {
                "version": version,
                "older": older,
                "diff": _diff(older.body, version.body, f"v{older.version}", f"v{version.version}")
                if older
                else None,
                "rollback_of": _rollback_source(version.note),
            }
        )
    return _page(
        "admin/history.html",
        status,
        language=language,
        name=name,
        title=TEMPLATE_TITLES[language].get(name, name),
        entries=entries,
        current_version=versions[0].version if versions else 0,
        issues=_problems(issues or [], restoring),
    )


def _rollback_source(note: str) -> int | None:
    prefix = "rollback:"
    if note.startswith(prefix) and note[len(prefix) :].isdigit():
        return int(note[len(prefix) :])
    return None


@blueprint.post("/templates/<language>/<name>/rollback")
def rollback(language: str, name: str) -> Any:
    """Make an old version current again (as a new version), unless someone saved meanwhile."""
    _known_template(language, name)
    _require_editor()
    store = _state().store
    to_version = _int_field("to_version")
    base_version = _int_field("base_version")
    try:
        saved = store.rollback(
            language, name, to_version, base_version=base_version, author=_user()
        )
    except TemplateMissing:
        abort(404)
    except InvalidTemplate as exc:
        versions = store.history(language, name)
        # The problems are those of the version being restored: show its lines.
        restoring = next((v.body for v in versions if v.version == to_version), "")
        return _history_page(
            language, name, versions, issues=exc.issues, restoring=restoring, status=422
        )
    except Conflict as exc:
        flash(
            t(
                "conflict_body",
                base=base_version,
                current=exc.current.version,
                author=exc.current.author or "?",
                at=_local_time(exc.current.created_at),
            ),
            "error",
        )
        versions = store.history(language, name)
        return _history_page(language, name, versions, status=409)
    logger.info(
        "admin.template-rolled-back",
        extra={"template": f"{language}/{name}", "version": saved.version, "user": _user()},
    )
    flash(t("restored", from_version=to_version, version=saved.version), "success")
    return redirect(url_for("admin.history", language=language, name=name))


def _diff(old: str, new: str, old_label: str, new_label: str) -> list[tuple[str, str]]:
    """A unified diff as ``(css class, line)`` pairs for the page to colour."""
    lines = difflib.unified_diff(
        old.splitlines(), new.splitlines(), old_label, new_label, lineterm="", n=2
    )
    out = []
    for line in lines:
        if line.startswith(("---", "+++")):
            kind = "head"
        elif line.startswith("@@"):
            kind = "hunk"
        elif line.startswith("+"):
            kind = "add"
        elif line.startswith("-"):
            kind = "del"
        else:
            kind = "ctx"
        out.append((kind, line))
    return out


def _int_field(key: str) -> int:
    try:
        return int(request.form.get(key, ""))
    except ValueError:
        abort(400)


def _user() -> str:
    identity = _identity()
    return identity.name if identity else ""


@blueprint.get("/audit")
def audit_page() -> str:
    """The newest entries of the audit log: who did what, when."""
    entries = audit.entries(_state().engine, limit=AUDIT_ENTRIES_SHOWN)
    return render_template("admin/audit.html", entries=entries, shown=AUDIT_ENTRIES_SHOWN)


# --- policy -------------------------------------------------------------------------------


@blueprint.get("/policy")
def policy() -> str:
    """The policy in use (validated, with its text) and the presets."""
    return _policy_page()


@blueprint.post("/policy/validate")
def validate_policy() -> tuple[str, int]:
    """Validate a draft policy; show its problem beside the line. Nothing is saved."""
    draft = request.form.get("draft", "").replace("\r\n", "\n")
    try:
        parsed = parse_policy_text(draft, where="draft")
    except PolicyError as exc:
        values = {
            **_policy_values(),
            "draft": draft,
            "draft_error": policy_problem(exc, g.ui_language),
            "draft_ok": None,
        }
        return _page("admin/policy.html", 422, **values)
    return _page(
        "admin/policy.html",
        200,
        **_policy_values(),
        draft=draft,
        draft_error=None,
        draft_ok=_summary(parsed),
    )


def _policy_page() -> str:
    return render_template(
        "admin/policy.html", **_policy_values(), draft="", draft_error=None, draft_ok=None
    )


def _policy_values() -> dict[str, Any]:
    setting = _state().policy_setting
    error: PolicyError | None = None
    summary = None
    text = ""
    path: Path | None = None
    try:
        path = policy_path(setting)
        text = path.read_text(encoding="utf-8")
        summary = _summary(load_policy(path))
    except PolicyError as exc:
        error = exc
    except OSError as exc:
        error = PolicyError(
            f"cannot read the policy file ({exc.strerror})",
            where=str(path),
            code="unreadable",
            params={"detail": str(exc.strerror)},
        )
    language = g.get("ui_language", DEFAULT_UI_LANGUAGE)
    presets = []
    for name in list_presets():
        try:
            presets.append({"name": name, "summary": _summary(load_preset(name)), "error": None})
        except PolicyError as exc:
            presets.append({"name": name, "summary": None, "error": policy_problem(exc, language)})
    return {
        "setting": setting,
        "path": _display_path(path),
        "text_lines": text.splitlines(),
        "policy_error": policy_problem(error, language) if error else None,
        "policy_summary": summary,
        "presets": presets,
    }


def _display_path(path: Path | None) -> str:
    if path is None:
        return ""
    try:
        return str(path.resolve().relative_to(POLICY_DIR.parent))
    except ValueError:
        return str(path)


def _summary(policy: Policy) -> dict[str, Any]:
    language = g.get("ui_language", DEFAULT_UI_LANGUAGE)
    escalation = policy.escalation
    return {
        "name": policy.name,
        "title": policy.title or policy.name,
        "company": policy.company_name or t("value_empty"),
        "language": t(f"language_{policy.language}"),
        "hours": policy.calendar.describe(language),
        "time_zone": policy.calendar.timezone,
        "observe_only": policy.observe_only,
        "observe_only_text": t("value_observe_yes" if policy.observe_only else "value_observe_no"),
        "categories": [
            category_label(c, language) for c in CATEGORIES if c in policy.enabled_categories
        ],
        "priority": display.priority(escalation.priority or "urgent", language),
        "group": escalation.group_id or t("value_group_none"),
        "notify": escalation.notify_url or t("value_notify_none"),
        "actions": display.level_actions(policy, language),
    }


@blueprint.get("/policy/presets/<name>")
def preset(name: str) -> str:
    """One preset's text, read-only, with its summary."""
    if name not in list_presets():
        abort(404)
    path = POLICY_DIR / f"{name}.yaml"
    return render_template(
        "admin/preset.html",
        name=name,
        summary=_summary(load_preset(name)),
        text_lines=path.read_text(encoding="utf-8").splitlines(),
    )


# The case view registers its routes on this blueprint.
from worker.admin import cases as _cases  # noqa: E402, F401
