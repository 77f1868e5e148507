"""The planner: what each level writes under a policy, and how each preset changes it.

Assessments are built by hand (the scorer is not under test here), so each test states exactly
which categories and evidence the planner was given.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from worker.actions import plan, reply_template_for, tags_for, within_policy
from worker.categories import CATEGORIES
from worker.model import ActionSet, Escalation, TicketEvent
from worker.policy import LevelAction, Policy, list_presets, load_policy, load_preset
from worker.replies import FileTemplateStore, MappingTemplateStore
from worker.scoring.types import Assessment, Finding

EVENT = TicketEvent(
    helpdesk="zendesk",
    event_id="ev-1",
    kind="comment.added",
    ticket_id="4242",
    occurred_at=datetime(2026, 11, 18, 5, 0, tzinfo=UTC),
)

QUOTES = {
    "abuse": ("この無能が", "侮辱・暴言"),
    "threat": ("殺すぞ", "危害の予告"),
    "intimidation": ("俺を誰だと思ってる", "権威の誇示"),
    "exposure_threat": ("SNSで晒してやる", "晒す・暴露の示唆"),
    "dogeza": ("土下座しろ", "土下座の要求"),
    "money": ("慰謝料を払え", "根拠のない金銭要求"),
    "punish_staff": ("担当者をクビにしろ", "従業員の処罰要求"),
    "staff_attack": ("担当を今すぐ変えろ", "担当者の変更強要"),
    "privacy": ("担当者の住所を教えろ", "私生活への詮索"),
    "discrimination_sexual": ("女は黙ってろ", "差別的な発言"),
    "excessive_demand": ("無償で全部やれ", "契約範囲外の要求"),
    "restraint": ("回答するまで何度でも電話する", "拘束的な言動"),
    "repeat": ("", "同じ要求が7日間で5回"),
    "after_hours": ("今夜中に対応しろ", "業務時間外の対応要求"),
}


def assessment(level: str, *categories: str) -> Assessment:
    findings = tuple(
        Finding(category=c, quote=QUOTES[c][0], start=0, end=len(QUOTES[c][0]), reason=QUOTES[c][1])
        for c in categories
    )
    return Assessment(level=level, score=0.5, categories=categories, findings=findings)


def overlay(**sources: str) -> MappingTemplateStore:
    """The shipped templates with some replaced, keyed ``ja_<name>`` / ``en_<name>``."""
    return MappingTemplateStore(
        {tuple(key.split("_", 1)): text for key, text in sources.items()},  # type: ignore[misc]
        fallback=FileTemplateStore(),
    )


DEFAULT = load_policy()


# --- levels --------------------------------------------------------------------------------


def test_level_none_does_nothing() -> None:
    assert plan(Assessment(level="none", score=0.0), DEFAULT, EVENT) == ActionSet()


def test_level_low_adds_tags_only() -> None:
    actions = plan(assessment("low", "abuse"), DEFAULT, EVENT)
    assert actions == ActionSet(tags=("kasuhara_abuse", "kasuhara_level_low"))


def test_tags_name_each_category_then_the_level() -> None:
    assert tags_for(assessment("high", "threat", "money")) == (
        "kasuhara_threat",
        "kasuhara_money",
        "kasuhara_level_high",
    )


def test_level_medium_posts_a_japanese_note_with_evidence_clause_and_suggested_reply() -> None:
    actions = plan(assessment("medium", "money"), DEFAULT, EVENT)
    assert actions.tags == ("kasuhara_money", "kasuhara_level_medium")
    assert actions.escalation is None and actions.public_reply is None
    note = actions.private_note or ""
    assert "レベル: 中" in note
    assert "不当な金銭・金品の要求" in note  # the category's Japanese name
    assert "「慰謝料を払え」" in note  # the quoted span
    assert "根拠のない金銭要求" in note  # the reason
    assert DEFAULT.clause_for("money") in note  # the policy clause
    assert "返信案: 補償・謝罪のご要求へのご回答（compensation_demand）" in note
    assert "合理的な根拠のない金銭や金品によるご補償" in note  # the rendered suggestion
    assert "受付番号: 4242" in note


def test_level_high_escalates_as_the_policy_says_and_briefs_supervisors() -> None:
    policy = replace(
        DEFAULT,
        escalation=Escalation(
            priority="high", group_id="360009", notify_url="https://hooks.example.com/k"
        ),
    )
    actions = plan(assessment("high", "abuse", "dogeza"), policy, EVENT)
    assert actions.escalation == Escalation(
        priority="high", group_id="360009", notify_url="https://hooks.example.com/k"
    )
    note = actions.private_note or ""
    assert "責任者の方へ（エスカレーション・優先度: 高）" in note
    assert "Zendesk のチケット #4242" in note
    assert "・証拠: 「土下座しろ」" in note
    assert "本社の相談窓口へ速やかに報告" in note
    assert "【担当者へのケア】" in note
    assert "【会社方針に定める対応】" in note and DEFAULT.responses[0] in note
    assert "刑法犯に該当するおそれ" not in note  # abuse and dogeza: not a criminal threat


def test_a_threat_brings_police_and_lawyer_guidance_to_supervisors() -> None:
    note = plan(assessment("high", "threat"), DEFAULT, EVENT).private_note or ""
    assert "刑法犯に該当するおそれ" in note and "#9110" in note and "弁護士" in note


def test_observe_only_tags_and_nothing_else_even_at_high() -> None:
    policy = replace(DEFAULT, observe_only=True, auto_after_hours_reply=True)
    assert plan(assessment("high", "threat"), policy, EVENT) == ActionSet(
        tags=("kasuhara_threat", "kasuhara_level_high")
    )
    assert plan(assessment("low", "after_hours"), policy, EVENT).public_reply is None


def test_level_actions_come_from_the_policy() -> None:
    quiet_medium = dict(DEFAULT.level_actions, medium=LevelAction(tags=True, note=False))
    policy = replace(DEFAULT, level_actions=quiet_medium)
    assert plan(assessment("medium", "abuse"), policy, EVENT) == ActionSet(
        tags=("kasuhara_abuse", "kasuhara_level_medium")
    )
    untagged_low = dict(DEFAULT.level_actions, low=LevelAction(tags=False, note=True))
    actions = plan(assessment("low", "abuse"), replace(DEFAULT, level_actions=untagged_low), EVENT)
    assert actions.tags == () and actions.private_note


def test_the_note_is_in_english_when_the_policy_says_so() -> None:
    actions = plan(assessment("high", "threat"), replace(DEFAULT, language="en"), EVENT)
    note = actions.private_note or ""
    assert note.startswith("[kasuguard] Possible customer harassment (level: high)")
    assert "Threats of harm" in note and '"殺すぞ"' in note
    assert "For supervisors: escalation (priority: urgent)" in note
    assert "Suggested reply: Boundary warning (boundary_warning)" in note


# --- which reply is suggested --------------------------------------------------------------


@pytest.mark.parametrize(
    ("categories", "template"),
    [
        (("abuse",), "boundary_warning"),
        (("money",), "compensation_demand"),
        (("dogeza",), "compensation_demand"),
        (("excessive_demand",), "out_of_scope"),
        (("repeat",), "repeated_request"),
        (("restraint",), "repeated_request"),
        (("after_hours",), "after_hours_ack"),
        (("money", "threat"), "boundary_warning"),  # conduct against people comes first
        (("excessive_demand", "repeat"), "repeated_request"),
    ],
)
def test_the_suggested_reply_follows_the_categories(
    categories: tuple[str, ...], template: str
) -> None:
    assert reply_template_for(assessment("medium", *categories), DEFAULT) == template


def test_a_policy_can_point_a_category_at_another_reply() -> None:
    policy = replace(DEFAULT, reply_templates=dict(DEFAULT.reply_templates, abuse="final_notice"))
    assert reply_template_for(assessment("medium", "abuse"), policy) == "final_notice"


def test_the_level_reply_none_leaves_the_suggestion_out() -> None:
    actions = dict(DEFAULT.level_actions, medium=LevelAction(tags=True, note=True, reply="none"))
    note = plan(assessment("medium", "abuse"), replace(DEFAULT, level_actions=actions), EVENT)
    assert note.private_note and "返信案" not in note.private_note


# --- the one automatic reply ---------------------------------------------------------------


def test_the_after_hours_acknowledgement_is_sent_only_when_the_policy_turns_it_on() -> None:
    only_after_hours = assessment("low", "after_hours")
    assert plan(only_after_hours, DEFAULT, EVENT).public_reply is None
    actions = plan(only_after_hours, replace(DEFAULT, auto_after_hours_reply=True), EVENT)
    reply = actions.public_reply or ""
    assert "受付番号: 4242" in reply and "平日 9:00〜18:00" in reply
    assert actions.tags == ("kasuhara_after_hours", "kasuhara_level_low")
    assert actions.private_note is None


def test_no_acknowledgement_when_another_category_is_present() -> None:
    policy = replace(DEFAULT, auto_after_hours_reply=True)
    actions = plan(assessment("medium", "after_hours", "abuse"), policy, EVENT)
    assert actions.public_reply is None
    assert actions.private_note


def test_no_acknowledgement_when_the_other_category_is_one_the_policy_does_not_list() -> None:
    # Skyarch does not list punish_staff, but the message was still more than an after-hours one.
    policy = replace(load_preset("skyarch"), auto_after_hours_reply=True)
    actions = plan(assessment("low", "after_hours", "punish_staff"), policy, EVENT)
    assert actions.public_reply is None
    assert actions.tags == ("kasuhara_after_hours", "kasuhara_level_low")


def test_the_note_says_the_acknowledgement_went_out_instead_of_suggesting_it_again() -> None:
    policy = replace(DEFAULT, auto_after_hours_reply=True)
    actions = plan(assessment("medium", "after_hours"), policy, EVENT)
    assert actions.public_reply
    note = actions.private_note or ""
    assert "自動送信しました" in note and "■ 返信案" not in note


@pytest.mark.parametrize("name", ["atlas", "cellz", "default", "mjs", "skyarch"])
@pytest.mark.parametrize("level", ["low", "medium", "high"])
def test_nothing_but_the_acknowledgement_ever_reaches_a_customer(name: str, level: str) -> None:
    policy = replace(load_preset(name), auto_after_hours_reply=True)
    for category in CATEGORIES:
        if category == "after_hours":
            continue
        actions = plan(assessment(level, category, "after_hours"), policy, EVENT)
        assert actions.public_reply is None, (name, level, category)


# --- broken templates ----------------------------------------------------------------------


def test_a_broken_suggested_reply_is_named_in_the_note_and_never_half_rendered() -> None:
    store = overlay(ja_compensation_demand="お詫び申し上げます。\n{{ refund_amount }} 円")
    note = plan(assessment("medium", "money"), DEFAULT, EVENT, store=store).private_note or ""
    assert "テンプレート「compensation_demand」が壊れている" in note
    assert "2行目" in note and "「refund_amount」という変数は使えません" in note
    assert "UndefinedError" not in note and "is undefined" not in note  # no engine English
    assert "お詫び申し上げます" not in note and "■ 返信案" not in note
    assert "「慰謝料を払え」" in note  # the evidence is still there


def test_a_broken_acknowledgement_is_not_sent_and_the_note_says_why() -> None:
    store = overlay(ja_after_hours_ack="{{ ''.__class__.__mro__ }}")
    policy = replace(DEFAULT, auto_after_hours_reply=True)
    actions = plan(assessment("low", "after_hours"), policy, EVENT, store=store)
    assert actions.public_reply is None
    assert "テンプレート「after_hours_ack」が壊れている" in (actions.private_note or "")


def test_a_broken_escalation_note_is_named_and_escalation_still_happens() -> None:
    store = overlay(ja_escalation_note="{% for x in %}")
    actions = plan(assessment("high", "threat"), DEFAULT, EVENT, store=store)
    assert actions.escalation is not None
    assert "テンプレート「escalation_note」が壊れている" in (actions.private_note or "")


def test_a_broken_internal_note_falls_back_to_a_plain_note_naming_it() -> None:
    store = overlay(ja_internal_note="{{ level_label }}\n{{ findings.nope }}")
    note = plan(assessment("high", "threat"), DEFAULT, EVENT, store=store).private_note or ""
    assert "内部メモのテンプレート「internal_note」が壊れている" in note
    assert "2行目: " in note and "Error" not in note
    assert "「殺すぞ」" in note and DEFAULT.clause_for("threat") in note
    assert "責任者の方へ" in note and "■" not in note.splitlines()[0]
    assert "受付番号: 4242" in note  # the suggested reply still rendered fine


# --- the policy decides what is tagged -----------------------------------------------------


def test_categories_the_policy_does_not_enable_are_dropped() -> None:
    policy = replace(DEFAULT, enabled_categories=frozenset({"abuse"}))
    actions = plan(assessment("medium", "abuse", "privacy"), policy, EVENT)
    assert actions.tags == ("kasuhara_abuse", "kasuhara_level_medium")
    assert "担当者の住所を教えろ" not in (actions.private_note or "")


def test_nothing_is_written_when_no_enabled_category_remains() -> None:
    policy = replace(DEFAULT, enabled_categories=frozenset({"abuse"}))
    assert within_policy(assessment("medium", "privacy"), policy).level == "none"
    assert plan(assessment("medium", "privacy"), policy, EVENT) == ActionSet()


def test_every_preset_plans_every_category_at_every_level() -> None:
    for name in list_presets():
        policy = load_preset(name)
        for category in CATEGORIES:
            for level in ("low", "medium", "high"):
                plan(assessment(level, category), policy, EVENT)


# --- presets: a behaviour that differs because of each company's policy --------------------


def test_atlas_does_not_tag_conduct_its_policy_does_not_list() -> None:
    given = assessment("medium", "after_hours", "privacy", "abuse")
    assert plan(given, DEFAULT, EVENT).tags == (
        "kasuhara_after_hours",
        "kasuhara_privacy",
        "kasuhara_abuse",
        "kasuhara_level_medium",
    )
    assert plan(given, load_preset("atlas"), EVENT).tags == (
        "kasuhara_abuse",
        "kasuhara_level_medium",
    )
    assert plan(assessment("medium", "punish_staff"), load_preset("atlas"), EVENT) == ActionSet()


def test_atlas_quotes_its_own_clause_and_puts_dialogue_first_at_high() -> None:
    note = plan(assessment("high", "abuse"), load_preset("atlas"), EVENT).private_note or ""
    assert "方針の該当条項: 精神的な攻撃(脅迫、中傷、名誉毀損、侮辱、暴言)" in note
    assert "理性的に対話を行います" in note
    assert "（boundary_warning）" in note and "（final_notice）" not in note


def test_mjs_suggests_the_final_notice_at_high_where_the_default_does_not() -> None:
    given = assessment("high", "abuse", "money")
    mjs_note = plan(given, load_preset("mjs"), EVENT).private_note or ""
    default_note = plan(given, DEFAULT, EVENT).private_note or ""
    assert "（final_notice）" in mjs_note
    assert "「MJSグループ カスタマーハラスメントに対する基本方針」を定め" in mjs_note
    assert "サービス提供等を停止し、取引を断る場合がある" in mjs_note
    assert "（final_notice）" not in default_note
    assert "方針の該当条項: ⑪合理的な理由のない金銭や謝罪の要求、従業員の処罰の要求" in mjs_note


def test_cellz_asks_for_calls_under_an_hour_in_its_reply_to_restraint() -> None:
    given = assessment("medium", "restraint")
    cellz_note = plan(given, load_preset("cellz"), EVENT).private_note or ""
    default_note = plan(given, DEFAULT, EVENT).private_note or ""
    assert "1時間を超えるお電話でのご相談やお問い合わせは" in cellz_note
    assert "株式会社セルズ サポートセンター" in cellz_note
    assert "お電話でのご相談" not in default_note


def test_cellz_escalation_brings_its_legal_measures_to_supervisors() -> None:
    note = plan(assessment("high", "threat"), load_preset("cellz"), EVENT).private_note or ""
    assert "法的措置を含め適切な対応を取ります" in note
    assert "（final_notice）" in note


def test_skyarch_acknowledgement_states_its_own_hours() -> None:
    policy = replace(load_preset("skyarch"), auto_after_hours_reply=True)
    reply = plan(assessment("low", "after_hours"), policy, EVENT).public_reply or ""
    assert "受付時間: 平日 10:00〜18:00（祝日を除く）" in reply
    assert "スカイアーチネットワークス サポート窓口" in reply


def test_skyarch_escalation_offers_a_meeting_with_recording_and_refusing_contact() -> None:
    note = plan(assessment("high", "abuse"), load_preset("skyarch"), EVENT).private_note or ""
    assert "責任者を含め、お客様との話し合いの場を設けます。" in note
    assert "録音録画をお願いすることがあります" in note
    assert "（final_notice）" in note


def test_skyarch_does_not_tag_demands_to_punish_staff() -> None:
    given = assessment("medium", "punish_staff")
    assert plan(given, load_preset("skyarch"), EVENT) == ActionSet()
    assert plan(given, DEFAULT, EVENT).tags == ("kasuhara_punish_staff", "kasuhara_level_medium")


def test_the_planner_is_deterministic() -> None:
    given = assessment("high", "threat", "money", "repeat")
    assert plan(given, DEFAULT, EVENT) == plan(given, DEFAULT, EVENT)


def test_a_policy_built_in_code_plans_like_the_default_file() -> None:
    given = assessment("high", "threat")
    from_code = plan(given, Policy(), EVENT)
    assert from_code.escalation == Escalation(priority="urgent")
    assert from_code.tags == plan(given, DEFAULT, EVENT).tags
