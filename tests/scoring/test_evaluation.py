"""``score_file`` and ``eval_file`` on a small scenario file written here."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from worker.evaluation import eval_file, evaluate, score_file, split_of
from worker.policy import Policy

SCENARIOS = [
    {
        "id": "t-1",
        "lang": "ja",
        "requester": "r-1",
        "history": [],
        "message": {
            "at": "2026-02-04T11:00:00+09:00",
            "subject": "返品",
            "body": "届いたケトルが動きません。返金をお願いします。",
            "channel": "web",
        },
        "expected": {"categories": [], "level": "none"},
    },
    {
        "id": "t-2",
        "lang": "ja",
        "requester": "r-2",
        "history": [],
        "message": {
            "at": "2026-02-04T11:00:00+09:00",
            "subject": "担当",
            "body": "あの担当者をクビにしろ。",
            "channel": "web",
        },
        "expected": {"categories": ["punish_staff"], "level": "medium"},
    },
    {
        "id": "t-3",
        "lang": "en",
        "requester": "r-3",
        "history": [
            {"at": "2026-02-02T10:00:00+09:00", "subject": "Refund", "body": "Pay me 9,000 yen."},
            {
                "at": "2026-02-03T10:00:00+09:00",
                "subject": "Refund",
                "body": "Pay me 9,000 yen now.",
            },
        ],
        "message": {
            "at": "2026-02-04T11:00:00+09:00",
            "subject": "Refund",
            "body": "Third time: pay me the 9,000 yen compensation I'm owed.",
            "channel": "email",
        },
        "expected": {"categories": ["money", "repeat"], "level": "high"},
    },
]


@pytest.fixture
def scenario_file(tmp_path: Path) -> Path:
    path = tmp_path / "scenarios.jsonl"
    path.write_text("\n".join(json.dumps(s, ensure_ascii=False) for s in SCENARIOS) + "\n")
    return path


def test_score_file_writes_one_line_per_scenario(scenario_file: Path) -> None:
    out = io.StringIO()
    assert score_file(str(scenario_file), out, Policy()) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["id"] for line in lines] == ["t-1", "t-2", "t-3"]
    assert set(lines[0]) == {"id", "level", "categories", "score", "evidence", "language", "notes"}
    assert lines[0]["level"] == "none"
    assert lines[1]["categories"] == ["punish_staff"]
    assert lines[2]["level"] == "high" and "repeat" in lines[2]["categories"]


def test_eval_file_prints_the_tables(scenario_file: Path) -> None:
    out = io.StringIO()
    assert eval_file(str(scenario_file), out, Policy()) == 0
    text = out.getvalue()
    for label in (
        "harassment F1",
        "FP rate",
        "level exact",
        "within one",
        "macro-F1",
        "punish_staff",
    ):
        assert label in text
    assert " en " in text.replace("\n", " ") and " ja " in text.replace("\n", " ")


def test_evaluate_counts(scenario_file: Path) -> None:
    scenarios = [json.loads(line) for line in scenario_file.read_text().splitlines()]
    figures = evaluate(scenarios, Policy())["all"].as_dict()
    assert figures["n"] == 3
    assert figures["f1"] == 1.0 and figures["fp_rate"] == 0.0 and figures["exact"] == 1.0


def test_missing_file_is_an_error(tmp_path: Path, capsys) -> None:
    out = io.StringIO()
    assert score_file(str(tmp_path / "nope.jsonl"), out, Policy()) == 2
    assert eval_file(str(tmp_path / "nope.jsonl"), out, Policy()) == 2
    assert out.getvalue() == ""  # nothing half-written on the result stream
    assert "error" in capsys.readouterr().err


def test_bad_split_is_an_error(scenario_file: Path) -> None:
    assert eval_file(str(scenario_file), io.StringIO(), Policy(), split="nope") == 2


def test_split_is_stable_and_roughly_seventy_thirty() -> None:
    ids = [f"dev-{i:04d}" for i in range(1, 1001)]
    build = sum(split_of(i) == "build" for i in ids)
    assert 620 < build < 780
    assert split_of("dev-0001") == split_of("dev-0001")


def test_eval_command_restricts_to_the_chosen_split(
    scenario_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from worker.cli import main

    held = [i for i in ("t-1", "t-2", "t-3") if split_of(i) == "held"]
    assert main(["eval", "--split", "held", str(scenario_file)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("split: held")
    counted = next(line for line in text.splitlines() if line.startswith("scenarios"))
    assert counted.split()[1] == str(len(held))


def _corpus_line(i: int, writer: str, body: str, level: str, categories: list[str]) -> str:
    return json.dumps(
        {
            "id": f"{writer}-{i}",
            "writer": writer,
            "lang": "ja",
            "message": {"at": "2026-02-04T11:00:00+09:00", "subject": "", "body": body},
            "expected": {"categories": categories, "level": level},
            "why": "テスト",
        },
        ensure_ascii=False,
    )


def test_leave_one_writer_out_retrains_without_each_writer(tmp_path: Path) -> None:
    from worker.evaluation import leave_one_writer_out

    lines = []
    for w, writer in enumerate(("a", "b", "c")):
        for i in range(6):
            lines.append(
                _corpus_line(i, writer, f"請求書{i}の件でご確認をお願いします{w}。", "none", [])
            )
            lines.append(
                _corpus_line(10 + i, writer, f"お前の家は知っとるぞ{i}。", "high", ["threat"])
            )
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, progress = io.StringIO(), io.StringIO()
    per_writer = leave_one_writer_out(out, Policy(), paths=[str(path)], progress=progress)
    assert sorted(per_writer) == ["a", "b", "c"]
    assert all(m.n == 12 for m in per_writer.values())
    assert "mean over writers" in out.getvalue() and "by language" in out.getvalue()
    assert len(progress.getvalue().splitlines()) == 3


def test_toxicity_set_reports_auc_and_false_alarms(tmp_path: Path) -> None:
    from worker.evaluation import toxicity_set

    path = tmp_path / "subset.csv"
    path.write_text(
        "id,text,Not Toxic,Hard to Say,Toxic,Very Toxic,annotation_num\n"
        "0,殺すぞお前,0,0,1,2,3\n"
        "1,今日はいい天気ですね,3,0,0,0,3\n"
        "2,ありがとうございます,2,1,0,0,3\n",
        encoding="utf-8",
    )
    figures = toxicity_set(str(path), io.StringIO(), Policy())
    assert figures["toxic"] == 1 and figures["not_toxic"] == 2
    assert figures["auc"] == 1.0
    assert figures["false_alarm_rate"] == 0.0
