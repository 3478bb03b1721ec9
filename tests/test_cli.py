"""The CLI is a thin layer: exit codes, per-document errors, help for every command."""

from __future__ import annotations

import json

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
