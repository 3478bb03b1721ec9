"""Text anonymization: operators, scopes, every entity type, and the PDF text renditions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from woo_redact.anonymize import Scope, anonymize_text
from woo_redact.cli import cli
from woo_redact.pipeline import Pipeline

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.create(ner=False)


TEXT = (
    "Geachte heer Mulder,\n\n"
    "Wethouder Hester van Buren sprak op 3 maart met Kees Nuijten (06-12345678, k.nuijten@amsterdam.nl, "
    "privé kees1970@gmail.com). Kees Nuijten woont aan de Lindelaan 4, 1234 AB Amsterdam.\n"
    "Zijn BSN is 111222333 en zijn rekening NL91 ABNA 0417 1643 00. Hij is geboren op 12-04-1968.\n"
    "De auto met kenteken 12-ABC-3 staat op zijn naam. Hij heeft diabetes.\n"
    "Paspoortnummer NW3K8P2R1. Zijn IP-adres was 192.168.10.12.\n"
    "Vragen? Mail info@amsterdam.nl of bel 14 020."
)
SECRETS = ["Mulder", "Kees Nuijten", "06-12345678", "k.nuijten", "kees1970@gmail.com", "Lindelaan 4", "1234 AB",
           "111222333", "NL91 ABNA 0417 1643 00", "12-04-1968", "12-ABC-3", "diabetes", "NW3K8P2R1", "192.168.10.12"]
KEPT = ["Hester van Buren", "@amsterdam.nl", "info@amsterdam.nl", "14 020", "3 maart"]


@pytest.mark.parametrize(
    "operator, pattern",
    [
        ("label", r"\[5\.1\.2e\]"),
        ("placeholder", r"\[PERSOON-1\]"),
        ("mask", r"\*{6}"),
        ("hash", r"\[PERSOON:[0-9a-f]{10}\]"),
    ],
)
def test_every_operator_removes_every_entity_type(pipe, operator, pattern):
    res = anonymize_text(TEXT, operator=operator, pipeline=pipe)
    for s in SECRETS:
        assert s not in res.text, f"{operator}: left {s!r}"
    for s in KEPT:
        assert s in res.text, f"{operator}: lost {s!r}"
    assert re.search(pattern, res.text)
    assert {r.entity.value for r in res.replacements} >= {
        "PERSON", "PHONE", "EMAIL", "ADDRESS", "BSN", "IBAN", "DATE_OF_BIRTH", "LICENSE_PLATE", "HEALTH", "ID_NUMBER", "IP_ADDRESS"
    }


def test_label_keeps_organisation_domain(pipe):
    res = anonymize_text("Mail k.nuijten@amsterdam.nl", pipeline=pipe)
    assert res.text == "Mail [5.1.2e]@amsterdam.nl"
    assert anonymize_text("BSN 111222333", pipeline=pipe).text == "BSN [5.1.1e]"


@pytest.mark.parametrize(
    "scope_kind, same_number",
    [("text", False), ("bundle", True)],
)
def test_placeholder_scopes(pipe, scope_kind, same_number):
    shared = Scope() if scope_kind == "bundle" else None
    a = anonymize_text("Afz: Piet Jansen", operator="placeholder", pipeline=pipe, scope=shared)
    b = anonymize_text("Afz: Anna de Boer. Afz: Piet Jansen", operator="placeholder", pipeline=pipe, scope=shared)
    assert a.text == "Afz: [PERSOON-1]"
    if same_number:
        assert b.text == "Afz: [PERSOON-2]. Afz: [PERSOON-1]"
    else:
        assert b.text == "Afz: [PERSOON-1]. Afz: [PERSOON-2]"


def test_consistent_and_deterministic_within_scope(pipe):
    s1, s2 = Scope(key=b"k" * 32), Scope(key=b"k" * 32)
    t = "Van: Piet Jansen\nAan: Anna de Boer\nCc: Piet Jansen"
    a = anonymize_text(t, operator="hash", pipeline=pipe, scope=s1)
    b = anonymize_text(t, operator="hash", pipeline=pipe, scope=s2)
    assert a.text == b.text
    tags = re.findall(r"\[PERSOON:[0-9a-f]+\]", a.text)
    assert tags[0] == tags[2] != tags[1]
    c = anonymize_text(t, operator="hash", pipeline=pipe)  # a new scope, a new key: not linkable
    assert c.text != a.text


def test_cli_anonymize_stdin_and_binary(tmp_path):
    runner = CliRunner()
    res = runner.invoke(cli, ["anonymize", "--no-ner", "--operator", "placeholder"], input="Van: Piet Jansen\n")
    assert res.exit_code == 0, res.output
    assert res.output == "Van: [PERSOON-1]\n"
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02PDF")
    res = runner.invoke(cli, ["anonymize", "--no-ner", str(binary)])
    assert res.exit_code == 2 and "binary" in res.output
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    res = runner.invoke(cli, ["anonymize", "--no-ner", str(latin)])
    assert res.exit_code == 2 and "UTF-8" in res.output


def test_cli_bundle_scope(tmp_path):
    (tmp_path / "a.txt").write_text("Van: Piet Jansen", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Van: Anna de Boer, Cc: Piet Jansen", encoding="utf-8")
    res = CliRunner().invoke(cli, ["anonymize", "--no-ner", "--operator", "placeholder", "--scope", "bundle",
                                   "--out", str(tmp_path / "o"), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "o" / "b.txt.anon.txt").read_text(encoding="utf-8") == "Van: [PERSOON-2], Cc: [PERSOON-1]"


def test_pdf_text_renditions_match_the_pdfs(tmp_path):
    from woo_redact.bundle import redact_bundle

    res = redact_bundle([SAMPLES], tmp_path / "out", jobs=1, audit_key=tmp_path / "key", new_audit_key=True, ner=False)
    assert res.ok, [r.error for r in res.results]
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    for r in res.results:
        txt = Path(r.output).with_suffix(".txt").read_text(encoding="utf-8")
        for s in expected[Path(r.source).name]["redact"]:
            assert s not in txt
        # every box in the PDF stands for a replacement in the text
        replaced = {d.finding.id for d in r.decisions if d.action.value == "redact"}
        for box in r.boxes:
            assert set(box.finding_ids) <= replaced
        # and each merged redaction span is exactly one label in the text
        from woo_redact.anonymize import replacement_spans

        n_spans = 0
        for page in range(r.pages):
            page_decs = [d for d in r.decisions if d.finding.page == page]
            n_spans += len(replacement_spans("\0" * 10**6, page_decs))
        assert len(re.findall(r"\[5\.1\.\d[a-z]\]", txt)) == n_spans
