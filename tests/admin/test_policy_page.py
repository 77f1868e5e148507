"""The policy on the admin page: the file in use validated, drafts validated by line, presets."""

from __future__ import annotations

from tests.admin.conftest import admin_settings, csrf_token, https_client, sign_in
from worker.app import create_app
from worker.policy import list_presets


def validate(client, draft: str):
    token = csrf_token(client.get("/admin/policy").get_data(as_text=True))
    return client.post("/admin/policy/validate", data={"csrf_token": token, "draft": draft})


def test_policy_page_shows_the_policy_in_use_and_every_preset(admin_client):
    page = admin_client.get("/admin/policy").get_data(as_text=True)
    # the file in use (the tests' copy of policies/default.yaml, tests/conftest.py)
    assert 'id="policy-ok"' in page and "policy-no-coalescing.yaml" in page
    for name in list_presets():
        assert f'href="/admin/policy/presets/{name}"' in page
    assert "平日 10:00〜18:00" in page  # Skyarch's hours, from its preset


def test_a_preset_named_in_the_setting_is_the_one_shown(configure, data_dir):
    app = create_app(configure(**admin_settings(data_dir), KASUGUARD_POLICY="skyarch"))
    client = https_client(app)
    sign_in(client)
    page = client.get("/admin/policy").get_data(as_text=True)
    assert "<code>skyarch</code>" in page and "policies/skyarch.yaml" in page


def test_a_valid_draft_is_summarised(admin_client):
    response = validate(admin_client, "name: acme\ncompany_name: ACME株式会社\n")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert 'id="draft-ok"' in page and "ACME株式会社" in page


def test_a_draft_error_names_the_line_and_field_and_marks_the_line(admin_client):
    draft = "name: acme\ncalendar:\n  weekly_hours:\n    mon: ['10-18']\n"
    response = validate(admin_client, draft)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'id="draft-error"' in page and "4行目" in page
    assert "calendar.weekly_hours.mon[0]" in page
    assert '<li class="error-line" id="error-line"><code>    mon: [&#39;10-18&#39;]</code>' in page


def test_a_draft_typo_is_reported_not_ignored(admin_client):
    page = validate(admin_client, "name: acme\nobserve_onyl: true\n").get_data(as_text=True)
    assert 'id="draft-error"' in page and "2行目" in page and "observe_onyl" in page


def test_a_preset_can_be_viewed(admin_client):
    page = admin_client.get("/admin/policy/presets/cellz").get_data(as_text=True)
    assert "KASUGUARD_POLICY=cellz" in page
    assert admin_client.get("/admin/policy/presets/nope").status_code == 404


def test_policy_pages_need_sign_in(anonymous_client):
    assert anonymous_client.get("/admin/policy").status_code == 302
    assert anonymous_client.post("/admin/policy/validate", data={"draft": "x"}).status_code == 400


def test_a_signed_out_post_with_a_valid_token_is_refused(anonymous_client):
    token = csrf_token(anonymous_client.get("/admin/login").get_data(as_text=True))
    response = anonymous_client.post(
        "/admin/policy/validate", data={"csrf_token": token, "draft": "name: x\n"}
    )
    assert response.status_code == 401
