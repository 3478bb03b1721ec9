"""The inventarislijst: one row per document of a bundle, as CSV and as Excel.

Columns follow the VWS Woo platform's *productierapport* (grounds.md §5.1; minvws
``productierapport.md``): ``ID``, ``Document``, ``Datum``, ``Beoordeling``, ``Beoordelingsgrond``,
``Toelichting`` (plus ``Matter`` when one is given: the platform requires it, this tool cannot
know it).

* ``ID``: 1-based, in sorted order of the document name, so the same bundle always gets the same
  numbers. The platform also expects the ID as the file name of the published PDF; renaming the
  files is left to the officer.
* ``Datum``: the *input* PDF's ``/CreationDate`` as ``YYYY-MM-DD``, empty when unknown or
  unreadable. (The platform asks for the sent date of e-mails and the last-modified date of other
  files; the creation date is the best the PDF itself tells.)
* ``Beoordeling``: no box = openbaar, boxes = deels openbaar, failed = niet openbaar. Two wordings
  (:data:`JUDGEMENTS`): ``"platform"`` (default: ``Openbaar`` / ``Deels openbaar`` /
  ``Niet openbaar``) and ``"besluit"`` (``Openbaarmaking`` / ``Gedeeltelijke openbaarmaking`` /
  ``Geen openbaarmaking``, the decision-level wording). The default is what the platform's
  importer recognises (minvws ``Judgement::fromString``: openbaar, deels openbaar, reeds
  openbaar, niet openbaar — anything else silently becomes *niet openbaar*), although the
  manual's column table lists the decision-level words; use ``"besluit"`` for a list attached
  to the decision letter, not for an upload.
* ``Beoordelingsgrond``: canonical codes of the grounds of the redactions, sorted, each followed
  by ``;`` (``5.1.1e; 5.1.2e;``).
* ``Toelichting``: number of redactions and boxes, or why the document failed.

Limits: no plaintext is ever written (only counts, codes, file names and error messages, which
carry none by design). A failed document is listed as *niet openbaar* because nothing was
published for it; that is a technical outcome, not a legal assessment, and the Toelichting says
so. Document names are file names, not titles (a PDF title can hold personal data).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from ..types import Action, DocumentResult

JudgementStyle = Literal["platform", "besluit"]

#: Beoordeling per style: (no boxes, boxes, failed).
JUDGEMENTS: dict[str, tuple[str, str, str]] = {
    "platform": ("Openbaar", "Deels openbaar", "Niet openbaar"),
    "besluit": ("Openbaarmaking", "Gedeeltelijke openbaarmaking", "Geen openbaarmaking"),
}

COLUMNS: tuple[str, ...] = ("ID", "Document", "Datum", "Beoordeling", "Beoordelingsgrond", "Toelichting")

CSV_NAME = "inventaris.csv"
XLSX_NAME = "inventaris.xlsx"

_NO_GROUND = "zonder grond"


# --------------------------------------------------------------------------- shared helpers
# (report.py uses these too, so the report and the inventory never disagree)


def document_name(out_dir: Path, result: DocumentResult) -> str:
    """The document's name relative to ``out_dir`` (POSIX), or the input's file name when there
    is no output inside ``out_dir`` (a failed document)."""
    if result.output:
        try:
            return Path(result.output).resolve().relative_to(Path(out_dir).resolve()).as_posix()
        except ValueError:
            return Path(result.output).name
    return Path(result.source).name


def canonical_ground(code: str) -> str:
    """Canonical code (``5.1.2.e`` -> ``5.1.2e``, ``5.2`` -> ``5.2.1``); unknown codes as given."""
    try:
        from ..grounds import Ground

        return Ground.parse(code).code
    except (ImportError, ValueError):
        s = re.sub(r"\s+", "", code).lower()
        return re.sub(r"\.([a-z])$", r"\1", s)


def ground_title(code: str) -> str:
    """Dutch short title of a ground, empty when unknown (titles are a convenience only)."""
    try:
        from ..grounds import Ground

        return Ground.parse(code).title
    except (ImportError, ValueError, KeyError):
        return ""


def _natural_key(code: str) -> tuple[tuple[int, object], ...]:
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.findall(r"\d+|[^\d.]+", code))


def sort_grounds(codes: Sequence[str]) -> list[str]:
    """Grounds in statute order (``5.1.1e`` < ``5.1.2e`` < ``5.1.10`` < ``5.2.1``)."""
    return sorted(codes, key=lambda c: (c == _NO_GROUND, _natural_key(c), c))


def redactions_per_ground(result: DocumentResult) -> dict[str, int]:
    """Decisions with action REDACT per canonical ground, in statute order.

    A redaction without a ground counts under ``"zonder grond"`` so the totals always add up.
    """
    c = Counter(canonical_ground(d.ground) if d.ground else _NO_GROUND for d in result.decisions if d.action is Action.REDACT)
    return {g: c[g] for g in sort_grounds(list(c))}


def redactions_per_entity(result: DocumentResult) -> dict[str, int]:
    """Decisions with action REDACT per entity type, sorted by name."""
    c = Counter(d.finding.entity.value for d in result.decisions if d.action is Action.REDACT)
    return dict(sorted(c.items()))


def failure_reason(result: DocumentResult) -> str:
    """Why a document failed, without the leading ``name.pdf: `` the pipeline's messages carry."""
    if result.error_type == NOT_A_PDF:
        return "geen PDF: niet verwerkt (alleen PDF's worden gelakt); handmatig beoordelen"
    reason = result.error or result.error_type or "onbekende fout"
    prefix = f"{Path(result.source).name}: "
    if result.source and reason.startswith(prefix) and len(reason) > len(prefix):
        return reason[len(prefix):]
    m = _NAME_PREFIX.match(reason)
    return reason[m.end():] if m and m.end() < len(reason) else reason


#: ``error_type`` of an input that was found but is not a PDF (not processed).
NOT_A_PDF = "not_a_pdf"
_NAME_PREFIX = re.compile(r"^[^:\n]{1,255}\.pdf: ", re.IGNORECASE)


def judgement(result: DocumentResult, style: JudgementStyle = "platform") -> str:
    """Beoordeling: failed -> niet openbaar, boxes -> deels openbaar, else openbaar."""
    public, partial, refused = JUDGEMENTS[style]
    if not result.ok:
        return refused
    return partial if result.boxes else public


def grounds_cell(result: DocumentResult) -> str:
    """``5.1.1e; 5.1.2e;``: the canonical grounds of the redactions, each followed by ``;``."""
    codes = [g for g in redactions_per_ground(result) if g != _NO_GROUND]
    return " ".join(f"{g};" for g in codes)


def ordered(
    out_dir: Path, results: Sequence[DocumentResult], relative_names: Sequence[str] | None = None
) -> list[tuple[int, str, DocumentResult]]:
    """``(id, name, result)`` sorted by name; ids are 1-based in that order."""
    if relative_names is not None and len(relative_names) != len(results):
        raise ValueError(f"relative_names has {len(relative_names)} names for {len(results)} results")
    names = list(relative_names) if relative_names is not None else [document_name(out_dir, r) for r in results]
    pairs = sorted(zip(names, results), key=lambda p: (p[0], p[1].source))
    return [(i, name, r) for i, (name, r) in enumerate(pairs, start=1)]


def pdf_date(path: str | Path) -> str:
    """``YYYY-MM-DD`` from the PDF's ``/CreationDate``, or ``""`` when absent or unreadable."""
    import datetime

    import pikepdf

    try:
        with pikepdf.open(path) as pdf:
            raw = pdf.docinfo.get("/CreationDate")
            text = str(raw) if raw is not None else ""
    except Exception:  # a broken or encrypted input simply has no known date
        return ""
    m = re.match(r"\s*(?:D:)?(\d{4})(\d{2})(\d{2})", text)
    if not m:
        return ""  # absent, or only a year: not a date the platform accepts
    try:
        d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return ""
    return d.isoformat()


def _toelichting(result: DocumentResult) -> str:
    if result.error_type == NOT_A_PDF:
        return "Niet verwerkt: geen PDF (alleen PDF's worden gelakt); handmatig beoordelen"
    if not result.ok:
        return f"Niet verwerkt (technische fout, handmatig beoordelen): {failure_reason(result)}"
    n = sum(redactions_per_ground(result).values())
    if not result.boxes:
        text = "Geen persoonsgegevens gelakt"
    else:
        text = f"{n} {'passage' if n == 1 else 'passages'} gelakt in {len(result.boxes)} {'vlak' if len(result.boxes) == 1 else 'vlakken'}"
    if result.warnings:
        text += f"; {len(result.warnings)} {'waarschuwing' if len(result.warnings) == 1 else 'waarschuwingen'}, zie rapport"
    return text


def inventory_rows(
    out_dir: Path,
    results: Sequence[DocumentResult],
    *,
    relative_names: Sequence[str] | None = None,
    judgement_style: JudgementStyle = "platform",
    dates: Sequence[str] | None = None,
) -> list[dict[str, str | int]]:
    """The inventory as dicts keyed by :data:`COLUMNS`, in ID order.

    ``dates`` (same order as ``results``) are the inputs' dates when the inputs are not at hand
    (a bundle's earlier runs); otherwise they are read from ``result.source``."""
    rows: list[dict[str, str | int]] = []
    date_of = {id(r): d for r, d in zip(results, dates)} if dates is not None else {}
    for i, name, r in ordered(out_dir, results, relative_names):
        rows.append(
            {
                "ID": i,
                "Document": name,
                "Datum": date_of[id(r)] if id(r) in date_of else pdf_date(r.source),
                "Beoordeling": judgement(r, judgement_style),
                "Beoordelingsgrond": grounds_cell(r),
                "Toelichting": _toelichting(r),
            }
        )
    return rows


# --------------------------------------------------------------------------- writers

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: str | int) -> str:
    """Neutralise spreadsheet formulas (a file name like ``=HYPERLINK(..)``) with a leading ``'``."""
    s = str(value)
    return "'" + s if isinstance(value, str) and s.startswith(_FORMULA_START) else s


def write_inventory(
    out_dir: Path,
    results: Sequence[DocumentResult],
    *,
    relative_names: Sequence[str] | None = None,
    judgement_style: JudgementStyle = "platform",
    matter: str | None = None,
    dates: Sequence[str] | None = None,
) -> tuple[Path, Path]:
    """Write ``out_dir/inventaris.csv`` and ``out_dir/inventaris.xlsx``; return both paths.

    The CSV is UTF-8 *with* a byte-order mark and ``;``-separated, CRLF line ends: what Excel
    with Dutch regional settings opens correctly by double-click (without the BOM it reads
    UTF-8 as Windows-1252; with ``,`` it puts everything in one column). Cells that a
    spreadsheet would run as a formula get a leading ``'``; in the xlsx they are stored as text.

    ``relative_names`` (same order as ``results``) overrides the names derived from
    ``result.output``; a bundle passes its own relative paths so failed documents in subfolders
    keep their folder. ``matter`` adds the platform's required ``Matter`` column.
    """
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = inventory_rows(out_dir, results, relative_names=relative_names, judgement_style=judgement_style, dates=dates)
    columns = list(COLUMNS)
    if matter is not None:
        columns.insert(1, "Matter")
        for row in rows:
            row["Matter"] = matter

    csv_path = out_dir / CSV_NAME
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(columns)
        for row in rows:
            w.writerow([_csv_safe(row[c]) for c in columns])

    wb = Workbook()
    ws = wb.active
    ws.title = "Inventarislijst"
    wb.properties.creator = "woo-redact"
    ws.append(columns)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r_i, row in enumerate(rows, start=2):
        for c_i, col in enumerate(columns, start=1):
            value = row[col]
            cell = ws.cell(row=r_i, column=c_i)
            if isinstance(value, int):
                cell.value = value
            else:
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
                cell.data_type = "s"  # never a formula, whatever the text starts with
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    for c_i, col in enumerate(columns, start=1):
        width = max([len(col)] + [len(str(row[col])) for row in rows])
        ws.column_dimensions[get_column_letter(c_i)].width = min(max(width + 2, 8), 80)
    xlsx_path = out_dir / XLSX_NAME
    tmp = xlsx_path.with_name(f".{xlsx_path.name}.tmp")
    wb.save(tmp)
    tmp.replace(xlsx_path)
    return csv_path, xlsx_path
