"""audit.jsonl against its JSON Schema: a real run validates, a leaky record does not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from woo_redact.audit import document_records, run_info
from woo_redact.audit_schema import load_schema, validate_audit_file, validate_record
from woo_redact.types import (
    Action,
    ApplyReport,
    BBox,
    Decision,
    DocumentResult,
    EntityType,
    Finding,
    RedactBox,
    Verification,
)

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EXPECTED: dict[str, Any] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
SECRETS = sorted({s for doc in EXPECTED.values() for s in doc["redact"] + doc.get("metadata", [])})
KEY = b"k" * 32


@pytest.fixture(scope="module")
def audit_file(samples_bundle_run) -> Path:  # type: ignore[no-untyped-def]
    return samples_bundle_run[1] / "audit.jsonl"


def _records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert schema["$defs"]["decision"]["additionalProperties"] is False
    assert schema["$defs"]["document"]["additionalProperties"] is False


def test_entity_and_action_enums_follow_the_types() -> None:
    props = load_schema()["$defs"]["decision"]["properties"]
    assert props["entity"]["enum"] == [e.value for e in EntityType]
    assert props["action"]["enum"] == [a.value for a in Action]


def test_the_runs_audit_log_validates(audit_file: Path) -> None:
    assert validate_audit_file(audit_file) == []
    recs = _records(audit_file)
    kinds = {r["record"] for r in recs}
    assert kinds == {"decision", "document"}
    assert sum(r["record"] == "document" for r in recs) == 5
    assert any(r["record"] == "document" and not r["ok"] for r in recs), "the failed document is logged and valid"


def test_audit_log_holds_no_redacted_text(audit_file: Path) -> None:
    text = audit_file.read_text(encoding="utf-8").casefold()
    for s in SECRETS:
        assert s.casefold() not in text


def test_every_field_the_writer_always_writes_is_required(audit_file: Path) -> None:
    recs = _records(audit_file)
    for kind in ("decision", "document"):
        sample = next(r for r in recs if r["record"] == kind)
        always = set.intersection(*(set(r) for r in recs if r["record"] == kind))
        for field in sorted(always - {"record"}):
            broken = {k: v for k, v in sample.items() if k != field}
            assert validate_record(broken), f"{kind}: dropping {field!r} must fail"
    box_sample = next(r for r in recs if r["record"] == "decision" and "box" in r)
    assert validate_record({k: v for k, v in box_sample.items() if k != "box"}) == [], "box is optional"


def test_an_extra_text_field_fails_with_its_line_number(audit_file: Path, tmp_path: Path) -> None:
    lines = audit_file.read_text(encoding="utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if json.loads(line)["record"] == "decision")
    rec = json.loads(lines[n])
    rec["text"] = "Sanne de Wit"
    lines[n] = json.dumps(rec, ensure_ascii=False, sort_keys=True)
    bad = tmp_path / "audit.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = validate_audit_file(bad)
    assert len(errors) == 1
    assert errors[0].startswith(f"line {n + 1}:") and "'text'" in errors[0]
    assert "Sanne" not in errors[0], "the error must not repeat the leaked value"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text_hmac", "ab" * 31 + "a"),  # 63 chars
        ("text_hmac", "AB" * 32),  # not lowercase hex
        ("text_hmac", None),
        ("reason", "Sanne de Wit"),  # free text cannot hide in an identifier field
        ("detector", "Fatma Şahin"),
        ("ground", "Sanne"),
        ("entity", "NAME"),
        ("action", "blacken"),
        ("page", 0),
        ("span", [1, 2, 3]),
        ("box", [1, 2, 3]),
        ("record", "finding"),
    ],
)
def test_bad_decision_values_fail(audit_file: Path, field: str, value: Any) -> None:
    rec = next(r for r in _records(audit_file) if r["record"] == "decision" and "box" in r)
    assert validate_record(rec) == []
    rec[field] = value
    errors = validate_record(rec)
    assert errors
    if isinstance(value, str) and " " in value:
        assert all(value not in e for e in errors)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("redactions_per_ground", {"Sanne de Wit": 1}),
        ("redactions_per_ground", {"5.1.2e": 0}),
        ("output_sha256", ""),
        ("verification", {"ok": True, "checks": [], "problems": [], "text": "x"}),
        ("timings", {"detect": -1}),
        ("ok", "yes"),
    ],
)
def test_bad_document_values_fail(audit_file: Path, field: str, value: Any) -> None:
    rec = next(r for r in _records(audit_file) if r["record"] == "document" and r["ok"])
    assert validate_record(rec) == []
    rec[field] = value
    assert validate_record(rec)


def test_torn_and_blank_lines_are_reported(audit_file: Path, tmp_path: Path) -> None:
    good = audit_file.read_text(encoding="utf-8").splitlines()[0]
    f = tmp_path / "audit.jsonl"
    f.write_text(good + "\n\n" + good[: len(good) // 2] + "\n", encoding="utf-8")
    errors = validate_audit_file(f)
    assert errors[0] == "line 2: empty line"
    assert errors[1].startswith("line 3: not valid JSON")
    assert len(errors) == 2


def test_every_shape_document_records_can_write_validates() -> None:
    """Hand-built results reach the branches a sample run does not: review, no ground, a
    verification, warnings, flagged regions, scrubbed metadata."""
    f1 = Finding("0123456789abcdef", 0, 10, 20, "Jan Jansen", EntityType.PERSON, 0.87654, "woo.names")
    f2 = Finding("fedcba9876543210", 1, 5, 9, "1234", EntityType.HEALTH, 0.4, "woo.ner")
    f3 = Finding("00000000000000aa", 1, 30, 45, "j.jansen@ex.nl", EntityType.EMAIL, 1.0, "woo.rules.email")
    decisions = (
        Decision(f1, Action.REDACT, "5.1.2e", "policy:PERSON", 10, 20),
        Decision(f2, Action.REVIEW, "5.1.1d", "policy:HEALTH", 5, 9),
        Decision(f3, Action.REDACT, "5.1.2e", "policy:EMAIL:organisation_domain_kept", 30, 38),
        Decision(f2, Action.KEEP, None, "allowlist", 5, 9),
    )
    ok = DocumentResult(
        "in/a.pdf", "out/a.pdf", True, pages=2, decisions=decisions,
        boxes=(RedactBox(0, BBox(1, 2, 3, 4), "5.1.2e", ("0123456789abcdef",)),),
        input_sha256="a" * 64, output_sha256="b" * 64,
        apply_report=ApplyReport(regions_flagged=("page 2: image",), metadata_scrubbed=("Author", "Encrypt")),
        verification=Verification(True, ("page_text:pdfium", "metadata"), ()),
        timings=(("extract", 0.1), ("ocr", 0.0)), warnings=("page 2: OCR confidence 41%: review this page",),
    )
    failed = DocumentResult("in/b.pdf", None, False, error="b.pdf: broken", error_type="ExtractionError")
    run = run_info("woo-default", "c" * 64, ["woo.rules@1", "woo.ner@nl_core_news_lg"], "nl_core_news_lg")
    recs = document_records(ok, run, KEY, "a.pdf") + document_records(failed, run_info("custom", "", [], "none"), KEY, "sub/b.pdf")
    for r in recs:
        assert validate_record(json.loads(json.dumps(r))) == [], r
    assert not any("Jan Jansen" in json.dumps(r) for r in recs)
