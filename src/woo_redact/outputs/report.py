"""The compliance officer's report: one self-contained HTML page per bundle run.

``write_html_report`` writes ``out_dir/report.html`` with a bundle summary (documents, pages,
redactions per ground and per entity type, boxes, failures with their reasons, warnings such as
low OCR confidence) and, per document, its status, its counts per ground and thumbnails of its
*redacted* pages, so an officer can check the result without opening every PDF.

Rendered from a Jinja2 template (``woo_redact/data/templates/report.html.j2``, autoescaped, so a
file name is text, never markup); Python prepares plain values for it.

Self-contained: inline CSS, images as ``data:`` URIs, no JavaScript, no external reference; a
Content-Security-Policy forbids loading anything else, so the file can be mailed or archived.

No plaintext: the report is built from counts, ground codes, entity types, page numbers, file
names and error/warning messages only (those carry no redacted text by design). It never reads
``Finding.text`` or page text; the thumbnails are rendered from the redacted output, where the
boxes and their ground labels are the only trace of what was removed.

Limits: thumbnails are capped per document (:data:`MAX_THUMBNAILS` pages, the page says so) and
rendered at low resolution in 16 grey levels (about 8-13 KB per A4 page at 40 dpi, so hundreds of
long documents make a report of tens of MB); documents skipped by a resumed run are not in
``results`` and so not in the report; file names are shown as they are (name files without
personal data); the pipeline's warnings are in English, known ones are shown in Dutch.
Output is deterministic for the same inputs when ``generated_at`` is given.
"""

from __future__ import annotations

import base64
import datetime
import functools
import io
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import __version__
from ..types import Action, DocumentResult
from .inventory import (
    JUDGEMENTS,
    NOT_A_PDF,
    failure_reason,
    ground_title,
    ordered,
    redactions_per_entity,
    redactions_per_ground,
    sort_grounds,
)

REPORT_NAME = "report.html"
TEMPLATE_NAME = "report.html.j2"
MAX_THUMBNAILS = 20
PAGES = "pagina's"

#: Dutch names of the entity types, for people who do not read enum names.
ENTITY_NL: dict[str, str] = {
    "PERSON": "Naam van een persoon",
    "EMAIL": "E-mailadres",
    "PHONE": "Telefoonnummer",
    "BSN": "Burgerservicenummer (BSN)",
    "IBAN": "Bankrekeningnummer (IBAN)",
    "POSTCODE": "Postcode",
    "ADDRESS": "Adres",
    "LICENSE_PLATE": "Kenteken",
    "DATE_OF_BIRTH": "Geboortedatum",
    "ID_NUMBER": "Documentnummer (identiteitsbewijs)",
    "IP_ADDRESS": "IP-adres",
    "CREDIT_CARD": "Creditcardnummer",
    "URL": "Webadres",
    "KVK": "KvK-nummer",
    "BTW": "Btw-nummer",
    "HEALTH": "Gezondheidsgegevens",
    "ORGANIZATION": "Organisatie",
    "LOCATION": "Plaats",
    "EXISTING_CODE": "Bestaande lakcode",
    "MANUAL": "Handmatig toegevoegd",
}

_CSS = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 2rem auto;
  max-width: 72rem; padding: 0 1rem; color: #1a1a1a; background: #fff; line-height: 1.45; }
h1 { font-size: 1.8rem; margin-bottom: .2rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #154273; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.15rem; margin-top: 2rem; }
.meta { color: #444; margin-top: 0; }
table { border-collapse: collapse; margin: 1rem 0; min-width: 24rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid #b4b4b4; padding: .3rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef5; }
tbody th { font-weight: 600; background: #f6f6f6; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.status { display: inline-block; padding: .1rem .5rem; border-radius: .3rem; font-weight: 600; }
.status-ok { background: #e3f1e3; color: #174d17; }
.status-partial { background: #fff3d6; color: #5c4000; }
.status-failed { background: #fbe3e3; color: #7a1111; }
.thumbs { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; margin: 1rem 0; }
.thumbs figure { margin: 0; }
.thumbs img { border: 1px solid #888; display: block; background: #fff; }
.thumbs figcaption { font-size: .85rem; color: #444; text-align: center; }
.note { color: #444; font-style: italic; }
section.doc { border-top: 1px solid #ddd; }
.row { display: flex; flex-wrap: wrap; gap: 0 2.5rem; align-items: flex-start; }
.row > table { min-width: 0; }
"""

_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


_WARNING_NL = (
    (re.compile(r"^page (\d+): OCR confidence (\d+)%: review this page$"), r"pagina \1: OCR-betrouwbaarheid \2%, controleer deze pagina"),
    (re.compile(r"^flagged region: (.*)$"), r"gemarkeerd gebied, controleer: \1"),
)


def warning_nl(text: str) -> str:
    """Dutch wording for the pipeline's known warnings; other warnings as they are."""
    for pat, repl in _WARNING_NL:
        if pat.match(text):
            return pat.sub(repl, text)
    return text


def _status(r: DocumentResult) -> tuple[str, str]:
    """(css class, Dutch status) of a document."""
    public, partial, _ = JUDGEMENTS["platform"]
    if r.error_type == NOT_A_PDF:
        return "status-failed", "Niet verwerkt: geen PDF"
    if not r.ok:
        return "status-failed", "Mislukt: niet gepubliceerd"
    if r.boxes:
        return "status-partial", f"{partial} (gelakt)"
    return "status-ok", f"{public} (niets gelakt)"


def _verification_nl(r: DocumentResult) -> str:
    """``; controle na het lakken geslaagd (5 controles)``, or ``""`` without a verification."""
    v = r.verification
    if v is None:
        return ""
    verdict = "geslaagd" if v.ok else f"{_n(len(v.problems), 'probleem', 'problemen')} gevonden"
    return f"; controle na het lakken {verdict} ({_n(len(v.checks), 'controle', 'controles')})"


_GREY16 = [17 * (i // 3) for i in range(48)]  # palette entry i: grey level 17 * i


def render_thumbnails(pdf_path: str | Path, *, dpi: int = 40, max_pages: int = MAX_THUMBNAILS) -> tuple[list[tuple[int, int, int, bytes]], int]:
    """PNG thumbnails of the first ``max_pages`` pages: ``([(page_no, width, height, png)], total_pages)``.

    Raises whatever pypdfium2 raises for an unreadable file; the caller shows a note instead.
    """
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        total = len(pdf)
        out: list[tuple[int, int, int, bytes]] = []
        for i in range(min(total, max_pages)):
            page = pdf[i]
            try:
                # Grey, 16 levels, a 4-bit palette: boxes, labels and text stay legible at a
                # quarter of the RGB size, and it is the cheapest image to make for thousands of
                # pages (no colour quantisation).
                grey = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
            finally:
                page.close()
            img = Image.frombytes("P", grey.size, grey.point(lambda v: v >> 4).tobytes())
            img.putpalette(_GREY16)
            buf = io.BytesIO()
            img.save(buf, format="PNG", compress_level=6, bits=4)
            out.append((i + 1, img.width, img.height, buf.getvalue()))
        return out, total
    finally:
        pdf.close()


def write_html_report(
    out_dir: Path,
    results: Sequence[DocumentResult],
    *,
    title: str = "Woo-redactierapport",
    policy_name: str = "",
    generated_at: str | None = None,
    thumbnail_dpi: int = 40,
    relative_names: Sequence[str] | None = None,
    max_thumbnails: int = MAX_THUMBNAILS,
    model: str = "",
) -> Path:
    """Write ``out_dir/report.html`` for a bundle run and return its path (``model``: the NER
    model used, ``name@version`` or ``none``, named in the report's header).

    ``generated_at`` is printed as given (default: now, UTC), so tests get identical bytes.
    ``relative_names`` (same order as ``results``) overrides the document names derived from
    ``result.output``, as in :func:`woo_redact.inventory.write_inventory`.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if generated_at is None:
        generated_at = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    docs = ordered(out_dir, results, relative_names)

    per_ground: Counter[str] = Counter()
    per_entity: Counter[str] = Counter()
    for _, _, r in docs:
        per_ground.update(redactions_per_ground(r))
        per_entity.update(redactions_per_entity(r))
    n_docs = len(docs)
    n_failed = sum(1 for _, _, r in docs if not r.ok)
    n_pages = sum(r.pages for _, _, r in docs)
    n_redactions = sum(per_ground.values())
    n_boxes = sum(len(r.boxes) for _, _, r in docs)
    n_review = sum(1 for _, _, r in docs for d in r.decisions if d.action is Action.REVIEW)
    n_warnings = sum(len(r.warnings) for _, _, r in docs)
    n_partial = sum(1 for _, _, r in docs if r.ok and r.boxes)

    doc_views = [_document_view(i, name, r, thumbnail_dpi, max_thumbnails) for i, name, r in docs]
    html_text = _template().render(
        title=title,
        csp=_CSP,
        css=_CSS,
        generated_at=generated_at,
        version=__version__,
        policy_name=policy_name,
        model=model,
        summary=[
            ("documenten", "Documenten", n_docs),
            ("verwerkt", "Verwerkt", n_docs - n_failed),
            ("gedeeltelijk", "Waarvan met lakvlakken", n_partial),
            ("mislukt", "Mislukt (niet gepubliceerd)", n_failed),
            ("paginas", "Pagina's", n_pages),
            ("passages", "Gelakte passages", n_redactions),
            ("vlakken", "Lakvlakken", n_boxes),
            ("beoordelen", "Passages ter beoordeling", n_review),
            ("waarschuwingen", "Waarschuwingen", n_warnings),
        ],
        per_ground=[(g, ground_title(g), per_ground[g]) for g in sort_grounds(list(per_ground))],
        per_entity=[(e, ENTITY_NL.get(e, e), per_entity[e]) for e in sorted(per_entity)],
        failed=[v for v in doc_views if v["reason"]],
        warned=[v for v in doc_views if v["warnings"]],
        docs=doc_views,
    )
    path = out_dir / REPORT_NAME
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(html_text + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


@functools.lru_cache(maxsize=1)
def _template() -> Any:
    """The report template (``woo_redact/data/templates/report.html.j2``), autoescaped."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("woo_redact", "data/templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=False,
    )
    return env.get_template(TEMPLATE_NAME)


def _document_view(i: int, name: str, r: DocumentResult, dpi: int, max_pages: int) -> dict[str, Any]:
    """What the template shows of one document: counts, Dutch texts and thumbnails, no plaintext."""
    cls, status = _status(r)
    pg = redactions_per_ground(r)
    review = sum(1 for d in r.decisions if d.action is Action.REVIEW)
    view: dict[str, Any] = {
        "i": i,
        "name": name,
        "cls": cls,
        "status": status,
        "pages": r.pages,
        "redactions": sum(pg.values()),
        "boxes": len(r.boxes),
        "grounds": list(pg),
        "line": f'{_n(r.pages, "pagina", PAGES)}, {_n(len(r.boxes), "lakvlak", "lakvlakken")}{_verification_nl(r)}',
        "reason": "" if r.ok else failure_reason(r),
        "warnings": [warning_nl(w) for w in r.warnings],
        "review": _n(review, "passage", "passages") if review else "",
        "per_ground": [(g, ground_title(g), n) for g, n in pg.items()],
        "metadata": sorted(r.apply_report.metadata_scrubbed),
        "thumbs": [],
        "thumbs_note": "",
        "thumbs_intro": "",
    }
    if not r.ok or not r.output:
        view["thumbs_note"] = "Geen gelakte versie, dus geen voorbeeld."
        return view
    try:
        thumbs, total = render_thumbnails(r.output, dpi=dpi, max_pages=max_pages)
    except Exception as exc:  # a report must not fail on one unrenderable file
        view["thumbs_note"] = f"Voorbeeld niet beschikbaar ({type(exc).__name__})."
        return view
    view["thumbs_intro"] = f"Gelakte versie, {_n(total, 'pagina', PAGES)}" + (
        f"; alleen de eerste {len(thumbs)} zijn afgebeeld." if total > len(thumbs) else "."
    )
    view["thumbs"] = [
        {"page": page_no, "width": w, "height": h, "data": base64.b64encode(png).decode("ascii")} for page_no, w, h, png in thumbs
    ]
    return view
