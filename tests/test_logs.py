"""Structured logs: JSON lines with a stable event name and the context as fields."""

from __future__ import annotations

import json
import logging

from worker.logs import JsonFormatter, configure_logging


def test_log_line_is_json_with_event_name_and_context():
    record = logging.LogRecord(
        "worker.jobs", logging.INFO, __file__, 1, "job.processed", None, None
    )
    record.helpdesk = "zendesk"
    record.level = "medium"
    line = json.loads(JsonFormatter().format(record))
    assert line["event"] == "job.processed"
    assert line["logger"] == "worker.jobs" and line["severity"] == "info"
    assert line["level"] == "medium"  # the assessment's level, not the log severity
    assert line["helpdesk"] == "zendesk"
    assert line["ts"].endswith("+00:00")


def test_configure_logging_is_idempotent():
    configure_logging()
    configure_logging()
    handlers = logging.getLogger("worker").handlers
    assert sum(isinstance(h.formatter, JsonFormatter) for h in handlers) == 1
