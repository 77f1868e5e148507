"""README.ja.md keeps step with README.md: the same two commands, settings and subcommands."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from worker import cli
from worker.config import SETTINGS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
README_JA = (ROOT / "README.ja.md").read_text(encoding="utf-8")

# Setting names as they appear in prose, tables and code: the helpdesks' and ours, plus the two
# platform names the service reads.
SETTING_NAME = re.compile(
    r"\b(?:KASUGUARD|ZENDESK|FRESHDESK)_[A-Z0-9_]*[A-Z0-9]\b|\b(?:DATABASE_URL|REDIS_URL)\b"
)
# A subcommand where a reader would copy it: in code, or after the venv's path.
SUBCOMMAND = re.compile(r"(?:`|bin/)kasuguard ([a-z][a-z-]+)")


def _first_code_block_after(text: str, heading: str) -> list[str]:
    section = text.split(heading, 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block, f"no shell block after {heading!r}"
    # The commands, not their comments: a translation may explain them in its own language.
    return [line.split("#", 1)[0].strip() for line in block.group(1).splitlines()]


def _cli_subcommands() -> set[str]:
    parser = cli.build_parser()
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(commands.choices)


def test_readme_links_the_japanese_readme_and_back():
    head = "\n".join(README.splitlines()[:5])
    assert "(README.ja.md)" in head, "README.md must link README.ja.md at the top"
    assert "(README.md)" in "\n".join(README_JA.splitlines()[:5])


def test_both_readmes_give_the_same_two_commands():
    commands = _first_code_block_after(README, "## Two commands")
    assert commands == ["./scripts/run", "./scripts/test"]
    assert _first_code_block_after(README_JA, "## 2つのコマンド") == commands


def test_both_readmes_name_the_same_settings():
    english = set(SETTING_NAME.findall(README))
    japanese = set(SETTING_NAME.findall(README_JA))
    assert english - japanese == set(), "settings README.ja.md does not mention"
    assert japanese - english == set(), "settings only README.ja.md mentions"


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_every_setting_is_in_the_japanese_config_table_with_its_default(setting):
    row = re.search(rf"^\| `{setting.name}` \| (.*?) \|", README_JA, re.MULTILINE)
    assert row, f"{setting.name} missing from README.ja.md's 設定 table"
    assert row.group(1) == (f"`{setting.default}`" if setting.default else "（空）")


def test_every_subcommand_is_documented_in_both():
    subcommands = _cli_subcommands()
    for name, text in (("README.md", README), ("README.ja.md", README_JA)):
        documented = set(SUBCOMMAND.findall(text))
        assert subcommands - documented == set(), f"subcommands {name} does not show"
        assert documented - subcommands == set(), f"{name} shows subcommands the CLI lacks"
