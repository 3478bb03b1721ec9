"""The inventarislijst (CSV + xlsx), on a real bundle run of the samples plus a broken PDF."""

from __future__ import annotations

import csv
import html
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from openpyxl import load_workbook

from woo_redact.inventory import COLUMNS, grounds_cell, judgement, pdf_date, write_inventory
from woo_redact.types import Action, BBox, Decision, DocumentResult, EntityType, Finding, RedactBox

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EXPECTED: dict[str, Any] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
SECRETS = sorted({s for doc in EXPECTED.values() for s in doc["redact"] + doc.get("metadata", [])})


@pytest.fixture(scope="module")
def bundle(samples_bundle_run) -> tuple[Path, Path, list[DocumentResult], tuple[Path, Path]]:  # type: ignore[no-untyped-def]
    inp, out, results = samples_bundle_run
    return inp, out, results, write_inventory(out, results)


def _csv_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM, so Excel reads UTF-8"
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))


def _creation_date(path: Path) -> str:
    try:
        with pikepdf.open(path) as pdf:
            raw = str(pdf.docinfo.get("/CreationDate", ""))
    except pikepdf.PdfError:
        return ""
    d = raw.removeprefix("D:")[:8]
    return f"{d[:4]}-{d[4:6]}-{d[6:8]}" if len(d) == 8 and d.isdigit() else ""


def test_csv_is_what_dutch_excel_expects(bundle: tuple[Path, Path, list[DocumentResult], tuple[Path, Path]]) -> None:
    _, out, results, (csv_path, xlsx_path) = bundle
    assert csv_path == out / "inventaris.csv" and xlsx_path == out / "inventaris.xlsx"
    rows = _csv_rows(csv_path)
    assert rows[0] == list(COLUMNS) == ["ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting"]
    assert len(rows) == 1 + len(results) == 6
    assert b"\r\n" in csv_path.read_bytes()
    assert all(len(r) == len(COLUMNS) for r in rows)


def test_rows_ids_judgements_and_grounds(bundle: tuple[Path, Path, list[DocumentResult], tuple[Path, Path]]) -> None:
    inp, _, results, (csv_path, _) = bundle
    rows = [dict(zip(COLUMNS, r)) for r in _csv_rows(csv_path)[1:]]
    names = [r["Document"] for r in rows]
    assert names == sorted(p.name for p in inp.glob("*.pdf"))
    assert [r["ID"] for r in rows] == ["1", "2", "3", "4", "5"]
    by = {r["Document"]: r for r in rows}
    for name in EXPECTED:
        res = next(x for x in results if x.output and Path(x.output).name == name)
        grounds = sorted({d.ground for d in res.decisions if d.action is Action.REDACT and d.ground})
        assert by[name]["Beoordeling"] == "Deels openbaar"
        assert by[name]["Beoordelingsgrond"] == " ".join(f"{g};" for g in grounds)
        assert by[name]["Datum"] == _creation_date(inp / name) != ""
        n = sum(1 for d in res.decisions if d.action is Action.REDACT)
        assert by[name]["Toelichting"].startswith(f"{n} passages gelakt in {len(res.boxes)} vlak")
    # the samples: BSN (5.1.1e) in the memo and the besluit; only privacy in the others
    assert by["memo_wethouder.pdf"]["Beoordelingsgrond"] == "5.1.1e; 5.1.2e;"
    assert by["besluit_kwijtschelding.pdf"]["Beoordelingsgrond"] == "5.1.1e; 5.1.2e;"
    assert by["mailwisseling.pdf"]["Beoordelingsgrond"] == "5.1.2e;"
    broken = by["kapot.pdf"]
    assert broken["Beoordeling"] == "Niet openbaar"
    assert broken["Beoordelingsgrond"] == "" and broken["Datum"] == ""
    assert "not a readable PDF" in broken["Toelichting"] and broken["Toelichting"].startswith("Niet verwerkt")


def test_xlsx_holds_the_same_rows(bundle: tuple[Path, Path, list[DocumentResult], tuple[Path, Path]]) -> None:
    _, _, _, (csv_path, xlsx_path) = bundle
    wb = load_workbook(xlsx_path)
    ws = wb.active
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    assert [[("" if v is None else str(v)) for v in row] for row in cells] == _csv_rows(csv_path)
    assert all(isinstance(row[0], int) for row in cells[1:]), "ID is a number"
    assert ws.freeze_panes == "A2"


def test_no_redacted_text_in_csv_or_xlsx(bundle: tuple[Path, Path, list[DocumentResult], tuple[Path, Path]]) -> None:
    _, _, results, (csv_path, xlsx_path) = bundle
    texts = [csv_path.read_bytes().decode("utf-8-sig")]
    with zipfile.ZipFile(xlsx_path) as z:
        texts += [html.unescape(z.read(n).decode("utf-8")) for n in z.namelist() if n.endswith(".xml") or n.endswith(".rels")]
    finding_texts = {d.finding.text for r in results for d in r.decisions if d.action is Action.REDACT and len(d.finding.text) >= 4}
    for t in texts:
        for s in SECRETS + sorted(finding_texts):
            assert s.casefold() not in t.casefold(), "inventory leaks redacted text"


def test_decision_wording_for_the_besluit(tmp_path: Path) -> None:
    out = tmp_path / "out"
    box = RedactBox(0, BBox(0, 0, 10, 10), "5.1.2e")
    docs = [
        DocumentResult(str(tmp_path / "a.pdf"), str(out / "a.pdf"), True, pages=1),
        DocumentResult(str(tmp_path / "b.pdf"), str(out / "b.pdf"), True, pages=1, boxes=(box,)),
        DocumentResult(str(tmp_path / "c.pdf"), None, False, error="c.pdf: kapot", error_type="ExtractionError"),
    ]
    assert [judgement(d) for d in docs] == ["Openbaar", "Deels openbaar", "Niet openbaar"]
    assert [judgement(d, "besluit") for d in docs] == ["Openbaarmaking", "Gedeeltelijke openbaarmaking", "Geen openbaarmaking"]
    csv_path, _ = write_inventory(out, docs, judgement_style="besluit")
    rows = _csv_rows(csv_path)[1:]
    assert [r[3] for r in rows] == ["Openbaarmaking", "Gedeeltelijke openbaarmaking", "Geen openbaarmaking"]
    assert rows[0][5] == "Geen persoonsgegevens gelakt"
    assert rows[2][5] == "Niet verwerkt (technische fout, handmatig beoordelen): kapot"


def _decision(ground: str | None, action: Action = Action.REDACT, n: int = 0) -> Decision:
    f = Finding(f"{n:016x}", 0, n, n + 3, "xyz", EntityType.PERSON, 0.9, "test")
    return Decision(f, action, ground, "policy:PERSON", n, n + 3)


def test_grounds_cell_is_canonical_sorted_and_semicolon_terminated(tmp_path: Path) -> None:
    decisions = (
        _decision("5.1.2i", n=1), _decision("5.1.2.e", n=2), _decision("5.1.1e", n=3), _decision("5.2", n=4),
        _decision("5.1.2e", n=5), _decision("5.1.2f", Action.KEEP, n=6), _decision("5.1.2h", Action.REVIEW, n=7),
    )
    r = DocumentResult("x.pdf", str(tmp_path / "x.pdf"), True, decisions=decisions)
    assert grounds_cell(r) == "5.1.1e; 5.1.2e; 5.1.2i; 5.2.1;"
    assert grounds_cell(DocumentResult("y.pdf", None, True)) == ""


def test_relative_names_matter_and_formula_safety(tmp_path: Path) -> None:
    out = tmp_path / "out"
    docs = [
        DocumentResult(str(tmp_path / "z.pdf"), None, False, error="z.pdf: kapot", error_type="ExtractionError"),
        DocumentResult(str(tmp_path / "=HYPERLINK(1).pdf"), str(out / "=HYPERLINK(1).pdf"), True, pages=1),
    ]
    with pytest.raises(ValueError):
        write_inventory(out, docs, relative_names=["only-one.pdf"])
    csv_path, xlsx_path = write_inventory(out, docs, relative_names=["sub/z.pdf", "=HYPERLINK(1).pdf"], matter="WOO-2025-17")
    rows = _csv_rows(csv_path)
    assert rows[0] == ["ID", "Matter", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting"]
    assert rows[1][:3] == ["1", "WOO-2025-17", "'=HYPERLINK(1).pdf"], "formula neutralised in the CSV"
    assert rows[2][:3] == ["2", "WOO-2025-17", "sub/z.pdf"]
    with zipfile.ZipFile(xlsx_path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet, "no formula cells in the xlsx"
    ws = load_workbook(xlsx_path).active
    assert ws.cell(row=2, column=3).value == "=HYPERLINK(1).pdf" and ws.cell(row=2, column=3).data_type == "s"


def test_pdf_date(tmp_path: Path) -> None:
    def make(name: str, date: str | None) -> Path:
        pdf = pikepdf.new()
        pdf.add_blank_page()
        if date is not None:
            pdf.docinfo["/CreationDate"] = date
        p = tmp_path / name
        pdf.save(p)
        return p

    assert pdf_date(make("a.pdf", "D:20240315093000+01'00'")) == "2024-03-15"
    assert pdf_date(make("b.pdf", "20231231")) == "2023-12-31"
    assert pdf_date(make("c.pdf", None)) == ""
    assert pdf_date(make("d.pdf", "D:2024")) == ""
    assert pdf_date(make("e.pdf", "D:20241341")) == ""
    assert pdf_date(tmp_path / "missing.pdf") == ""
    (tmp_path / "junk.pdf").write_bytes(b"not a pdf")
    assert pdf_date(tmp_path / "junk.pdf") == ""
