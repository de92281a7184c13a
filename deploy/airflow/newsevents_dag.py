"""Airflow DAG: the nightly newsevents incremental run, then the run history in the task log.

Copy this file into the DAGs folder and set, in the scheduler's and workers' environment (or
edit the defaults below): ``NEWSEVENTS_HOME`` (the checkout with its .venv), ``NEWSEVENTS_INPUT``
(a glob of the arrivals), ``NEWSEVENTS_OUTPUT`` (the output root). The run is safe to retry: ``--incremental`` skips
what an earlier attempt committed, and a failed attempt commits nothing.

Exit codes of ``python -m pipeline run``: 0 ok, 3 ok with rejects (mapped to success here),
1 failure, 2 usage or output-root error (both fail the task).
"""
from __future__ import annotations

import datetime as dt
import os

from airflow import DAG

try:  # Airflow 3
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:  # Airflow 2
    from airflow.operators.bash import BashOperator

HOME = os.environ.get("NEWSEVENTS_HOME", "/opt/newsevents")
INPUT = os.environ.get("NEWSEVENTS_INPUT", "/data/incoming/*.jsonl")
OUTPUT = os.environ.get("NEWSEVENTS_OUTPUT", "/data/events")

RUN_COMMAND = (
    f"cd {HOME} && .venv/bin/python -m pipeline run --incremental --wait_for_lock "
    f"--input '{INPUT}' --output {OUTPUT}; "
    "rc=$?; if [ $rc -eq 3 ]; then echo 'newsevents: ok with rejects (exit 3)'; exit 0; fi; exit $rc"
)
HISTORY_COMMAND = f"cd {HOME} && .venv/bin/python -m pipeline runs --output {OUTPUT} --last 10"

with DAG(
    dag_id="newsevents_nightly",
    description="newsevents: extract dated conflict events from newly arrived articles",
    schedule="15 2 * * *",
    start_date=dt.datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": dt.timedelta(minutes=15)},
    tags=["newsevents"],
) as dag:
    run = BashOperator(task_id="run_incremental", bash_command=RUN_COMMAND,
                       execution_timeout=dt.timedelta(hours=6))
    history = BashOperator(task_id="show_run_history", bash_command=HISTORY_COMMAND)
    run >> history
