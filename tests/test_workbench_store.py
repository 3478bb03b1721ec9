"""The workbench's review functions: each change saved at once, with history, four eyes, carry-over."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from woo_redact.audit_schema import validate_audit_file
from woo_redact.errors import ReviewFileError
from woo_redact.review import apply, load_decisions, scan
from woo_redact.verify import normalize
from woo_redact.workbench.server import PageGeometry
from woo_redact.workbench.sheet import export_xlsx, import_xlsx
from woo_redact.workbench.store import (
    PREVIOUS,
    ReviewActionError,
    ReviewFolder,
    reviewer_token,
)


def _text(pdf: Path) -> str:
    return normalize(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)


@pytest.fixture
def review(tmp_path, pdf_factory) -> Path:
    """Two documents sharing a name and a phone number; a scan of them with NER off."""
    folder = tmp_path / "in"
    folder.mkdir()
    pdf_factory([["Memo aan het team", "Melder: Kees Nuijten, Lindelaan 4", "Telefoon 06-12345678", "Project Zeus loopt."]], name="a.pdf")
    pdf_factory(
        [["Verslag overleg", "Aanwezig: Kees Nuijten", "Bel 06-12345678 voor vragen."], ["Tweede pagina", "Project Zeus is klaar."]],
        name="b.pdf",
    )
    for n in ("a.pdf", "b.pdf"):
        shutil.move(tmp_path / n, folder / n)
    scan([folder], tmp_path / "review", ner=False)
    return tmp_path / "review"


def _by_text(rf: ReviewFolder, doc: int, text: str) -> dict:
    return next(f for f in rf.documents[doc]["findings"] if f["text"] == text)


def test_decision_is_saved_at_once_with_history_and_previous_file(review):
    rf = ReviewFolder(review)
    phone = _by_text(rf, 0, "06-12345678")
    assert phone["decision"] == "redact"
    changed = rf.set_decision(phone["id"], "openbaar", "Anna de Vries")
    assert changed == [phone["id"]]
    on_disk = load_decisions(review / "decisions.json")
    f = next(f for f in on_disk["documents"][0]["findings"] if f["id"] == phone["id"])
    assert f["decision"] == "keep" and f["reviewer"] == "Anna de Vries"
    last = on_disk["history"][-1]
    assert (last["by"], last["action"], last["target"], last["before"]["decision"], last["after"]["decision"]) == (
        "Anna de Vries", "decision", phone["id"], "redact", "keep"
    )
    prev = json.loads((review / PREVIOUS).read_text(encoding="utf-8"))
    assert next(f for f in prev["documents"][0]["findings"] if f["id"] == phone["id"])["decision"] == "redact"


def test_all_occurrences_and_ground_change(review):
    rf = ReviewFolder(review)
    name_a = _by_text(rf, 0, "Kees Nuijten")
    changed = rf.set_decision(name_a["id"], "lakken", "Anna", ground="art. 5.1 lid 2 sub i", all_occurrences=True)
    assert len(changed) == 2  # the same name in both documents
    again = ReviewFolder(review)
    assert {_by_text(again, d, "Kees Nuijten")["ground"] for d in (0, 1)} == {"5.1.2i"}
    with pytest.raises(ReviewFileError, match="5.1.2z"):
        rf.set_decision(name_a["id"], "redact", "Anna", ground="5.1.2z")
    with pytest.raises(ReviewFileError, match="blacken"):
        rf.set_decision(name_a["id"], "blacken", "Anna")
    with pytest.raises(ReviewActionError, match="name"):
        rf.set_decision(name_a["id"], "keep", "  ")


def test_dutch_values_in_the_file_and_a_clear_error_otherwise(review):
    data = json.loads((review / "decisions.json").read_text(encoding="utf-8"))
    data["documents"][0]["findings"][0]["decision"] = "openbaar"
    data["documents"][0]["findings"][1]["decision"] = "Lakken"
    (review / "decisions.json").write_text(json.dumps(data), encoding="utf-8")
    loaded = load_decisions(review / "decisions.json")
    assert [f["decision"] for f in loaded["documents"][0]["findings"][:2]] == ["keep", "redact"]
    data["documents"][1]["findings"][0]["decision"] = "zwartmaken"
    (review / "decisions.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReviewFileError, match=r"documents\[1\] \(b\.pdf\)\.findings\[0\]"):
        load_decisions(review / "decisions.json")


def test_search_redact_and_area_then_apply_writes_every_output(review, tmp_path):
    rf = ReviewFolder(review)
    assert rf.search("project   zeus") == {0: 1, 1: 1}
    hits = rf.search_redact("Project Zeus", "5.1.2i", "Anna de Vries")
    assert hits == {0: 1, 1: 1}
    with pytest.raises(ReviewActionError, match="does not occur"):
        rf.search_redact("Atlantis", "5.1.2i", "Anna de Vries")
    # "Memo aan het team" is drawn at y=780 from x=60 (11 pt Helvetica)
    aid = rf.add_area(0, 1, [55, 775, 200, 792], "5.1.2e", "Anna de Vries")
    with pytest.raises(ReviewActionError, match="page 3"):
        rf.add_area(0, 3, [55, 775, 200, 792], "5.1.2e", "Anna de Vries")
    phone = _by_text(rf, 0, "06-12345678")
    rf.set_decision(phone["id"], "openbaar", "Anna de Vries")

    out = tmp_path / "out"
    res = apply(review, out, audit_key=tmp_path / "key")
    assert res.ok, [r.error for r in res.results]
    a = _text(out / "a.pdf")
    assert "06-12345678" in a and "memo aan het team" not in a and "project zeus" not in a and "kees nuijten" not in a
    assert "project zeus" not in _text(out / "b.pdf")
    assert (out / "a.txt").is_file() and "Zeus" not in (out / "a.txt").read_text(encoding="utf-8")
    assert (out / "report.html").is_file() and (out / "inventaris.xlsx").is_file()
    rows = list(csv.reader((out / "inventaris.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 3  # header + two documents
    assert validate_audit_file(out / "audit.jsonl") == []
    recs = [json.loads(line) for line in (out / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    area = [r for r in recs if r.get("finding_id") == aid]
    assert len(area) == 1 and area[0]["detector"] == "reviewer.area" and area[0]["ground"] == "5.1.2e"
    assert area[0]["reason"] == "reviewer:Anna_de_Vries" and area[0]["box"] == [55.0, 775.0, 200.0, 792.0]
    kept = next(r for r in recs if r.get("finding_id") == phone["id"])
    assert (kept["action"], kept["reason"]) == ("keep", "reviewer:Anna_de_Vries")
    searched = [r for r in recs if r.get("detector") == "reviewer.text"]
    assert len(searched) == 2 and {r["reason"] for r in searched} == {"reviewer:Anna_de_Vries"}
    untouched = next(r for r in recs if r.get("record") == "decision" and r["document"] == "b.pdf" and r["entity"] == "PHONE")
    assert untouched["reason"] == "proposed"
    assert "Nuijten" not in (out / "audit.jsonl").read_text(encoding="utf-8")


def test_pages_status_and_four_eyes(review):
    rf = ReviewFolder(review)
    with pytest.raises(ReviewActionError, match="page"):
        rf.set_status(1, "gecontroleerd", "Anna")
    rf.set_page_checked(1, 1, True, "Anna")
    rf.set_page_checked(1, 2, True, "Anna")
    assert rf.set_status(1, "gecontroleerd", "Anna") == "gecontroleerd"
    with pytest.raises(ReviewActionError, match="four-eyes"):
        rf.set_status(1, "vrijgegeven", " anna ")
    assert rf.set_status(1, "vrijgegeven", "Bert Jansen") == "vrijgegeven"
    doc = ReviewFolder(review).documents[1]
    assert (doc["status"], doc["reviewed_by"], doc["signed_off_by"]) == ("vrijgegeven", "Anna", "Bert Jansen")
    # a later change sends the document back to concept: the sign-off no longer covers it
    rf.set_decision(_by_text(rf, 1, "06-12345678")["id"], "keep", "Anna")
    doc = ReviewFolder(review).documents[1]
    assert doc["status"] == "concept" and "signed_off_by" not in doc


def test_rescan_carries_decisions_over_and_discards_nothing(review, tmp_path):
    rf = ReviewFolder(review)
    phone = _by_text(rf, 0, "06-12345678")
    rf.set_decision(phone["id"], "keep", "Anna")
    rf.add_area(0, 1, [55, 775, 200, 792], "5.1.2e", "Anna")
    rf.set_page_checked(0, 1, True, "Anna")
    history = len(rf.data["history"])
    # the same folder scanned again: the officer's work survives
    scan([tmp_path / "in"], review, ner=False)
    again = ReviewFolder(review)
    assert _by_text(again, 0, "06-12345678")["decision"] == "keep"
    assert _by_text(again, 1, "06-12345678")["decision"] == "redact"  # untouched proposals stay proposals
    assert [m["box"] for m in again.documents[0]["manual"]] == [[55.0, 775.0, 200.0, 792.0]]
    assert again.documents[0]["checked_pages"] == [1]
    assert len(again.data["history"]) == history + 1
    # a document dropped from the scan is kept aside, not lost
    (tmp_path / "in" / "a.pdf").unlink()
    scan([tmp_path / "in"], review, ner=False)
    third = ReviewFolder(review)
    assert [d["document"] for d in third.documents] == ["b.pdf"]
    assert [d["document"] for d in third.data["removed_documents"]] == ["a.pdf"]


def test_spreadsheet_round_trip_with_dutch_values(review):
    from openpyxl import load_workbook

    rf = ReviewFolder(review)
    path = export_xlsx(rf)
    wb = load_workbook(path)
    ws = wb.active
    head = [c.value for c in ws[2]]
    assert head[:4] == ["Document", "Pagina", "Id", "Type"] and "Besluit" in head and "Omschrijving grond" in head
    col = {name: i for i, name in enumerate(head)}
    rows = list(ws.iter_rows(min_row=3))
    assert {r[col["Besluit"]].value for r in rows} <= {"lakken", "openbaar", "controleren"}
    phone_row = next(r for r in rows if r[col["Tekst"]].value == "06-12345678")
    name_row = next(r for r in rows if r[col["Tekst"]].value == "Kees Nuijten")
    phone_row[col["Besluit"]].value = "openbaar"
    name_row[col["Grond"]].value = "5.1.2i"
    name_row[col["Opmerking"]].value = "=HYPERLINK(\"x\")"  # text, not a formula
    wb.save(path)
    assert import_xlsx(rf, path, "Carla") == 2
    again = ReviewFolder(review)
    assert _by_text(again, 0, "06-12345678")["decision"] == "keep"
    assert _by_text(again, 0, "Kees Nuijten")["ground"] == "5.1.2i"
    assert again.data["history"][-1]["by"] == "Carla"
    # a bad value names the row and changes nothing
    phone_row[col["Besluit"]].value = "weg ermee"
    wb.save(path)
    before = (review / "decisions.json").read_text(encoding="utf-8")
    with pytest.raises(ReviewFileError, match=r"row \d+ \(id [0-9a-f]+\).*weg ermee"):
        import_xlsx(rf, path, "Carla")
    assert (review / "decisions.json").read_text(encoding="utf-8") == before


def test_reviewer_token_is_an_audit_token():
    assert reviewer_token("Anna de Vries") == "reviewer:Anna_de_Vries"
    assert reviewer_token("Şükrü Özçelik") == "reviewer:Sukru_Ozcelik"
    assert reviewer_token(None) == reviewer_token("  ") == "reviewer"


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_page_geometry_round_trip(rotation):
    g = PageGeometry(10, 20, 610, 820, rotation)
    box = [100.0, 700.0, 250.0, 760.0]
    view = g.to_view(box)
    assert all(0 <= v <= 1 for v in view) and view[0] < view[2] and view[1] < view[3]
    assert g.from_view(view) == pytest.approx(box, abs=0.01)
    if rotation == 0:  # top-left origin on the image: a box near the top has a small top fraction
        assert view == pytest.approx([90 / 600, 60 / 800, 240 / 600, 120 / 800])


def test_output_names_lose_what_was_redacted(tmp_path, pdf_factory):
    folder = tmp_path / "in"
    folder.mkdir()
    pdf_factory([["Klacht van Kees Nuijten over de buren."]], name="klacht_kees_nuijten.pdf")
    pdf_factory([["Reactie aan Kees Nuijten."]], name="reactie.pdf")
    for n in ("klacht_kees_nuijten.pdf", "reactie.pdf"):
        shutil.move(tmp_path / n, folder / n)
    scan([folder], tmp_path / "review", ner=False)
    res = apply(tmp_path / "review", tmp_path / "out", audit_key=tmp_path / "key")
    assert res.ok, [r.error for r in res.results]
    names = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert names == ["klacht_GELAKT.pdf", "reactie.pdf"]
    assert "nuijten" not in (tmp_path / "out" / "audit.jsonl").read_text(encoding="utf-8").casefold()
    assert "nuijten" not in (tmp_path / "out" / "inventaris.csv").read_text(encoding="utf-8-sig").casefold()


def test_rescan_keeps_an_invalid_file_aside(review, tmp_path):
    (review / "decisions.json").write_text('{"format": "woo-redact-decisions", "version": 1, "documents": "broken', encoding="utf-8")
    scan([tmp_path / "in"], review, ner=False)
    kept = list(review.glob("decisions.invalid-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").endswith('"broken')
    assert load_decisions(review / "decisions.json")["documents"]  # a fresh, valid proposal beside it


def test_a_change_elsewhere_is_read_before_saving(review):
    rf = ReviewFolder(review)
    a, b = rf.documents[0]["findings"][:2]
    # someone edits the file by hand while the workbench runs
    data = json.loads((review / "decisions.json").read_text(encoding="utf-8"))
    data["documents"][0]["findings"][0]["decision"] = "openbaar" if a["decision"] != "keep" else "lakken"
    (review / "decisions.json").write_text(json.dumps(data), encoding="utf-8")
    rf.set_decision(b["id"], "controleren", "Anna")
    saved = load_decisions(review / "decisions.json")["documents"][0]["findings"]
    assert saved[0]["decision"] != a["decision"]  # the hand edit survived
    assert saved[1]["decision"] == "review"
