"""What README, .env.example and the Procfile promise, checked against the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from worker import jobs
from worker.config import SETTINGS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_in_the_readme_config_table(setting):
    row = re.search(rf"^\| `{setting.name}` \| (.*?) \|", README, re.MULTILINE)
    assert row, f"{setting.name} missing from README's configuration table"
    default = row.group(1)
    assert default == (f"`{setting.default}`" if setting.default else "(empty)")


def test_env_example_lists_exactly_the_settings():
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    keys = re.findall(r"^([A-Z_]+)=", example, re.MULTILINE)
    assert sorted(keys) == sorted(s.name for s in SETTINGS)
    secrets = {s.name for s in SETTINGS if s.secret}
    for line in example.splitlines():
        key, _, value = line.partition("=")
        if key in secrets:
            assert value == "", f"{key} must be empty in .env.example"


@pytest.mark.parametrize("status", ["202", "200", "400", "401", "404", "413", "503"])
def test_status_table_has_every_status_the_receiver_returns(status):
    table = README.split("## Status codes", 1)[1].split("\n## ", 1)[0]
    assert re.search(rf"^\| {status} \|", table, re.MULTILINE)


def test_receiver_docstring_and_readme_list_the_same_statuses():
    from worker import app

    table = README.split("## Status codes", 1)[1].split("\n## ", 1)[0]
    readme = re.findall(r"^\| (\d{3}) \|", table, re.MULTILINE)
    docstring = re.findall(r"^(\d{3})   ", app.__doc__ or "", re.MULTILINE)
    assert sorted(readme) == sorted(docstring)


def test_scripts_run_starts_redis_with_the_readmes_persistence_settings():
    from tests.processes import REDIS_PERSISTENCE

    flags = " ".join(REDIS_PERSISTENCE)
    assert flags in (ROOT / "scripts/run").read_text()
    assert flags in README


def test_procfile_runs_gunicorn_on_port_and_an_rq_worker():
    procfile = (ROOT / "Procfile").read_text()
    web = re.search(r"^web: (.*)$", procfile, re.MULTILINE).group(1)
    worker = re.search(r"^worker: (.*)$", procfile, re.MULTILINE).group(1)
    assert web.startswith("gunicorn --bind 0.0.0.0:${PORT:-8000}")
    assert "'worker.app:create_app()'" in web
    assert worker.startswith("rq worker --with-scheduler")
    assert worker.endswith(" " + " ".join(jobs.QUEUES)), "every queue, most urgent first"


def test_ci_runs_the_readme_test_command():
    assert "./scripts/test" in README
    assert "./scripts/test" in (ROOT / ".ci/run").read_text()
