"""``kasuguard push-templates``: reply templates as Zendesk macros and Freshdesk canned
responses, idempotent by title, with the helpdesks' placeholders and the saved edits."""

from __future__ import annotations

import io
import json

import pytest
from responses import matchers

from tests.conftest import FRESHDESK_URL, ZENDESK_URL, environment_for_tests
from worker import cli_text, db
from worker.admin.push import TITLE_PREFIX, canned_replies, push
from worker.cli import main
from worker.config import load_config
from worker.policy import REPLY_TEMPLATES, load_policy
from worker.replies import TEMPLATE_TITLES, FileTemplateStore, MappingTemplateStore
from worker.template_store import store_for

MACROS = f"{ZENDESK_URL}/api/v2/macros"
FOLDERS = f"{FRESHDESK_URL}/api/v2/canned_response_folders"


@pytest.fixture(autouse=True)
def english():
    """The push's own lines are the CLI's words: these tests read them in English."""
    cli_text.use("en")
    yield
    cli_text.use(None)


def _macro(macro_id: int, title: str, text: str | None) -> dict:
    actions = [] if text is None else [{"field": "comment_value", "value": text}]
    return {"id": macro_id, "title": title, "active": True, "actions": actions}


def _config(**overrides: str):
    return load_config(environment_for_tests(**overrides))


def test_replies_use_the_helpdesk_placeholders_and_no_template_syntax_is_left():
    replies = canned_replies(FileTemplateStore(), load_policy(), "zendesk", ["ja", "en"])
    assert [r.name for r in replies] == list(REPLY_TEMPLATES) * 2  # never the internal notes
    for reply in replies:
        assert "{%" not in reply.text and "{{ " not in reply.text
        assert reply.title.startswith(TITLE_PREFIX)
    boundary = next(r for r in replies if r.name == "boundary_warning" and r.language == "ja")
    assert boundary.text.startswith("{{ticket.requester.name}} 様\n")
    assert "{{ticket.id}}" in boundary.text
    assert "警察" not in boundary.text  # the neutral branch: no threat found on a macro


def test_zendesk_creates_missing_macros_and_updates_changed_ones_by_title(http):
    store = MappingTemplateStore(
        {("ja", "final_notice"): "{{ addressee }}\n最終のお知らせ（編集版）"},
        fallback=FileTemplateStore(),
    )
    final_title = TITLE_PREFIX + TEMPLATE_TITLES["ja"]["final_notice"]
    macros = [_macro(7, final_title, "old"), _macro(8, "Someone else's macro", None)]
    http.get(MACROS, json={"macros": macros, "meta": {"has_more": False}})
    edited = "{{ticket.requester.name}} 様\n最終のお知らせ（編集版）"
    created = http.post(MACROS, status=201, json={"macro": {"id": 9}})
    expected = {"macro": _macro(7, final_title, edited)}
    del expected["macro"]["id"]
    updated = http.put(
        f"{MACROS}/7",
        json={"macro": {"id": 7}},
        match=[matchers.json_params_matcher(expected)],
    )
    out = io.StringIO()
    push(_config(), load_policy(), store, out, helpdesks=["zendesk"])
    assert created.call_count == len(REPLY_TEMPLATES) - 1 and updated.call_count == 1
    titles = {json.loads(c.request.body)["macro"]["title"] for c in created.calls}
    assert final_title not in titles and len(titles) == len(REPLY_TEMPLATES) - 1
    assert f"updated macro {final_title!r}" in out.getvalue()


def test_zendesk_push_twice_writes_nothing_the_second_time(http):
    replies = canned_replies(FileTemplateStore(), load_policy(), "zendesk", ["ja"])
    macros = [_macro(i, r.title, r.text) for i, r in enumerate(replies)]
    http.get(MACROS, json={"macros": macros, "meta": {"has_more": False}})
    out = io.StringIO()
    push(_config(), load_policy(), FileTemplateStore(), out, helpdesks=["zendesk"])
    assert out.getvalue().count("unchanged macro") == len(REPLY_TEMPLATES)


def test_zendesk_macros_are_read_page_by_page(http):
    first = http.get(
        MACROS,
        match=[matchers.query_param_matcher({"page[size]": "100"})],
        json={"macros": [], "meta": {"has_more": True, "after_cursor": "abc"}},
    )
    second = http.get(
        MACROS,
        match=[matchers.query_param_matcher({"page[size]": "100", "page[after]": "abc"})],
        json={"macros": [], "meta": {"has_more": False}},
    )
    http.post(MACROS, status=201, json={"macro": {"id": 1}})
    push(_config(), load_policy(), FileTemplateStore(), io.StringIO(), helpdesks=["zendesk"])
    assert first.call_count == 1 and second.call_count == 1


def test_freshdesk_puts_canned_responses_in_a_kasuguard_folder(http):
    http.get(FOLDERS, json=[{"id": 1, "name": "General"}])
    http.post(FOLDERS, status=201, json={"id": 42, "name": "kasuguard"})
    http.get(f"{FOLDERS}/42/responses", json=[])
    created = http.post(f"{FRESHDESK_URL}/api/v2/canned_responses", status=201, json={"id": 5})
    push(_config(), load_policy(), FileTemplateStore(), io.StringIO(), helpdesks=["freshdesk"])
    assert created.call_count == len(REPLY_TEMPLATES)
    body = json.loads(created.calls[0].request.body)
    assert body["folder_id"] == 42 and body["visibility"] == 0
    assert body["content_html"].startswith("<div>{{ticket.requester.name}} 様<br>")


def test_dry_run_and_missing_credentials_make_no_calls(http, capsys, configure, tmp_path):
    configure(FRESHDESK_API_KEY="", KASUGUARD_DATA_DIR=str(tmp_path))
    saved = store_for(db.database_url("", tmp_path))
    source = FileTemplateStore().source("ja", "out_of_scope")
    saved.save("ja", "out_of_scope", source, base_version=0, author="a")
    assert main(["push-templates", "--dry-run", "--language", "all"]) == 0
    out = capsys.readouterr().out
    assert "freshdesk: skipped (no API credentials)" in out
    assert out.count("zendesk: would push") == 2 * len(REPLY_TEMPLATES)
    assert len(http.calls) == 0


def test_the_push_speaks_japanese_when_asked(http, capsys, configure, tmp_path):
    configure(FRESHDESK_API_KEY="", KASUGUARD_DATA_DIR=str(tmp_path))
    cli_text.use("ja")
    assert main(["push-templates", "--dry-run", "--language", "ja"]) == 0
    out = capsys.readouterr().out
    assert "freshdesk: 省略しました（API の認証情報がありません）" in out
    assert out.count("、ドライラン）") == len(REPLY_TEMPLATES)
    assert "would push" not in out and len(http.calls) == 0


def test_a_broken_template_stops_the_push_before_any_call(http, capsys, configure, monkeypatch):
    configure()
    monkeypatch.setattr(
        "worker.template_store.SqlTemplateStore.source",
        lambda self, language, name: "{{ nope }}",
    )
    assert main(["push-templates", "--helpdesk", "zendesk"]) == 1
    assert "nothing pushed" in capsys.readouterr().err
    assert len(http.calls) == 0
