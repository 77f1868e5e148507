"""The ``kasuguard`` command.

kasuguard check-config          validate the configuration, show what is enabled
kasuguard dry-run [-n N]        show the actions recorded in dry-run mode
kasuguard sign FILE             headers for a correctly signed Zendesk test request
kasuguard failed list|requeue|purge [JOB_ID…|--all]   failed jobs, with the reason
kasuguard score FILE.jsonl      score labelled scenarios, one JSON line each
kasuguard eval FILE.jsonl       precision/recall/F1 of the scorer on labelled scenarios
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from redis import Redis
from redis.exceptions import RedisError

from worker.config import ConfigError, load_config
from worker.policy import PolicyError, load_policy, policy_path


def _check_config(args: argparse.Namespace) -> int:
    config = load_config()
    out = sys.stdout
    out.write(f"Redis: {config.redis_url.split('@')[-1]}\n")
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
    from worker.evaluation import eval_file

    return eval_file(args.file, sys.stdout)


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
    evaluate.add_argument("file")
    evaluate.set_defaults(run=_eval)
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except (ConfigError, PolicyError) as exc:
        sys.stderr.write(f"kasuguard: configuration error: {exc}\n")
        return 2
    except RedisError as exc:
        sys.stderr.write(f"kasuguard: Redis unreachable: {exc}\n")
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
