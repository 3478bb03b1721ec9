"""The same bundle on a Dask LocalCluster: same outputs and audit as a local run; a killed worker loses nothing."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from woo_redact.bundle import redact_bundle  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _audit(out: Path) -> list[dict]:
    recs = [json.loads(x) for x in (out / "audit.jsonl").read_text().splitlines()]
    for r in recs:
        r.pop("timings", None)
    return sorted(recs, key=lambda r: json.dumps(r, sort_keys=True))


@pytest.mark.slow
def test_dask_matches_local(tmp_path):
    key = tmp_path / "k"
    local = redact_bundle([SAMPLES], tmp_path / "local", jobs=1, audit_key=key, new_audit_key=True, ner=False)
    dask = redact_bundle([SAMPLES], tmp_path / "dask", jobs=2, audit_key=key, new_audit_key=True, ner=False, executor="dask")
    assert local.ok and dask.ok
    for r in local.results:
        name = Path(r.output).name
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    assert _audit(tmp_path / "local") == _audit(tmp_path / "dask")


@pytest.mark.slow
def test_killed_worker_loses_nothing(tmp_path):
    import distributed

    bundle = tmp_path / "in"
    bundle.mkdir()
    for i in range(4):
        for p in SAMPLES.glob("*.pdf"):
            (bundle / f"{i}_{p.name}").write_bytes(p.read_bytes())
    killed: list[int] = []

    def progress(phase, i, n, pages, result):  # kill one worker once, during the write pass
        if phase == "write" and not killed:
            client = distributed.default_client()
            pids = client.run(os.getpid)
            pid = sorted(pids.values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    res = redact_bundle([bundle], tmp_path / "out", jobs=2, audit_key=tmp_path / "k", new_audit_key=True, ner=False,
                        executor="dask", progress=progress)
    assert killed
    assert res.ok, [r.error for r in res.results if not r.ok]
    assert len(res.results) == 16
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 16
    docs = [json.loads(x) for x in (tmp_path / "out" / "audit.jsonl").read_text().splitlines()]
    names = [d["document"] for d in docs if d["record"] == "document"]
    assert len(names) == len(set(names)) == 16  # nothing done twice


def test_unknown_executor(tmp_path):
    with pytest.raises(ValueError, match="executor"):
        redact_bundle([SAMPLES], tmp_path / "o", jobs=1, audit_key=tmp_path / "k", new_audit_key=True, ner=False, executor="spark")
