"""Signing in: hashed password, throttle, CSRF on every POST, cookie flags, language, 404 off."""

from __future__ import annotations

import pytest
from dotenv import dotenv_values
from werkzeug.security import check_password_hash

from tests.admin.conftest import (
    ADMIN_PASSWORD,
    PipedStdin,
    admin_settings,
    csrf_token,
    https_client,
    sign_in,
)
from tests.conftest import environment_for_tests, load_fixture, zendesk_headers
from worker.admin import auth
from worker.app import create_app
from worker.cli import main
from worker.config import ConfigError, load_config


def test_admin_answers_404_naming_the_settings_when_no_password_hash_is_set(configure):
    client = create_app(configure()).test_client()
    for path in ("/admin/", "/admin/login", "/admin/templates/ja/final_notice"):
        response = client.get(path)
        assert response.status_code == 404
        assert "KASUGUARD_ADMIN_PASSWORD_HASH" in response.get_data(as_text=True)
    assert client.post("/admin/login", data={"user": "admin"}).status_code == 404


def test_signed_out_visitor_is_sent_to_the_sign_in_form(anonymous_client):
    response = anonymous_client.get("/admin/templates/ja/final_notice")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/admin/login?next=/admin/templates/ja/")
    assert anonymous_client.get("/admin/policy").status_code == 302


def test_right_password_signs_in_with_a_secure_httponly_lax_cookie(anonymous_client):
    response = sign_in(anonymous_client)
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("kasuguard_admin=")
    for flag in ("Secure", "HttpOnly", "SameSite=Lax", "Path=/admin"):
        assert flag in cookie
    assert anonymous_client.get("/admin/").status_code == 200


def test_insecure_http_setting_drops_only_the_secure_flag(configure, data_dir):
    app = create_app(configure(**admin_settings(data_dir, KASUGUARD_ADMIN_INSECURE_HTTP="true")))
    cookie = sign_in(app.test_client()).headers["Set-Cookie"]
    assert "Secure" not in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_wrong_password_is_refused(anonymous_client):
    response = sign_in(anonymous_client, password="wrong password entirely")
    assert response.status_code == 401
    assert "ユーザー名またはパスワードが違います" in response.get_data(as_text=True)
    assert anonymous_client.get("/admin/").status_code == 302


def test_wrong_user_name_is_refused(anonymous_client):
    assert sign_in(anonymous_client, user="root").status_code == 401


def test_repeated_failures_for_one_user_from_one_address_are_throttled(anonymous_client, redis):
    for _ in range(auth.MAX_FAILURES):
        assert sign_in(anonymous_client, password="guess").status_code == 401
    response = sign_in(anonymous_client)  # even the right password waits now
    assert response.status_code == 429
    assert "しばらく" in response.get_data(as_text=True)
    (key,) = redis.keys("kasuguard:admin:signin-failures:127.0.0.1:*")
    assert key.rsplit(b":", 1)[1] != b"admin"  # the user name is hashed
    assert 0 < redis.ttl(key) <= auth.FAILURE_WINDOW_S


def test_sign_in_without_a_csrf_token_is_rejected(anonymous_client):
    anonymous_client.get("/admin/login")
    response = anonymous_client.post(
        "/admin/login", data={"user": "admin", "password": ADMIN_PASSWORD}
    )
    assert response.status_code == 400
    assert "フォームの有効期限" in response.get_data(as_text=True)


def test_posts_without_or_with_a_forged_csrf_token_change_nothing(admin_client):
    page = admin_client.get("/admin/templates/ja/final_notice").get_data(as_text=True)
    form = {"base_version": "0", "body": "{{ addressee }}\n改ざん", "action": "save"}
    assert admin_client.post("/admin/templates/ja/final_notice", data=form).status_code == 400
    forged = {**form, "csrf_token": csrf_token(page)[:-4] + "AAAA"}
    assert admin_client.post("/admin/templates/ja/final_notice", data=forged).status_code == 400
    preview = admin_client.post("/admin/templates/ja/final_notice/preview", json={"body": "x"})
    assert preview.status_code == 400
    history = admin_client.get("/admin/templates/ja/final_notice/history")
    assert "改ざん" not in history.get_data(as_text=True)


def test_csrf_token_from_another_session_is_rejected(admin_app, admin_client):
    other = https_client(admin_app)
    sign_in(other)
    token = csrf_token(other.get("/admin/").get_data(as_text=True))
    response = admin_client.post("/admin/logout", data={"csrf_token": token})
    assert response.status_code == 400


def test_webhooks_still_need_no_csrf_token(admin_app):
    body = load_fixture("zendesk", "comment_added.json")
    response = admin_app.test_client().post(
        "/webhooks/zendesk", data=body, headers=zendesk_headers(body)
    )
    assert response.status_code == 202


def test_sign_out_ends_the_session(admin_client):
    page = admin_client.get("/admin/").get_data(as_text=True)
    assert admin_client.post("/admin/logout", data={"csrf_token": csrf_token(page)}).status_code
    assert admin_client.get("/admin/").status_code == 302


def test_a_new_password_hash_signs_out_existing_sessions(configure, data_dir, admin_client):
    cookie = admin_client.get_cookie("kasuguard_admin", path="/admin")

    def restarted_with(**overrides: str):
        app = create_app(configure(**admin_settings(data_dir, **overrides)))
        browser = https_client(app)  # the same browser, after the restart
        browser.set_cookie(cookie.key, cookie.value, path="/admin")
        return browser

    assert restarted_with().get("/admin/").status_code == 200
    new_hash = auth.hash_password("a completely new password")
    browser = restarted_with(KASUGUARD_ADMIN_PASSWORD_HASH=new_hash)
    assert browser.get("/admin/").status_code == 302


def test_language_switch_is_remembered(admin_client):
    assert "テンプレート" in admin_client.get("/admin/").get_data(as_text=True)
    english = admin_client.get("/admin/?lang=en").get_data(as_text=True)
    assert "Reply and note templates" in english
    assert "Reply and note templates" in admin_client.get("/admin/").get_data(as_text=True)
    assert "返信・メモのテンプレート" in admin_client.get("/admin/?lang=ja").get_data(as_text=True)


def test_admin_pages_are_not_cached_or_framed(admin_client):
    response = admin_client.get("/admin/")
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]


def test_next_never_leads_off_the_admin_page(anonymous_client):
    token = csrf_token(anonymous_client.get("/admin/login").get_data(as_text=True))
    response = anonymous_client.post(
        "/admin/login",
        data={
            "csrf_token": token,
            "user": "admin",
            "password": ADMIN_PASSWORD,
            "next": "https://evil.example/admin",
        },
    )
    assert response.headers["Location"] == "/admin/"


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"KASUGUARD_ADMIN_PASSWORD_HASH": "hunter2hunter2"}, "KASUGUARD_ADMIN_PASSWORD_HASH"),
        ({"KASUGUARD_SECRET_KEY": ""}, "KASUGUARD_SECRET_KEY"),
        ({"KASUGUARD_SECRET_KEY": "short"}, "KASUGUARD_SECRET_KEY"),
        ({"KASUGUARD_ADMIN_USER": " "}, "KASUGUARD_ADMIN_USER"),
        ({"KASUGUARD_ADMIN_INSECURE_HTTP": "yes"}, "KASUGUARD_ADMIN_INSECURE_HTTP"),
    ],
)
def test_bad_admin_settings_stop_the_start_naming_the_key(tmp_path, overrides, key):
    env = environment_for_tests(**admin_settings(tmp_path, **overrides))
    with pytest.raises(ConfigError, match=key):
        load_config(env)


def test_admin_config_never_shows_the_hash_or_key(tmp_path):
    admin = load_config(environment_for_tests(**admin_settings(tmp_path))).admin
    assert admin is not None
    assert admin.password_hash not in repr(admin) and admin.secret_key not in repr(admin)


def test_admin_password_command_prints_a_hash_line_dotenv_reads_back(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr("sys.stdin", PipedStdin("a long enough password\n"))
    assert main(["admin-password", "--with-secret-key"]) == 0
    out = capsys.readouterr().out
    assert "a long enough password" not in out
    env_file = tmp_path / ".env"
    env_file.write_text(out)
    values = dotenv_values(env_file)
    assert check_password_hash(values["KASUGUARD_ADMIN_PASSWORD_HASH"], "a long enough password")
    assert len(values["KASUGUARD_SECRET_KEY"]) >= 32
    load_config(environment_for_tests(**{k: v or "" for k, v in values.items()}))


def test_admin_password_command_refuses_a_short_password(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", PipedStdin("short\n"))
    assert main(["admin-password"]) == 2
    assert capsys.readouterr().out == ""


def test_a_signed_out_json_preview_gets_401(anonymous_client):
    token = csrf_token(anonymous_client.get("/admin/login").get_data(as_text=True))
    response = anonymous_client.post(
        "/admin/templates/ja/final_notice/preview",
        json={"body": "x"},
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 401
    assert "サインイン" in response.get_data(as_text=True)
