"""decisions.xlsx: the review in a spreadsheet, for officers who prefer Excel, and back.

Export writes one row per finding with Dutch column names and Dutch values (``lakken``,
``openbaar``, ``controleren``); import reads the columns *Besluit*, *Grond* and *Opmerking*
back by *Id* and applies every changed row through :meth:`ReviewFolder.set_decision`, so the
history records the importer by name. The sheet holds plaintext: it is marked confidential.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..errors import ReviewFileError
from .labels import entity_nl, ground_nl, reason_nl
from .store import (
    ENGLISH_TO_DUTCH,
    ReviewActionError,
    ReviewFolder,
    canonical_decision,
    canonical_ground,
)

COLUMNS = (
    "Document",
    "Pagina",
    "Id",
    "Type",
    "Tekst",
    "Context",
    "Voorstel",
    "Besluit",
    "Grond",
    "Omschrijving grond",
    "Detector",
    "Score",
    "Reden",
    "Opmerking",
)
SHEET = "Besluiten"
BANNER = "VERTROUWELIJK: bevat persoonsgegevens; alleen voor interne beoordeling"


def _text_cell(cell: Any) -> None:
    """A cell that starts like a formula stays text (no formula injection)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def export_xlsx(review: ReviewFolder, path: str | os.PathLike[str] | None = None) -> Path:
    """Write the findings of every document to ``REVIEW/decisions.xlsx`` (or ``path``)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    out = Path(path) if path is not None else review.folder / "decisions.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append([BANNER])
    ws["A1"].font = Font(bold=True, color="B00000")
    ws.append(list(COLUMNS))
    for c in ws[2]:
        c.font = Font(bold=True)
    for doc in review.documents:
        for f in doc["findings"]:
            row: list[Any] = [
                doc["document"],
                f["page"],
                f["id"],
                entity_nl(f["entity"]),
                f["text"],
                f.get("context", ""),
                ENGLISH_TO_DUTCH[f["proposed"]],
                ENGLISH_TO_DUTCH[f["decision"]],
                f.get("ground") or "",
                ground_nl(f.get("ground")),
                f["detector"],
                f["score"],
                reason_nl(f.get("reason", "")),
                f.get("note", ""),
            ]
            ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
            for cell in ws[ws.max_row]:
                _text_cell(cell)
    ws.freeze_panes = "A3"
    for col, width in zip("ABCDEFGHIJKLMN", (24, 7, 18, 16, 28, 50, 12, 12, 9, 30, 22, 7, 36, 30)):
        ws.column_dimensions[col].width = width
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    wb.save(tmp)
    os.replace(tmp, out)
    return out


def import_xlsx(review: ReviewFolder, path: str | os.PathLike[str], reviewer: str) -> int:
    """Apply the Besluit/Grond/Opmerking columns of ``path``; returns how many findings changed.

    Every row is checked before anything is saved: a bad value raises
    :class:`~woo_redact.errors.ReviewFileError` naming the row, and nothing changes.
    """
    from openpyxl import load_workbook

    p = Path(path)
    try:
        wb = load_workbook(p, read_only=True, data_only=True)
    except Exception as exc:
        raise ReviewFileError(f"{p}: cannot read the spreadsheet ({exc})") from None
    ws = wb[SHEET] if SHEET in wb.sheetnames else wb.active
    rows = list(ws.iter_rows(values_only=True))
    wb.close()
    head_at = next((i for i, r in enumerate(rows[:5]) if r and "Id" in r and "Besluit" in r), None)
    if head_at is None:
        raise ReviewFileError(f"{p}: no header row with the columns 'Id' and 'Besluit'")
    head = {str(name): i for i, name in enumerate(rows[head_at]) if name}
    plan: list[tuple[str, str, str | None, str | None]] = []
    for n, row in enumerate(rows[head_at + 1 :], start=head_at + 2):
        fid = row[head["Id"]] if head["Id"] < len(row) else None
        if not fid:
            continue
        where = f"{p.name} row {n} (id {fid})"
        try:
            _, f = review.find(str(fid))
        except ReviewActionError:
            raise ReviewFileError(f"{where}: this finding is not in {review.path.name}") from None
        decision = canonical_decision(row[head["Besluit"]], where)
        raw_ground = row[head["Grond"]] if "Grond" in head else None
        ground = canonical_ground(raw_ground, where) if (decision == "redact" or raw_ground) else None
        note = row[head["Opmerking"]] if "Opmerking" in head else None
        note_s = str(note) if note not in (None, "") else None
        if decision != f["decision"] or (ground and ground != f.get("ground")) or (note_s or "") != f.get("note", ""):
            plan.append((str(fid), decision, ground, note_s))
    for fid, decision, ground, note_s in plan:
        review.set_decision(fid, decision, reviewer, ground=ground, note=note_s if note_s is not None else "")
    return len(plan)
