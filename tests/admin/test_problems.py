"""Every problem an admin can meet, in plain Japanese and English with its line: template
problems (all of them at once), policy problems, and no engine wording outside the folded
technical detail."""

from __future__ import annotations

import re

import pytest

from tests.admin.conftest import csrf_token
from worker.admin.i18n import MESSAGES
from worker.admin.problems import policy_problem, template_problem
from worker.policy import PolicyError, load_policy, load_preset, parse_policy_text
from worker.template_check import problems
from worker.template_store import check_and_preview, sample_contexts

URL = "/admin/templates/ja/boundary_warning"

# (template, kind, line, Japanese words, English words)
TEMPLATE_PROBLEMS = [
    (
        "一行目\n{% if criminal %}\n閉じていない",
        "unclosed_block",
        2,
        "{% endif %} を書いて",
        "Add {% endif %}",
    ),
    (
        "一行目\n{% endif %}",
        "stray_end",
        2,
        "それで閉じる {% if %} がありません",
        "without a {% if %}",
    ),
    ("{% else %}", "stray_else", 1, "{% if %} と {% endif %} の間", "between {% if %}"),
    (
        "{% iff criminal %}{% endif %}",
        "unknown_tag",
        1,
        "{% iff %} という命令はありません",
        "no command {% iff %}",
    ),
    ("一行目\n{# メモ", "unclosed_comment", 2, "#} で閉じられていません", "never closed with #}"),
    (
        "{{ addressee requester_name }}",
        "bad_expression",
        1,
        "書き方が正しくありません",
        "not written correctly",
    ),
    ("{{ addressee }\n", "bad_expression", 1, "閉じる }} が足りない", "a closing }} is missing"),
    (
        "\n{{ customer_name }}",
        "unknown_variable",
        2,
        "近い名前: requester_name",
        "Did you mean: requester_name",
    ),
    ("{{ addressee | uper }}", "unknown_filter", 1, "「uper」というフィルター", "no filter 'uper'"),
    (
        "{% if level is nmber %}x{% endif %}",
        "unknown_test",
        1,
        "「nmber」という判定",
        "no test 'nmber'",
    ),
    (
        "{% for f in findings %}\n{{ f.lable }}\n{% endfor %}",
        "unknown_attribute",
        2,
        "findings の各項目に「lable」はありません",
        "items of findings have no 'lable'",
    ),
    ("{{ findings[0].lable }}", "unknown_attribute", 1, "近い名前: label", "Did you mean: label"),
    ("{{ addressee.__class__ }}", "unsafe_attribute", 1, "_ で始まる名前", "starting with _"),
    (
        "{{ findings[0].update({}) }}",
        "unsafe_change",
        1,
        "値を書き換えるため",
        "would change a value",
    ),
    (
        '{% if "mony" in category_keys %}x{% endif %}',
        "unknown_category",
        1,
        "近い名前: money",
        "Did you mean: money",
    ),
    (
        '{% for f in findings %}{% if f.category == "abuce" %}x{% endif %}{% endfor %}',
        "unknown_category",
        1,
        "「abuce」という類型はありません",
        "no category 'abuce'",
    ),
    (
        '{% if level == "hgh" %}x{% endif %}',
        "unknown_level",
        1,
        "「hgh」というレベル",
        "no level 'hgh'",
    ),
    ("\n\n{{ findings[20].quote }}", "no_element", 3, "[20] 番目の項目がない", "no item [20]"),
    (
        "{% for i in range(1000000) %}{% endfor %}",
        "range_too_big",
        1,
        "回数が多すぎます",
        "counts too far",
    ),
    ("{{ level + 1 }}", "wrong_type", 1, "種類の違う値", "different kinds"),
    (
        "{{ 1 // 0 }}",
        "render_failed",
        1,
        "表示しようとして失敗",
        "Rendering the sample ticket failed",
    ),
    (
        "{% for i in range(99999) %}{{ business_hours }}{% endfor %}",
        "output_too_long",
        None,  # found by counting what was written, not at a line
        "20000 文字を超えました",
        "longer than 20000 characters",
    ),
]


@pytest.mark.parametrize(("source", "kind", "line", "ja", "en"), TEMPLATE_PROBLEMS)
def test_each_template_problem_is_said_plainly_with_its_line(source, kind, line, ja, en):
    found = problems(source, sample_contexts("ja").values())
    # Some drafts fail differently on another sample too (no findings after hours): one each.
    (issue,) = [i for i in found if i.kind == kind]
    assert issue.line == line
    japanese, english = template_problem(issue, "ja"), template_problem(issue, "en")
    assert ja in japanese.message and en in english.message
    assert japanese.line == english.line == line
    assert japanese.detail == issue.message  # the engine's words, kept for the folded detail
    assert issue.message not in japanese.message and issue.message not in english.message


@pytest.mark.parametrize(
    ("source", "kind", "ja", "en"),
    [
        (
            "{{ 'x' * 99 }}" * 2000,
            "source_too_long",
            "20000 文字を超えています",
            "longer than 20000",
        ),
        (
            "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}",
            "too_slow",
            "秒以上かかったため止めました",
            "was stopped",
        ),
        ("{{ 'x' * 2000000000 }}", "too_big", "メモリーが上限", "more memory than allowed"),
    ],
)
def test_limits_are_problems_said_plainly(source, kind, ja, en):
    (issue,), _ = check_and_preview("ja", source)
    assert issue.kind == kind
    assert ja in template_problem(issue, "ja").message
    assert en in template_problem(issue, "en").message


def test_every_problem_of_a_template_is_listed_at_once_in_line_order():
    source = (
        "{{ customer_name }}\n"
        "{{ addressee | uper }}\n"
        "{{ addressee.__class__ }}\n"
        '{% if "mony" in category_keys %}x{% endif %}\n'
        "{% for f in findings %}{{ f.qoute }}{% endfor %}\n"
        "{{ requester_nmae }}\n"
    )
    found = problems(source, sample_contexts("ja").values())
    assert [(i.line, i.kind) for i in found] == [
        (1, "unknown_variable"),
        (2, "unknown_filter"),
        (3, "unsafe_attribute"),
        (4, "unknown_category"),
        (5, "unknown_attribute"),
        (6, "unknown_variable"),
    ]


def test_a_name_the_template_defines_itself_is_not_unknown():
    source = (
        "{% set who = addressee %}{{ who }}\n{% for f in findings %}{{ loop.index }}{% endfor %}"
    )
    assert problems(source, sample_contexts("ja").values()) == []


def test_every_problem_message_exists_in_both_languages():
    prefixes = ("problem_", "policy_problem_", "policy_got_")
    japanese = {k for k in MESSAGES["ja"] if k.startswith(prefixes)}
    assert japanese == {k for k in MESSAGES["en"] if k.startswith(prefixes)}
    for kind in {row[1] for row in TEMPLATE_PROBLEMS}:
        assert f"problem_{kind}" in japanese
    for code in {row[1] for row in POLICY_PROBLEMS}:
        assert f"policy_problem_{code}" in japanese


# (policy draft, code, line, Japanese words, English words)
POLICY_PROBLEMS = [
    (
        "name: acme\nobserve_onyl: true\n",
        "unknown_key",
        2,
        "もしかして「observe_only」",
        "Did you mean 'observe_only'",
    ),
    ("calendar: 3\n", "not_section", 1, "「キー: 値」の組", "keys and values"),
    ("- a\n- b\n", "not_section", 1, "いまは一覧が書かれています", "a list is written there"),
    ("name: ''\n", "empty", 1, "空にはできません", "cannot be empty"),
    ("title: [1]\n", "not_text", 1, "文字列を書いて", "Write text"),
    ("observe_only: maybe\n", "not_flag", 1, "true（はい）か false（いいえ）", "true or false"),
    ("history:\n  window_days: 2.5\n", "not_whole", 2, "整数を書いて", "whole number"),
    (
        "history:\n  window_days: 0\n",
        "too_small",
        2,
        "1 以上にしてください（いまは 0）",
        "1 or more (it is 0)",
    ),
    ("categories:\n  weights:\n    abuse: much\n", "not_number", 3, "数を書いて", "Write a number"),
    (
        "categories:\n  weights:\n    abuse: 11\n",
        "out_of_range",
        3,
        "0 から 10 まで",
        "from 0 to 10",
    ),
    ("language: fr\n", "not_choice", 1, "ja, en", "one of: ja, en"),
    ("categories:\n  enabled: abuse\n", "not_list", 2, "一覧（各行を「- 」で始める）", "a list"),
    (
        "calendar:\n  weekly_hours:\n    mon: ['10-18']\n",
        "bad_span",
        3,
        '"10:00-18:00"',
        '"10:00-18:00"',
    ),
    (
        "calendar:\n  weekly_hours:\n    mon: ['25:00-26:00']\n",
        "bad_time",
        3,
        "存在しない時刻",
        "time of day",
    ),
    (
        "calendar:\n  weekly_hours:\n    mon: ['18:00-10:00']\n",
        "span_backwards",
        3,
        "始まりより後",
        "after the start",
    ),
    (
        "calendar:\n  closures: ['12/29-1/3']\n",
        "bad_closure",
        2,
        '"12-29..01-03"',
        '"12-29..01-03"',
    ),
    (
        "calendar:\n  closures: ['02-30..03-01']\n",
        "bad_day",
        2,
        "存在しない日付",
        "day does not exist",
    ),
    ("calendar:\n  timezone: Asia/Tokio\n", "unknown_timezone", 2, "Asia/Tokyo", "Asia/Tokyo"),
    (
        "categories:\n  level_thresholds:\n    low: 0.8\n    high: 0.2\n",
        "thresholds_order",
        2,
        "low、medium、high の順",
        "rise from low",
    ),
    (
        "history:\n  window_days: 30\n  retention_days: 10\n",
        "retention_below_window",
        3,
        "保存日数（10日）",
        "(30 days)",
    ),
    ("escalation:\n  group_id: [1]\n", "bad_group", 2, "グループ ID", "group id"),
    ("escalation:\n  notify_url: http://x.example\n", "not_https", 2, "https://", "https://"),
    ("name: a\nname: b\n", "duplicate_key", 2, "「name」が2回", "'name' is written twice"),
    ("name: [unclosed\n", "not_yaml", 2, "YAML として読めません", "not readable YAML"),
    ("true: x\n", "bad_key", 1, "キーには名前を", "A key must be a name"),
]


@pytest.mark.parametrize(("draft", "code", "line", "ja", "en"), POLICY_PROBLEMS)
def test_each_policy_problem_is_said_plainly_with_its_line_and_field(draft, code, line, ja, en):
    with pytest.raises(PolicyError) as caught:
        parse_policy_text(draft, where="draft")
    error = caught.value
    assert (error.code, error.line) == (code, line)
    japanese, english = policy_problem(error, "ja"), policy_problem(error, "en")
    assert ja in japanese.message and en in english.message
    assert japanese.field == error.field and japanese.line == line
    assert error.problem not in japanese.message and error.problem not in english.message


@pytest.mark.parametrize(
    ("make", "code", "ja", "en"),
    [
        (lambda d: load_policy(d / "missing.yaml"), "unreadable", "読めません", "cannot be read"),
        (
            lambda d: load_policy(_latin1(d)),
            "not_utf8",
            "UTF-8 で保存",
            "Save the policy file as UTF-8",
        ),
        (lambda d: load_preset("nope"), "no_preset", "「nope」はありません", "no preset 'nope'"),
    ],
)
def test_policy_file_problems_are_said_plainly(tmp_path, make, code, ja, en):
    with pytest.raises(PolicyError) as caught:
        make(tmp_path)
    assert caught.value.code == code
    assert ja in policy_problem(caught.value, "ja").message
    assert en in policy_problem(caught.value, "en").message


def _latin1(directory):
    path = directory / "latin1.yaml"
    path.write_bytes("name: caf\xe9\n".encode("latin-1"))
    return path


def _outside_details(page: str) -> str:
    return re.sub(r"<details class=\"detail\">.*?</details>", "", page, flags=re.S)


ENGINE_WORDS = re.compile(
    r"unknown variable|syntax error|SecurityError|UndefinedError|TypeError|is undefined|"
    r"has no attribute|No filter named|unexpected|Encountered|Jinja|TemplateSyntaxError|"
    r"ZeroDivisionError|OverflowError|ReplyTooLong"
)


def test_no_engine_wording_reaches_the_page_outside_the_folded_detail(admin_client):
    token = csrf_token(admin_client.get(URL).get_data(as_text=True))
    for source, *_ in TEMPLATE_PROBLEMS:
        form = {"csrf_token": token, "base_version": "0", "body": source, "action": "preview"}
        page = admin_client.post(URL, data=form).get_data(as_text=True)
        assert 'class="detail"' in page, source
        # The draft itself is in the textarea; the problems are what must be plain.
        problems_html = page.split('id="issues"', 1)[1].split("</div>", 1)[0]
        assert not ENGINE_WORDS.search(_outside_details(problems_html)), source
        data = admin_client.post(
            URL + "/preview", json={"body": source}, headers={"X-CSRFToken": token}
        ).get_json()
        for issue in data["issues"]:
            assert not ENGINE_WORDS.search(issue["message"]), (source, issue)
            assert issue["detail"]  # the technical account is still there for a developer


def test_policy_drafts_show_no_engine_wording_outside_the_folded_detail(admin_client):
    token = csrf_token(admin_client.get("/admin/policy").get_data(as_text=True))
    for draft, *_ in POLICY_PROBLEMS:
        page = admin_client.post(
            "/admin/policy/validate", data={"csrf_token": token, "draft": draft}
        ).get_data(as_text=True)
        box = page.split('id="draft-error"', 1)[1].split("</div>", 1)[0]
        error = re.search(r"<details class=\"detail\">.*?<code>(.*?)</code>", box, re.S)
        assert error, draft
        english = error.group(1).split(": ", 1)[-1]
        assert english and english not in _outside_details(box), draft


def test_the_english_page_says_problems_in_english(admin_client):
    admin_client.get("/admin/?lang=en")
    token = csrf_token(admin_client.get(URL).get_data(as_text=True))
    data = admin_client.post(
        URL + "/preview", json={"body": "\n{{ customer_name }}"}, headers={"X-CSRFToken": token}
    ).get_json()
    assert data["issues"][0]["label"].startswith("line 2: There is no variable 'customer_name'.")
