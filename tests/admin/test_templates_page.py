"""Editing templates on the admin page: preview, inline problems, versions, conflicts, rollback,
durability, and the worker using the new version at once."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from integrations import dryrun
from tests.admin.conftest import csrf_token, https_client, sign_in
from tests.conftest import load_fixture, zendesk_headers
from worker.actions import plan
from worker.app import create_app
from worker.model import TicketEvent
from worker.policy import load_policy
from worker.replies import FileTemplateStore
from worker.scoring.types import Assessment, Finding
from worker.template_store import default_store

URL = "/admin/templates/ja/boundary_warning"
SHIPPED = FileTemplateStore().source("ja", "boundary_warning")


def save(client, body: str, base_version: int, url: str = URL):
    token = csrf_token(client.get(url).get_data(as_text=True))
    return client.post(
        url,
        data={
            "csrf_token": token,
            "base_version": str(base_version),
            "body": body,
            "action": "save",
        },
    )


def rollback(client, to_version: int, base_version: int, url: str = URL):
    token = csrf_token(client.get(url + "/history").get_data(as_text=True))
    return client.post(
        url + "/rollback",
        data={
            "csrf_token": token,
            "to_version": str(to_version),
            "base_version": str(base_version),
        },
    )


def preview(client, body: str, sample: str = "high", url: str = URL):
    token = csrf_token(client.get(url).get_data(as_text=True))
    return client.post(
        url + "/preview", json={"body": body, "sample": sample}, headers={"X-CSRFToken": token}
    )


def test_list_shows_every_template_in_both_languages_with_titles(admin_client):
    page = admin_client.get("/admin/").get_data(as_text=True)
    assert "不適切な言動へのお願い" in page and "Boundary warning" in page
    assert page.count('href="/admin/templates/ja/') >= 8
    assert page.count('href="/admin/templates/en/') >= 8


def test_editor_shows_the_current_text_and_a_preview_of_a_sample_ticket(admin_client):
    page = admin_client.get(URL).get_data(as_text=True)
    assert 'name="base_version" value="0"' in page
    assert "{{ addressee }}" in page  # the source, escaped by Jinja into the textarea
    assert "山田 太郎 様" in page  # rendered against the sample ticket
    assert "<script" not in page.split("</main>")[0]  # no inline scripts (CSP allows none)


def test_unknown_template_is_404(admin_client):
    assert admin_client.get("/admin/templates/ja/nope").status_code == 404
    assert admin_client.get("/admin/templates/fr/final_notice").status_code == 404


def test_preview_renders_a_draft_against_the_chosen_sample(admin_client):
    draft = "{{ addressee }}\n{% if escalated %}エスカレーション済み{% else %}通常{% endif %}"
    high = preview(admin_client, draft).get_json()
    assert high == {"ok": True, "issues": [], "text": "山田 太郎 様\nエスカレーション済み\n"}
    medium = preview(admin_client, draft, sample="medium").get_json()
    assert medium["text"] == "山田 太郎 様\n通常\n"


def test_preview_reports_syntax_and_variable_errors_with_lines(admin_client):
    syntax = preview(admin_client, "一行目\n{% if criminal %}\n閉じていない").get_json()
    assert syntax["ok"] is False and syntax["text"] == ""
    # The line the unclosed block opens on, not the end of the text where Jinja noticed.
    assert syntax["issues"][0]["line"] == 2
    assert "{% endif %}" in syntax["issues"][0]["message"]
    unknown = preview(admin_client, "{{ addressee }}\n\n{{ customer_name }}").get_json()
    assert unknown["issues"] == [
        {
            "line": 3,
            "message": "「customer_name」という変数は使えません。"
            "近い名前: requester_name, company_name。"
            "使える変数は「挿入パレット」の一覧にあります。",
            "label": "3行目: 「customer_name」という変数は使えません。"
            "近い名前: requester_name, company_name。"
            "使える変数は「挿入パレット」の一覧にあります。",
            "line_text": "{{ customer_name }}",
            "detail": "unknown variable 'customer_name'",
        }
    ]


def test_preview_refuses_sandbox_escapes(admin_client):
    data = preview(admin_client, "{{ addressee.__class__.__mro__ }}").get_json()
    assert data["ok"] is False and "__mro__" not in data["text"]


def test_broken_template_is_refused_with_the_problem_shown_and_nothing_saved(admin_client):
    response = save(admin_client, "{{ addressee }}\n{% for x in findings %}\n{{ x.label }}", 0)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "問題があるため保存しませんでした" in page
    assert re.search(
        r"<strong>2行目</strong>: <span class=\"message\">この行で始まる {% for %}", page
    )
    assert "{% for x in findings %}" in page  # the draft is kept for fixing
    assert 'name="base_version" value="0"' in admin_client.get(URL).get_data(as_text=True)


def test_save_makes_a_new_version_and_history_shows_the_diff(admin_client):
    edited = SHIPPED.replace("何卒ご理解くださいますよう", "どうかご理解くださいますよう")
    response = save(admin_client, edited, 0)
    assert response.status_code == 302
    page = admin_client.get(URL).get_data(as_text=True)
    assert "第1版を保存しました" in page
    assert 'name="base_version" value="1"' in page
    history = admin_client.get(URL + "/history").get_data(as_text=True)
    assert '<span class="del">-何卒ご理解くださいますよう' in history
    assert '<span class="add">+どうかご理解くださいますよう' in history
    assert "保存した人: admin" in history
    listing = admin_client.get("/admin/").get_data(as_text=True)
    assert re.search(r"boundary_warning</code></td>\s*<td>[^<]+</td>\s*<td>1</td>", listing)


def test_two_admins_saving_from_the_same_version_get_a_conflict_not_an_overwrite(admin_app):
    first, second = https_client(admin_app), https_client(admin_app)
    sign_in(first)
    sign_in(second)
    # Both open the editor on version 0, then each saves their own change.
    assert save(first, SHIPPED + "\n（一人目の追記）", 0).status_code == 302
    response = save(second, SHIPPED + "\n（二人目の追記）", 0)
    assert response.status_code == 409
    page = response.get_data(as_text=True)
    assert "他の管理者が先に保存しました" in page
    assert '<span class="del">-（一人目の追記）</span>' in page  # what the second would remove
    assert "（二人目の追記）</textarea>" in page  # their draft is kept
    assert 'name="base_version" value="1"' in page  # saving again is a deliberate choice
    current = first.get(URL).get_data(as_text=True)
    assert "一人目の追記" in current and "二人目の追記" not in current
    assert save(second, SHIPPED + "\n（二人目の追記）", 1).status_code == 302


def test_saving_the_unchanged_text_makes_no_version(admin_client):
    assert save(admin_client, SHIPPED, 0).status_code == 302
    assert 'name="base_version" value="0"' in admin_client.get(URL).get_data(as_text=True)


def test_rollback_restores_an_old_version_as_a_new_one(admin_client):
    save(admin_client, SHIPPED + "\n第1版", 0)
    save(admin_client, SHIPPED + "\n第2版", 1)
    response = rollback(admin_client, to_version=1, base_version=2)
    assert response.status_code == 302
    history = admin_client.get(URL + "/history").get_data(as_text=True)
    assert "第1版の内容を第3版として戻しました" in history
    assert "第1版に戻す" in history  # version 3 says where it came from
    editor = admin_client.get(URL).get_data(as_text=True)
    assert 'name="base_version" value="3"' in editor and "\n第1版</textarea>" in editor
    assert rollback(admin_client, to_version=0, base_version=3).status_code == 302
    assert default_store().source("ja", "boundary_warning") == SHIPPED  # what workers read
    assert 'name="base_version" value="4"' in admin_client.get(URL).get_data(as_text=True)


def test_rollback_from_a_stale_page_is_a_conflict(admin_client):
    save(admin_client, SHIPPED + "\n第1版", 0)
    save(admin_client, SHIPPED + "\n第2版", 1)
    response = rollback(admin_client, to_version=0, base_version=1)
    assert response.status_code == 409
    assert "第2版" in admin_client.get(URL).get_data(as_text=True)


def test_edits_survive_a_new_app_and_a_flushed_redis(admin_client, admin_env, redis):
    save(admin_client, SHIPPED + "\n残る追記", 0)
    redis.flushdb()
    restarted = https_client(create_app(admin_env))
    sign_in(restarted)
    page = restarted.get(URL).get_data(as_text=True)
    assert "残る追記" in page and 'name="base_version" value="1"' in page
    assert "残る追記" in restarted.get(URL + "/history").get_data(as_text=True)


def _assessment() -> Assessment:
    finding = Finding(category="abuse", quote="無能", start=0, end=2, reason="侮辱")
    return Assessment(level="medium", score=0.6, categories=("abuse",), findings=(finding,))


def _event() -> TicketEvent:
    return TicketEvent(
        helpdesk="zendesk",
        event_id="ev-1",
        kind="comment.added",
        ticket_id="77",
        occurred_at=datetime(2026, 11, 18, 5, 0, tzinfo=UTC),
    )


def test_the_worker_planner_uses_each_saved_version_without_a_restart(admin_client):
    policy = load_policy()
    before = plan(_assessment(), policy, _event()).private_note
    assert "改訂その1" not in before
    save(admin_client, SHIPPED + "\n改訂その1", 0)
    assert "改訂その1" in plan(_assessment(), policy, _event()).private_note
    save(admin_client, SHIPPED + "\n改訂その2", 1)
    note = plan(_assessment(), policy, _event()).private_note
    assert "改訂その2" in note and "改訂その1" not in note


def test_a_webhook_processed_by_the_rq_worker_gets_the_edited_note(
    configure, admin_env, admin_client, redis, run_worker
):
    url = "/admin/templates/ja/internal_note"
    original = FileTemplateStore().source("ja", "internal_note")
    assert save(admin_client, original + "\n※管理画面で編集した注記", 0, url=url).status_code == 302
    env = configure(**{**admin_env, "ZENDESK_API_TOKEN": "", "ZENDESK_EMAIL": ""})
    body = load_fixture("zendesk", "comment_added.json")
    create_app(env).test_client().post(
        "/webhooks/zendesk", data=body, headers=zendesk_headers(body)
    )
    run_worker()
    (record,) = dryrun.recent(redis)
    assert "※管理画面で編集した注記" in record["private_note"]
