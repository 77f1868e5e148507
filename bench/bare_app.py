"""The baseline for the intake benchmark: a bare Flask route that returns 204."""

from __future__ import annotations

from flask import Flask

app = Flask(__name__)


@app.post("/webhooks/zendesk")
def bare() -> tuple[str, int]:
    return "", 204
