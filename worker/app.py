"""The web receiver: authenticate a helpdesk webhook, turn it into a ``TicketEvent``, enqueue it.

It never scores and never calls a helpdesk in the request, so it answers well inside the
senders' timeouts (Zendesk gives about 10 s). Status policy (README has the same table):

====  ==========================================================================
401   missing or wrong credentials / signature, stale Zendesk timestamp
400   body is not UTF-8 JSON, or nested deeper than 64 levels, or a field is missing or outside
      its shape (ids, times, invalid Unicode); the message names the field
404   unknown helpdesk, or a helpdesk disabled because it has no webhook secret
413   body larger than ``KASUGUARD_MAX_BODY_BYTES``
200   ``ignored``: a real event kasuguard does not act on (including its own updates)
200   ``duplicate``: this event was already accepted
202   ``accepted``: enqueued; the worker will process it
503   Redis unreachable; ``Retry-After: 30`` (under 60 s, or Zendesk drops the delivery)
====  ==========================================================================
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from flask import Blueprint, Flask, Response, current_app, jsonify, request
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from sqlalchemy.exc import SQLAlchemyError
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.middleware.proxy_fix import ProxyFix

from integrations import HELPDESKS
from integrations.base import AuthError, Ignored, MalformedPayload
from worker import admin, db, health, intake, jobs, metrics
from worker.accept import Acceptor
from worker.config import Config, load_config
from worker.logs import configure_logging
from worker.policy import load_policy, policy_path

logger = logging.getLogger(__name__)

RETRY_AFTER_S = 30
"""Zendesk retries a 503 only when Retry-After is under 60 seconds."""

REDIS_SOCKET_TIMEOUT_S = 2.0
"""Fail fast when Redis is down, so the sender gets a 503 and retries instead of timing out."""

webhooks = Blueprint("webhooks", __name__)


class ApiError(Exception):
    """An error response: views raise it, one handler renders it as JSON."""

    def __init__(self, status: int, message: str, **headers: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def _config() -> Config:
    config: Config = current_app.extensions["kasuguard.config"]
    return config


def _queue() -> Queue:
    queue: Queue = current_app.extensions["kasuguard.queue"]
    return queue


def _acceptor() -> Acceptor:
    acceptor: Acceptor = current_app.extensions["kasuguard.acceptor"]
    return acceptor


def _now() -> datetime:
    now = current_app.extensions.get("kasuguard.clock")
    return now() if now else datetime.now().astimezone()


@webhooks.post("/webhooks/<helpdesk>")
def receive(helpdesk: str) -> tuple[Response, int]:
    """Verify, parse, enqueue, answer."""
    module = HELPDESKS.get(helpdesk)
    if module is None:
        raise ApiError(404, f"unknown helpdesk {helpdesk!r}")
    redis = _queue().connection
    settings = _config().helpdesks[helpdesk]
    if not settings.enabled:
        metrics.count_request(redis, helpdesk, "rejected", reason="disabled")
        raise ApiError(
            404, f"{helpdesk} webhooks are disabled: set {helpdesk.upper()}_WEBHOOK_SECRET"
        )
    try:
        raw = request.get_data(cache=True)  # the raw bytes: signatures cover exactly these
    except RequestEntityTooLarge:
        metrics.count_request(redis, helpdesk, "rejected", reason="too_large")
        raise
    headers: Mapping[str, str] = request.headers
    now = _now()
    try:
        module.verify(headers, raw, settings.webhook_secret, now)
    except AuthError as exc:
        logger.warning("webhook.rejected", extra={"helpdesk": helpdesk, "reason": str(exc)})
        metrics.count_request(redis, helpdesk, "rejected", reason="authentication")
        raise ApiError(401, f"authentication failed: {exc}") from exc
    try:
        payload: Any = intake.read_json(raw)
        event = module.parse(payload, headers, now)
    except intake.NotJson as exc:
        metrics.count_request(redis, helpdesk, "rejected", reason="not_json")
        raise ApiError(400, f"body is not valid JSON: {exc}") from exc
    except MalformedPayload as exc:
        logger.info("webhook.malformed", extra={"helpdesk": helpdesk, "field": exc.field})
        metrics.count_request(redis, helpdesk, "rejected", reason="malformed")
        raise ApiError(400, f"malformed payload: {exc}") from exc
    except Ignored as exc:
        logger.info("webhook.ignored", extra={"helpdesk": helpdesk, "reason": str(exc)})
        metrics.count_request(redis, helpdesk, "ignored")
        return jsonify(status="ignored", reason=str(exc)), 200
    # The requester's id or e-mail never reaches Redis: the job carries its pseudonym.
    event = event.pseudonymised(_config().pepper)
    try:
        # One round trip: the duplicate checks, the job, its place in the queue, the counters.
        accepted = _acceptor().accept(
            jobs.process_event,
            (event.to_dict(),),
            ledger=jobs.ledger_key(event.job_id),
            helpdesk=helpdesk,
            ticket_id=event.ticket_id,
            **jobs.enqueue_options(event.job_id),
        )
    except RedisError as exc:
        logger.error(
            "webhook.queue-unavailable", extra={"helpdesk": helpdesk, "error": type(exc).__name__}
        )
        raise ApiError(
            503, "queue unavailable, retry later", **{"Retry-After": str(RETRY_AFTER_S)}
        ) from exc
    if not accepted:
        return jsonify(status="duplicate", job_id=event.job_id), 200
    logger.info(
        "webhook.accepted",
        extra={"helpdesk": helpdesk, "job_id": event.job_id, "ticket_id": event.ticket_id},
    )
    return jsonify(status="accepted", job_id=event.job_id), 202


@webhooks.get("/healthz")
def healthz() -> tuple[Response, int]:
    """Redis reachable and at least one worker with a recent heartbeat: 200, else 503. Redis
    without persistence stays 200, with a warning saying what it risks."""
    redis = _queue().connection
    try:
        redis.ping()
        alive = health.live_workers(redis)
        persistence, warnings = health.persistence(redis)
    except RedisError:
        return jsonify(status="unhealthy", redis="unreachable", workers=0), 503
    return jsonify(
        status="ok" if alive else "no worker",
        redis="ok",
        workers=len(alive),
        persistence=persistence,
        warnings=warnings,
    ), 200 if alive else 503


@webhooks.get("/metrics")
def prometheus_metrics() -> Response:
    """Counters of every process (kept in Redis), in Prometheus text format."""
    registry = CollectorRegistry()
    registry.register(metrics.RedisCollector(_queue().connection, jobs.QUEUES))
    try:
        body = generate_latest(registry)
    except RedisError as exc:
        raise ApiError(503, "metrics unavailable: Redis unreachable") from exc
    return Response(body, mimetype=CONTENT_TYPE_LATEST)


def _render_error(exc: ApiError) -> tuple[Response, int]:
    response = jsonify(error=exc.message)
    response.headers.update(exc.headers)
    return response, exc.status


def _render_http_error(exc: HTTPException) -> tuple[Response, int]:
    status = exc.code or 500
    if isinstance(exc, RequestEntityTooLarge):
        message = "body too large"
    else:
        message = exc.description or exc.name
    return jsonify(error=message), status


def _open_database(config: Config) -> None:
    """Migrate the database at start. If it is unreachable the receiver starts anyway (webhooks
    need only Redis); the admin page answers 503 until it is back."""
    try:
        db.engine_for(config.database_url)
    except SQLAlchemyError as exc:
        logger.error(
            "database.unavailable",
            extra={"database": db.describe(config.database_url), "error": type(exc).__name__},
        )


def create_app(environ: Mapping[str, str] | None = None, *, redis: Redis | None = None) -> Flask:
    """Build the receiver. ``environ`` replaces the process environment (tests pass their own)."""
    configure_logging()
    config = load_config(environ)
    load_policy(policy_path(config.policy_path))  # an invalid policy stops the start, by line
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    if config.trusted_proxies:
        # Believe X-Forwarded-* from exactly that many proxies, so the sign-in throttle sees the
        # client's address (and a client cannot pick its own by sending the header).
        n = config.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)  # type: ignore[method-assign]
    _open_database(config)
    connection = redis or Redis.from_url(
        config.redis_url,
        socket_connect_timeout=REDIS_SOCKET_TIMEOUT_S,
        socket_timeout=REDIS_SOCKET_TIMEOUT_S,
    )
    app.extensions["kasuguard.config"] = config
    app.extensions["kasuguard.queue"] = Queue(jobs.QUEUE_NAME, connection=connection)
    app.extensions["kasuguard.acceptor"] = Acceptor(app.extensions["kasuguard.queue"])
    app.register_blueprint(webhooks)
    admin.init_app(app, config)
    app.register_error_handler(ApiError, _render_error)
    app.register_error_handler(HTTPException, _render_http_error)
    return app
