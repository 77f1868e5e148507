"""The ``kasuguard`` command.

kasuguard check-config [--online]   validate the configuration; connect to Redis, the database
                                (and with --online each helpdesk's API)
kasuguard dry-run [-n N] [--json]   what the agent would see (tags, note), or JSON Lines
kasuguard sign FILE             headers for a correctly signed Zendesk test request
kasuguard try zendesk|freshdesk FILE [--url URL]   sign a sample webhook and post it
kasuguard failed list|requeue|purge [JOB_ID…|--all]   failed jobs, with the reason
kasuguard score FILE.jsonl      score labelled scenarios, one JSON line each
kasuguard eval FILE.jsonl       precision/recall/F1 of the scorer on labelled scenarios
kasuguard setup zendesk|freshdesk --url URL [--dry-run]   connect a helpdesk to kasuguard
kasuguard backfill --since 30d [--helpdesk H] [--tag]     score past tickets (resumable)
kasuguard report --since 30d [--format md|csv|html] [-o FILE]   the incident report
kasuguard admin-password [--with-secret-key]   hash an admin password (the line for .env)
kasuguard push-templates [--helpdesk H] [--language ja|en|all] [--dry-run]   replies as macros
kasuguard db upgrade|current    apply the database migrations / show the schema revision
kasuguard admin add|list|remove|passwd [NAME] [--role editor|viewer]   admin accounts
kasuguard purge [--dry-run]     delete incidents older than the policy's retention
kasuguard forget --requester ID_OR_EMAIL [--helpdesk H]   remove one requester everywhere

Messages are in Japanese or English (``KASUGUARD_LANG``, else the locale; ``worker.cli_text``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from dotenv import find_dotenv, load_dotenv
from redis import Redis
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from worker import cli_text
from worker.cli_text import local_time, t
from worker.config import ConfigError, load_config
from worker.db import describe
from worker.operations import UsageError
from worker.policy import PolicyError, load_policy, policy_path


def _check_config(args: argparse.Namespace) -> int:
    from worker.operations import check

    return check.run(sys.stdout, online=args.online)


def _policy_zone() -> str:
    """The policy's time zone, in which the CLI shows times."""
    return load_policy(policy_path(load_config().policy_path)).calendar.timezone


def _dry_run(args: argparse.Namespace) -> int:
    from integrations import dryrun
    from worker.operations import dry_run

    config = load_config()
    records = dryrun.recent(Redis.from_url(config.redis_url), args.limit)
    if args.json:
        dry_run.write_json_lines(records, sys.stdout)
    else:
        dry_run.write_text(records, sys.stdout, _policy_zone())
    return 0


def _sign(args: argparse.Namespace) -> int:
    from integrations import zendesk
    from worker.operations import trial

    secret = load_config().helpdesks["zendesk"].webhook_secret
    if not secret:
        raise UsageError(t("sign_no_secret"))
    headers = trial.signed_headers("zendesk", trial.read_body(args.file), secret)
    for name in (zendesk.TIMESTAMP_HEADER, zendesk.SIGNATURE_HEADER):
        sys.stdout.write(f"{name}: {headers[name]}\n")
    return 0


def _try(args: argparse.Namespace) -> int:
    from worker.operations import trial

    return trial.run(args.helpdesk, args.file, args.url, sys.stdout)


def _failed(args: argparse.Namespace) -> int:
    from worker import failed

    redis = Redis.from_url(load_config().redis_url)
    known = [f.job_id for f in failed.list_failed(redis)]
    if args.action == "list":
        zone = _policy_zone()
        for job in failed.list_failed(redis):
            reason = f"{t('reason_' + job.reason_class)} ({job.reason_class}): {job.reason}"
            sys.stdout.write(
                t(
                    "failed_row",
                    job_id=job.job_id,
                    helpdesk=job.helpdesk,
                    ticket_id=job.ticket_id,
                    when=local_time(job.failed_at, zone),
                    reason=reason,
                )
                + "\n"
            )
        sys.stdout.write(t("failed_count", n=len(known), zone=zone) + "\n")
        return 0
    chosen = known if args.all else args.job_ids
    unknown = sorted(set(chosen) - set(known))
    if unknown or not chosen:
        missing = ", ".join(unknown) or t("failed_none_given")
        _error(t("failed_unknown", ids=missing))
        return 1
    if args.action == "requeue":
        sys.stdout.write(t("failed_requeued", n=len(failed.requeue(redis, chosen))) + "\n")
    else:
        sys.stdout.write(t("failed_purged", n=len(failed.purge(redis, chosen))) + "\n")
    return 0


def _score(args: argparse.Namespace) -> int:
    from worker.evaluation import score_file

    return score_file(args.file, sys.stdout)


def _eval(args: argparse.Namespace) -> int:
    from worker.evaluation import eval_file, leave_one_writer_out, toxicity_set

    if args.lowo:
        chosen = args.writers.split(",") if args.writers else None
        return 0 if leave_one_writer_out(sys.stdout, progress=sys.stderr, writers=chosen) else 2
    if not args.file:
        raise UsageError(t("eval_needs_file"))
    if args.toxicity:
        return 0 if toxicity_set(args.file, sys.stdout) else 2
    return eval_file(args.file, sys.stdout, split=args.split)


def _model(args: argparse.Namespace) -> int:
    from worker import training

    def say(line: str) -> None:
        sys.stderr.write(f"kasuguard model: {line}\n")

    model = training.build(progress=say)
    say(
        t(
            "model_wrote",
            path=training.MODEL_DIR,
            ngrams=len(model.vocabulary),
            cases=len(model.examples),
        )
    )
    return 0


def _setup(args: argparse.Namespace) -> int:
    from worker.operations import setup

    return setup.run_command(args)


def _backfill(args: argparse.Namespace) -> int:
    from worker.operations import backfill

    return backfill.run_command(args, niceness=backfill.BACKFILL_NICENESS)


def _report(args: argparse.Namespace) -> int:
    from worker.operations import report

    return report.run_command(
        since=args.since,
        until=args.until,
        fmt=args.format,
        output=args.output,
        timezone=args.tz,
        top=args.top,
    )


def _add_operations(commands: argparse._SubParsersAction) -> None:
    """``setup``, ``backfill`` and ``report`` (``worker/operations/``)."""
    setup = commands.add_parser("setup", help=t("help_setup"))
    setup.add_argument("helpdesk", choices=("zendesk", "freshdesk"), help=t("help_helpdesk"))
    setup.add_argument("--url", required=True, help=t("help_url"))
    setup.add_argument("--dry-run", action="store_true", help=t("help_setup_dry_run"))
    setup.add_argument("--name", default="kasuguard", help=t("help_name"))
    setup.add_argument("--env-file", default=".env", help=t("help_env_file"))
    setup.add_argument("--subdomain", help=t("help_subdomain"))
    setup.add_argument("--email", help=t("help_email"))
    setup.add_argument("--token", help=t("help_token"))
    setup.add_argument("--schedule", action="store_true", help=t("help_schedule"))
    setup.add_argument("--username", default="kasuguard", help=t("help_username"))
    setup.set_defaults(run=_setup)
    backfill = commands.add_parser("backfill", help=t("help_backfill"))
    backfill.add_argument("--since", default="30d", help=t("help_since"))
    backfill.add_argument("--until", help=t("help_until"))
    backfill.add_argument("--helpdesk", choices=("zendesk", "freshdesk"), help=t("help_helpdesk"))
    backfill.add_argument("--tag", action="store_true", help=t("help_tag"))
    backfill.add_argument("--restart", action="store_true", help=t("help_restart"))
    backfill.set_defaults(run=_backfill)
    report = commands.add_parser("report", help=t("help_report"))
    report.add_argument("--since", default="30d", help=t("help_since"))
    report.add_argument("--until", help=t("help_report_until"))
    report.add_argument("--format", choices=("md", "csv", "html"), default="md")
    report.add_argument("-o", "--output", help=t("help_output"))
    report.add_argument("--tz", help=t("help_tz"))
    report.add_argument("--top", type=int, default=10, help=t("help_top"))
    report.set_defaults(run=_report)


def _admin_password(args: argparse.Namespace) -> int:
    import getpass
    import secrets

    from worker.admin.auth import MIN_PASSWORD_CHARS, hash_password

    if sys.stdin.isatty():
        password = getpass.getpass(t("password_prompt"))
        if getpass.getpass(t("password_again")) != password:
            _error(t("passwords_differ"))
            return 2
    else:  # piped in (scripts, tests): the first line
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < MIN_PASSWORD_CHARS:
        _error(t("password_too_short", n=MIN_PASSWORD_CHARS))
        return 2
    # Single quotes: the hash holds '$', which a shell sourcing .env would expand.
    sys.stdout.write(f"KASUGUARD_ADMIN_PASSWORD_HASH='{hash_password(password)}'\n")
    if args.with_secret_key:
        sys.stdout.write(f"KASUGUARD_SECRET_KEY={secrets.token_urlsafe(48)}\n")
    return 0


def _push_templates(args: argparse.Namespace) -> int:
    from integrations.base import HelpdeskError
    from worker.admin.push import push
    from worker.replies import LANGUAGES, BrokenTemplate
    from worker.template_store import store_for

    config = load_config()
    policy = load_policy(policy_path(config.policy_path))
    store = store_for(config.database_url)
    languages = LANGUAGES if args.language == "all" else (args.language or policy.language,)
    helpdesks = (args.helpdesk,) if args.helpdesk else ("zendesk", "freshdesk")
    try:
        return push(
            config,
            policy,
            store,
            sys.stdout,
            helpdesks=helpdesks,
            languages=languages,
            dry_run=args.dry_run,
        )
    except BrokenTemplate as exc:
        _error(t("push_refused", detail=cli_text.explain_broken_template(exc)))
        return 1
    except HelpdeskError as exc:
        _error(t("push_stopped", detail=exc))
        return 1


def _db(args: argparse.Namespace) -> int:
    from worker import db

    config = load_config()
    engine = db.engine_for(config.database_url, migrate=args.action == "upgrade")
    where = describe(config.database_url)
    if args.action == "upgrade":
        from worker.legacy import import_all
        from worker.template_store import data_dir

        redis = Redis.from_url(config.redis_url)
        imported = import_all(engine, redis, data_dir(config.data_dir), config.pepper)
        if imported.template_versions or imported.incidents:
            sys.stdout.write(
                t(
                    "db_imported",
                    versions=imported.template_versions,
                    incidents=imported.incidents,
                )
                + "\n"
            )
    revision = db.current_revision(engine) or t("db_empty")
    head = db.head_revision()
    sys.stdout.write(t("db_revision", where=where, revision=revision, head=head) + "\n")
    return 0 if revision == head else 1


def _read_password(prompt: str) -> str | None:
    """Twice on a terminal (None when they differ); the first line of stdin otherwise."""
    import getpass

    if sys.stdin.isatty():
        password = getpass.getpass(prompt)
        if getpass.getpass(t("password_again")) != password:
            _error(t("passwords_differ"))
            return None
        return password
    return sys.stdin.readline().rstrip("\r\n")


def _admin(args: argparse.Namespace) -> int:
    from worker import audit, db
    from worker.admin import accounts

    engine = db.engine_for(load_config().database_url)
    actor = audit.cli_actor()
    try:
        if args.action == "list":
            found = accounts.list_accounts(engine)
            zone = _policy_zone()
            for account in found:
                changed = local_time(account.password_changed_at, zone)
                sys.stdout.write(
                    t("admin_row", name=account.name, role=account.role, changed=changed) + "\n"
                )
            sys.stdout.write(t("admin_count", n=len(found)) + "\n")
            return 0
        if not args.name:
            raise UsageError(t("admin_needs_name", action=args.action))
        if args.action == "remove":
            accounts.remove(engine, args.name, actor=actor)
            sys.stdout.write(t("admin_removed", name=args.name) + "\n")
            return 0
        password = _read_password(t("password_for", name=args.name))
        if password is None:
            return 2
        if args.action == "add":
            accounts.add(engine, args.name, password, args.role, actor=actor)
            sys.stdout.write(t("admin_added", name=args.name, role=args.role) + "\n")
        else:
            accounts.set_password(engine, args.name, password, actor=actor)
            sys.stdout.write(t("admin_passwd", name=args.name) + "\n")
    except accounts.AccountError as exc:
        _error(str(exc))
        return 2
    return 0


def _purge(args: argparse.Namespace) -> int:
    from worker import audit, db, incidents

    config = load_config()
    days = load_policy(policy_path(config.policy_path)).incident_retention_days
    engine = db.engine_for(config.database_url)
    result = incidents.purge(engine, retention_days=days, dry_run=args.dry_run)
    cutoff = result.cutoff.isoformat(timespec="seconds")
    oldest = t("purge_oldest", day=result.oldest.date()) if result.oldest else ""
    sys.stdout.write(
        t(
            "purge_would" if args.dry_run else "purge_done",
            n=result.count,
            cutoff=local_time(result.cutoff, _policy_zone()),
            days=days,
            oldest=oldest,
        )
        + "\n"
    )
    if not args.dry_run and result.count:
        audit.record(
            engine, audit.cli_actor(), "incidents.purged", count=result.count, before=cutoff
        )
    return 0


def _forget(args: argparse.Namespace) -> int:
    from integrations import HELPDESKS
    from worker import audit, db
    from worker.forget import forget

    config = load_config()
    requester = args.requester.strip()
    if not requester:
        raise UsageError(t("forget_needs_requester"))
    helpdesks = (args.helpdesk,) if args.helpdesk else tuple(HELPDESKS)
    result = forget(
        Redis.from_url(config.redis_url),
        db.engine_for(config.database_url),
        pepper=config.pepper,
        requester=requester,
        helpdesks=helpdesks,
        actor=audit.cli_actor(),
    )
    sys.stdout.write(t("forget_removed", helpdesks=", ".join(helpdesks)) + "\n")
    lines = [
        t("forget_history", n=result.history_entries),
        t("forget_incidents", n=result.incidents),
        *(t("forget_jobs", place=place, n=n) for place, n in result.jobs.items()),
    ]
    if result.running_jobs:
        lines.append(t("forget_running", n=result.running_jobs))
    for line in lines:
        sys.stdout.write(f"  {line}\n")
    return 0


def _add_storage(commands: argparse._SubParsersAction) -> None:
    """``db``, ``admin``, ``purge`` and ``forget``: the durable records and who may see them."""
    database = commands.add_parser("db", help=t("help_db"))
    database.add_argument("action", choices=("upgrade", "current"))
    database.set_defaults(run=_db)
    admin = commands.add_parser("admin", help=t("help_admin"))
    admin.add_argument("action", choices=("add", "list", "remove", "passwd"))
    admin.add_argument("name", nargs="?", help=t("help_admin_name"))
    admin.add_argument(
        "--role", choices=("editor", "viewer"), default="editor", help=t("help_role")
    )
    admin.set_defaults(run=_admin)
    purge = commands.add_parser("purge", help=t("help_purge"))
    purge.add_argument("--dry-run", action="store_true", help=t("help_purge_dry_run"))
    purge.set_defaults(run=_purge)
    forget = commands.add_parser("forget", help=t("help_forget"))
    forget.add_argument("--requester", required=True, help=t("help_requester"))
    forget.add_argument(
        "--helpdesk", choices=("zendesk", "freshdesk"), help=t("help_helpdesk_both")
    )
    forget.set_defaults(run=_forget)


class _Parser(argparse.ArgumentParser):
    """argparse in the chosen language: its headings, its help option and its common errors
    (argparse ships English only)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = t("positionals")
        self._optionals.title = t("optionals")
        self.add_argument("-h", "--help", action="help", help=t("help_help"))

    def format_usage(self) -> str:
        return _usage(super().format_usage())

    def format_help(self) -> str:
        return _usage(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, t("prefix", message=cli_text.argparse_error(message)) + "\n")


def _usage(text: str) -> str:
    return t("usage") + text.removeprefix("usage: ") if text.startswith("usage: ") else text


def build_parser() -> argparse.ArgumentParser:
    """Every command, with help in the chosen language (``cli_text.use`` first)."""
    parser = _Parser(prog="kasuguard", description=t("description"))
    commands = parser.add_subparsers(
        dest="command", required=True, title=t("commands"), metavar="COMMAND"
    )
    check = commands.add_parser("check-config", help=t("help_check_config"))
    check.add_argument("--online", action="store_true", help=t("help_online"))
    check.set_defaults(run=_check_config)
    dry = commands.add_parser("dry-run", help=t("help_dry_run"))
    dry.add_argument("-n", "--limit", type=int, default=20, help=t("help_limit"))
    dry.add_argument("--json", action="store_true", help=t("help_json"))
    dry.set_defaults(run=_dry_run)
    sign = commands.add_parser("sign", help=t("help_sign"))
    sign.add_argument("file", help=t("help_file"))
    sign.set_defaults(run=_sign)
    trial = commands.add_parser("try", help=t("help_try"))
    trial.add_argument("helpdesk", choices=("zendesk", "freshdesk"), help=t("help_helpdesk"))
    trial.add_argument("file", help=t("help_try_file"))
    trial.add_argument("--url", default="http://127.0.0.1:8000", help=t("help_try_url"))
    trial.set_defaults(run=_try)
    failed = commands.add_parser("failed", help=t("help_failed"))
    failed.add_argument("action", choices=("list", "requeue", "purge"))
    failed.add_argument("job_ids", nargs="*", help=t("help_failed_ids"))
    failed.add_argument("--all", action="store_true", help=t("help_failed_all"))
    failed.set_defaults(run=_failed)
    score = commands.add_parser("score", help=t("help_score"))
    score.add_argument("file", help=t("help_file"))
    score.set_defaults(run=_score)
    evaluate = commands.add_parser("eval", help=t("help_eval"))
    evaluate.add_argument("file", nargs="?", help=t("help_eval_file"))
    evaluate.add_argument("--toxicity", action="store_true", help=t("help_toxicity"))
    evaluate.add_argument("--writers", help=t("help_writers"))
    evaluate.add_argument("--lowo", action="store_true", help=t("help_lowo"))
    evaluate.add_argument(
        "--split",
        choices=("all", "build", "held"),
        default="all",
        help=t("help_split").replace("%", "%%"),
    )
    evaluate.set_defaults(run=_eval)
    model = commands.add_parser("model", help=t("help_model"))
    model.add_argument("action", choices=("build",))
    model.set_defaults(run=_model)
    _add_operations(commands)
    password = commands.add_parser("admin-password", help=t("help_admin_password"))
    password.add_argument("--with-secret-key", action="store_true", help=t("help_with_secret_key"))
    password.set_defaults(run=_admin_password)
    push = commands.add_parser("push-templates", help=t("help_push"))
    push.add_argument("--helpdesk", choices=("zendesk", "freshdesk"), help=t("help_helpdesk_both"))
    push.add_argument("--language", choices=("ja", "en", "all"), help=t("help_language"))
    push.add_argument("--dry-run", action="store_true", help=t("help_push_dry_run"))
    push.set_defaults(run=_push_templates)
    _add_storage(commands)
    return parser


def _error(message: str) -> None:
    sys.stderr.write(t("prefix", message=message) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    # .env first (never over the environment), so KASUGUARD_LANG may live there too.
    load_dotenv(find_dotenv(usecwd=True))
    args = build_parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except ConfigError as exc:
        _error(cli_text.explain_config_error(exc))
        return 2
    except PolicyError as exc:
        _error(cli_text.explain_policy_error(exc))
        return 2
    except RedisError as exc:
        _error(t("redis_unreachable", error=type(exc).__name__))
        return 1
    except UsageError as exc:
        _error(str(exc))
        return 2
    except SQLAlchemyError as exc:
        _error(t("db_unreachable", error=type(exc).__name__))
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
