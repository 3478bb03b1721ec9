"""Bundles: parallel workers, crash isolation, resume after kill -9, determinism, time limits."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from woo_redact.bundle import DocumentTimeout, LocalExecutor, _time_limit, collect_inputs, redact_bundle

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _noop_init() -> None:
    pass


def _crashy(x: int) -> int:
    if x == 3:
        os._exit(1)  # the worker dies, as on a segfault in a C library
    return x * 10


def _crashed(x: int) -> str:
    return f"crashed:{x}"


def test_worker_crash_loses_nothing():
    ex = LocalExecutor(2, _noop_init)
    try:
        out = list(ex.map(_crashy, list(range(6)), _crashed))
    finally:
        ex.close()
    assert out == [0, 10, 20, "crashed:3", 40, 50]


def test_time_limit_interrupts():
    with pytest.raises(DocumentTimeout, match="--timeout"), _time_limit(0.2, "slow.pdf"):
        time.sleep(2)


def test_collect_inputs_recursive_and_relative(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for p in ["a/x.pdf", "a/b/y.PDF", "a/b/z.txt", "a/.hidden/q.pdf"]:
        (tmp_path / p).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / p).write_bytes(b"%PDF")
    items = collect_inputs([tmp_path / "a"])
    assert sorted(i.relative.as_posix() for i in items) == ["b/y.PDF", "x.pdf"]


def test_parallel_equals_sequential_and_is_deterministic(tmp_path):
    r1 = redact_bundle([SAMPLES], tmp_path / "seq", jobs=1, audit_key=tmp_path / "k", new_audit_key=True, ner=False)
    r2 = redact_bundle([SAMPLES], tmp_path / "par", jobs=2, audit_key=tmp_path / "k", new_audit_key=True, ner=False)
    assert r1.ok and r2.ok
    for r in r1.results:
        name = Path(r.output).name
        assert (tmp_path / "seq" / name).read_bytes() == (tmp_path / "par" / name).read_bytes(), name


def test_resume_after_kill_9(tmp_path):
    """Start a bundle in a subprocess, kill -9 it mid-run, rerun: everything completes once."""
    bundle = tmp_path / "in"
    bundle.mkdir()
    for i in range(6):
        for p in SAMPLES.glob("*.pdf"):
            (bundle / f"{i}_{p.name}").write_bytes(p.read_bytes())
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "woo_redact", "redact", str(bundle), "--out", str(out), "--jobs", "1",
           "--no-ner", "--audit-key", str(tmp_path / "k"), "--new-audit-key"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    state = out / ".woo-redact" / "state.jsonl"
    while time.time() < deadline and (not state.exists() or len(state.read_text().splitlines()) < 3):
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = len(state.read_text().splitlines()) - 1  # the first line is the format header
    assert 0 < done_before < 24, "kill came too late to test resuming"
    res = subprocess.run(cmd, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "already done" in res.stderr
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert len(pdfs) == 24
    header, *lines = state.read_text().splitlines()
    assert json.loads(header) == {"format": "woo-redact-state", "version": 2}
    done = [json.loads(x)["output"] for x in lines]
    assert sorted(done) == sorted(pdfs)  # each document done exactly once


def test_bundle_officials_kept_people_redacted_everywhere_domains_kept(tmp_path, pdf_factory):
    import subprocess

    folder = tmp_path / "bundle"
    folder.mkdir()
    a = pdf_factory([["Melding van Kees Nuijten over overlast.", "Doorgestuurd aan wethouder Anna Smit."]], name="a.pdf")
    b = pdf_factory([["Nuijten belde opnieuw over de overlast.",
                      "Anna Smit gaf aan het dossier te volgen.",
                      "Reactie via k.nuijten@gemeente-voorbeeld.nl en info@gemeente-voorbeeld.nl."]], name="b.pdf")
    for p in (a, b):
        p.rename(folder / p.name)

    def text(out):
        return subprocess.run(["pdftotext", str(out / "b.pdf"), "-"], capture_output=True, text=True).stdout

    alone = redact_bundle([folder / "b.pdf"], tmp_path / "alone", jobs=1, audit_key=tmp_path / "k", new_audit_key=True, ner=False)
    assert alone.ok
    assert "Nuijten belde" in text(tmp_path / "alone")  # on its own, a bare surname is not enough evidence

    res = redact_bundle([folder], tmp_path / "out", jobs=1, audit_key=tmp_path / "k", new_audit_key=True, ner=False)
    assert res.ok, [r.error for r in res.results]
    text_b = text(tmp_path / "out")
    assert "Nuijten" not in text_b  # redacted in b because the bundle redacted Kees Nuijten in a
    assert "Anna Smit" in text_b  # an office holder in a stays readable in b
    assert "@gemeente-voorbeeld.nl" in text_b and "k.nuijten" not in text_b
    assert "info@gemeente-voorbeeld.nl" in text_b


@pytest.mark.parametrize("cache_pages, reads_per_doc", [(600, 1), (0, 2)])
def test_pass_two_reuses_pass_one_extraction(tmp_path, monkeypatch, cache_pages, reads_per_doc):
    """Each input is read once when the pass-1 document fits the cache, twice when it does not;
    the outputs are the same either way."""
    import woo_redact.bundle as wb
    import woo_redact.pipeline as wp

    calls: list[str] = []
    real = wp.extract

    def counting(path, *a, **k):  # type: ignore[no-untyped-def]
        calls.append(Path(path).name)
        return real(path, *a, **k)

    monkeypatch.setattr(wp, "extract", counting)
    monkeypatch.setattr(wb, "DOC_CACHE_PAGES", cache_pages)
    res = redact_bundle([SAMPLES], tmp_path / "out", jobs=1, audit_key=tmp_path / "k", new_audit_key=True, reports=False)
    inputs = sorted(p.name for p in SAMPLES.glob("*.pdf"))
    assert len(res.results) == len(inputs) and not res.failed
    assert sorted(calls) == sorted(inputs * reads_per_doc)


def _pid(x: int) -> tuple[int, int]:
    return x, os.getpid()


def test_lanes_send_a_task_to_the_worker_that_ran_an_earlier_one():
    ex = LocalExecutor(2, _noop_init)
    try:
        first = list(ex.map(_pid, list(range(8))))
        placed = list(ex.placed)
        again = list(ex.map(_pid, list(range(8)), lanes=list(reversed(placed))))
        free = list(ex.map(_pid, list(range(8)), lanes=[None] * 8))
    finally:
        ex.close()
    assert [x for x, _ in first] == [x for x, _ in again] == list(range(8))
    assert len({pid for _, pid in first}) == 2  # both workers took tasks
    pid_of_lane = {lane: pid for (_, pid), lane in zip(first, placed)}
    assert [pid for _, pid in again] == [pid_of_lane[lane] for lane in reversed(placed)]
    assert {pid for _, pid in free} <= set(pid_of_lane.values())


def test_a_crash_on_one_lane_loses_nothing_and_spares_the_other():
    ex = LocalExecutor(2, _noop_init)
    try:
        out = list(ex.map(_crashy, list(range(6)), _crashed, lanes=[0, 1, 0, 1, 0, 1]))
    finally:
        ex.close()
    assert out == [0, 10, 20, "crashed:3", 40, 50]


def test_pool_workers_write_from_the_pass_one_documents(tmp_path):
    """With a process pool each worker keeps the documents it analysed and gets their pass 2,
    so no document is read twice (pass-2 extract time is exactly zero)."""
    res = redact_bundle([SAMPLES], tmp_path / "out", jobs=2, audit_key=tmp_path / "k", new_audit_key=True, ner=False, reports=False)
    assert res.results and not res.failed
    assert all(dict(r.timings)["extract"] == 0.0 for r in res.results)


def test_audit_log_fsyncs_are_grouped(tmp_path, monkeypatch):
    """Every record is written through at once (kill -9 loses nothing); fsync runs at most once
    a second per log, and once more at the end of a run."""
    from woo_redact import audit

    synced: list[int] = []
    monkeypatch.setattr(audit.os, "fsync", lambda fd: synced.append(fd))
    log = tmp_path / "audit.jsonl"
    for i in range(20):
        audit.append_jsonl(log, [{"n": i}])
    assert len(log.read_text().splitlines()) == 20  # readable by another process right away
    assert len(synced) == 1
    audit.sync_jsonl(log)
    assert len(synced) == 2


# --------------------------------------------------------------------------- resume state (JSON, never pickle)


class _Planted:
    """Unpickling this would create a file: proof that nobody unpickled it."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.touch, (Path(self.marker),))


def test_planted_pickle_and_old_state_are_never_loaded(tmp_path, caplog):
    import pickle

    out = tmp_path / "out"
    results = out / ".woo-redact" / "results"
    results.mkdir(parents=True)
    marker = tmp_path / "pwned"
    (results / "0123456789abcdef01234567.pickle").write_bytes(pickle.dumps(_Planted(str(marker))))
    # a state of the old format claiming every sample is done
    (out / ".woo-redact" / "state.jsonl").write_text('{"input": "x", "policy": "y", "output": "memo_wethouder.pdf"}\n')
    with caplog.at_level("WARNING"):
        res = redact_bundle([SAMPLES / "memo_wethouder.pdf"], out, jobs=1, audit_key=tmp_path / "k", new_audit_key=True, ner=False)
    assert not marker.exists()
    assert not res.skipped and len(res.results) == 1  # a fresh run, nothing trusted from the old state
    assert "pickle" in caplog.text and "version" in caplog.text
    assert any(p.name.startswith("state.jsonl.unknown") for p in (out / ".woo-redact").iterdir())


def test_state_round_trips_results_without_text(tmp_path):
    from woo_redact.outputs.state import BundleState, DocumentSummary
    from woo_redact.types import Action, ApplyReport, BBox, Decision, DocumentResult, EntityType, Finding, RedactBox, Verification

    f = Finding("ab12cd34", 0, 5, 17, "Jan de Vries", EntityType.PERSON, 0.9, "woo.names")
    r = DocumentResult(
        "/in/x.pdf", "/out/x.pdf", True, pages=2, decisions=(Decision(f, Action.REDACT, "5.1.2e", "policy", 5, 17),),
        boxes=(RedactBox(0, BBox(1, 2, 3, 4), "5.1.2e", ("ab12cd34",)),), input_sha256="a" * 64, output_sha256="b" * 64,
        apply_report=ApplyReport(glyphs_removed=12, regions_flagged=("p1",)), verification=Verification(True, ("pdftotext",)),
        timings=(("write", 0.5),), warnings=("page 1: OCR confidence 50%: review this page",),
    )
    st = BundleState(tmp_path)
    st.remember(DocumentSummary("x.pdf", r, "2024-01-02"))
    st.mark("a" * 64, "p" * 64, "src-key", "x.pdf")
    raw = next((tmp_path / ".woo-redact" / "results").glob("*.json")).read_text()
    assert "Jan de Vries" not in raw and "/in/x.pdf" not in raw
    again = BundleState(tmp_path)
    (s,) = again.summaries()
    assert s.document == "x.pdf" and s.date == "2024-01-02"
    assert s.result.boxes == r.boxes and s.result.apply_report == r.apply_report and s.result.warnings == r.warnings
    assert s.result.decisions[0].ground == "5.1.2e" and s.result.decisions[0].finding.text == ""
    assert again.done_output("a" * 64, "p" * 64, "src-key") == "x.pdf"
    assert again.done_output("a" * 64, "q" * 64, "src-key") is None  # another policy: not done


def test_corrupt_summary_is_ignored_with_a_warning(tmp_path, caplog):
    from woo_redact.outputs.state import BundleState, DocumentSummary
    from woo_redact.types import DocumentResult

    st = BundleState(tmp_path)
    st.remember(DocumentSummary("x.pdf", DocumentResult("", "x.pdf", True)))
    f = next((tmp_path / ".woo-redact" / "results").glob("*.json"))
    f.write_text('{"format": "woo-redact-result", "version": 2, "document": "x.pdf", "result": {"ok": "')
    with caplog.at_level("WARNING"):
        assert BundleState(tmp_path).summaries() == []
        assert not BundleState(tmp_path).has_summary("x.pdf")
    assert "unreadable" in caplog.text


def test_torn_log_line_is_repaired(tmp_path):
    from woo_redact.outputs.files import repair_jsonl

    log = tmp_path / "audit.jsonl"
    log.write_text('{"a": 1}\n{"b": 2}\n{"c": ')
    assert repair_jsonl(log)
    assert log.read_text() == '{"a": 1}\n{"b": 2}\n'
    assert not repair_jsonl(log)


# --------------------------------------------------------------------------- file names without personal data


def test_redact_relative_name_parts_and_separators():
    from woo_redact.outputs.names import PLACEHOLDER, disambiguate, redact_relative_name

    got = redact_relative_name("Dossier Pieterse/bezwaar_piet_pieterse_2024.pdf", ["Piet Pieterse", "Pieterse"])
    assert got == f"Dossier {PLACEHOLDER}/bezwaar_{PLACEHOLDER}_2024.pdf"
    assert redact_relative_name("notulen-raad.pdf", ["Pieterse"]) == "notulen-raad.pdf"
    # a detector's spans (e.g. a number) are removed too; short strings never cut words
    assert redact_relative_name("brief 123456782.pdf", ["ab"], lambda texts: [[(6, 15)] for _ in texts]) == f"brief {PLACEHOLDER}.pdf"
    assert disambiguate(["a/x.pdf", "a/X.pdf", "b/x.pdf"], reserved=["b/x.pdf"]) == ["a/x.pdf", "a/X (2).pdf", "b/x (2).pdf"]


def test_output_names_and_records_carry_no_personal_data_from_the_file_name(tmp_path, pdf_factory):
    from woo_redact.audit import keyed_hash

    folder = tmp_path / "in" / "Klacht Willemijn Verhoeven"
    folder.mkdir(parents=True)
    original = "Bezwaar Willemijn Verhoeven BSN 111222333.pdf"
    pdf_factory([["Bezwaar van Willemijn Verhoeven, BSN 111222333.", "Zij woont in Utrecht."]], name="x.pdf").rename(folder / original)
    pdf_factory([["Een brief zonder persoonsgegevens."]], name="x.pdf").rename(folder / "brief.pdf")
    out = tmp_path / "out"
    res = redact_bundle([tmp_path / "in"], out, jobs=1, audit_key=tmp_path / "k", new_audit_key=True, ner=False)
    assert res.ok, [r.error for r in res.results]
    files = [p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()]
    assert not [f for f in files if "Verhoeven" in f or "111222333" in f or "Willemijn" in f], files
    assert "Klacht GELAKT/brief.pdf" in files and "Klacht GELAKT/Bezwaar GELAKT BSN GELAKT.pdf" in files
    for name in ("audit.jsonl", "report.html", "inventaris.csv"):
        text = (out / name).read_text(encoding="utf-8-sig")
        assert "Verhoeven" not in text and "111222333" not in text, name
    key = (tmp_path / "k").read_bytes().strip()
    docs = {d["document"]: d for d in map(json.loads, (out / "audit.jsonl").read_text().splitlines()) if d["record"] == "document"}
    assert docs["Klacht GELAKT/Bezwaar GELAKT BSN GELAKT.pdf"]["source_name_hmac"] == keyed_hash(key, f"Klacht Willemijn Verhoeven/{original}")


def test_error_types_name_real_exception_classes(tmp_path):
    """``error_type`` in results and the audit is the name of a class in woo_redact.errors."""
    from woo_redact import errors
    from woo_redact.bundle import AnalyzeTask, WriteTask, crashed_analysis, crashed_write
    from woo_redact.decide import BundleKnowledge

    results = [
        crashed_analysis(AnalyzeTask("/in/a.pdf", "a.pdf")),
        crashed_write(WriteTask("/in/a.pdf", str(tmp_path / "a.pdf"), None, BundleKnowledge())),
    ]
    for r in results:
        assert issubclass(getattr(errors, r.error_type), errors.WooRedactError), r.error_type
        assert "crashed twice" in r.error
    assert results[0].safe_name == "document.pdf"  # a name that was never checked is not used


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path, pdf_factory):
    src = pdf_factory([["Brief."]], name="brief.pdf")
    inp = tmp_path / "in"
    inp.mkdir()
    src.rename(inp / "brief.pdf")
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    stale = out / "sub" / ".brief.pdf.12345.tmp"
    stale.write_bytes(b"half a PDF with plaintext")
    res = redact_bundle([inp], out, jobs=1, audit_key=tmp_path / "k", new_audit_key=True, ner=False, reports=False)
    assert res.ok and not stale.exists()


def test_rerun_of_a_finished_bundle_starts_no_workers(tmp_path, pdf_factory, monkeypatch):
    import woo_redact.bundle as wb

    inp = tmp_path / "in"
    inp.mkdir()
    pdf_factory([["Brief aan Jan de Vries."]], name="a.pdf").rename(inp / "a.pdf")
    first = redact_bundle([inp], tmp_path / "out", jobs=1, audit_key=tmp_path / "k", new_audit_key=True, ner=False)
    assert first.ok and not first.skipped

    def no_runner(*a, **k):  # type: ignore[no-untyped-def]
        raise AssertionError("models loaded for a bundle with nothing to do")

    monkeypatch.setattr(wb, "BundleRunner", no_runner)
    again = redact_bundle([inp], tmp_path / "out", jobs=1, audit_key=tmp_path / "k", ner=False)
    assert again.skipped == ["a.pdf"] and not again.results
    assert "a.pdf" in (tmp_path / "out" / "inventaris.csv").read_text(encoding="utf-8-sig")  # still reported


def test_only_name_shaped_strings_rename_files():
    """A model's odd 'names' (acronym + word, one word, a heading fragment) would rename ordinary
    files; only full, name-shaped strings are removed from file names."""
    from woo_redact.outputs.names import name_forms

    for name in ("Marijke van den Akker", "P.J. Hoogendoorn-Bakker", "Finn O'Rourke", "T. de Graaf", "de Graaf"):
        assert name_forms(name) == [name], name
    for odd in ("Akker", "ABC Overleg", "Planning WEST", "Overleg met", "P.J.", "de van"):
        assert name_forms(odd) == [], odd


def test_a_missing_model_is_the_users_message_before_workers_start(tmp_path, pdf_factory):
    from woo_redact.errors import ModelNotFoundError
    from woo_redact.policy import parse_policy

    src = pdf_factory([["Melding van Kees Nuijten."]])
    pol = parse_policy({"ner": {"model": str(tmp_path / "no-such-model")}})
    with pytest.raises(ModelNotFoundError):
        redact_bundle([src], tmp_path / "out", jobs=2, policy=pol, audit_key=tmp_path / "k", new_audit_key=True)
