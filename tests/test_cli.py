"""The CLI is a thin layer: exit codes, per-document errors, help for every command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from woo_redact.cli import cli


@pytest.fixture
def key(tmp_path):
    return str(tmp_path / "k" / "audit.key")


def test_every_command_has_help():
    runner = CliRunner()
    for name, cmd in cli.commands.items():
        assert cmd.help, f"command {name} has no help text"
        res = runner.invoke(cli, [name, "--help"])
        assert res.exit_code == 0 and "Usage" in res.output


def test_exit_codes_are_documented_in_the_help():
    from woo_redact.errors import ExitCode

    for args in ([], ["redact"]):
        out = CliRunner().invoke(cli, [*args, "--help"]).output
        for code in ExitCode:
            assert f"{int(code):>3}  " in out, (args, code)


def test_usage_error_exit_2(tmp_path):
    res = CliRunner().invoke(cli, ["redact", str(tmp_path)])
    assert res.exit_code == 2


def test_broken_pdf_fails_alone(tmp_path, pdf_factory, key):
    good = pdf_factory([["Beste Jan de Vries,", "uw BSN is 111222333."]], name="goed.pdf")
    bundle = tmp_path / "in"
    bundle.mkdir()
    good.rename(bundle / good.name)
    (bundle / "kapot.pdf").write_bytes(b"%PDF-1.7\nthis is not really a pdf")
    out = tmp_path / "out"
    res = CliRunner().invoke(cli, ["redact", str(bundle), "--out", str(out), "--jobs", "1", "--audit-key", key, "--new-audit-key"])
    assert res.exit_code == 1
    assert "kapot.pdf" in res.output and "FAILED" in res.output
    assert (out / "goed.pdf").is_file()
    assert not (out / "kapot.pdf").exists()
    docs = [json.loads(x) for x in (out / "audit.jsonl").read_text().splitlines()]
    status = {d["document"]: d["ok"] for d in docs if d["record"] == "document"}
    assert status == {"goed.pdf": True, "kapot.pdf": False}


def test_encrypted_pdf_message_says_password(tmp_path, pdf_factory, key):
    import pikepdf

    src = pdf_factory([["Jan de Vries"]])
    enc = tmp_path / "in" / "geheim.pdf"
    enc.parent.mkdir()
    with pikepdf.open(src) as pdf:
        pdf.save(enc, encryption=pikepdf.Encryption(user="pw", owner="pw2"))
    res = CliRunner().invoke(cli, ["redact", str(enc.parent), "--out", str(tmp_path / "o"), "--jobs", "1", "--audit-key", key, "--new-audit-key"])
    assert res.exit_code == 1 and "--password" in res.output
    res = CliRunner().invoke(cli, ["redact", str(enc.parent), "--out", str(tmp_path / "o2"), "--jobs", "1", "--audit-key", key, "--new-audit-key", "--password", "pw"])
    assert res.exit_code == 0, res.output


def test_analyze_prints_json(tmp_path):
    res = CliRunner().invoke(cli, ["analyze", "--no-ner", "Bel 06-12345678 of mail j.jansen@example.nl"])
    assert res.exit_code == 0, res.output
    ents = {json.loads(line)["entity"] for line in res.output.splitlines()}
    assert {"PHONE", "EMAIL"} <= ents


def test_verify_command(pdf_factory):
    path = pdf_factory([["Jan de Vries woont hier"]])
    assert CliRunner().invoke(cli, ["verify", str(path), "--secret", "Jan de Vries"]).exit_code == 1
    assert CliRunner().invoke(cli, ["verify", str(path), "--secret", "Piet Puk"]).exit_code == 0


# --------------------------------------------------------------------------- bundles that cannot lose a document


def _docs(tmp_path, pdf_factory, layout: dict[str, list[str]]):
    """Write PDFs (or other files, by suffix) at the relative paths given; return the input root."""
    root = tmp_path / "in"
    for rel, lines in layout.items():
        dest = root / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        if rel.endswith(".pdf"):
            pdf_factory([lines], name=f"tmp_{abs(hash(rel))}.pdf").rename(dest)
        else:
            dest.write_text("\n".join(lines))
    return root


def _audit_docs(out):
    return [json.loads(x) for x in (out / "audit.jsonl").read_text().splitlines() if json.loads(x)["record"] == "document"]


def _redact(*args: str):
    return CliRunner().invoke(cli, ["redact", *args, "--jobs", "1", "--no-ner"])


def test_same_file_name_in_two_folders_keeps_both(tmp_path, pdf_factory, key):
    root = _docs(tmp_path, pdf_factory, {"a/doc.pdf": ["Brief aan de raad."], "b/doc.pdf": ["Notitie over de begroting."]})
    out = tmp_path / "out"
    res = _redact(str(root / "a" / "doc.pdf"), str(root / "b" / "doc.pdf"), "--out", str(out), "--audit-key", key, "--new-audit-key")
    assert res.exit_code == 0, res.output
    assert (out / "a" / "doc.pdf").is_file() and (out / "b" / "doc.pdf").is_file()
    assert sorted(d["document"] for d in _audit_docs(out)) == ["a/doc.pdf", "b/doc.pdf"]
    rows = (out / "inventaris.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 3 and "a/doc.pdf" in rows[1] + rows[2] and "b/doc.pdf" in rows[1] + rows[2]


def test_colliding_outputs_are_refused_before_anything_runs(tmp_path, pdf_factory, key):
    root = _docs(tmp_path, pdf_factory, {"x/doc.pdf": ["Een."], "y/DOC.pdf": ["Twee."]})
    out = tmp_path / "out"
    res = _redact(str(root / "x"), str(root / "y"), "--out", str(out), "--audit-key", key, "--new-audit-key")
    assert res.exit_code == 2
    assert "would both be written" in res.output and "Traceback" not in res.output
    assert not out.exists()


def test_empty_input_is_a_usage_error(tmp_path, key):
    (tmp_path / "leeg").mkdir()
    out = tmp_path / "out"
    res = _redact(str(tmp_path / "leeg"), "--out", str(out), "--audit-key", key, "--new-audit-key")
    assert res.exit_code == 2 and "no PDF found" in res.output
    assert "audit log" not in res.output and not out.exists()


def test_files_that_are_not_pdfs_are_reported_and_set_the_exit_code(tmp_path, pdf_factory, key):
    root = _docs(tmp_path, pdf_factory, {"brief.pdf": ["Brief."], "bijlage/notulen.docx": ["Notulen"], "mail.msg": ["x"]})
    out = tmp_path / "out"
    res = _redact(str(root), "--out", str(out), "--audit-key", key, "--new-audit-key")
    assert res.exit_code == 1, res.output
    assert "NOT PROCESSED bijlage/notulen.docx" in res.output and "NOT PROCESSED mail.msg" in res.output
    assert "2 not processed" in res.output
    inventory = (out / "inventaris.csv").read_text(encoding="utf-8-sig")
    assert "bijlage/notulen.docx" in inventory and "mail.msg" in inventory and "geen PDF" in inventory
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "notulen.docx" in report and "Niet verwerkt: geen PDF" in report


def test_output_inside_or_equal_to_the_input_is_refused_on_every_run(tmp_path, pdf_factory, key):
    root = _docs(tmp_path, pdf_factory, {"brief.pdf": ["Brief."]})
    for out in (root / "out", root, root / "out"):  # twice inside, to show the rerun is refused the same way
        res = _redact(str(root), "--out", str(out), "--audit-key", key, "--new-audit-key")
        assert res.exit_code == 2, res.output
        assert "overlap" in res.output
    assert not (root / "out").exists()
    (tmp_path / "afile").write_text("x")
    res = _redact(str(root), "--out", str(tmp_path / "afile"), "--audit-key", key, "--new-audit-key")
    assert res.exit_code == 2 and "is a file" in res.output


def test_missing_audit_key_is_an_error_unless_asked_to_create(tmp_path, pdf_factory):
    root = _docs(tmp_path, pdf_factory, {"brief.pdf": ["Brief."]})
    key = tmp_path / "typo" / "audit.kye"
    res = _redact(str(root), "--out", str(tmp_path / "out"), "--audit-key", str(key))
    assert res.exit_code == 2 and "--new-audit-key" in res.output
    assert not key.exists() and not (tmp_path / "out").exists()
    res = _redact(str(root), "--out", str(tmp_path / "out"), "--audit-key", str(key), "--new-audit-key")
    assert res.exit_code == 0, res.output
    assert key.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "out" / "audit.jsonl").stat().st_mode & 0o777 == 0o600


def test_disk_full_is_a_message_and_a_rerun_completes(tmp_path, pdf_factory, key, monkeypatch):
    import errno
    import os

    root = _docs(tmp_path, pdf_factory, {f"d{i}.pdf": [f"Brief {i} aan Jan de Vries."] for i in range(3)})
    out = tmp_path / "out"
    real_replace = os.replace
    calls = {"n": 0}

    def full(src, dst, *a, **k):  # the second output PDF no longer fits
        if str(dst).endswith(".pdf") and str(out) in str(dst):
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        return real_replace(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", full)
    res = _redact(str(root), "--out", str(out), "--audit-key", key, "--new-audit-key")
    assert res.exit_code == 4, res.output
    assert "disk is full" in res.output and "rerun the same command" in res.output and "Traceback" not in res.output
    for line in (out / "audit.jsonl").read_text().splitlines():
        json.loads(line)  # whole records only
    assert not list(out.glob(".*.tmp"))
    monkeypatch.setattr(os, "replace", real_replace)
    res = _redact(str(root), "--out", str(out), "--audit-key", key)
    assert res.exit_code == 0, res.output
    assert "already done" in res.output
    assert sorted(p.name for p in out.glob("*.pdf")) == ["d0.pdf", "d1.pdf", "d2.pdf"]
    assert sorted(d["document"] for d in _audit_docs(out) if d["ok"]) == ["d0.pdf", "d1.pdf", "d2.pdf"]


def test_audit_append_that_runs_out_of_space_leaves_no_torn_line(tmp_path, monkeypatch):
    import errno
    import os

    from woo_redact.errors import OutputWriteError
    from woo_redact.outputs.files import append_jsonl

    log = tmp_path / "audit.jsonl"
    append_jsonl(log, [{"n": 1}])
    before = log.read_bytes()
    real_write = os.write

    def half_then_full(fd, data):  # the disk fills up in the middle of the record
        if os.readlink(f"/proc/self/fd/{fd}") == str(log):
            real_write(fd, bytes(data)[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(OutputWriteError, match="disk is full"):
        append_jsonl(log, [{"n": 2, "pad": "x" * 100}])
    monkeypatch.setattr(os, "write", real_write)
    assert log.read_bytes() == before


def test_read_only_output_is_a_message(tmp_path, pdf_factory, key, monkeypatch):
    import errno
    import os

    root = _docs(tmp_path, pdf_factory, {"brief.pdf": ["Brief."]})
    out = tmp_path / "out"
    out.mkdir()
    if os.geteuid() != 0:
        out.chmod(0o500)
    else:  # root writes anywhere: simulate the read-only file system instead
        real_mkdir = Path.mkdir

        def ro(self, *a, **k):  # type: ignore[no-untyped-def]
            if str(self).startswith(str(out)):
                raise OSError(errno.EROFS, "Read-only file system", str(self))
            return real_mkdir(self, *a, **k)

        monkeypatch.setattr(Path, "mkdir", ro)
    try:
        res = _redact(str(root), "--out", str(out), "--audit-key", key, "--new-audit-key")
    finally:
        out.chmod(0o700)
    assert res.exit_code == 4, res.output
    assert ("read-only" in res.output or "permission" in res.output) and "Traceback" not in res.output


@pytest.mark.parametrize("when", ["loading", "writing"])
def test_ctrl_c_exits_130_and_says_how_to_resume(tmp_path, pdf_factory, when):
    import os
    import signal
    import subprocess
    import sys
    import time

    root = _docs(tmp_path, pdf_factory, {f"d{i:02d}.pdf": [f"Brief {i} aan Jan de Vries, BSN 111222333."] for i in range(30)})
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "woo_redact", "redact", str(root), "--out", str(out), "--jobs", "2", "--no-ner",
           "--audit-key", str(tmp_path / "k"), "--new-audit-key"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    state = out / ".woo-redact" / "state.jsonl"
    deadline = time.time() + 120
    if when == "loading":  # workers still starting and loading models
        while time.time() < deadline and not state.parent.exists():
            time.sleep(0.05)
        time.sleep(0.5)
    else:  # documents being written
        while time.time() < deadline and (not state.exists() or len(state.read_text().splitlines()) < 3):
            time.sleep(0.1)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "rerun the same command to resume" in err and "Traceback" not in err
    res = subprocess.run(cmd, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert len(list(out.glob("*.pdf"))) == 30


def test_anonymize_refuses_binary_input_as_a_usage_error(tmp_path):
    f = tmp_path / "scan.pdf"
    f.write_bytes(b"%PDF-1.7\x00\x01binary")
    res = CliRunner().invoke(cli, ["anonymize", "--no-ner", str(f)])
    assert res.exit_code == 2 and "binary" in res.output and "Traceback" not in res.output
    res = CliRunner().invoke(cli, ["anonymize", "--no-ner", str(tmp_path / "missing.txt")])
    assert res.exit_code == 2 and "cannot read" in res.output
