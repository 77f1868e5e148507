"""Fixtures for the admin page: an app with sign-in configured, its own data directory (a
temporary one, never the working directory's ``var/``), and a signed-in test client."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from werkzeug.security import generate_password_hash

from worker.app import create_app

ADMIN_USER = "admin"
ADMIN_PASSWORD = "correct horse battery staple"
SECRET_KEY = "test-secret-key-" + "k" * 32
# Hashed once: scrypt is slow on purpose.
PASSWORD_HASH = generate_password_hash(ADMIN_PASSWORD, method="scrypt")


class PipedStdin:
    """What a script piping a password in looks like to a command reading standard input."""

    def __init__(self, text: str) -> None:
        self.text = text

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self.text


_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def admin_settings(data_dir: Path, **overrides: str) -> dict[str, str]:
    """The settings that turn the admin page on, with ``data_dir`` for its store."""
    settings = {
        "KASUGUARD_DATA_DIR": str(data_dir),
        "KASUGUARD_ADMIN_USER": ADMIN_USER,
        "KASUGUARD_ADMIN_PASSWORD_HASH": PASSWORD_HASH,
        "KASUGUARD_SECRET_KEY": SECRET_KEY,
        "KASUGUARD_ADMIN_INSECURE_HTTP": "false",
    }
    settings.update(overrides)
    return settings


def csrf_token(page: str) -> str:
    """The CSRF token of the first form on ``page``."""
    match = _TOKEN.search(page)
    assert match, "the page has no form with a CSRF token"
    return match.group(1)


def sign_in(client, password: str = ADMIN_PASSWORD, user: str = ADMIN_USER):
    """Sign in through the form, as a browser would; returns the POST's response."""
    token = csrf_token(client.get("/admin/login").get_data(as_text=True))
    return client.post(
        "/admin/login",
        data={"csrf_token": token, "user": user, "password": password, "next": "/admin/"},
    )


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def admin_env(configure, data_dir):
    """The process environment (so the worker sees the same data dir) with the admin page on."""
    return configure(**admin_settings(data_dir))


@pytest.fixture
def admin_app(admin_env):
    return create_app(admin_env)


def https_client(app):
    """A test client speaking https, as production does (the session cookie is Secure, and
    Flask-WTF checks the Referer on https)."""
    client = app.test_client()
    client.environ_base["wsgi.url_scheme"] = "https"
    client.environ_base["HTTP_REFERER"] = "https://localhost/admin/"
    return client


@pytest.fixture
def anonymous_client(admin_app):
    return https_client(admin_app)


@pytest.fixture
def admin_client(admin_app):
    client = https_client(admin_app)
    response = sign_in(client)
    assert response.status_code == 302, response.get_data(as_text=True)
    return client
