"""What helps an admin without a developer: sample findings quoting the clause of their own
category, the palette (one snippet per variable the renderer passes, one block per category),
times in the policy's time zone, and policy values with their meaning."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import insert

from tests.admin.conftest import admin_settings, csrf_token, https_client, sign_in
from tests.admin.test_templates_page import save
from worker.admin import display, palette
from worker.app import create_app
from worker.categories import CATEGORIES
from worker.db import template_versions
from worker.policy import list_presets, load_preset
from worker.replies import context_fields
from worker.template_check import problems
from worker.template_store import default_store, sample_contexts

URL = "/admin/templates/ja/internal_note"
CLAUSES_BY_CATEGORY = "{% for f in findings %}{{ f.category }}={{ f.clause }}\n{% endfor %}"


@pytest.mark.parametrize("preset", list_presets())
@pytest.mark.parametrize("category", CATEGORIES)
def test_every_sample_finding_quotes_the_clause_of_its_own_category(preset, category):
    policy = load_preset(preset)
    contexts = sample_contexts("ja", policy.clauses)
    assert category in contexts["every_category"].category_keys
    for context in contexts.values():
        for finding in context.findings:
            if finding["category"] == category:
                assert finding["clause"] == policy.clause_for(category), context.level


@pytest.mark.parametrize("preset", ["default", "cellz"])
def test_the_preview_quotes_the_clauses_of_the_policy_in_use(configure, data_dir, preset):
    app = create_app(configure(**admin_settings(data_dir), KASUGUARD_POLICY=preset))
    client = https_client(app)
    sign_in(client)
    token = csrf_token(client.get(URL).get_data(as_text=True))
    data = client.post(
        URL + "/preview",
        json={"body": CLAUSES_BY_CATEGORY, "sample": "every_category"},
        headers={"X-CSRFToken": token},
    ).get_json()
    policy = load_preset(preset)
    expected = "".join(f"{c}={policy.clause_for(c)}\n" for c in CATEGORIES)
    assert data["ok"] and data["text"] == expected


def test_the_palette_offers_exactly_what_the_renderer_passes_and_every_category():
    assert tuple(s.name for s in palette.variables("ja")) == context_fields()
    assert tuple(s.name for s in palette.category_blocks("ja")) == CATEGORIES
    assert palette.variables("ja")[0].meaning == "チケット番号"
    assert palette.variables("en")[0].meaning == "the ticket id"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_palette_snippet_is_a_template_without_problems(language):
    snippets = palette.variables(language) + palette.category_blocks(language)
    contexts = sample_contexts(language).values()
    for snippet in snippets:
        text = snippet.text[: snippet.cursor] + "本文" + snippet.text[snippet.cursor :]
        assert problems(text, contexts) == [], snippet.name


def test_a_category_block_shows_its_text_only_for_that_category(admin_client):
    (money,) = [s for s in palette.category_blocks("ja") if s.name == "money"]
    body = money.text[: money.cursor] + "金銭要求への案内" + money.text[money.cursor :]
    token = csrf_token(admin_client.get(URL).get_data(as_text=True))

    def preview(sample: str) -> str:
        return admin_client.post(
            URL + "/preview", json={"body": body, "sample": sample}, headers={"X-CSRFToken": token}
        ).get_json()["text"]

    assert "金銭要求への案内" in preview("medium")  # money found
    assert "金銭要求への案内" not in preview("after_hours")  # after hours only


def test_the_editor_lists_the_palette_without_javascript(admin_client):
    page = admin_client.get(URL).get_data(as_text=True)
    assert 'id="palette"' in page
    assert 'id="snippet-requester_name"' in page and "{{ requester_name }}" in page
    assert "{% if &#34;money&#34; in category_keys %}" in page
    assert "不当な金銭・金品の要求" in page


def test_times_are_written_in_the_policy_time_zone_per_language():
    stored = "2026-12-05T06:02:00Z"
    assert display.local_time(stored, "Asia/Tokyo", "ja") == "2026年12月5日 15:02 (JST)"
    assert display.local_time(stored, "Asia/Tokyo", "en") == "5 Dec 2026, 15:02 JST"
    assert display.local_time(stored, "America/New_York", "en") == "5 Dec 2026, 01:02 EST"
    assert display.local_time("", "Asia/Tokyo", "ja") == ""


def test_history_list_and_audit_show_times_in_the_policy_time_zone(
    configure, data_dir, tmp_path: Path
):
    policy = tmp_path / "ny.yaml"
    policy.write_text("name: ny\ncalendar:\n  timezone: America/New_York\n", encoding="utf-8")
    app = create_app(configure(**admin_settings(data_dir), KASUGUARD_POLICY=str(policy)))
    client = https_client(app)
    sign_in(client)
    url = "/admin/templates/ja/boundary_warning"
    body = default_store().source("ja", "boundary_warning") + "\n追記"
    assert save(client, body, 0, url=url).status_code == 302
    saved = default_store().current("ja", "boundary_warning")
    assert saved.created_at.endswith("Z")  # stored in UTC
    shown = display.local_time(saved.created_at, "America/New_York", "ja")
    assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d \(E[SD]T\)", shown)
    assert shown in client.get(url + "/history").get_data(as_text=True)
    assert shown in client.get("/admin/").get_data(as_text=True)
    audit = client.get("/admin/audit").get_data(as_text=True)
    assert "日時（America/New_York）" in audit and "(E" in audit
    assert saved.created_at not in audit and "UTC" not in audit


@pytest.fixture
def default_policy_client(configure, data_dir):
    """Signed in with no ``KASUGUARD_POLICY`` at all (the tests' own copy is set by default)."""
    app = create_app(configure(KASUGUARD_POLICY="", **admin_settings(data_dir)))
    client = https_client(app)
    assert sign_in(client).status_code == 302
    return client


def test_the_policy_page_shows_values_with_their_meaning(default_policy_client):
    page = default_policy_client.get("/admin/policy").get_data(as_text=True)
    assert "(empty)" not in page
    assert "（なし）— 既定のポリシー policies/default.yaml を使います" in page
    assert "緊急 — ヘルプデスクの優先度を最も高い「緊急」にし" in page
    assert not re.search(r"<dd[^>]*>\s*urgent", page)
    assert "いいえ — 下の「レベルごとの対応」のとおりに書き込みます" in page
    assert "検知した類型に応じた返信案" in page
    assert "（なし）— 担当グループは変えません" in page


def test_the_english_policy_page_shows_values_with_their_meaning(default_policy_client):
    page = default_policy_client.get("/admin/policy?lang=en").get_data(as_text=True)
    assert "urgent — sets the helpdesk priority to urgent, the highest" in page
    assert "(none) — the default policy, policies/default.yaml" in page


def test_restoring_a_version_that_no_longer_passes_shows_its_problems_with_its_lines(
    admin_app, admin_client
):
    # A version saved when the variables were different: written straight into the table.
    engine = admin_app.extensions["kasuguard.admin"].engine
    with engine.begin() as connection:
        connection.execute(
            insert(template_versions),
            {
                "language": "ja",
                "name": "boundary_warning",
                "version": 1,
                "body": "{{ addressee }}\n{{ old_variable }}\n",
                "author": "someone",
                "created_at": "2026-01-05T01:00:00Z",
                "note": "",
            },
        )
    url = "/admin/templates/ja/boundary_warning"
    assert save(admin_client, "{{ addressee }}\n今の版\n", 1, url=url).status_code == 302
    token = csrf_token(admin_client.get(url + "/history").get_data(as_text=True))
    response = admin_client.post(
        url + "/rollback", data={"csrf_token": token, "to_version": "1", "base_version": "2"}
    )
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert "<strong>2行目</strong>" in page and "「old_variable」という変数は使えません" in page
    assert '<code class="line-text">{{ old_variable }}</code>' in page
    assert "2026年1月5日 10:00 (JST)" in page  # the old version's time, in the policy's zone
