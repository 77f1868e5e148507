"""README's admin page section stays true to the code."""

from __future__ import annotations

from pathlib import Path

from worker.replies import variables_table

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_the_template_variables_exactly():
    section = README.split("## Admin page", 1)[1].split("\n## ", 1)[0]
    assert variables_table() in section


def test_readme_screenshot_exists_and_is_small():
    assert "(docs/admin-edit.png)" in README
    image = ROOT / "docs" / "admin-edit.png"
    assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert image.stat().st_size < 300_000
