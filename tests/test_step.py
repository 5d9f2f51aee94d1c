"""scripts/step.sh: one progress line per set-up step, raw output in a log, the log's tail
and a non-zero exit when the step fails (make run's cold-start output)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP = str(ROOT / "scripts" / "step.sh")


def step(tmp_path: Path, label: str, *command: str, **env: str):
    log = tmp_path / "log" / "step.log"
    environ = {k: v for k, v in os.environ.items() if k not in ("VERBOSE", "STEP_TIMES")}
    result = subprocess.run([STEP, label, str(log), *command], capture_output=True, text=True,
                            env={**environ, **env}, timeout=30)
    return result, log


def test_success_prints_one_line_and_logs_the_output(tmp_path):
    times = tmp_path / "times.tsv"
    result, log = step(tmp_path, "[2/5] Danish spaCy pipeline", "bash", "-c",
                       "echo noisy warning >&2; for i in $(seq 1 50); do echo line $i; done",
                       STEP_TIMES=str(times))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert lines[0].startswith("[2/5] Danish spaCy pipeline")
    assert str(log) in lines[0] and "done," in lines[0]
    assert "noisy" not in result.stdout + result.stderr
    text = log.read_text()
    assert "noisy warning" in text and "line 50" in text
    seconds, label = times.read_text().rstrip("\n").split("\t")
    assert float(seconds) >= 0 and label == "[2/5] Danish spaCy pipeline"


def test_failure_shows_the_tail_and_exits_non_zero(tmp_path):
    result, log = step(tmp_path, "[3/5] Training the model", "bash", "-c",
                       "for i in $(seq 1 100); do echo line $i; done; echo boom >&2; exit 3")
    assert result.returncode == 3
    out = result.stdout
    assert out.splitlines()[0].startswith("[3/5] Training the model")
    assert "FAILED" in out and "[3/5] Training the model" in out.splitlines()[-1]
    assert "boom" in out and "line 100" in out
    assert "line 70\n" not in out  # only the last 30 lines of the log
    assert "line 1\n" in log.read_text()


def test_a_missing_command_fails_too(tmp_path):
    result, _ = step(tmp_path, "[1/5] Python environment", str(tmp_path / "no-such-command"))
    assert result.returncode != 0
    assert "FAILED" in result.stdout and "no-such-command" in result.stdout


def test_verbose_shows_the_raw_output_as_well(tmp_path):
    result, log = step(tmp_path, "[4/5] Starting", "echo", "hello", VERBOSE="1")
    assert result.returncode == 0
    assert "hello" in result.stdout and "hello" in log.read_text()
