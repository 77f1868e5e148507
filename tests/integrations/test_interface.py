"""Every registered helpdesk implements the one small interface, with its own settings and
fixtures: adding a helpdesk is adding a module."""

from __future__ import annotations

import pytest

from integrations import HELPDESKS
from integrations.base import HelpdeskClient
from tests.conftest import FIXTURES, environment_for_tests
from worker.config import SETTINGS

VERBS = ("fetch", "apply", "has_marker", "post_public_reply")


@pytest.mark.parametrize("name", sorted(HELPDESKS))
def test_module_has_the_interface(name):
    module = HELPDESKS[name]
    assert module.NAME == name
    assert callable(module.verify) and callable(module.parse) and callable(module.configure)
    assert issubclass(module.Client, HelpdeskClient)
    for verb in VERBS:
        assert getattr(module.Client, verb) is not getattr(HelpdeskClient, verb), verb


@pytest.mark.parametrize("name", sorted(HELPDESKS))
def test_module_declares_its_settings_and_they_reach_the_config_table(name):
    module = HELPDESKS[name]
    names = {s.name for s in module.SETTINGS}
    assert f"{name.upper()}_WEBHOOK_SECRET" in names
    assert names <= {s.name for s in SETTINGS}
    assert module.configure(environment_for_tests()).name == name


@pytest.mark.parametrize("name", sorted(HELPDESKS))
def test_module_has_webhook_and_api_fixtures(name):
    assert any((FIXTURES / name).glob("*.json"))
    assert any((FIXTURES / name / "api").glob("*.json"))
