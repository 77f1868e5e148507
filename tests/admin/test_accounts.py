"""Accounts per person: ``kasuguard admin add|list|remove|passwd``, editor and viewer roles, the
person named in history, conflicts and the audit log, and the bootstrap account from the
environment. Accounts live in SQL; the CLI's tests run on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from werkzeug.security import check_password_hash

from tests.admin.conftest import (
    ADMIN_PASSWORD,
    PipedStdin,
    admin_settings,
    csrf_token,
    https_client,
    sign_in,
)
from worker import audit, db
from worker.admin import accounts
from worker.app import create_app
from worker.cli import main
from worker.config import AdminConfig

URL = "/admin/templates/ja/boundary_warning"
ALICE_PASSWORD = "alice's long password"
BOB_PASSWORD = "bob's even longer password"


def admin_cli(monkeypatch, *argv: str, password: str = "") -> int:
    monkeypatch.setattr("sys.stdin", PipedStdin(password + "\n"))
    return main(["admin", *argv])


@pytest.fixture
def cli_env(configure, database_url):
    return configure(DATABASE_URL=database_url)


def test_add_list_passwd_remove_from_the_command_line(cli_env, database_url, monkeypatch, capsys):
    engine = db.engine_for(database_url)
    assert admin_cli(monkeypatch, "add", "alice", password=ALICE_PASSWORD) == 0
    assert admin_cli(monkeypatch, "add", "bob", "--role", "viewer", password=BOB_PASSWORD) == 0
    assert admin_cli(monkeypatch, "list") == 0
    out = capsys.readouterr().out
    assert "alice  editor  password set" in out and "bob  viewer  password set" in out
    assert "scrypt" not in out and ALICE_PASSWORD not in out

    assert admin_cli(monkeypatch, "passwd", "alice", password="a brand new password") == 0
    admin = AdminConfig(user="", password_hash="", secret_key="k" * 32)  # no bootstrap account
    assert accounts.authenticate(engine, admin, "alice", ALICE_PASSWORD) is None
    assert accounts.authenticate(engine, admin, "alice", "a brand new password").role == "editor"

    assert admin_cli(monkeypatch, "remove", "bob") == 0
    assert [a.name for a in accounts.list_accounts(engine)] == ["alice"]
    actions = [(e.action, e.target) for e in reversed(audit.entries(engine))]
    assert actions == [
        ("account.added", "alice"),
        ("account.added", "bob"),
        ("account.password-changed", "alice"),
        ("account.removed", "bob"),
    ]
    assert all(e.actor.startswith("cli") for e in audit.entries(engine))


@pytest.mark.parametrize(
    ("argv", "password", "message"),
    [
        (("add", "alice"), "short", "at least 12 characters"),
        (("add", "al ice"), ALICE_PASSWORD, "a user name is"),
        (("add", "alice", "--role", "owner"), ALICE_PASSWORD, "invalid choice"),
        (("passwd", "nobody"), ALICE_PASSWORD, "no account named 'nobody'"),
        (("remove", "nobody"), "", "no account named 'nobody'"),
        (("remove",), "", "needs the account's NAME"),
    ],
)
def test_refused_account_changes_say_why(cli_env, monkeypatch, capsys, argv, password, message):
    try:
        code = admin_cli(monkeypatch, *argv, password=password)
    except SystemExit as exc:  # argparse refuses unknown choices itself
        code = exc.code
    assert code == 2
    assert message in capsys.readouterr().err


def test_a_name_is_taken_once(cli_env, monkeypatch, capsys):
    assert admin_cli(monkeypatch, "add", "alice", password=ALICE_PASSWORD) == 0
    assert admin_cli(monkeypatch, "add", "alice", password=BOB_PASSWORD) == 2
    assert "exists already" in capsys.readouterr().err


def test_only_a_hash_is_stored(database_url):
    engine = db.engine_for(database_url)
    accounts.add(engine, "alice", ALICE_PASSWORD, "editor", actor="test")
    with engine.connect() as connection:
        (stored,) = connection.execute(db.admin_users.select()).mappings().all()
    assert stored["password_hash"].startswith("scrypt:")
    assert check_password_hash(stored["password_hash"], ALICE_PASSWORD)


# --- the admin page, per person (SQLite, through the app) --------------------------------


@pytest.fixture
def people(admin_app):
    engine = admin_app.extensions["kasuguard.admin"].engine
    accounts.add(engine, "alice", ALICE_PASSWORD, "editor", actor="test")
    accounts.add(engine, "bob", BOB_PASSWORD, "editor", actor="test")
    accounts.add(engine, "carol", "carol's long password", "viewer", actor="test")
    return engine


def browser(app, user: str, password: str):
    client = https_client(app)
    response = sign_in(client, password=password, user=user)
    assert response.status_code == 302, response.get_data(as_text=True)
    return client


def save(client, body: str, base_version: int):
    token = csrf_token(client.get(URL).get_data(as_text=True))
    form = {"csrf_token": token, "base_version": str(base_version), "body": body}
    return client.post(URL, data={**form, "action": "save"})


def shipped(client) -> str:
    page = client.get(URL).get_data(as_text=True)
    return page.split('name="body"', 1)[1].split(">", 1)[1].split("</textarea>", 1)[0]


def test_each_person_signs_in_and_history_and_audit_name_them(admin_app, people):
    alice = browser(admin_app, "alice", ALICE_PASSWORD)
    assert "サインイン中: alice (編集者)" in alice.get("/admin/").get_data(as_text=True)
    body = "{{ addressee }}\nアリスの版"
    assert save(alice, body, 0).status_code == 302
    history = alice.get(URL + "/history").get_data(as_text=True)
    assert "保存した人: alice" in history
    log = alice.get("/admin/audit").get_data(as_text=True)
    assert "template.saved" in log and "alice" in log and "admin.signed-in" in log


def test_a_conflict_names_who_saved_meanwhile(admin_app, people):
    alice = browser(admin_app, "alice", ALICE_PASSWORD)
    bob = browser(admin_app, "bob", BOB_PASSWORD)
    assert save(alice, "{{ addressee }}\nアリス", 0).status_code == 302
    response = save(bob, "{{ addressee }}\nボブ", 0)
    assert response.status_code == 409
    assert "alice さんが第1版を保存しました" in response.get_data(as_text=True)


def test_a_viewer_sees_and_previews_but_cannot_save_or_restore(admin_app, people):
    carol = browser(admin_app, "carol", "carol's long password")
    page = carol.get(URL).get_data(as_text=True)
    assert 'id="viewer-note"' in page and 'id="save"' not in page
    token = csrf_token(page)
    preview = carol.post(
        URL + "/preview", json={"body": "{{ addressee }}"}, headers={"X-CSRFToken": token}
    )
    assert preview.status_code == 200 and preview.get_json()["ok"]
    form = {"csrf_token": token, "base_version": "0", "body": "{{ addressee }}\n閲覧者"}
    assert carol.post(URL, data={**form, "action": "save"}).status_code == 403
    rollback = {"csrf_token": token, "to_version": "0", "base_version": "0"}
    assert carol.post(URL + "/rollback", data=rollback).status_code == 403
    assert (
        admin_app.extensions["kasuguard.admin"].store.current("ja", "boundary_warning").version == 0
    )
    assert 'class="restore"' not in carol.get(URL + "/history").get_data(as_text=True)


def test_the_bootstrap_account_works_until_an_account_takes_its_name(admin_app):
    engine = admin_app.extensions["kasuguard.admin"].engine
    client = https_client(admin_app)
    assert sign_in(client).status_code == 302  # KASUGUARD_ADMIN_USER + _PASSWORD_HASH
    assert "サインイン中: admin (編集者)" in client.get("/admin/").get_data(as_text=True)
    accounts.add(engine, "admin", "the admin's own password", "viewer", actor="test")
    assert client.get("/admin/").status_code == 302  # the bootstrap session ended
    assert sign_in(https_client(admin_app)).status_code == 401  # the env hash no longer works
    assert sign_in(https_client(admin_app), password="the admin's own password").status_code == 302


def test_with_a_key_but_no_account_the_sign_in_page_says_how_to_make_one(configure, data_dir):
    app = create_app(configure(**admin_settings(data_dir, KASUGUARD_ADMIN_PASSWORD_HASH="")))
    page = https_client(app).get("/admin/login").get_data(as_text=True)
    assert "kasuguard admin add" in page
    assert sign_in(https_client(app), password=ADMIN_PASSWORD).status_code == 401
