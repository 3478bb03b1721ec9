"""Review round-trip: scan proposes, an edit changes exactly what was edited, apply writes."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from woo_redact.cli import cli
from woo_redact.errors import ReviewFileError
from woo_redact.review import apply, load_decisions, scan
from woo_redact.verify import normalize


def _text(pdf) -> str:
    return normalize(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)


@pytest.fixture
def bundle(tmp_path, pdf_factory):
    pdf_factory([["Memo aan het team", "Melder: Kees Nuijten, Lindelaan 4", "Telefoon 06-12345678", "Project Zeus loopt."]], name="a.pdf")
    src = tmp_path / "a.pdf"
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.move(src, folder / "a.pdf")
    return folder


def test_scan_writes_stable_ids_and_review_report(tmp_path, bundle):
    d1 = scan([bundle], tmp_path / "r1", ner=False)
    d2 = scan([bundle], tmp_path / "r2", ner=False)
    ids1 = [f["id"] for f in d1["documents"][0]["findings"]]
    ids2 = [f["id"] for f in d2["documents"][0]["findings"]]
    assert ids1 and ids1 == ids2
    html = (tmp_path / "r1" / "review.html").read_text(encoding="utf-8")
    assert "VERTROUWELIJK" in html and "data:image/png;base64," in html
    load_decisions(tmp_path / "r1" / "decisions.json")  # valid against the shipped schema
    assert not list((tmp_path / "r1").glob("*.pdf"))  # scan writes no PDFs


def test_edit_changes_exactly_what_was_edited(tmp_path, bundle):
    review = tmp_path / "review"
    data = scan([bundle], review, ner=False)
    findings = data["documents"][0]["findings"]
    by_text = {f["text"]: f for f in findings}
    assert by_text["Kees Nuijten"]["decision"] == "redact"
    assert by_text["06-12345678"]["decision"] == "redact"
    by_text["06-12345678"]["decision"] = "keep"  # reviewer keeps the phone number
    by_text["Kees Nuijten"]["ground"] = "5.1.2i"  # and changes a ground
    data["documents"][0]["manual"].append({"text": "Project Zeus", "ground": "5.1.2i"})
    (review / "decisions.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    res = apply(review, tmp_path / "out", audit_key=tmp_path / "key")
    assert res.ok, [r.error for r in res.results]
    text = _text(tmp_path / "out" / "a.pdf")
    assert "06-12345678" in text
    assert "kees nuijten" not in text and "project zeus" not in text
    assert "5.1.2i" in text
    assert "memo aan het team" in text


def test_manual_area(tmp_path, bundle):
    review = tmp_path / "review"
    data = scan([bundle], review, ner=False)
    # the first line "Memo aan het team" is drawn at y=780 from x=60
    data["documents"][0]["manual"].append({"page": 1, "box": [55, 775, 200, 792], "ground": "5.1.2e"})
    (review / "decisions.json").write_text(json.dumps(data), encoding="utf-8")
    res = apply(review, tmp_path / "out", audit_key=tmp_path / "key")
    assert res.ok, [r.error for r in res.results]
    assert "memo aan het team" not in _text(tmp_path / "out" / "a.pdf")


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda d: d["documents"][0]["findings"][0].update(decision="blacken"), "findings[0]"),
        (lambda d: d["documents"][0]["findings"][0].update(decision="redact", ground="5.1.2z"), "5.1.2z"),
        (lambda d: d["documents"][0]["manual"].append({"page": 9, "box": [0, 0, 1, 1], "ground": "5.1.2e"}), "page 9"),
        (lambda d: d["documents"][0]["findings"][0].update(decision="review"), "review"),
    ],
)
def test_invalid_edits_name_the_entry(tmp_path, bundle, edit, message):
    review = tmp_path / "review"
    data = scan([bundle], review, ner=False)
    edit(data)
    (review / "decisions.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReviewFileError, match=message.replace(".", r"\.").replace("[", r"\[")):
        apply(review, tmp_path / "out", audit_key=tmp_path / "key")


def test_cli_scan_then_apply(tmp_path, bundle):
    runner = CliRunner()
    res = runner.invoke(cli, ["scan", str(bundle), "--out", str(tmp_path / "r"), "--no-ner", "--jobs", "1"])
    assert res.exit_code == 0, res.output
    res = runner.invoke(cli, ["apply", str(tmp_path / "r"), "--out", str(tmp_path / "o"), "--audit-key", str(tmp_path / "k")])
    assert res.exit_code == 0, res.output
    assert "kees nuijten" not in _text(tmp_path / "o" / "a.pdf")
