"""The durable template store on SQLite and PostgreSQL: versions, fallback to the shipped files,
optimistic concurrency, the audit log, and readers that see each save without a restart."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from worker import audit, db
from worker.replies import FileTemplateStore, TemplateMissing, render, sample_context_for
from worker.template_store import (
    Conflict,
    InvalidTemplate,
    SqlTemplateStore,
    default_store,
)

SHIPPED = FileTemplateStore().source("ja", "final_notice")


@pytest.fixture
def store(engine) -> SqlTemplateStore:
    return SqlTemplateStore(engine)


def test_unedited_templates_come_from_the_files_as_version_zero(store):
    assert store.source("ja", "final_notice") == SHIPPED
    current = store.current("ja", "final_notice")
    assert current.version == 0 and current.shipped and current.body == SHIPPED


def test_save_numbers_versions_and_history_is_newest_first(store):
    store.save("ja", "final_notice", SHIPPED + "\nA", base_version=0, author="alice")
    store.save("ja", "final_notice", SHIPPED + "\nB", base_version=1, author="bob")
    assert store.source("ja", "final_notice") == SHIPPED + "\nB"
    assert [(v.version, v.author) for v in store.history("ja", "final_notice")] == [
        (2, "bob"),
        (1, "alice"),
        (0, ""),
    ]
    assert store.source("en", "final_notice") == FileTemplateStore().source("en", "final_notice")


def test_every_save_and_rollback_is_in_the_audit_log_with_the_person(store, engine):
    store.save("ja", "final_notice", SHIPPED + "\nA", base_version=0, author="alice")
    store.rollback("ja", "final_notice", 0, base_version=1, author="bob")
    entries = [(e.actor, e.action, e.target, e.detail) for e in audit.entries(engine)]
    assert entries == [
        ("bob", "template.rolled-back", "ja/final_notice", {"version": 2}),
        ("alice", "template.saved", "ja/final_notice", {"version": 1}),
    ]


def test_save_from_a_stale_version_is_a_conflict_naming_who_and_writes_nothing(store):
    store.save("ja", "final_notice", SHIPPED + "\nA", base_version=0, author="alice")
    with pytest.raises(Conflict) as caught:
        store.save("ja", "final_notice", SHIPPED + "\nB", base_version=0, author="bob")
    assert caught.value.current.version == 1 and caught.value.current.author == "alice"
    assert store.source("ja", "final_notice") == SHIPPED + "\nA"


def test_simultaneous_saves_let_exactly_one_win(database_url):
    # Separate engines, as separate processes would have.
    stores = [SqlTemplateStore(db._create(database_url)) for _ in range(6)]
    start = threading.Barrier(len(stores))
    outcomes: list[str] = []

    def attempt(index: int) -> None:
        start.wait()
        try:
            draft = f"{SHIPPED}\n{index}"
            stores[index].save("ja", "final_notice", draft, base_version=0, author=f"admin{index}")
            outcomes.append("saved")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for store in stores:
        store.engine.dispose()
    assert sorted(outcomes) == ["conflict"] * (len(stores) - 1) + ["saved"]
    assert [v.version for v in stores[0].history("ja", "final_notice")] == [1, 0]


def test_invalid_drafts_are_refused_whoever_saves(store):
    with pytest.raises(InvalidTemplate) as caught:
        store.save("ja", "final_notice", "{{ addressee }}\n{{ nope }}", base_version=0, author="a")
    assert [(i.line, i.message) for i in caught.value.issues] == [(2, "unknown variable 'nope'")]
    assert store.current("ja", "final_notice").version == 0


def test_a_draft_is_checked_against_every_sample_ticket(store):
    # Only the after-hours sample has no findings: indexing into them fails there alone.
    draft = "{{ addressee }}\n{{ findings[0].label }}"
    with pytest.raises(InvalidTemplate):
        store.save("ja", "final_notice", draft, base_version=0, author="a")


def test_a_template_that_never_finishes_is_refused_within_the_time_limit(store):
    draft = (
        "{{ addressee }}\n{% for a in range(99999) %}{% for b in range(99999) %}"
        "{% endfor %}{% endfor %}"
    )
    with pytest.raises(InvalidTemplate) as caught:
        store.save("ja", "final_notice", draft, base_version=0, author="a")
    assert "was stopped" in caught.value.issues[0].message
    assert store.current("ja", "final_notice").version == 0


def test_only_the_products_templates_can_be_saved(store):
    with pytest.raises(TemplateMissing):
        store.save("ja", "../../etc/passwd", "x", base_version=0, author="a")
    with pytest.raises(TemplateMissing):
        store.current("fr", "final_notice")


def test_rollback_copies_an_old_version_forward(store):
    store.save("ja", "final_notice", SHIPPED + "\nA", base_version=0, author="a")
    store.save("ja", "final_notice", SHIPPED + "\nB", base_version=1, author="a")
    restored = store.rollback("ja", "final_notice", 1, base_version=2, author="b")
    assert restored.version == 3 and restored.note == "rollback:1"
    assert store.source("ja", "final_notice") == SHIPPED + "\nA"


def test_default_store_reads_the_database_the_environment_names(tmp_path, monkeypatch):
    monkeypatch.setenv("KASUGUARD_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("DATABASE_URL", raising=False)
    saved = SqlTemplateStore(db.engine_for(db.database_url("", tmp_path)))
    saved.save("ja", "final_notice", SHIPPED + "\n追記", base_version=0, author="a")
    text = render(default_store(), "ja", "final_notice", sample_context_for("ja"))
    assert text.rstrip().endswith("追記")


def test_an_unreachable_database_falls_back_to_the_shipped_files(caplog):
    nowhere = create_engine("postgresql+psycopg://nobody@127.0.0.1:9/none")  # nothing listens
    assert SqlTemplateStore(nowhere).source("ja", "final_notice") == SHIPPED
    assert any(r.msg == "template-store.unreadable" for r in caplog.records)


READER = """
import sys
from worker.template_store import default_store
for _ in sys.stdin:  # one read per line asked, in the same long-lived process
    print(default_store().source("ja", "final_notice").splitlines()[-1], flush=True)
"""


def test_a_running_process_reads_each_new_version_without_a_restart(database_url, tmp_path):
    env = {**os.environ, "KASUGUARD_DATA_DIR": str(tmp_path), "DATABASE_URL": database_url}
    root = Path(__file__).resolve().parents[2]
    reader = subprocess.Popen(
        [sys.executable, "-c", READER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=root,
    )
    assert reader.stdin is not None and reader.stdout is not None

    def ask() -> str:
        reader.stdin.write("\n")
        reader.stdin.flush()
        return reader.stdout.readline().rstrip("\n")

    try:
        assert ask() == SHIPPED.splitlines()[-1]
        store = SqlTemplateStore(db.engine_for(database_url))
        store.save("ja", "final_notice", SHIPPED + "\n第1版の末尾", base_version=0, author="a")
        assert ask() == "第1版の末尾"
        store.save("ja", "final_notice", SHIPPED + "\n第2版の末尾", base_version=1, author="a")
        assert ask() == "第2版の末尾"
    finally:
        reader.stdin.close()
        reader.wait(timeout=10)
