"""OCR for pages without a usable text layer: Tesseract (Dutch) → an invisible text layer.

Why Tesseract directly and not OCRmyPDF: OCRmyPDF's rasterising and PDF/A paths lean on
Ghostscript (AGPL), which the product must not depend on, and we need the word boxes and
confidences for our own decisions anyway. So: PDFium renders the page, Tesseract writes a
text-only PDF (its ``textonly_pdf`` renderer, the same GlyphLessFont layer OCRmyPDF uses) plus a
TSV with confidences, and pikepdf lays that layer over the original page as a Form XObject.

The result is a *sandwich* PDF that the rest of the pipeline treats like any text PDF: glyphs
under a box are removed from the invisible layer, the scan's pixels under it are blacked out,
and what was not redacted stays searchable.

Limits: Tesseract straightens small skew by itself and the page's /Rotate is honoured; pages
scanned upside down or sideways without /Rotate are OCR'd as they are (poor confidence, flagged
for review). Text inside images on pages that already have a text layer is not OCR'd.
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .errors import OCRUnavailableError
from .types import PageText

log = logging.getLogger(__name__)

DEFAULT_DPI = 300
MAX_SIDE_PX = 12000
LOW_CONFIDENCE = 60.0
_MIN_GLYPHS = 8


@functools.lru_cache(maxsize=1)
def tesseract_languages() -> frozenset[str]:
    exe = shutil.which("tesseract")
    if exe is None:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def ocr_available(lang: str = "nld") -> bool:
    return lang in tesseract_languages()


def needs_ocr(page: PageText) -> bool:
    """A page that shows images but has (almost) no text: a scan."""
    if not page.has_images:
        return False
    visible = sum(1 for g in page.glyphs if not g.char.isspace())
    if visible < _MIN_GLYPHS:
        return True
    # A text layer of mostly replacement characters is garbage (broken ToUnicode).
    bad = sum(1 for g in page.glyphs if g.char in "\ufffd\x00")
    return bad > 0.5 * visible


@dataclass(frozen=True, slots=True)
class OcrPage:
    page: int
    words: int
    mean_confidence: float


def make_sandwich(
    src: str | os.PathLike[str],
    dst: str | os.PathLike[str],
    pages: Sequence[int],
    *,
    lang: str = "nld",
    dpi: int = DEFAULT_DPI,
    password: str | None = None,
) -> list[OcrPage]:
    """Write ``dst``: ``src`` with an invisible OCR text layer on ``pages`` (0-based)."""
    if not ocr_available(lang):
        raise OCRUnavailableError(
            f"Tesseract with language {lang!r} is not installed; install tesseract-ocr and "
            f"tesseract-ocr-{lang} (scripts/setup.sh does) to redact scanned pages"
        )
    import pikepdf
    import pypdfium2 as pdfium

    results: list[OcrPage] = []
    with tempfile.TemporaryDirectory(prefix="woo-ocr-") as td:
        tmp = Path(td)
        layers: dict[int, tuple[Path, float, float]] = {}
        doc = pdfium.PdfDocument(str(src), password=password)
        try:
            for n in pages:
                page = doc[n]
                try:
                    dw, dh = page.get_size()  # displayed (rotated) size in points
                    # Tesseract refuses images over 32767 px a side: huge pages get a lower dpi.
                    scale = min(dpi / 72.0, MAX_SIDE_PX / max(dw, dh, 1.0))
                    img = page.render(scale=scale).to_pil().convert("L")
                finally:
                    page.close()
                png = tmp / f"p{n}.png"
                img.save(png, dpi=(round(scale * 72), round(scale * 72)))
                base = tmp / f"p{n}"
                proc = subprocess.run(
                    ["tesseract", str(png), str(base), "-l", lang, "--psm", "3", "-c", "textonly_pdf=1", "pdf", "tsv"],
                    capture_output=True,
                    timeout=600,
                    check=False,
                )
                if proc.returncode != 0 or not base.with_suffix(".pdf").is_file():
                    raise OCRUnavailableError(f"Tesseract failed on page {n + 1}: {proc.stderr.decode(errors='replace')[-300:]}")
                words, conf = _tsv_confidence(base.with_suffix(".tsv"))
                results.append(OcrPage(n, words, conf))
                layers[n] = (base.with_suffix(".pdf"), float(dw), float(dh))
        finally:
            doc.close()

        with pikepdf.open(src, password=password or "") as pdf:
            for n, (layer_path, dw, dh) in layers.items():
                with pikepdf.open(layer_path) as layer:
                    _overlay(pdf, pdf.pages[n], layer.pages[0], dw, dh)
            pdf.save(dst)
    return results


def _tsv_confidence(path: Path) -> tuple[int, float]:
    words, total = 0, 0.0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or not cols[11].strip():
            continue
        try:
            conf = float(cols[10])
        except ValueError:
            continue
        if conf >= 0:
            words += 1
            total += conf
    return words, (total / words if words else 0.0)


def _inherited(obj, key: str):  # type: ignore[no-untyped-def]
    """A page attribute looked up through the page tree (``/Rotate`` may sit on a parent node)."""
    node = obj
    for _ in range(64):
        if node is None or not hasattr(node, "get"):
            return None
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def visible_box(page) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    """The page box a viewer (and PDFium's rendering) shows: the crop box clipped to the media box."""
    mb = [float(v) for v in page.mediabox]
    try:
        cb = [float(v) for v in page.cropbox]
    except (KeyError, TypeError, ValueError):
        cb = mb
    mx0, my0, mx1, my1 = min(mb[0], mb[2]), min(mb[1], mb[3]), max(mb[0], mb[2]), max(mb[1], mb[3])
    cx0, cy0, cx1, cy1 = min(cb[0], cb[2]), min(cb[1], cb[3]), max(cb[0], cb[2]), max(cb[1], cb[3])
    box = (max(mx0, cx0), max(my0, cy0), min(mx1, cx1), min(my1, cy1))
    return box if box[2] > box[0] and box[3] > box[1] else (mx0, my0, mx1, my1)


def _overlay(pdf, page, layer_page, dw: float, dh: float) -> None:  # type: ignore[no-untyped-def]
    """Place the OCR layer (made over the displayed page) over the page in user space.

    The rendering OCR'd covers the visible (crop) box after ``/Rotate``, so the layer is mapped
    onto that box (:func:`woo_redact.geometry.scaled_display_to_user`).
    """
    import pikepdf

    from .geometry import normalise_rotation, scaled_display_to_user

    form = pdf.copy_foreign(layer_page.as_form_xobject())
    lw = float(layer_page.mediabox[2]) - float(layer_page.mediabox[0])
    lh = float(layer_page.mediabox[3]) - float(layer_page.mediabox[1])
    rot = normalise_rotation(_inherited(page.obj, "/Rotate") or 0)
    m = scaled_display_to_user(visible_box(page), rot, lw, lh)
    name = page.add_resource(form, pikepdf.Name.XObject, prefix="WooOCR")
    cmd = f"q {m[0]:.6f} {m[1]:.6f} {m[2]:.6f} {m[3]:.6f} {m[4]:.4f} {m[5]:.4f} cm {name} Do Q".encode()
    page.contents_coalesce()
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
    page.contents_add(pdf.make_stream(b"\nQ\n" + cmd + b"\n"), prepend=False)
