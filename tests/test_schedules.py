"""The ready-to-use schedules in deploy/ are valid and launch a real command with real options."""
from __future__ import annotations

import ast
import configparser
import re
import shlex
import sys
import types
from pathlib import Path

import pytest

from pipeline.cli import COMMANDS
from pipeline.job import run_parser

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
CRON_FIELD = re.compile(r"^(\*|\d+(-\d+)?)(/\d+)?(,(\*|\d+(-\d+)?)(/\d+)?)*$")


def pipeline_argv(command: str, sub: str = "run") -> list[str]:
    """The arguments after `python -m pipeline <sub>` in a shell command line, up to ; && | or >."""
    words = shlex.split(command, posix=True)
    for i, w in enumerate(words):
        if w.endswith("python") and words[i + 1: i + 4] == ["-m", "pipeline", sub]:
            out = []
            for w2 in words[i + 4:]:
                if w2.startswith((">", "2>", ";", "&", "|")) or w2.endswith(";"):
                    if w2.endswith(";") and not w2.startswith(";"):
                        out.append(w2[:-1])
                    break
                out.append(w2)
            return out
    raise AssertionError(f"no 'python -m pipeline {sub}' in {command!r}")


def check_run_argv(argv: list[str]) -> None:
    assert "run" in COMMANDS
    args = run_parser().parse_args(argv)  # strict: every option is one the run command has
    assert args.incremental and args.input and args.output


def test_cron_line_is_valid():
    lines = [ln for ln in (DEPLOY / "cron" / "newsevents.cron").read_text().splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    jobs = [ln for ln in lines if not re.match(r"^[A-Z_]+=", ln)]
    assert len(jobs) == 1
    fields = jobs[0].split(None, 5)
    assert len(fields) == 6, "5 time fields and a command"
    assert all(CRON_FIELD.match(f) for f in fields[:5]), fields[:5]
    command = fields[5]
    assert "%" not in command  # cron turns % into newlines
    check_run_argv(pipeline_argv(command))
    assert "-eq 3" in command  # exit 3 (ok with rejects) counts as success


def test_systemd_units_are_valid():
    def load(name: str) -> configparser.ConfigParser:
        cp = configparser.ConfigParser(interpolation=None, strict=False)
        cp.optionxform = str  # systemd keys are case-sensitive
        cp.read_string((DEPLOY / "systemd" / name).read_text())
        return cp

    service, timer = load("newsevents.service"), load("newsevents.timer")
    assert {"Unit", "Service"} <= set(service.sections())
    assert {"Unit", "Timer", "Install"} <= set(timer.sections())
    assert service["Service"]["Type"] == "oneshot"
    exec_start = service["Service"]["ExecStart"]
    assert "python -m pipeline run" in exec_start and exec_start.startswith("/")
    check_run_argv(pipeline_argv(exec_start))
    assert "3" in service["Service"]["SuccessExitStatus"].split()
    assert timer["Timer"]["Unit"] == "newsevents.service" and timer["Timer"]["OnCalendar"]


def test_airflow_dag_parses_and_launches_the_pipeline(monkeypatch):
    source = (DEPLOY / "airflow" / "newsevents_dag.py").read_text()
    tree = ast.parse(source)
    assert any(isinstance(n, ast.Name) and n.id == "BashOperator" for n in ast.walk(tree))

    # Airflow is not installed here: run the file against minimal stand-ins to get its tasks.
    tasks: dict[str, str] = {}

    class DAG:
        def __init__(self, dag_id, **kw):
            self.dag_id, self.kw = dag_id, kw

        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    class BashOperator:
        def __init__(self, task_id, bash_command, **kw):
            tasks[task_id] = bash_command

        def __rshift__(self, other):
            return other

    airflow = types.ModuleType("airflow")
    airflow.DAG = DAG
    ops = types.ModuleType("airflow.operators")
    bash = types.ModuleType("airflow.operators.bash")
    bash.BashOperator = BashOperator
    for name, mod in (("airflow", airflow), ("airflow.operators", ops), ("airflow.operators.bash", bash)):
        monkeypatch.setitem(sys.modules, name, mod)
    namespace: dict = {"__name__": "newsevents_dag"}
    exec(compile(tree, "newsevents_dag.py", "exec"), namespace)
    dag = namespace["dag"]
    assert dag.dag_id == "newsevents_nightly" and dag.kw["schedule"].count(" ") == 4
    assert dag.kw["max_active_runs"] == 1
    run_cmd = tasks["run_incremental"]
    check_run_argv(pipeline_argv(run_cmd))
    assert "-eq 3" in run_cmd and "exit 0" in run_cmd
    assert pipeline_argv(tasks["show_run_history"], "runs")[:1] == ["--output"]
    assert "runs" in COMMANDS


@pytest.mark.parametrize("path", ["deploy/cron/newsevents.cron", "deploy/systemd/newsevents.service",
                                  "deploy/systemd/newsevents.timer", "deploy/airflow/newsevents_dag.py"])
def test_readme_documents_each_schedule(path):
    readme = (REPO / "README.md").read_text()
    assert path in readme
