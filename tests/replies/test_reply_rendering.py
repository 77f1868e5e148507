"""Reply templates: every file renders, the sandbox holds, and errors come with line numbers."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from jinja2 import UndefinedError
from jinja2.exceptions import SecurityError

from worker.policy import REPLY_TEMPLATES
from worker.replies import (
    LANGUAGES,
    MAX_RENDERED_CHARS,
    TEMPLATE_DIR,
    TEMPLATE_NAMES,
    TEMPLATE_TITLES,
    VARIABLES,
    BrokenTemplate,
    FileTemplateStore,
    MappingTemplateStore,
    ReplyTooLong,
    context_fields,
    render,
    render_text,
    sample_context_for,
    variables_table,
    variables_used,
)
from worker.template_check import validate

EVERY_TEMPLATE = [(lang, name) for lang in LANGUAGES for name in TEMPLATE_NAMES]


def test_every_template_exists_in_every_language_and_nothing_else_does() -> None:
    assert sorted(FileTemplateStore().names()) == sorted(EVERY_TEMPLATE)


@pytest.mark.parametrize(("language", "name"), EVERY_TEMPLATE)
def test_every_template_renders_with_the_sample_context(language: str, name: str) -> None:
    text = render(FileTemplateStore(), language, name, sample_context_for(language))
    assert text.strip()
    assert "{{" not in text and "{%" not in text and "{#" not in text
    assert "\n\n\n" not in text


@pytest.mark.parametrize(("language", "name"), EVERY_TEMPLATE)
def test_every_template_validates_clean(language: str, name: str) -> None:
    assert validate(FileTemplateStore().source(language, name), language=language) == []


@pytest.mark.parametrize(("language", "name"), EVERY_TEMPLATE)
def test_every_template_opens_with_a_header_naming_itself(language: str, name: str) -> None:
    source = (TEMPLATE_DIR / language / f"{name}.txt").read_text(encoding="utf-8")
    assert source.startswith("{#")
    header = source[: source.index("#}")]
    assert f"({name})" in header or f"（{name}）" in header


@pytest.mark.parametrize(("language", "name"), EVERY_TEMPLATE)
def test_templates_use_only_documented_variables(language: str, name: str) -> None:
    source = FileTemplateStore().source(language, name)
    assert variables_used(source) <= set(VARIABLES)


def test_the_documented_variables_are_exactly_the_context_fields() -> None:
    assert tuple(VARIABLES) == context_fields()


def test_the_variables_table_lists_every_variable() -> None:
    table = variables_table()
    assert all(f"| `{name}` |" in table for name in VARIABLES)


def test_every_template_has_a_title_in_every_language() -> None:
    for language in LANGUAGES:
        assert set(TEMPLATE_TITLES[language]) == set(TEMPLATE_NAMES)


@pytest.mark.parametrize("name", REPLY_TEMPLATES)
def test_customer_replies_are_signed(name: str) -> None:
    for language in LANGUAGES:
        context = sample_context_for(language)
        text = render(FileTemplateStore(), language, name, context)
        assert text.rstrip().endswith(context.agent_signature)
        assert context.addressee in text.splitlines()[0]


def test_customer_replies_never_quote_the_evidence_back_to_the_customer() -> None:
    context = sample_context_for("ja")
    for name in REPLY_TEMPLATES:
        text = render(FileTemplateStore(), "ja", name, context)
        assert not any(f["quote"] in text for f in context.findings), name


def test_japanese_replies_are_written_in_polite_form() -> None:
    context = sample_context_for("ja")
    for name in REPLY_TEMPLATES:
        text = render(FileTemplateStore(), "ja", name, context)
        assert "申し上げます" in text or "お願いいたします" in text or "ください" in text, name
        assert "だ。" not in text and "である。" not in text, name


def test_the_final_notice_names_the_policy_and_mentions_police_only_when_criminal() -> None:
    context = sample_context_for("ja")
    text = render(FileTemplateStore(), "ja", "final_notice", context)
    assert f"「{context.policy_title}」" in text and "警察" in text
    calm = render(FileTemplateStore(), "ja", "final_notice", replace(context, criminal=False))
    assert "警察" not in calm


def test_attribute_access_to_python_internals_raises_security_error() -> None:
    with pytest.raises(SecurityError):
        render_text("{{ ''.__class__.__mro__ }}", sample_context_for("ja"))
    with pytest.raises(SecurityError):
        render_text("{{ ticket_id.__class__.__mro__[1].__subclasses__() }}", {"ticket_id": "1"})


def test_a_template_cannot_change_the_values_it_is_given() -> None:
    with pytest.raises(SecurityError):
        render_text("{{ findings[0].update({'quote': 'x'}) }}", sample_context_for("ja"))


def test_a_missing_variable_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(UndefinedError):
        render_text("こんにちは {{ customer_name }} 様", sample_context_for("ja"))


def test_a_runaway_template_is_refused_not_truncated() -> None:
    source = "{% for i in range(100000) %}{{ business_hours }}{% endfor %}"
    with pytest.raises(ReplyTooLong, match=str(MAX_RENDERED_CHARS)):
        render_text(source, sample_context_for("ja"))


def test_render_wraps_any_failure_as_a_broken_template_with_its_line() -> None:
    store = MappingTemplateStore({("ja", "boundary_warning"): "{{ addressee }}\n\n{{ nope }}\n"})
    with pytest.raises(BrokenTemplate) as caught:
        render(store, "ja", "boundary_warning", sample_context_for("ja"))
    assert caught.value.name == "boundary_warning"
    assert caught.value.issue.line == 3
    assert "nope" in caught.value.issue.message


def test_a_missing_template_is_a_broken_template() -> None:
    with pytest.raises(BrokenTemplate, match="not found"):
        render(MappingTemplateStore({}), "ja", "final_notice", sample_context_for("ja"))


def test_validate_reports_a_syntax_error_with_its_line() -> None:
    issues = validate("{{ addressee }}\n受付番号: {{ ticket_id }\n以上\n")
    assert [(i.line, i.kind, i.message) for i in issues] == [
        (2, "bad_expression", "syntax error: unexpected '}'")
    ]


def test_validate_reports_an_unknown_variable_even_in_a_branch_not_taken() -> None:
    source = "{{ addressee }}\n{% if not criminal %}\n{{ customer_nmae }}\n{% endif %}\n"
    issues = validate(source)
    assert [(i.line, i.message) for i in issues] == [(3, "unknown variable 'customer_nmae'")]


def test_validate_reports_a_runtime_error_with_its_line() -> None:
    issues = validate("{{ addressee }}\n{{ findings[0].missing_key }}\n")
    assert len(issues) == 1 and issues[0].line == 2
    assert str(issues[0]).startswith("line 2: ")
    assert (issues[0].kind, issues[0].values["name"]) == ("unknown_attribute", "missing_key")


def test_validate_reports_unsafe_access() -> None:
    issues = validate("{{ ''.__class__ }}")
    assert len(issues) == 1 and "SecurityError" in issues[0].message
    assert issues[0].kind == "unsafe_attribute"


def test_validate_accepts_a_good_draft() -> None:
    assert validate("{{ addressee }}\n\n受付番号: {{ ticket_id }}\n{{ agent_signature }}") == []


def test_the_file_store_picks_up_an_edited_template(tmp_path: Path) -> None:
    (tmp_path / "ja").mkdir()
    file = tmp_path / "ja" / "final_notice.txt"
    file.write_text("v1 {{ ticket_id }}", encoding="utf-8")
    store = FileTemplateStore(tmp_path)
    assert render(store, "ja", "final_notice", sample_context_for("ja")) == "v1 12345\n"
    file.write_text("v2 {{ ticket_id }}", encoding="utf-8")
    stat = file.stat()
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert render(store, "ja", "final_notice", sample_context_for("ja")) == "v2 12345\n"


def test_the_file_store_refuses_names_outside_its_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("{{ ticket_id }}", encoding="utf-8")
    store = FileTemplateStore(tmp_path / "templates")
    with pytest.raises(BrokenTemplate, match="not found"):
        render(store, "ja", "../../secret", sample_context_for("ja"))


def test_a_mapping_store_overrides_one_template_and_falls_back_for_the_rest() -> None:
    store = MappingTemplateStore({("ja", "final_notice"): "draft"}, fallback=FileTemplateStore())
    assert render(store, "ja", "final_notice", sample_context_for("ja")) == "draft\n"
    assert "受付番号" in render(store, "ja", "boundary_warning", sample_context_for("ja"))
    assert ("en", "internal_note") in store.names()


def test_a_template_cannot_pull_in_files() -> None:
    for source in ('{% include "../../etc/passwd" %}', '{% import "x.txt" as x %}'):
        with pytest.raises(BrokenTemplate):
            render(
                MappingTemplateStore({("ja", "final_notice"): source}),
                "ja",
                "final_notice",
                sample_context_for("ja"),
            )


@pytest.mark.parametrize("name", REPLY_TEMPLATES)
def test_english_replies_contain_no_japanese(name: str) -> None:
    text = render(FileTemplateStore(), "en", name, sample_context_for("en"))
    assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text)
