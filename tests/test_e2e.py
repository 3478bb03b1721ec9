"""End to end on the shipped samples: what the README's first command promises."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess

import pytest
from click.testing import CliRunner

from woo_redact.cli import cli
from woo_redact.verify import normalize

SAMPLES = __import__("pathlib").Path(__file__).resolve().parents[1] / "samples"

EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


def _pdftotext(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return normalize(out.decode("utf-8"))


def _pdfinfo(path) -> str:
    return subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True, check=False).stdout.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def redacted_samples(tmp_path_factory):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed (scripts/setup.sh installs it)")
    out = tmp_path_factory.mktemp("out")
    key = tmp_path_factory.mktemp("key") / "audit.key"
    before = {p.name: p.read_bytes() for p in SAMPLES.glob("*.pdf")}
    # the PDFs, not the folder: samples/ also holds expected.json, which a folder run lists as not processed
    pdfs = [str(p) for p in sorted(SAMPLES.glob("*.pdf"))]
    res = CliRunner().invoke(cli, ["redact", *pdfs, "--out", str(out), "--jobs", "1", "--audit-key", str(key), "--new-audit-key"])
    after = {p.name: p.read_bytes() for p in SAMPLES.glob("*.pdf")}
    assert before == after, "inputs must never be modified"
    return out, res


def test_exit_code_and_outputs(redacted_samples):
    out, res = redacted_samples
    assert res.exit_code == 0, res.output
    for name in EXPECTED:
        assert (out / name).is_file(), name
    assert (out / "audit.jsonl").is_file()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_personal_data_gone_labels_present_rest_kept(redacted_samples, name):
    out, _ = redacted_samples
    text = _pdftotext(out / name)
    for s in EXPECTED[name]["redact"]:
        assert normalize(s) not in text, f"{name}: personal data still extractable"
    assert "5.1.2e" in text
    missing = [s for s in EXPECTED[name]["keep"] if normalize(s) not in text]
    assert not missing, f"{name}: must-keep text lost: {missing}"
    meta = _pdfinfo(out / name)
    for s in EXPECTED[name]["metadata"]:
        assert s not in meta


def test_audit_has_no_plaintext(redacted_samples):
    out, _ = redacted_samples
    audit = (out / "audit.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in audit.splitlines()]
    docs = [r for r in records if r["record"] == "document"]
    assert len(docs) == len(EXPECTED) and all(d["ok"] for d in docs)
    assert any(r["record"] == "decision" and r["action"] == "redact" for r in records)
    for exp in EXPECTED.values():
        for s in exp["redact"]:
            if len(s) >= 4:
                assert s not in audit


def test_pipeline_makes_no_network_calls(tmp_path, monkeypatch):
    """The whole pipeline with sockets blocked: nothing may try to download anything."""

    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from woo_redact.pipeline import Pipeline, analyze_text

    pipe = Pipeline.create()
    res = pipe.redact(SAMPLES / "mailwisseling.pdf", tmp_path / "out.pdf")
    assert res.ok, res.error
    found = analyze_text("Mail j.jansen@example.nl of bezoek https://www.example.nl/contact", pipeline=pipe)
    assert any(f.entity.value == "EMAIL" for f in found)


def test_no_redacted_string_anywhere_in_the_output_folder(redacted_samples):
    """Every file below OUT (PDFs, text renditions, audit, reports, state): no redacted plaintext."""
    out, _ = redacted_samples
    blobs = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert any(p.name == "report.html" for p in blobs) and any(p.suffix == ".xlsx" for p in blobs)
    import zipfile

    for p in list(blobs):
        if p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                blobs[p] = b"".join(z.read(n) for n in z.namelist())
    for exp in EXPECTED.values():
        for s in exp["redact"]:
            if len(s) < 4:
                continue
            for enc in ("utf-8", "utf-16-be"):
                needle = s.encode(enc)
                hits = [p.name for p, data in blobs.items() if needle in data]
                assert not hits, f"a redacted string is in {hits}"


def test_identifiers_broken_over_lines_are_found():
    from woo_redact.pipeline import Pipeline, analyze_text

    pipe = Pipeline.create(ner=False)
    found = {(f.text, f.entity.value) for f in analyze_text("bel (071 -\n407 22 16) of stort op NL91 ABNA\n0417 1643 00.", pipeline=pipe)}
    assert ("071 -\n407 22 16", "PHONE") in found and ("NL91 ABNA\n0417 1643 00", "IBAN") in found


def test_address_broken_before_the_house_number_but_lines_never_joined():
    from woo_redact.pipeline import Pipeline, analyze_text

    pipe = Pipeline.create(ner=False)
    found = {(f.text, f.entity.value) for f in analyze_text("de buurman van Kloosterlaan\n64. Hij heeft", pipeline=pipe)}
    assert any(e == "ADDRESS" and t.endswith("Kloosterlaan\n64") for t, e in found)
    found = {(f.text, f.entity.value) for f in analyze_text("De heer R.A. Mulder\nVechtstraat 37 A", pipeline=pipe)}
    assert ("Vechtstraat 37 A", "ADDRESS") in found
    assert not any("Mulder\nVechtstraat" in t for t, _ in found)


def test_email_wrapped_over_two_lines_is_found():
    from woo_redact.pipeline import Pipeline, analyze_text

    pipe = Pipeline.create(ner=False)
    found = {(f.text, f.entity.value) for f in analyze_text("contact: monique.vanleeuwen@hot\nmail.com\nverder en jan@kpnmail.\nnl", pipeline=pipe)}
    assert ("monique.vanleeuwen@hot\nmail.com", "EMAIL") in found and ("jan@kpnmail.\nnl", "EMAIL") in found
