"""The review round-trip: ``scan`` proposes, an officer edits ``decisions.json``, ``apply`` writes.

``scan`` runs the same two passes as a bundle redaction but writes no PDF: it writes
``REVIEW/decisions.json`` (every finding with a stable id, page, boxes, type, ground, detector,
score, proposed action and the text in context) and ``REVIEW/review.html`` (each page with the
proposed boxes drawn over it). Both hold the plaintext of personal data: they are internal,
marked confidential, and never part of a publication.

The officer may, per finding, set ``decision`` to ``redact``/``keep`` (in Dutch: ``lakken``/
``openbaar``; ``controleren`` = still to review) and change ``ground``, and per document add
``manual`` redactions by text (``{"text": ..., "ground": ...}``) or by area
(``{"page": 1, "box": [x0, y0, x1, y1], "ground": ...}``, PDF points, bottom-left origin) --
by hand, in the spreadsheet (:mod:`woo_redact.workbench.sheet`) or in the workbench
(``woo-redact review REVIEW``, :mod:`woo_redact.workbench`). ``apply`` then writes exactly
that: no detection runs again, and the outputs are those of ``redact`` (PDFs, text renditions,
``report.html``, ``inventaris.csv/.xlsx``, ``audit.jsonl`` with the reviewer of every override
and manual area). Scanning a folder that already has decisions carries them over by finding id.
The file format is described by ``schemas/decisions.schema.json`` (shipped in the package); an
invalid edit raises :class:`~woo_redact.errors.ReviewFileError` naming the entry.
"""

from __future__ import annotations

import base64
import html
import io
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .bundle import BundleItem, BundleResult, collect_inputs
from .decide import finding_id
from .errors import ReviewFileError
from .extract import extract, sha256_file
from .outputs.audit import (
    append_jsonl,
    document_records,
    keyed_hash,
    load_or_create_key,
    run_info,
    sync_jsonl,
)
from .policy import Policy, load_policy
from .types import Action, BBox, Decision, Document, EntityType, Finding, RedactBox

FORMAT = "woo-redact-decisions"
VERSION = 1
CONTEXT_CHARS = 40


# --------------------------------------------------------------------------- scan


def scan(
    paths: Sequence[str | os.PathLike[str]],
    review_dir: str | os.PathLike[str],
    *,
    policy: Policy | str | os.PathLike[str] | None = None,
    jobs: int | None = 1,
    password: str | None = None,
    ner: bool = True,
) -> dict[str, Any]:
    """Propose decisions for every PDF under ``paths``; write decisions.json and review.html.

    The same two passes as ``redact`` (:class:`~woo_redact.bundle.BundleRunner`), the second
    proposing instead of writing. An officer's decisions already in the folder carry over.
    """
    from .bundle import BundleRunner

    out = Path(review_dir)
    pol = policy if isinstance(policy, Policy) else load_policy(None if policy is None else Path(policy))
    items = collect_inputs(paths)
    out.mkdir(parents=True, exist_ok=True)
    docs_out: list[dict[str, Any]] = []
    pages_html: list[str] = []
    with BundleRunner(pol, jobs=jobs, ner=ner, password=password, n_documents=len(items)) as run:
        outcomes = run.analyze(items)
        for it, prop in zip(items, run.propose(outcomes, run.knowledge(outcomes))):
            if not prop.ok or prop.document is None:
                error = prop.error or f"{it.relative.name}: no proposal"
                docs_out.append({"document": it.relative.as_posix(), "source": str(it.source), "error": error, "findings": [], "manual": []})
                continue
            entry = _document_entry(it, prop.document, prop.decisions, pol)
            docs_out.append(entry)
            pages_html.append(_review_pages_html(it, prop.document, entry))  # OCR sandwiches live until the runner closes
        model = run.model
    data = {
        "format": FORMAT,
        "version": VERSION,
        "confidential": "VERTROUWELIJK: bevat persoonsgegevens; alleen voor interne beoordeling",
        "policy": {"name": pol.name, "sha256": pol.sha256, "source": pol.source},
        "model": model,
        "documents": docs_out,
    }
    previous = out / "decisions.json"
    if previous.is_file():
        data = _carry_over_from(previous, data)
    from .workbench.store import save_decisions

    save_decisions(out, data)
    (out / "review.html").write_text(_review_html(data, pages_html), encoding="utf-8")
    return data


def _document_entry(it: BundleItem, doc: Document, decisions: Sequence[Decision], pol: Policy) -> dict[str, Any]:
    from .plan import line_runs

    pages = {p.number: p for p in doc.pages}
    findings = []
    seen: set[str] = set()
    for d in sorted(decisions, key=lambda d: (d.finding.page, d.start, d.end)):
        f = d.finding
        if f.id in seen:
            continue
        seen.add(f.id)
        text = pages[f.page].text
        boxes = [b.as_list() for b in line_runs(pages[f.page], d.start, d.end)]
        findings.append(
            {
                "id": f.id,
                "page": f.page + 1,
                "span": [d.start, d.end],
                "text": text[d.start : d.end],
                "context": _context(text, d.start, d.end),
                "boxes": boxes,
                "entity": f.entity.value,
                "detector": f.detector,
                "score": round(f.score, 3),
                "proposed": d.action.value,
                "reason": d.reason,
                "decision": d.action.value,
                "ground": d.ground or pol.rule(f.entity).ground,
                "proposed_ground": d.ground or pol.rule(f.entity).ground,
            }
        )
    from .ocr import LOW_CONFIDENCE

    warnings = [
        f"page {p.number + 1}: OCR confidence {p.ocr_confidence:.0f}%: check this page by eye"
        for p in doc.pages
        if p.ocr_confidence is not None and p.ocr_confidence < LOW_CONFIDENCE
    ]
    return {
        "document": it.relative.as_posix(),
        "source": str(it.source),
        "input_sha256": doc.sha256,
        "pages": len(doc.pages),
        "warnings": warnings,
        "findings": findings,
        "manual": [],
    }


def _carry_over_from(previous: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The officer's decisions in an existing decisions.json survive a new scan (by finding id).

    A file that no longer validates is not discarded either: it is kept beside the new one
    under a dated name, and the new scan starts from the proposals.
    """
    from .workbench.store import carry_over, normalise

    try:
        old = load_decisions(previous)
    except ReviewFileError:
        import datetime

        stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%S")
        keep = previous.with_name(f"decisions.invalid-{stamp}.json")
        previous.replace(keep)
        import logging

        logging.getLogger(__name__).warning("%s did not validate; kept as %s, decisions not carried over", previous, keep.name)
        return data
    return carry_over(old, normalise(data))


def _context(text: str, start: int, end: int) -> str:
    a = max(0, start - CONTEXT_CHARS)
    b = min(len(text), end + CONTEXT_CHARS)
    return " ".join((text[a:start] + "[" + text[start:end] + "]" + text[end:b]).split())


def _write_json_atomic(path: Path, data: Any) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


# --------------------------------------------------------------------------- validation


def load_decisions(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and validate a decisions file; errors name the entry."""
    from importlib import resources

    import jsonschema

    p = Path(path)
    try:
        data: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ReviewFileError(f"cannot read {p}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise ReviewFileError(f"{p} is not valid JSON: {exc}") from exc
    for doc in data.get("documents", []) if isinstance(data, dict) and isinstance(data.get("documents"), list) else []:
        for f in doc.get("findings", []) if isinstance(doc, dict) and isinstance(doc.get("findings"), list) else []:
            if isinstance(f, dict) and isinstance(f.get("decision"), str):
                f["decision"] = f["decision"].strip().casefold()  # "Lakken " is lakken
    schema = json.loads((resources.files("woo_redact") / "schemas" / "decisions.schema.json").read_text(encoding="utf-8"))
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = _where(data, list(e.absolute_path))
        raise ReviewFileError(f"{p}: {where}: {e.message}")
    from .workbench.store import normalise

    normalise(data, str(p))  # Dutch values (lakken/openbaar/controleren) and grounds → canonical
    for di, doc in enumerate(data["documents"]):
        for mi, m in enumerate(doc["manual"]):
            if "page" in m and not 1 <= m["page"] <= doc.get("pages", 10**9):
                raise ReviewFileError(f"{p}: {_where(data, ['documents', di, 'manual', mi])}: page {m['page']} does not exist")
    return data


def _where(data: Any, path: list[Any]) -> str:
    """A readable location: documents[1] (memo.pdf).findings[3] (id 3fa2…)."""
    out, node = "", data
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            try:
                node = node[part]
            except (IndexError, KeyError, TypeError):
                break
            if isinstance(node, dict) and "document" in node:
                out += f" ({node['document']})"
            elif isinstance(node, dict) and "id" in node:
                out += f" (id {node['id']})"
        else:
            out += ("." if out else "") + str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out or "file"


# --------------------------------------------------------------------------- apply


def apply(
    review_dir: str | os.PathLike[str],
    out_dir: str | os.PathLike[str],
    *,
    policy: Policy | str | os.PathLike[str] | None = None,
    password: str | None = None,
    audit_key: str | os.PathLike[str] | None = None,
    reports: bool = True,
    inventory_style: str = "platform",
) -> BundleResult:
    """Write the final PDFs exactly as decided in ``REVIEW/decisions.json``.

    The outputs are those of ``redact``: the PDFs with their text renditions, ``audit.jsonl``
    (reviewer overrides and manual additions carry ``reason`` = ``reviewer:<name>``, and every
    manual area has its own record with its box and ground), ``report.html`` and the inventory.
    """
    from .outputs.inventory import write_inventory
    from .outputs.report import write_html_report
    from .pipeline import Pipeline

    review = Path(review_dir)
    data = load_decisions(review / "decisions.json")
    pol = policy if isinstance(policy, Policy) else load_policy(None if policy is None else Path(policy))
    pending = [
        f"{d['document']} finding {f['id']}" for d in data["documents"] for f in d["findings"] if f["decision"] == "review"
    ]
    if pending:
        raise ReviewFileError(
            f"{len(pending)} finding(s) still have decision 'review' (controleren) (first: {pending[0]}); "
            "set each to 'redact' (lakken) or 'keep' (openbaar)"
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    key = load_or_create_key(audit_key)
    pipe = Pipeline(pol, [], "review", "pdfium")
    info = run_info(pol.name, pol.sha256, ["review:decisions.json"], "n/a")
    result = BundleResult(out)
    names = _output_names(data["documents"])
    for di, entry in enumerate(data["documents"]):
        rel = Path(names[di])
        src = Path(entry["source"])
        who: dict[str, str | None] = {}
        areas: list[_Area] = []
        if "error" in entry:
            from .types import DocumentResult

            r = DocumentResult(str(src), None, False, error=entry["error"], error_type="ScanError")
        else:
            r, who, areas = _apply_document(pipe, entry, di, src, out / rel, password)
        result.results.append(r)
        append_jsonl(out / "audit.jsonl", _reviewed_records(document_records(r, info, key, rel.as_posix()), r, who, areas, key))
    sync_jsonl(out / "audit.jsonl")
    if reports:
        write_html_report(out, result.results, policy_name=pol.name, relative_names=names)
        write_inventory(out, result.results, relative_names=names, judgement_style=inventory_style)  # type: ignore[arg-type]
    return result


def _output_names(documents: Sequence[dict[str, Any]]) -> list[str]:
    """Output names free of what the officer redacted, as ``redact`` names its outputs.

    A file name is read before the document: every redacted string of the document, each person
    redacted anywhere in the bundle and every manual text redaction is removed from it.
    """
    from .outputs.names import disambiguate, redact_relative_name

    bundle = {f["text"] for d in documents for f in d["findings"] if f["decision"] == "redact" and f["entity"] == "PERSON"}
    bundle |= {m["text"] for d in documents for m in d["manual"] if "text" in m}
    names = []
    for d in documents:
        own = {f["text"] for f in d["findings"] if f["decision"] == "redact"}
        names.append(redact_relative_name(Path(d["document"]).as_posix(), sorted(own | bundle)))
    return disambiguate(names)


@dataclass(frozen=True, slots=True)
class _Area:
    """A manual area as applied: for its own audit record."""

    id: str
    page: int  # 0-based
    box: BBox
    ground: str
    reviewer: str | None


def _reviewed_records(
    recs: list[dict[str, Any]], r: Any, who: dict[str, str | None], areas: Sequence[_Area], key: bytes
) -> list[dict[str, Any]]:
    """Name the reviewer in the records of overridden and added decisions; add one per area."""
    from .workbench.store import reviewer_token

    for rec in recs:
        if rec.get("record") == "decision" and rec.get("finding_id") in who:
            rec["reason"] = reviewer_token(who[rec["finding_id"]])
    if not r.ok or not recs:
        return recs
    extra = [
        {
            "record": "decision",
            "document": recs[-1]["document"],
            "finding_id": a.id,
            "page": a.page + 1,
            "entity": EntityType.MANUAL.value,
            "action": Action.REDACT.value,
            "ground": a.ground,
            "reason": reviewer_token(a.reviewer),
            "detector": "reviewer.area",
            "score": 1.0,
            "span": [0, 0],
            "text_hmac": keyed_hash(key, ""),  # an area covers pixels: no text of its own
            "length": 0,
            "box": a.box.as_list(),
        }
        for a in areas
    ]
    return recs[:-1] + extra + recs[-1:]


def _apply_document(
    pipe: Any, entry: dict[str, Any], di: int, src: Path, dst: Path, password: str | None
) -> tuple[Any, dict[str, str | None], list[_Area]]:
    """One document as decided; also which finding ids a reviewer set (→ name) and the areas."""
    from .reasons import Reason
    from .types import DocumentResult

    where = f"documents[{di}] ({entry['document']})"
    if not src.is_file():
        return DocumentResult(str(src), None, False, error=f"{where}: input {src} not found", error_type="ReviewFileError"), {}, []
    if sha256_file(src) != entry.get("input_sha256"):
        return DocumentResult(
            str(src), None, False, error=f"{where}: the input changed since the scan (sha256 differs); scan it again", error_type="ReviewFileError"
        ), {}, []
    doc = pipe._ocr_if_needed(extract(src, password=password), password)
    pages = {p.number: p for p in doc.pages}
    decisions: list[Decision] = []
    who: dict[str, str | None] = {}
    for fi, f in enumerate(entry["findings"]):
        page = pages.get(f["page"] - 1)
        s, e = f["span"]
        if page is None or page.text[s:e] != f["text"]:
            return DocumentResult(
                str(src), None, False, error=f"{where}.findings[{fi}] (id {f['id']}): its text is not at that place in the document",
                error_type="ReviewFileError",
            ), {}, []
        finding = Finding(f["id"], page.number, s, e, f["text"], EntityType(f["entity"]), float(f["score"]), f["detector"])
        action = Action(f["decision"])
        ground = _canon(f.get("ground")) if action is Action.REDACT else None
        overridden = f["decision"] != f["proposed"] or ("proposed_ground" in f and f.get("ground") != f["proposed_ground"])
        if overridden or f.get("carried") or f.get("reviewer"):  # changed, or confirmed by name
            who[f["id"]] = f.get("reviewer")
        reason = Reason.REVIEWER if f["id"] in who else Reason.PROPOSED
        decisions.append(Decision(finding, action, ground, reason, s, e))
    manual, areas = _manual_decisions(entry, doc, where)
    for d, reviewer in manual:
        decisions.append(d)
        who[d.finding.id] = reviewer
    boxes = tuple(RedactBox(a.page, a.box, pipe.policy.label(a.ground), (a.id,)) for a in areas)
    r = pipe.redact(src, dst, password=password, decisions=decisions, doc=doc, extra_boxes=boxes)
    return r, who, areas


def manual_text_pattern(text: str) -> re.Pattern[str]:
    """How a manual text redaction matches: whole words, any whitespace between them, any case."""
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, text.split())) + r"(?!\w)", re.IGNORECASE)


def _manual_decisions(entry: dict[str, Any], doc: Document, where: str) -> tuple[list[tuple[Decision, str | None]], list[_Area]]:
    """Reviewer additions: text → decisions on every occurrence; areas → boxes (plus the text under them)."""
    from .reasons import Reason
    from .workbench.store import area_id

    out: list[tuple[Decision, str | None]] = []
    areas: list[_Area] = []
    for mi, m in enumerate(entry["manual"]):
        ground = _canon(m["ground"])
        reviewer = m.get("reviewer")
        if "text" in m:
            rx = manual_text_pattern(m["text"])
            hits = 0
            for page in doc.pages:
                for mt in rx.finditer(page.text):
                    hits += 1
                    fid = finding_id(doc.sha256, page.number, mt.start(), mt.end(), EntityType.MANUAL)
                    f = Finding(fid, page.number, mt.start(), mt.end(), mt.group(0), EntityType.MANUAL, 1.0, "reviewer.text")
                    out.append((Decision(f, Action.REDACT, ground, Reason.REVIEWER, mt.start(), mt.end()), reviewer))
            if not hits:
                raise ReviewFileError(f"{where}.manual[{mi}]: the text was not found in the document")
        else:
            on = next((p for p in doc.pages if p.number == m["page"] - 1), None)
            if on is None:
                raise ReviewFileError(f"{where}.manual[{mi}]: page {m['page']} does not exist")
            x0, y0, x1, y1 = m["box"]
            area = BBox(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            aid = m.get("id") or area_id(entry["document"], m["page"], m["box"], ground, "")
            idx = [i for i, gi in enumerate(on.glyph_at) if gi is not None and _centre_in(on.glyphs[gi].bbox, area)]
            if idx:
                # the glyphs inside the area, as one span per contiguous run of text
                runs: list[tuple[int, int]] = []
                for i in idx:
                    if runs and i <= runs[-1][1] + 1:
                        runs[-1] = (runs[-1][0], i + 1)
                    else:
                        runs.append((i, i + 1))
                for s, e in runs:
                    fid = finding_id(doc.sha256, on.number, s, e, EntityType.MANUAL)
                    f = Finding(fid, on.number, s, e, on.text[s:e], EntityType.MANUAL, 1.0, "reviewer.area")
                    out.append((Decision(f, Action.REDACT, ground, Reason.REVIEWER, s, e), reviewer))
            areas.append(_Area(aid, on.number, area, ground, reviewer))
    return out, areas


def _centre_in(b: BBox, area: BBox) -> bool:
    return area.contains_point((b.x0 + b.x1) / 2, (b.y0 + b.y1) / 2)


def _canon(ground: Any) -> str:
    from .grounds import Ground

    return Ground.parse(str(ground)).code


# --------------------------------------------------------------------------- review report


def _review_pages_html(it: BundleItem, doc: Document, entry: dict[str, Any], dpi: int = 60) -> str:
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    colours = {"redact": (200, 0, 0), "review": (230, 140, 0), "keep": (0, 130, 0)}
    by_page: dict[int, list[dict[str, Any]]] = {}
    for f in entry["findings"]:
        by_page.setdefault(f["page"], []).append(f)
    parts = [f"<h2>{html.escape(entry['document'])}</h2>"]
    parts += [f"<p class=warn>{html.escape(w)}</p>" for w in entry.get("warnings", [])]
    pdf = pdfium.PdfDocument(doc.path)
    try:
        for n in range(len(pdf)):
            page = pdf[n]
            scale = dpi / 72
            img = page.render(scale=scale).to_pil().convert("RGB")
            h_pts = page.get_height()
            draw = ImageDraw.Draw(img)
            for f in by_page.get(n + 1, []):
                for x0, y0, x1, y1 in f["boxes"]:
                    draw.rectangle([x0 * scale, (h_pts - y1) * scale, x1 * scale, (h_pts - y0) * scale], outline=colours[f["proposed"]], width=2)
            page.close()
            buf = io.BytesIO()
            img.save(buf, "PNG", optimize=True)
            b64 = base64.b64encode(buf.getvalue()).decode()
            parts.append(f'<figure><img alt="pagina {n + 1}" src="data:image/png;base64,{b64}"><figcaption>pagina {n + 1}</figcaption></figure>')
            rows = "".join(
                f"<tr><td>{html.escape(f['id'])}</td><td>{html.escape(f['entity'])}</td><td>{html.escape(f['proposed'])}</td>"
                f"<td>{html.escape(str(f['ground'] or ''))}</td><td>{html.escape(f['context'])}</td><td>{html.escape(f['reason'])}</td></tr>"
                for f in by_page.get(n + 1, [])
            )
            if rows:
                parts.append(
                    "<table><thead><tr><th>id</th><th>type</th><th>voorstel</th><th>grond</th><th>context</th><th>reden</th></tr></thead>"
                    f"<tbody>{rows}</tbody></table>"
                )
    finally:
        pdf.close()
    return "\n".join(parts)


def _review_html(data: dict[str, Any], pages: list[str]) -> str:
    banner = html.escape(data["confidential"])
    return (
        "<!doctype html><html lang=nl><head><meta charset=utf-8><title>Reviewrapport (vertrouwelijk)</title>"
        "<style>body{font-family:sans-serif;margin:2em}.conf{background:#b00;color:#fff;padding:.5em;font-weight:bold}"
        "figure{display:inline-block;margin:.5em;border:1px solid #ccc}img{max-width:100%}table{border-collapse:collapse;margin:1em 0}"
        "td,th{border:1px solid #ccc;padding:2px 6px;font-size:90%}.warn{background:#fd0;padding:.3em}</style></head><body>"
        f"<p class=conf>{banner}</p><h1>Reviewrapport</h1>"
        "<p>Rood: voorgesteld om te lakken; oranje: ter beoordeling; groen: blijft leesbaar.</p>"
        + "\n".join(pages)
        + f"<p class=conf>{banner}</p></body></html>"
    )
