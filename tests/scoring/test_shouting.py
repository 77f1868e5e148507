"""Shouting at a person is intimidation; shouting from distress or joy is not."""

from __future__ import annotations

import pytest

from tests.scoring.conftest import score

SHOUTING = [
    "早く直せ！！！",
    "責任者を出せ！！ 聞いてんのか！！",
    "ふざけるな!! いい加減にしろ!!",
    "FIX IT NOW!!! YOU HEAR ME???",
    "GET YOUR MANAGER ON THE PHONE RIGHT NOW, I AM DONE WAITING FOR YOU",
]

NOT_SHOUTING = [
    # Distress, pleading, or an outage reported in capitals: no rough command at anyone.
    "いつ直るんですか！！ 困っています！！ 本番なんです！！",
    "Can you please call me?? I have been waiting!! Please help me!!",
    "PLEASE HELP ME, OUR WHOLE TEAM CANNOT LOG IN AND YOU ARE NOT ANSWERING THE PHONE",
    "最高です！！！ありがとう！！",
    "WHY IS THE SITE DOWN AGAIN??",
    "これ本当に直るのか？？ 3日も待ってるぞ!!",
    "URGENT!!! PAYROLL SERVER DOWN!!! 給与締めが今日です",
]


@pytest.mark.parametrize("text", SHOUTING)
def test_rough_shouting_at_a_person_is_intimidation(text: str) -> None:
    assert "intimidation" in score(text).categories


@pytest.mark.parametrize("text", NOT_SHOUTING)
def test_distress_or_joy_in_capitals_or_bangs_is_not_intimidation(text: str) -> None:
    assert "intimidation" not in score(text).categories
