"""The ``kasuguard`` command.

kasuguard check-config          validate the configuration, show what is enabled
kasuguard dry-run [-n N]        show the actions recorded in dry-run mode
kasuguard sign FILE             headers for a correctly signed Zendesk test request
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
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from redis import Redis
from redis.exceptions import RedisError
from sqlalchemy.exc import SQLAlchemyError

from worker.config import ConfigError, load_config
from worker.db import describe
from worker.operations import UsageError
from worker.policy import PolicyError, load_policy, policy_path


def _check_config(args: argparse.Namespace) -> int:
    config = load_config()
    out = sys.stdout
    out.write(f"Redis: {config.redis_url.split('@')[-1]}\n")
    out.write(f"Redis persistence: {_persistence(config.redis_url)}\n")
    out.write(f"Database: {describe(config.database_url)}\n")
    policy = load_policy(policy_path(config.policy_path))
    out.write(f"Policy: {policy.name} ({policy_path(config.policy_path)})\n")
    for name, helpdesk in config.helpdesks.items():
        if not helpdesk.enabled:
            state = "disabled (no webhook secret)"
        elif helpdesk.dry_run:
            state = "enabled, dry run (actions are recorded, not sent)"
        else:
            assert helpdesk.credentials is not None
            state = f"enabled, writing to {helpdesk.credentials.base_url}"
        out.write(f"{name}: {state}\n")
    return 0


def _persistence(url: str) -> str:
    """One line for check-config; a Redis that does not answer is reported, not fatal."""
    from worker import health

    redis = Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    try:
        redis.ping()
    except RedisError as exc:
        return f"unknown (Redis does not answer: {type(exc).__name__})"
    mode, warnings = health.persistence(redis)
    state = {"aof": "AOF on", "off": "OFF", "unknown": "unknown"}[mode]
    return "; ".join([state, *(f"WARNING: {w}" for w in warnings)])


def _dry_run(args: argparse.Namespace) -> int:
    from integrations import dryrun

    config = load_config()
    records = dryrun.recent(Redis.from_url(config.redis_url), args.limit)
    if not records:
        sys.stdout.write("No dry-run actions recorded yet.\n")
    for record in records:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    return 0


def _sign(args: argparse.Namespace) -> int:
    from integrations import zendesk

    config = load_config()
    secret = config.helpdesks["zendesk"].webhook_secret
    if not secret:
        raise ConfigError("ZENDESK_WEBHOOK_SECRET is not set")
    with open(args.file, "rb") as file:
        body = file.read()
    timestamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    sys.stdout.write(f"{zendesk.TIMESTAMP_HEADER}: {timestamp}\n")
    sys.stdout.write(f"{zendesk.SIGNATURE_HEADER}: {zendesk.sign(body, secret, timestamp)}\n")
    return 0


def _failed(args: argparse.Namespace) -> int:
    from worker import failed

    redis = Redis.from_url(load_config().redis_url)
    known = [f.job_id for f in failed.list_failed(redis)]
    if args.action == "list":
        for job in failed.list_failed(redis):
            when = job.failed_at.isoformat(timespec="seconds") if job.failed_at else "?"
            sys.stdout.write(
                f"{job.job_id}  {job.helpdesk} #{job.ticket_id}  {when}  {job.reason}\n"
            )
        sys.stdout.write(f"{len(known)} failed job(s)\n")
        return 0
    chosen = known if args.all else args.job_ids
    unknown = sorted(set(chosen) - set(known))
    if unknown or not chosen:
        missing = ", ".join(unknown) or "(none given; use --all)"
        sys.stderr.write(f"kasuguard: not in the failed-job registry: {missing}\n")
        return 1
    done = (
        failed.requeue(redis, chosen) if args.action == "requeue" else failed.purge(redis, chosen)
    )
    sys.stdout.write(f"{args.action}d {len(done)} job(s)\n")
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
        raise UsageError("eval needs a FILE, or --lowo")
    if args.toxicity:
        return 0 if toxicity_set(args.file, sys.stdout) else 2
    return eval_file(args.file, sys.stdout, split=args.split)


def _model(args: argparse.Namespace) -> int:
    from worker import training

    def say(line: str) -> None:
        sys.stderr.write(f"kasuguard model: {line}\n")

    model = training.build(progress=say)
    say(
        f"wrote {training.MODEL_DIR} ({len(model.vocabulary)} n-grams, {len(model.examples)} cases)"
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
    setup = commands.add_parser("setup", help="connect a helpdesk: webhook, secret, rules")
    setup.add_argument("helpdesk", choices=("zendesk", "freshdesk"))
    setup.add_argument("--url", required=True, help="public base URL of kasuguard (https://…)")
    setup.add_argument("--dry-run", action="store_true", help="print the API calls, change nothing")
    setup.add_argument("--name", default="kasuguard", help="webhook name (Zendesk)")
    setup.add_argument("--env-file", default=".env", help="where to write the secret (Zendesk)")
    setup.add_argument("--subdomain", help="Zendesk subdomain, if not configured yet")
    setup.add_argument("--email", help="Zendesk agent e-mail, if not configured yet")
    setup.add_argument("--token", help="Zendesk API token, if not configured yet")
    setup.add_argument(
        "--schedule", action="store_true", help="print the business-hours schedule as policy YAML"
    )
    setup.add_argument("--username", default="kasuguard", help="Basic-auth user (Freshdesk)")
    setup.set_defaults(run=_setup)
    backfill = commands.add_parser("backfill", help="score past tickets; resumable")
    backfill.add_argument("--since", default="30d", help="30d, 12w or a date (default 30d)")
    backfill.add_argument("--until", help="skip messages from this time on (default now)")
    backfill.add_argument("--helpdesk", choices=("zendesk", "freshdesk"))
    backfill.add_argument("--tag", action="store_true", help="write back (tags, note) as live")
    backfill.add_argument("--restart", action="store_true", help="forget saved progress first")
    backfill.set_defaults(run=_backfill)
    report = commands.add_parser("report", help="incident report: counts, weeks, requesters")
    report.add_argument("--since", default="30d", help="30d, 12w or a date (default 30d)")
    report.add_argument("--until", help="a date or duration ago (default now)")
    report.add_argument("--format", choices=("md", "csv", "html"), default="md")
    report.add_argument("-o", "--output", help="write to FILE instead of stdout")
    report.add_argument("--tz", help="time zone for weeks and dates (default: the policy's)")
    report.add_argument("--top", type=int, default=10, help="requesters listed (default 10)")
    report.set_defaults(run=_report)


def _admin_password(args: argparse.Namespace) -> int:
    import getpass
    import secrets

    from worker.admin.auth import MIN_PASSWORD_CHARS, hash_password

    if sys.stdin.isatty():
        password = getpass.getpass("Admin password: ")
        if getpass.getpass("Again: ") != password:
            sys.stderr.write("kasuguard: the passwords differ\n")
            return 2
    else:  # piped in (scripts, tests): the first line
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < MIN_PASSWORD_CHARS:
        sys.stderr.write(f"kasuguard: use at least {MIN_PASSWORD_CHARS} characters\n")
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
        sys.stderr.write(f"kasuguard: nothing pushed: {exc}\n")
        return 1
    except HelpdeskError as exc:
        sys.stderr.write(f"kasuguard: push stopped: {exc}\n")
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
                f"imported from the previous storage: {imported.template_versions} template "
                f"version(s), {imported.incidents} incident(s) (requesters pseudonymised)\n"
            )
    revision = db.current_revision(engine) or "(empty)"
    head = db.head_revision()
    sys.stdout.write(f"{where}: schema {revision} (this version's newest: {head})\n")
    return 0 if revision == head else 1


def _read_password(prompt: str) -> str | None:
    """Twice on a terminal (None when they differ); the first line of stdin otherwise."""
    import getpass

    if sys.stdin.isatty():
        password = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != password:
            sys.stderr.write("kasuguard: the passwords differ\n")
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
            for account in found:
                changed = account.password_changed_at.isoformat(timespec="seconds")
                sys.stdout.write(f"{account.name}  {account.role}  password set {changed}\n")
            sys.stdout.write(f"{len(found)} account(s)\n")
            return 0
        if not args.name:
            raise UsageError(f"admin {args.action} needs the account's NAME")
        if args.action == "remove":
            accounts.remove(engine, args.name, actor=actor)
            sys.stdout.write(f"removed {args.name} (and ended its sessions)\n")
            return 0
        password = _read_password(f"Password for {args.name}: ")
        if password is None:
            return 2
        if args.action == "add":
            accounts.add(engine, args.name, password, args.role, actor=actor)
            sys.stdout.write(f"added {args.name} ({args.role})\n")
        else:
            accounts.set_password(engine, args.name, password, actor=actor)
            sys.stdout.write(f"new password for {args.name} (its sessions were ended)\n")
    except accounts.AccountError as exc:
        sys.stderr.write(f"kasuguard: {exc}\n")
        return 2
    return 0


def _purge(args: argparse.Namespace) -> int:
    from worker import audit, db, incidents

    config = load_config()
    days = load_policy(policy_path(config.policy_path)).incident_retention_days
    engine = db.engine_for(config.database_url)
    result = incidents.purge(engine, retention_days=days, dry_run=args.dry_run)
    cutoff = result.cutoff.isoformat(timespec="seconds")
    oldest = f", the oldest from {result.oldest.date()}" if result.oldest else ""
    verb = "would delete" if args.dry_run else "deleted"
    sys.stdout.write(
        f"{verb} {result.count} incident(s) written before {cutoff} "
        f"(retention.incidents_days: {days}){oldest}\n"
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
        raise UsageError("--requester needs the requester's id or e-mail address")
    helpdesks = (args.helpdesk,) if args.helpdesk else tuple(HELPDESKS)
    result = forget(
        Redis.from_url(config.redis_url),
        db.engine_for(config.database_url),
        pepper=config.pepper,
        requester=requester,
        helpdesks=helpdesks,
        actor=audit.cli_actor(),
    )
    sys.stdout.write(f"removed from {', '.join(helpdesks)}:\n")
    for line in result.lines():
        sys.stdout.write(f"  {line}\n")
    return 0


def _add_storage(commands: argparse._SubParsersAction) -> None:
    """``db``, ``admin``, ``purge`` and ``forget``: the durable records and who may see them."""
    database = commands.add_parser("db", help="the SQL database: migrations")
    database.add_argument("action", choices=("upgrade", "current"))
    database.set_defaults(run=_db)
    admin = commands.add_parser("admin", help="admin accounts: add, list, remove, passwd")
    admin.add_argument("action", choices=("add", "list", "remove", "passwd"))
    admin.add_argument("name", nargs="?", help="the account's user name")
    admin.add_argument(
        "--role", choices=("editor", "viewer"), default="editor", help="add: editor or viewer"
    )
    admin.set_defaults(run=_admin)
    purge = commands.add_parser("purge", help="delete incidents past the policy's retention")
    purge.add_argument("--dry-run", action="store_true", help="print what would be deleted")
    purge.set_defaults(run=_purge)
    forget = commands.add_parser("forget", help="remove one requester from history and records")
    forget.add_argument("--requester", required=True, help="the requester's id or e-mail")
    forget.add_argument("--helpdesk", choices=("zendesk", "freshdesk"), help="default: both")
    forget.set_defaults(run=_forget)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kasuguard", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check-config", help="validate the configuration").set_defaults(
        run=_check_config
    )
    dry = commands.add_parser("dry-run", help="show actions recorded in dry-run mode")
    dry.add_argument("-n", "--limit", type=int, default=20)
    dry.set_defaults(run=_dry_run)
    sign = commands.add_parser("sign", help="signature headers for a Zendesk test request")
    sign.add_argument("file")
    sign.set_defaults(run=_sign)
    failed = commands.add_parser("failed", help="jobs that failed: list, requeue or purge them")
    failed.add_argument("action", choices=("list", "requeue", "purge"))
    failed.add_argument("job_ids", nargs="*", help="job ids (requeue/purge)")
    failed.add_argument("--all", action="store_true", help="every failed job (requeue/purge)")
    failed.set_defaults(run=_failed)
    score = commands.add_parser("score", help="score scenarios from a JSONL file")
    score.add_argument("file")
    score.set_defaults(run=_score)
    evaluate = commands.add_parser("eval", help="evaluate the scorer on labelled scenarios")
    evaluate.add_argument("file", nargs="?", help="a JSONL file (not needed with --lowo)")
    evaluate.add_argument(
        "--toxicity",
        action="store_true",
        help="FILE is the public toxicity set's subset.csv: AUC and false alarms",
    )
    evaluate.add_argument(
        "--writers", help="with --lowo: only hold out these writers (comma-separated)"
    )
    evaluate.add_argument(
        "--lowo",
        action="store_true",
        help="leave-one-writer-out over the training corpus: retrain without each writer, "
        "score that writer",
    )
    evaluate.add_argument(
        "--split",
        choices=("all", "build", "held"),
        default="all",
        help="only the fixed ~70%% build part or the ~30%% held-out part (by scenario id)",
    )
    evaluate.set_defaults(run=_eval)
    model = commands.add_parser(
        "model", help="the learned layer: rebuild its weights from the labelled corpus"
    )
    model.add_argument("action", choices=("build",))
    model.set_defaults(run=_model)
    _add_operations(commands)
    password = commands.add_parser(
        "admin-password", help="hash an admin password for KASUGUARD_ADMIN_PASSWORD_HASH"
    )
    password.add_argument(
        "--with-secret-key", action="store_true", help="also print a new KASUGUARD_SECRET_KEY"
    )
    password.set_defaults(run=_admin_password)
    push = commands.add_parser(
        "push-templates", help="reply templates to Zendesk macros and Freshdesk canned responses"
    )
    push.add_argument("--helpdesk", choices=("zendesk", "freshdesk"))
    push.add_argument("--language", choices=("ja", "en", "all"), help="default: the policy's")
    push.add_argument("--dry-run", action="store_true", help="show what would be pushed")
    push.set_defaults(run=_push_templates)
    _add_storage(commands)
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except (ConfigError, PolicyError) as exc:
        sys.stderr.write(f"kasuguard: configuration error: {exc}\n")
        return 2
    except RedisError as exc:
        sys.stderr.write(f"kasuguard: Redis unreachable: {exc}\n")
        return 1
    except UsageError as exc:
        sys.stderr.write(f"kasuguard: {exc}\n")
        return 2
    except SQLAlchemyError as exc:
        sys.stderr.write(f"kasuguard: database unreachable or failing: {type(exc).__name__}\n")
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
