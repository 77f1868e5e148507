"""The care decision (pure) and the policy's ``care`` section."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from worker.care import counts_of, trips
from worker.policy import Care, PolicyError, list_presets, load_policy, load_preset

CARE = Care(window_days=7, high=3, medium=5)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({}, None),
        ({"high": 2}, None),
        ({"high": 3}, "high"),
        ({"high": 4, "medium": 9}, "high"),  # the graver reason is the one named
        ({"medium": 4, "low": 20}, None),  # low-level incidents never count
        ({"medium": 5}, "medium"),
        ({"medium": 3, "high": 2}, "medium"),  # medium counts medium and high together
        ({"medium": 2, "high": 2}, None),
    ],
)
def test_a_threshold_trips_on_high_or_on_medium_and_above(counts, expected):
    assert trips(counts_of(counts), CARE) == expected


def test_a_disabled_care_never_trips():
    assert trips(counts_of({"high": 99}), Care(enabled=False)) is None


def test_every_shipped_policy_has_care_with_whom_to_tell_and_its_own_words():
    for name in list_presets():
        care = load_preset(name).care
        assert care.enabled and care.window_days == 7, name
        assert care.supervisor and care.head_office, name
        assert care.promise, f"{name}: the seed's own words on caring for the employee"
    # Atlas and Cellz put the employee's care first: they are told sooner.
    assert (load_preset("atlas").care.high, load_preset("cellz").care.high) == (2, 2)
    assert "ケアを最優先" in load_preset("atlas").care.promise
    assert load_preset("mjs").care.promise.startswith("④")
    assert "管理本部管理部" in load_preset("skyarch").care.head_office


def write(tmp_path: Path, text: str) -> Path:
    file = tmp_path / "acme.yaml"
    file.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return file


def test_a_policy_without_care_takes_the_defaults(tmp_path):
    assert load_policy(write(tmp_path, "name: acme\n")).care == Care()


def test_care_fields_are_read(tmp_path):
    care = load_policy(
        write(
            tmp_path,
            """
            name: acme
            care:
              window_days: 14
              high: 1
              medium: 2
              supervisor: "店長"
              head_office: "人事部"
            """,
        )
    ).care
    assert (care.window_days, care.high, care.medium) == (14, 1, 2)
    assert (care.supervisor, care.head_office) == ("店長", "人事部")


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ("care: {hihg: 2}", "line 2, care.hihg: unknown key 'hihg' (did you mean 'high'?)"),
        ("care: {high: 0}", "care.high: must be at least 1, got 0"),
        ("care: {window_days: 400}", "care.window_days: must be at most 90 days, got 400"),
        ('care: {supervisor: ""}', "care.supervisor: must not be empty"),
        ('care: {enabled: "yes"}', "care.enabled: expected true or false"),
    ],
)
def test_a_bad_care_value_names_its_line_and_field(tmp_path, section, message):
    with pytest.raises(PolicyError) as caught:
        load_policy(write(tmp_path, f"name: acme\n{section}\n"))
    assert message in str(caught.value)
