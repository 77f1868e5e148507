"""Admin hardening: server-side sessions (a cookie copied before sign-out is dead after it; a new
password or removal ends sessions), the throttle per user and address (behind trusted proxies,
the client's address), templates rendered under a time limit, and a database outage that leaves
the webhooks working."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from tests.admin.conftest import admin_settings, csrf_token, https_client, sign_in
from tests.conftest import load_fixture, zendesk_headers
from worker import db
from worker.admin import accounts, auth
from worker.app import create_app

ALICE = ("alice", "alice's long password")
BOB = ("bob", "bob's even longer password")
URL = "/admin/templates/ja/boundary_warning"
NESTED_LOOP = (
    "{{ addressee }}\n{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}"
    "{% endfor %}"
)


@pytest.fixture
def engine(admin_app):
    engine = admin_app.extensions["kasuguard.admin"].engine
    accounts.add(engine, *ALICE, "editor", actor="test")
    accounts.add(engine, *BOB, "viewer", actor="test")
    return engine


def signed_in(app, user: str, password: str, **environ: str):
    client = https_client(app)
    client.environ_base.update(environ)
    response = sign_in(client, user=user, password=password)
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


def copy_of(app, client):
    """Another browser holding the same session cookie (a stolen or copied cookie)."""
    cookie = client.get_cookie("kasuguard_admin", path="/admin")
    thief = https_client(app)
    thief.set_cookie(cookie.key, cookie.value, path="/admin")
    return thief


def sign_out(client) -> None:
    token = csrf_token(client.get("/admin/").get_data(as_text=True))
    assert client.post("/admin/logout", data={"csrf_token": token}).status_code == 302


def test_a_cookie_copied_before_sign_out_no_longer_works_after_it(admin_app, engine):
    alice = signed_in(admin_app, *ALICE)
    thief = copy_of(admin_app, alice)
    assert thief.get("/admin/").status_code == 200  # the copy works while the session lives
    sign_out(alice)
    assert thief.get("/admin/").status_code == 302
    assert thief.get(URL).headers["Location"].startswith("/admin/login")


def test_a_new_password_or_removal_ends_that_persons_sessions_only(admin_app, engine):
    alice, bob = signed_in(admin_app, *ALICE), signed_in(admin_app, *BOB)
    accounts.set_password(engine, "alice", "alice's newer long password", actor="test")
    assert alice.get("/admin/").status_code == 302
    assert bob.get("/admin/").status_code == 200
    accounts.remove(engine, "bob", actor="test")
    assert bob.get("/admin/").status_code == 302


def test_an_expired_session_is_refused(admin_app, engine):
    alice = signed_in(admin_app, *ALICE)
    with engine.begin() as connection:
        connection.execute(
            update(db.admin_sessions).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    assert alice.get("/admin/").status_code == 302


def test_a_role_change_applies_to_open_sessions(admin_app, engine):
    bob = signed_in(admin_app, *BOB)
    assert 'id="save"' not in bob.get(URL).get_data(as_text=True)
    with engine.begin() as connection:
        connection.execute(update(db.admin_users).values(role="editor"))
    assert 'id="save"' in bob.get(URL).get_data(as_text=True)


def fail(client, user: str) -> int:
    return sign_in(client, user=user, password="a wrong guess").status_code


def test_failures_for_one_user_do_not_lock_out_others_at_the_same_address(admin_app, engine):
    office = https_client(admin_app)
    for _ in range(auth.MAX_FAILURES):
        assert fail(office, "alice") == 401
    assert sign_in(https_client(admin_app), user="alice", password=ALICE[1]).status_code == 429
    assert sign_in(https_client(admin_app), user="bob", password=BOB[1]).status_code == 302


def test_without_trusted_proxies_a_forwarded_address_is_not_believed(admin_app, engine):
    for n in range(auth.MAX_FAILURES):
        spoofed = https_client(admin_app)
        spoofed.environ_base["HTTP_X_FORWARDED_FOR"] = (
            f"198.51.100.{n}"  # a new "address" each time
        )
        assert fail(spoofed, "alice") == 401
    assert sign_in(https_client(admin_app), user="alice", password=ALICE[1]).status_code == 429


def test_behind_a_trusted_proxy_the_throttle_sees_the_clients_address(configure, data_dir):
    app = create_app(configure(**admin_settings(data_dir, KASUGUARD_TRUSTED_PROXIES="1")))
    accounts.add(app.extensions["kasuguard.admin"].engine, *ALICE, "editor", actor="test")
    attacker = https_client(app)
    attacker.environ_base["HTTP_X_FORWARDED_FOR"] = "203.0.113.7"
    for _ in range(auth.MAX_FAILURES):
        assert fail(attacker, "alice") == 401
    assert sign_in(attacker, user="alice", password=ALICE[1]).status_code == 429
    # Every client reaches us through the proxy's address; the real alice is elsewhere.
    signed_in(app, *ALICE, HTTP_X_FORWARDED_FOR="192.0.2.44")


def test_a_runaway_template_preview_is_stopped_and_reported(admin_app, engine):
    alice = signed_in(admin_app, *ALICE)
    token = csrf_token(alice.get(URL).get_data(as_text=True))
    started = time.monotonic()
    preview = alice.post(
        URL + "/preview", json={"body": NESTED_LOOP}, headers={"X-CSRFToken": token}
    )
    elapsed = time.monotonic() - started
    data = preview.get_json()
    assert preview.status_code == 200 and not data["ok"]
    assert "秒以上かかったため止めました" in data["issues"][0]["message"] and data["text"] == ""
    assert elapsed < 10  # stopped at the limit (~2 s), not after the loop's hours
    form = {"csrf_token": token, "base_version": "0", "body": NESTED_LOOP, "action": "save"}
    assert alice.post(URL, data=form).status_code == 422
    assert alice.get("/admin/").status_code == 200  # the web worker is free again


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            "{{ addressee }}{% for i in range(99999) %}{{ 'x' * 99 }}{% endfor %}",
            "文字を超えました",
        ),
        ("{{ addressee }}{{ 'x' * 2000000000 }}", "メモリーが上限を超えました"),
    ],
)
def test_oversized_output_or_memory_is_a_problem_not_a_crash(admin_app, engine, body, problem):
    alice = signed_in(admin_app, *ALICE)
    token = csrf_token(alice.get(URL).get_data(as_text=True))
    data = alice.post(URL + "/preview", json={"body": body}, headers={"X-CSRFToken": token})
    assert not data.get_json()["ok"]
    assert problem in data.get_json()["issues"][0]["message"]


def test_a_database_outage_leaves_webhooks_working_and_the_admin_page_says_so(
    configure, data_dir, redis, caplog
):
    down = "postgresql://nobody@127.0.0.1:9/kasuguard"  # nothing listens on port 9
    app = create_app(configure(**admin_settings(data_dir, DATABASE_URL=down)))
    assert any(r.msg == "database.unavailable" for r in caplog.records)
    body = load_fixture("zendesk", "comment_added.json")
    webhook = app.test_client().post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    assert webhook.status_code == 202
    page = https_client(app).get("/admin/login")
    assert page.status_code == 503
    assert "データベースに接続できません" in page.get_data(as_text=True)
