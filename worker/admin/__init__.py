"""The admin web page (``/admin``): reply templates and the policy. Filled in by issue 4."""

from __future__ import annotations

from flask import Blueprint, Flask

from worker.config import Config

blueprint = Blueprint("admin", __name__, url_prefix="/admin")


def init_app(app: Flask, config: Config) -> None:
    """Register the admin page on ``app`` (create_app calls this once)."""
    app.register_blueprint(blueprint)
