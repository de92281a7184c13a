"""The same job, unchanged, on other Beam engines: output equal to FnApiRunner's, byte for byte.

* DaskRunner against a dask.distributed LocalCluster bound to 127.0.0.1 (2 worker processes);
* PortableRunner with ``--job_endpoint=embed --environment_type=LOOPBACK`` (the portability API
  that Flink, Spark and Dataflow use);
* FnApiRunner with 2 worker processes (``--direct_running_mode multi_processing``).

The last two start gRPC servers that listen on all interfaces (``[::]:0``). They run in a
child process inside a fresh network namespace that holds only the loopback interface
(``unshare --net``, plus ``--map-root-user`` when not root), so nothing is ever reachable from
outside; where namespaces are not available they are skipped with the reason.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import job, store
from tests.conftest import REPO, article, write_jsonl

TABLES = ("events", "mentions", "articles", "rejects")
DASK_RUNNER = "apache_beam.runners.dask.dask_runner.DaskRunner"


# --------------------------------------------------------------------------- helpers

def snapshot(out: Path) -> dict[str, dict]:
    """Per table: {relative path: sha256} of every Parquet file, and the rows sorted."""
    snap: dict[str, dict] = {}
    for t in TABLES:
        files = {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                 for p in sorted((out / t).rglob("*.parquet"))}
        rows = sorted(json.dumps(r, sort_keys=True, default=str) for r in store.read_table(out, t).to_pylist())
        snap[t] = {"files": files, "rows": rows}
    return snap


def assert_same_output(got: Path, want: Path) -> None:
    a, b = snapshot(got), snapshot(want)
    for t in TABLES:
        assert a[t]["rows"] == b[t]["rows"], f"{t}: rows differ"
        assert a[t]["files"] == b[t]["files"], f"{t}: files differ (names are content digests)"


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, seeds_dir) -> list[str]:
    """The sample articles plus a JSON Lines file with varied articles and bad lines (rejects)."""
    d = tmp_path_factory.mktemp("runner_in")
    places = ["Baghdad", "Kabul", "Mosul", "Aleppo", "Mogadishu", "Donetsk"]
    good = [article(i, published=f"2016-03-{10 + i % 6:02d}",
                    text=f"Gunmen killed {i + 2} people in {places[i % 6]} on Sunday, police said. "
                         f"A car bomb exploded near a market in {places[(i + 1) % 6]} on Friday, wounding {i + 3}.")
            for i in range(16)]
    bad = ["{broken", json.dumps({"id": "n1", "published": "2016-03-14"}),
           json.dumps(article(3, text="A duplicate id: two were shot dead in Chicago."))]
    src = write_jsonl(d / "in.jsonl", good + bad)
    return [str(seeds_dir), str(src)]


@pytest.fixture(scope="module")
def baseline(tmp_path_factory, inputs) -> Path:
    out = tmp_path_factory.mktemp("fnapi") / "out"
    result = job.run(["--input", *inputs, "--output", str(out), "--runner", "FnApiRunner"])
    assert result.exit_code == job.EXIT_OK_WITH_REJECTS
    assert result.record["counts"]["events"] > 10
    return out


# --------------------------------------------------------------------------- DaskRunner

def test_dask_runner_matches_fnapi(tmp_path, inputs, baseline):
    distributed = pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, protocol="tcp") as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        try:
            result = job.run(["--input", *inputs, "--output", str(out), "--runner", DASK_RUNNER,
                              "--dask_client_address", cluster.scheduler_address, "--dask_npartitions", "4"])
        finally:
            # job.run does not hand back Beam's result: close the client DaskRunner made (it is the
            # default client) before the cluster shuts down, or it keeps reconnecting.
            with _suppress():
                distributed.default_client().close()
        with Client(cluster.scheduler_address) as client:
            workers = client.run(_worker_resources)
    assert result.exit_code == job.EXIT_OK_WITH_REJECTS
    assert result.record["metrics"] == {}  # DaskRunner has no metrics; counts come from the data
    assert_same_output(out, baseline)
    # heavy resources are per worker process: setup() runs per partition, the model loads once
    loaded = [w for w in workers.values() if w["resources"]]
    assert loaded and all(w["resources"] == 1 and w["models"] == 1 for w in loaded), workers


def _worker_resources() -> dict:
    import sys as _sys

    res = _sys.modules.get("pipeline.resources")
    nlp = _sys.modules.get("pipeline.nlp")
    return {"resources": len(res._CACHE) if res else 0, "models": len(nlp._MODELS) if nlp else 0}


class _suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


# --------------------------------------------------------------------------- gRPC runners in a netns

#: Child: bring loopback up (ioctl, no `ip` binary needed), check it is the only interface, run the job.
CHILD = r"""
import fcntl, json, socket, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
flags = struct.unpack("16sH22s", fcntl.ioctl(s, 0x8913, struct.pack("16sH22s", b"lo", 0, b"")))[1]
fcntl.ioctl(s, 0x8914, struct.pack("16sH22s", b"lo", flags | 1, b""))
ifaces = [l.split(":")[0].strip() for l in open("/proc/net/dev").read().splitlines()[2:]]
if ifaces != ["lo"]:
    sys.exit("not isolated: interfaces %s" % ifaces)
if sys.argv[1] == "probe":
    srv = socket.create_server(("127.0.0.1", 0)); socket.create_connection(srv.getsockname()).close()
    print(json.dumps({"ifaces": ifaces})); sys.exit(0)
from pipeline import job
r = job.run(sys.argv[1:])
print("RESULT " + json.dumps({"exit": r.exit_code, "ifaces": ifaces, "counts": r.record["counts"]}))
"""


def _unshare_cmd() -> list[str]:
    cmd = ["unshare", "--net"]
    if os.geteuid() != 0:
        cmd.append("--map-root-user")  # unprivileged user namespace, root inside it only
    return cmd


_NETNS: dict[str, str | None] = {}


def netns_unavailable() -> str | None:
    """None when a loopback-only network namespace can be made here, else why not."""
    if "reason" not in _NETNS:
        reason = None
        if sys.platform != "linux" or not shutil.which("unshare"):
            reason = "needs Linux with util-linux 'unshare' to isolate the gRPC servers in a network namespace"
        else:
            try:
                p = subprocess.run([*_unshare_cmd(), sys.executable, "-c", CHILD, "probe"],
                                   capture_output=True, text=True, timeout=60)
                if p.returncode != 0:
                    reason = f"cannot create a loopback-only network namespace: {p.stderr.strip()[-300:]}"
            except (OSError, subprocess.TimeoutExpired) as exc:
                reason = f"cannot create a loopback-only network namespace: {exc}"
        _NETNS["reason"] = reason
    return _NETNS["reason"]


def run_isolated(argv: list[str], timeout: int = 400) -> dict:
    reason = netns_unavailable()
    if reason:
        pytest.skip(reason + " (the runner's gRPC servers listen on all interfaces)")
    p = subprocess.run([*_unshare_cmd(), sys.executable, "-c", CHILD, *argv], capture_output=True, text=True,
                       timeout=timeout, cwd=REPO)
    lines = [ln for ln in p.stdout.splitlines() if ln.startswith("RESULT ")]
    assert p.returncode == 0 and lines, f"rc={p.returncode}\n{p.stdout[-2000:]}\n{p.stderr[-4000:]}"
    return json.loads(lines[-1][len("RESULT "):])


def test_netns_has_only_loopback():
    reason = netns_unavailable()
    if reason:
        pytest.skip(reason)
    p = subprocess.run([*_unshare_cmd(), sys.executable, "-c", CHILD, "probe"], capture_output=True, text=True,
                       timeout=60)
    assert json.loads(p.stdout)["ifaces"] == ["lo"]


def test_portable_runner_loopback_matches_fnapi(tmp_path, inputs, baseline):
    out = tmp_path / "out"
    res = run_isolated(["--input", *inputs, "--output", str(out), "--runner", "PortableRunner",
                        "--job_endpoint=embed", "--environment_type=LOOPBACK"])
    assert res["exit"] == job.EXIT_OK_WITH_REJECTS and res["ifaces"] == ["lo"]
    assert_same_output(out, baseline)


def test_multiprocess_runner_matches_fnapi(tmp_path, inputs, baseline):
    out = tmp_path / "out"
    res = run_isolated(["--input", *inputs, "--output", str(out), "--runner", "FnApiRunner",
                        "--direct_num_workers", "2", "--direct_running_mode", "multi_processing"])
    assert res["exit"] == job.EXIT_OK_WITH_REJECTS and res["ifaces"] == ["lo"]
    assert_same_output(out, baseline)


def test_direct_runner_offline_falls_back_and_matches_fnapi(tmp_path, inputs, baseline):
    """Users were promised the DirectRunner: without network it gives up on Prism and falls back."""
    out = tmp_path / "out"
    res = run_isolated(["--input", *inputs, "--output", str(out), "--runner", "DirectRunner"])
    assert res["exit"] == job.EXIT_OK_WITH_REJECTS and res["ifaces"] == ["lo"]
    assert_same_output(out, baseline)
