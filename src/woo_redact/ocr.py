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
for review).

Images on pages that *do* have a text layer (screenshots of mails and chats pasted into Word,
stamps, a scan under a partial or offset OCR layer) are read by :func:`add_image_text` when the
text layer does not already cover their ink; their words join the page text with boxes in user
space. Cost is bounded per document (:data:`MAX_DOC_PIXELS`, :data:`MAX_DOC_SECONDS`) and cached by
image data (:class:`ImageTextCache`); what the budget leaves unread is counted so the caller can
flag the document. :func:`grow_plan_to_ink` widens boxes on OCR'd text to the glyphs' ink.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import OCRUnavailableError
from .plan import INK_OCR_FONT as _PLAN_INK_FONT
from .types import Document, GlyphTable, PageText

if TYPE_CHECKING:
    import numpy as np
    from PIL import Image

    from .types import RedactBox, RedactionPlan

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

        with pikepdf.open(os.fspath(src), password=password or "") as pdf:
            for n, (layer_path, dw, dh) in layers.items():
                with pikepdf.open(layer_path) as layer:
                    _overlay(pdf, pdf.pages[n], layer.pages[0], dw, dh)
            pdf.save(os.fspath(dst))
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


# --------------------------------------------------------------------------- images on text pages

OCR_IMAGE_FONT = "woo:image-ocr"  # Glyph.font of characters read from an image on a text page
MIN_IMAGE_PX = (48, 14)  # smaller images cannot hold a legible word
MIN_IMAGE_PT = (24.0, 7.0)  # nor can placements smaller than this on the page
TARGET_DPI = 300.0  # screenshots (96 dpi) are upscaled towards this for Tesseract
MAX_UPSCALE = 3.0
MAX_IMAGE_PIXELS = 24_000_000  # one image, after scaling (Tesseract's limit is 32767 px a side)
MAX_DOC_PIXELS = 200_000_000  # all images of one document (≈ 24 full A4 pages at 300 dpi)
MAX_DOC_SECONDS = 240.0  # wall time of image OCR for one document
COVERED_INK = 0.6  # an image whose ink lies this much under text-layer glyphs is already read
COVER_DPI = 72.0  # resolution of the rendering that measures it
INK_CONTRAST = 64  # grey levels between ink and its background
MAX_INK_GROWTH = 1.0  # of the word height, per side along the line (a third of that across it)
LETTER_GAP = 0.2  # of the word height: a clean gap this narrow lies between letters, not words
MIN_WORD_CONFIDENCE = 50.0  # Tesseract confidence: below this, image "words" are mostly noise (photos, charts)


@dataclass(frozen=True, slots=True)
class ImageWord:
    """One OCR word in the image's unit square (u right, v up), grown to its ink."""

    text: str
    confidence: float
    line: tuple[int, int, int]  # Tesseract's block, paragraph, line
    chars: tuple[tuple[float, float, float, float], ...]  # one box per character (u0, v0, u1, v1)


@dataclass(frozen=True, slots=True)
class ImageOcrReport:
    """What image OCR did on one document (counts only: no text)."""

    images: int = 0  # placements large enough to hold text
    ocr_runs: int = 0  # Tesseract runs (placements read from the cache do not count)
    cache_hits: int = 0
    words: int = 0
    hidden: int = 0  # placements in optional content switched off (read like the others)
    skipped: int = 0  # placements not read because the budget ran out: review the document
    pixels: int = 0
    seconds: float = 0.0


class ImageTextCache:
    """OCR results by image identity (and scale): logos and letterheads are read once per process."""

    def __init__(self, max_entries: int = 2048) -> None:
        self._data: dict[str, tuple[ImageWord, ...]] = {}
        self._max = max_entries

    def get(self, key: str) -> tuple[ImageWord, ...] | None:
        got = self._data.pop(key, None)
        if got is not None:
            self._data[key] = got  # most recently used last
        return got

    def put(self, key: str, words: tuple[ImageWord, ...]) -> None:
        self._data[key] = words
        while len(self._data) > self._max:
            self._data.pop(next(iter(self._data)))

    def __len__(self) -> int:
        return len(self._data)


IMAGE_TEXT_CACHE = ImageTextCache()


def _ink_mask(gray: np.ndarray, box: tuple[int, int, int, int]) -> tuple[np.ndarray, int]:
    """Ink of the region around ``box`` (l, t, r, b): pixels far from the word's background."""
    import numpy as np

    l, t, r, b = box
    h = max(b - t, 1)
    g = int(MAX_INK_GROWTH * h) + 2
    y0, y1 = max(t - g, 0), min(b + g, gray.shape[0])
    x0, x1 = max(l - g, 0), min(r + g, gray.shape[1])
    region = gray[y0:y1, x0:x1].astype(np.int16)
    # background: the commonest grey of the region's border (light paper or a dark chat bubble)
    border = np.concatenate([region[0], region[-1], region[:, 0], region[:, -1]]) if region.size else np.array([255])
    bg = int(np.bincount(border.astype(np.int64) // 16 * 16 + 8).argmax())
    return np.abs(region - bg) > INK_CONTRAST, g


def grow_to_ink(gray: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """``box`` (l, t, r, b; pixels) grown while the next column/row beside it carries ink.

    OCR word boxes end where the recogniser stopped, not where the ink does: a descender, the
    tail of a last glyph or a touching comma can stick out. Growth stops at the first clean
    column/row, or after :data:`MAX_INK_GROWTH` of the word height along the line (a third of
    that across it) so a table rule or underline does not drag the box along.
    """
    mask, g = _ink_mask(gray, box)
    if not mask.size:
        return box
    l, t, r, b = box
    oy, ox = max(t - g, 0), max(l - g, 0)
    L, T, R, B = l - ox, t - oy, r - ox, b - oy
    h = max(b - t, 1)
    along, across = int(MAX_INK_GROWTH * h), int(MAX_INK_GROWTH * h / 3) + 1
    hh, ww = mask.shape
    tol = max(1, int(LETTER_GAP * h))  # clean columns between letters of one word (not a word space)

    def col_ink(c: int) -> bool:
        return 0 <= c < ww and bool(mask[max(T, 0) : B, c].any())

    limit = R + along
    while min(limit, ww) > R:
        if col_ink(R):
            R += 1
            continue
        nxt = next((c for c in range(R + 1, min(R + 2 + tol, limit, ww)) if col_ink(c)), None)
        if nxt is None:
            break
        R = nxt
    limit = L - along
    while max(limit, 0) < L:
        if col_ink(L - 1):
            L -= 1
            continue
        nxt = next((c for c in range(L - 2, max(L - 3 - tol, limit - 1, -1), -1) if col_ink(c)), None)
        if nxt is None:
            break
        L = nxt + 1
    for _ in range(across):  # down
        if hh <= B or not mask[B, max(L, 0) : R].any():
            break
        B += 1
    for _ in range(across):  # up
        if T <= 0 or not mask[T - 1, max(L, 0) : R].any():
            break
        T -= 1
    return L + ox, T + oy, R + ox, B + oy


_LONG_NUMBER = re.compile(r"\d{9,}")


def fix_trailing_punctuation(text: str, gray: np.ndarray, box: tuple[int, int, int, int]) -> str:
    """A long number whose last "digit" is ink in the lower part of the line only is a comma or
    full stop that Tesseract read as a digit (``123456782,`` → ``1234567822``): put it back, so
    the number keeps its length and check digit."""
    import numpy as np

    if not _LONG_NUMBER.fullmatch(text):
        return text
    l, t, r, b = box
    mask, g = _ink_mask(gray, box)
    oy, ox = max(t - g, 0), max(l - g, 0)
    band = mask[t - oy : b - oy, l - ox : r - ox]
    if not band.size:
        return text
    cols = np.nonzero(band.any(axis=0))[0]
    if len(cols) == 0:
        return text
    # the last glyph: the rightmost run of ink columns
    end = start = int(cols[-1])
    while start - 1 >= 0 and band[:, start - 1].any():
        start -= 1
    rows = np.nonzero(band[:, start : end + 1].any(axis=1))[0]
    height = max(b - t, 1)
    # digits reach (nearly) the cap height; a comma or full stop sits on the baseline
    if rows[0] / height > 0.55:
        return text[:-1] + ("," if (rows[-1] - rows[0] + 1) > 1.6 * (end - start + 1) else ".")
    return text


def _tesseract_words(img: Image.Image, lang: str) -> list[tuple[str, float, tuple[int, int, int], tuple[int, int, int, int]]]:
    """Tesseract's words on a greyscale image: text, confidence, (block, par, line), pixel box."""
    with tempfile.TemporaryDirectory(prefix="woo-imgocr-") as td:
        png = Path(td) / "img.png"
        img.save(png)
        proc = subprocess.run(
            ["tesseract", str(png), str(Path(td) / "out"), "-l", lang, "--psm", "3", "tsv"],
            capture_output=True,
            timeout=300,
            check=False,
        )
        tsv = Path(td) / "out.tsv"
        if proc.returncode != 0 or not tsv.is_file():
            raise OCRUnavailableError(f"Tesseract failed on an image: {proc.stderr.decode(errors='replace')[-200:]}")
        rows = tsv.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    out = []
    for line in rows:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        try:
            conf = float(cols[10])
            key = (int(cols[2]), int(cols[3]), int(cols[4]))
            l, t, w, h = (int(cols[i]) for i in (6, 7, 8, 9))
        except ValueError:
            continue
        if not text or conf < MIN_WORD_CONFIDENCE or not (any(c.isalnum() for c in text) or text == "@"):
            continue
        out.append((text, conf, key, (l, t, l + w, t + h)))
    return out


def read_image_words(img: Image.Image, *, lang: str = "nld", scale: float = 1.0) -> tuple[ImageWord, ...]:
    """OCR one image: words with per-character boxes in its unit square, grown to their ink."""
    import numpy as np
    from PIL import Image

    gray_img = img.convert("L") if img.mode != "L" else img
    if scale > 1.0:
        gray_img = gray_img.resize((round(gray_img.width * scale), round(gray_img.height * scale)), Image.Resampling.LANCZOS)
    W, H = gray_img.size
    gray = np.asarray(gray_img)
    words: list[ImageWord] = []
    for text, conf, key, box in _tesseract_words(gray_img, lang):
        grown = grow_to_ink(gray, box)
        text = fix_trailing_punctuation(text, gray, box)
        l, t, r, b = grown
        n = len(text)
        # characters share the word's width in proportion (Tesseract's TSV has no glyph boxes)
        chars = tuple(
            (
                (l + (r - l) * k / n) / W,
                1.0 - b / H,
                (l + (r - l) * (k + 1) / n) / W,
                1.0 - t / H,
            )
            for k in range(n)
        )
        words.append(ImageWord(text, conf, key, chars))
    return tuple(_join_at_signs(words))


def _join_at_signs(words: list[ImageWord]) -> list[ImageWord]:
    """``name @ domain`` read as three words on one line becomes one word: an e-mail address
    must reach detection whole (Tesseract often isolates a proportional-font ``@``)."""
    out: list[ImageWord] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w.text == "@":
            prev = out[-1] if out and out[-1].line == w.line else None
            nxt = words[i + 1] if i + 1 < len(words) and words[i + 1].line == w.line else None
            if prev is not None and nxt is not None:
                out[-1] = ImageWord(prev.text + "@" + nxt.text, min(prev.confidence, w.confidence, nxt.confidence), prev.line,
                                    prev.chars + w.chars + nxt.chars)
                i += 2
                continue
            i += 1  # a lone "@" carries nothing to detect
            continue
        out.append(w)
        i += 1
    return out


def _upscale(pl_ctm: tuple[float, ...], w: int, h: int) -> float:
    """How much to enlarge an image so its text reaches about :data:`TARGET_DPI` for Tesseract."""
    import math

    wpt = math.hypot(pl_ctm[0], pl_ctm[1])
    hpt = math.hypot(pl_ctm[2], pl_ctm[3])
    dpi = min(w / max(wpt / 72.0, 1e-6), h / max(hpt / 72.0, 1e-6))
    scale = min(MAX_UPSCALE, max(1.0, TARGET_DPI / max(dpi, 1.0)))
    if w * h * scale * scale > MAX_IMAGE_PIXELS:
        scale = max(1.0, (MAX_IMAGE_PIXELS / max(w * h, 1)) ** 0.5)
    return round(scale, 2)


def add_image_text(
    doc: Document,
    *,
    password: str | None = None,
    lang: str = "nld",
    cache: ImageTextCache = IMAGE_TEXT_CACHE,
    max_pixels: int = MAX_DOC_PIXELS,
    max_seconds: float = MAX_DOC_SECONDS,
) -> tuple[Document, ImageOcrReport]:
    """Read the text inside images on pages that have a text layer, for detection.

    Screenshots of mails and chats pasted into Word, logos, stamps, a scan with a partial text
    layer: every image drawn on a text page (XObject, inside a form, inline, shared between
    pages, in a layer switched off) that is large enough to hold a word is OCR'd, and its words
    are appended to the page's text (after a line break) as glyphs with boxes in user space
    (``Glyph.font`` = :data:`OCR_IMAGE_FONT`). Detection, decisions and the plan then treat them
    like any text, and the writer blacks out the pixels under the boxes.

    Cost is bounded per document by ``max_pixels`` (after upscaling) and ``max_seconds``; results
    are cached by the image's data, so a logo on every page is read once. Placements left unread
    when the budget runs out are counted in :attr:`ImageOcrReport.skipped` (the caller flags the
    document for review). Pages that already went through full-page OCR are skipped.
    Without Tesseract the document is returned unchanged with every placement counted as skipped.
    """
    import time

    import pikepdf

    from .pdf.images import image_placements

    t0 = time.perf_counter()
    report = dict(images=0, ocr_runs=0, cache_hits=0, words=0, hidden=0, skipped=0, pixels=0)
    have_ocr = ocr_available(lang)
    new_pages: list[PageText] = []
    try:
        pdf = pikepdf.open(doc.path, password=password or "")
    except (pikepdf.PdfError, OSError):
        return doc, ImageOcrReport()
    with pdf:
        for page in doc.pages:
            if page.source == "ocr":
                new_pages.append(_fix_ocr_numbers(page, doc.path, password))
                continue
            if not page.has_images or page.number >= len(pdf.pages):
                new_pages.append(page)
                continue
            try:
                placements = image_placements(pdf, page.number)
            except Exception:  # a damaged page: its images are not read here
                placements = []
            found: list[tuple[ImageWord, tuple[float, ...]]] = []
            coverage: _InkCoverage | None = None
            for pl in placements:
                x0, y0, x1, y1 = pl.user_rect()
                if pl.width < MIN_IMAGE_PX[0] or pl.height < MIN_IMAGE_PX[1]:
                    continue
                if max(x1 - x0, y1 - y0) < MIN_IMAGE_PT[0] or min(x1 - x0, y1 - y0) < MIN_IMAGE_PT[1]:
                    continue
                if not pl.hidden and len(page.glyphs):
                    if coverage is None:
                        coverage = _InkCoverage(doc.path, password, page)
                    if coverage.covered((x0, y0, x1, y1)) >= COVERED_INK:
                        continue  # the text layer already holds this image's text, where its ink is
                report["images"] += 1
                report["hidden"] += int(pl.hidden)
                scale = _upscale(pl.ctm, pl.width, pl.height)
                key = f"{pl.key}@{scale}:{lang}"
                words = cache.get(key)
                if words is not None:
                    report["cache_hits"] += 1
                else:
                    cost = int(pl.width * pl.height * scale * scale)
                    if not have_ocr or report["pixels"] + cost > max_pixels or time.perf_counter() - t0 > max_seconds:
                        report["skipped"] += 1
                        continue
                    try:
                        words = read_image_words(pl.to_pil(), lang=lang, scale=scale)
                    except (OCRUnavailableError, OSError, ValueError, subprocess.TimeoutExpired) as exc:
                        log.warning("image OCR failed on page %d (%s)", page.number + 1, type(exc).__name__)
                        report["skipped"] += 1
                        continue
                    except Exception as exc:  # undecodable image data
                        log.warning("image on page %d could not be decoded for OCR (%s)", page.number + 1, type(exc).__name__)
                        report["skipped"] += 1
                        continue
                    report["ocr_runs"] += 1
                    report["pixels"] += cost
                    cache.put(key, words)
                found.extend((w, pl.ctm) for w in words)
            report["words"] += len(found)
            new_pages.append(_with_image_words(page, found) if found else page)
    rep = ImageOcrReport(**report, seconds=time.perf_counter() - t0)
    if not any(a is not b for a, b in zip(new_pages, doc.pages)):
        return doc, rep
    return replace(doc, pages=tuple(new_pages)), rep


class _InkCoverage:
    """How much of an image's ink the page's text layer explains (glyph boxes lying on it).

    A scan with a complete, aligned OCR layer needs no second OCR; a partial layer, a layer
    offset from its pixels, or a screenshot without any text over it does. Measured on one
    rendering of the page (:data:`COVER_DPI`), where dark pixels next to a light one count as ink
    (strokes of text, not the inside of solid areas).
    """

    def __init__(self, path: str, password: str | None, page: PageText) -> None:
        import numpy as np
        import pypdfium2 as pdfium

        from .geometry import box_pixels

        self.scale = COVER_DPI / 72.0
        doc = pdfium.PdfDocument(path, password=password)
        try:
            pp = doc[page.number]
            c = pp.get_bbox()  # effective crop box, inherited boxes included (get_cropbox falls back to Letter)
            self.box = (float(c[0]), float(c[1]), float(c[2]), float(c[3]))
            self.rot = int(pp.get_rotation())
            img = pp.render(scale=self.scale, grayscale=True, may_draw_forms=False, draw_annots=False).to_numpy()
            pp.close()
        finally:
            doc.close()
        dark = (img[:, :, 0] if img.ndim == 3 else img) < 160
        # text is strokes: keep the dark pixels that touch a light one, so solid fills (chart
        # bars, black redaction blocks, dark photo areas) count by their outline only
        inner = dark.copy()
        inner[1:, :] &= dark[:-1, :]
        inner[:-1, :] &= dark[1:, :]
        inner[:, 1:] &= dark[:, :-1]
        inner[:, :-1] &= dark[:, 1:]
        self.ink = dark & ~inner
        self.text = np.zeros(self.ink.shape, dtype=bool)
        for g in page.glyphs:
            b = g.bbox
            r0, r1, c0, c1 = box_pixels((b.x0, b.y0, b.x1, b.y1), self.box, self.rot, self.scale, self.ink.shape, grow=1)
            self.text[r0:r1, c0:c1] = True

    def covered(self, rect: tuple[float, float, float, float]) -> float:
        """Share of the ink inside ``rect`` (user space) that lies under text-layer glyphs (1.0 when
        there is hardly any ink: nothing to read)."""
        from .geometry import box_pixels

        r0, r1, c0, c1 = box_pixels(rect, self.box, self.rot, self.scale, self.ink.shape)
        ink = self.ink[r0:r1, c0:c1]
        total = int(ink.sum())
        if total < 12:
            return 1.0
        return float((ink & self.text[r0:r1, c0:c1]).sum()) / total


def _fix_ocr_numbers(page: PageText, path: str, password: str | None) -> PageText:
    """On a full-page OCR text layer, long numbers whose last "digit" is a comma or full stop in
    the pixels get it back (:func:`fix_trailing_punctuation`); same length, so offsets hold."""
    import numpy as np
    import pypdfium2 as pdfium

    from .geometry import box_pixels, normalise_rotation
    from .types import BBox

    hits = [m for m in _LONG_NUMBER_IN_TEXT.finditer(page.text)]
    if not hits:
        return page
    text = list(page.text)
    scale = DEFAULT_DPI / 72.0  # a comma is a few pixels: look at it at OCR resolution
    try:
        doc = pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError:
        return page
    try:
        pp = doc[page.number]
        c = pp.get_bbox()  # effective crop box, inherited boxes included (get_cropbox falls back to Letter)
        crop = (float(c[0]), float(c[1]), float(c[2]), float(c[3]))
        rot = normalise_rotation(pp.get_rotation())
        arr = pp.render(scale=scale, grayscale=True, may_draw_forms=False, draw_annots=False).to_numpy()
        pp.close()
    finally:
        doc.close()
    if rot:
        return page  # numbers run along the rendering's rows only on upright pages
    gray = np.ascontiguousarray(arr[:, :, 0] if arr.ndim == 3 else arr)
    for m in hits:
        boxes = page.boxes_for(m.start(), m.end())
        if not boxes:
            continue
        b = BBox.enclosing(boxes)
        r0, r1, c0, c1 = box_pixels((b.x0, b.y0, b.x1, b.y1), crop, rot, scale, gray.shape)
        if r1 - r0 < 4 or c1 - c0 < 4:
            continue
        # the word's own ink (the layer's word box can end before the last glyph), so the test
        # sees the glyph heights rather than the line's padding
        c0, r0, c1, r1 = grow_to_ink(gray, (c0, r0, c1, r1))
        ink = np.abs(gray[r0:r1, c0:c1].astype(np.int16) - 255) > INK_CONTRAST
        rows, cols = np.nonzero(ink.any(axis=1))[0], np.nonzero(ink.any(axis=0))[0]
        if len(rows) == 0:
            continue
        box = (c0 + int(cols[0]), r0 + int(rows[0]), c0 + int(cols[-1]) + 1, r0 + int(rows[-1]) + 1)
        fixed = fix_trailing_punctuation(m.group(), gray, box)
        if fixed != m.group():
            text[m.end() - 1] = fixed[-1]
    new = "".join(text)
    return page if new == page.text else replace(page, text=new)


_LONG_NUMBER_IN_TEXT = re.compile(r"(?<!\d)\d{10,}(?!\d)")


def _with_image_words(
    page: PageText, words: Sequence[tuple[ImageWord, tuple[float, ...]]], *, font: str = OCR_IMAGE_FONT
) -> PageText:
    """``page`` with the image words appended as lines of text with glyph boxes in user space."""
    from .geometry import transform_rect

    table = GlyphTable()
    for g in page.glyphs:
        b = g.bbox
        table.append(g.char, b.x0, b.y0, b.x1, b.y1, g.size, g.font)
    chars = list(page.text)
    glyph_at: list[int | None] = list(page.glyph_at)

    def implied(ch: str) -> None:
        chars.append(ch)
        glyph_at.append(None)

    implied("\n")
    prev: tuple[object, tuple[int, int, int]] | None = None
    for word, ctm in words:
        here = (id(ctm), word.line)
        if prev is not None:
            implied(" " if prev == here else "\n")
        prev = here
        for ch, (u0, v0, u1, v1) in zip(word.text, word.chars):
            x0, y0, x1, y1 = transform_rect(ctm, (u0, v0, u1, v1))  # type: ignore[arg-type]
            table.append(ch, x0, y0, x1, y1, max(y1 - y0, 0.0), font)
            chars.append(ch)
            glyph_at.append(len(table) - 1)
    implied("\n")
    return replace(page, text="".join(chars), glyphs=table, glyph_at=tuple(glyph_at))


GROW_DPI = 150.0  # rendering used to grow boxes on OCR'd text to the ink


def grow_plan_to_ink(plan: RedactionPlan, doc: Document, *, password: str | None = None) -> RedactionPlan:
    """Boxes over OCR'd text (scanned pages, image words) grown to the glyphs' ink.

    An OCR word box ends where the recogniser stopped: the tail of the last glyph, a comma or a
    descender can stick out of it and stay readable next to the black box. Each box whose text
    came from OCR is compared with a rendering of ``doc.path`` (the OCR sandwich for scans) and
    grown by :func:`grow_to_ink`; other boxes are returned unchanged. Growth only adds area.
    """
    import numpy as np
    import pypdfium2 as pdfium

    from .geometry import box_pixels, device_rect_to_user, normalise_rotation
    from .types import BBox

    pages = {p.number: p for p in doc.pages}

    ocr_rects: dict[int, list[tuple[float, float, float, float]]] = {}

    def from_ocr(box: RedactBox) -> bool:
        page = pages.get(box.page)
        if page is None:
            return False
        if page.source == "ocr":
            return True
        if box.page not in ocr_rects:  # built once per page that has boxes
            ocr_rects[box.page] = [
                (g.bbox.x0, g.bbox.y0, g.bbox.x1, g.bbox.y1) for g in page.glyphs if g.font in (OCR_IMAGE_FONT, INK_OCR_FONT)
            ]
        b = box.bbox
        return any(x0 < b.x1 and b.x0 < x1 and y0 < b.y1 and b.y0 < y1 for x0, y0, x1, y1 in ocr_rects[box.page])

    todo = [i for i, b in enumerate(plan.boxes) if from_ocr(b)]
    if not todo:
        return plan
    boxes = list(plan.boxes)
    scale = GROW_DPI / 72.0
    pdf = pdfium.PdfDocument(doc.path, password=password)
    try:
        by_page: dict[int, list[int]] = {}
        for i in todo:
            by_page.setdefault(boxes[i].page, []).append(i)
        for pno, idxs in by_page.items():
            pp = pdf[pno]
            try:
                c = pp.get_bbox()  # effective crop box, inherited boxes included (get_cropbox falls back to Letter)
                crop = (float(c[0]), float(c[1]), float(c[2]), float(c[3]))
                rot = normalise_rotation(pp.get_rotation())
                arr = pp.render(scale=scale, grayscale=True, may_draw_forms=False, draw_annots=False).to_numpy()
            finally:
                pp.close()
            gray = np.ascontiguousarray(arr[:, :, 0] if arr.ndim == 3 else arr)
            for i in idxs:
                b = boxes[i].bbox
                r0, r1, c0, c1 = box_pixels((b.x0, b.y0, b.x1, b.y1), crop, rot, scale, gray.shape)
                if r1 <= r0 or c1 <= c0:
                    continue
                if rot in (90, 270):  # text runs down the rendering: grow along its rows
                    l, t, r, bt = grow_to_ink(np.ascontiguousarray(gray.T), (r0, c0, r1, c1))
                    r0, c0, r1, c1 = l, t, r, bt
                else:
                    c0, r0, c1, r1 = grow_to_ink(gray, (c0, r0, c1, r1))
                x0, y0, x1, y1 = device_rect_to_user(crop, rot, scale, (c0, c1), (r0, r1))
                grown = BBox(min(x0, b.x0), min(y0, b.y0), max(x1, b.x1), max(y1, b.y1))
                boxes[i] = replace(boxes[i], bbox=grown)
    finally:
        pdf.close()
    return replace(plan, boxes=tuple(_remerge(boxes)))


def _remerge(boxes: list[RedactBox]) -> list[RedactBox]:
    """Boxes that growth brought within a word space of each other become one, as the plan would
    have merged them: the writer merges them anyway, and the render check must see the same
    boxes the writer draws."""
    from . import geometry
    from .types import BBox

    by_page: dict[int, list[RedactBox]] = {}
    for b in boxes:
        by_page.setdefault(b.page, []).append(b)
    out: list[RedactBox] = []
    for page in sorted(by_page):
        merged = geometry.merge_line_boxes(
            by_page[page],
            lambda b: (b.bbox.x0, b.bbox.y0, b.bbox.x1, b.bbox.y1),
            lambda a, b, r: replace(
                a,
                bbox=BBox(*r),
                label=a.label if a.label == b.label else ", ".join(dict.fromkeys(x for x in (a.label, b.label) if x)),
                finding_ids=a.finding_ids + tuple(i for i in b.finding_ids if i not in a.finding_ids),
            ),
        )
        out.extend(merged)
    return out


# ------------------------------------------------------------------ ink the text layer does not explain

INK_OCR_FONT = _PLAN_INK_FONT  # Glyph.font of words read from ink no glyph or image explains (plan boxes their lines)
INK_DPI = 72.0  # the cheap rendering that finds unexplained ink (1 px = 1 pt on an upright page)
INK_READ_DPI = 300.0  # the rendering of the unexplained regions that Tesseract reads
INK_LINE_PX = 40.0  # the median region is read at least this tall
INK_MAX_ZOOM = 10.0  # over the INK_DPI rendering (720 dpi)
MIN_UNEXPLAINED_INK = 24  # edge pixels at INK_DPI: below this a page is not looked at further
REGION_HEIGHT_PT = (3.0, 90.0)  # a line of text: taller than a rule, shorter than a drawing
REGION_MIN_WIDTH_PT = 5.0
REGION_MIN_DENSITY = 0.06  # edge pixels per pixel of a region: text strokes, not a frame
REGION_MIN_INK = 40  # edge pixels (at 72 dpi) of a region: a short word has more, a speck or bullet less
MAX_READ_PIXELS = 6_000_000  # one page's crop at the reading resolution (zoom is lowered to fit)
MAX_INK_SECONDS = 90.0  # wall time of ink OCR for one document
MAX_INK_PIXELS = 120_000_000  # all regions of one document at INK_READ_DPI


@dataclass(frozen=True, slots=True)
class InkOcrReport:
    """What unexplained-ink OCR did on one document (counts only: no text)."""

    pages: int = 0  # pages rendered at INK_DPI
    pages_unexplained: int = 0  # pages with regions of unexplained ink
    regions: int = 0
    ocr_runs: int = 0
    cache_hits: int = 0
    words: int = 0
    skipped: int = 0  # pages with unexplained ink left unread (budget or no Tesseract): review
    seconds: float = 0.0


def _edges(gray: np.ndarray) -> np.ndarray:
    """Dark pixels touching a light one: strokes of text count, the inside of solid fills does not."""
    dark = gray < 160
    inner = dark.copy()
    inner[1:, :] &= dark[:-1, :]
    inner[:-1, :] &= dark[1:, :]
    inner[:, 1:] &= dark[:, :-1]
    inner[:, :-1] &= dark[:, 1:]
    return dark & ~inner


def _runs(idx: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Runs (first, last) of sorted indices, joined across gaps of fewer than ``gap`` missing ones."""
    out: list[tuple[int, int]] = []
    if not len(idx):
        return out
    start = prev = int(idx[0])
    for v in idx[1:]:
        v = int(v)
        if v - prev > gap:
            out.append((start, prev))
            start = v
        prev = v
    out.append((start, prev))
    return out


RULE_MIN_PT = (30.0, 12.0)  # straight runs of ink this long (horizontal, vertical) are rules and frames


def strip_rules(mask: np.ndarray, px_per_pt: float = 1.0) -> np.ndarray:
    """``mask`` without long straight runs: table rules, frames, underlines and the edges of
    filled boxes join lines of text into one block and read as nothing; letter strokes are shorter."""
    import numpy as np

    out = mask.copy()
    for axis, length in ((1, RULE_MIN_PT[0]), (0, RULE_MIN_PT[1])):
        m = mask if axis == 1 else mask.T
        o = out if axis == 1 else out.T  # a view: clearing it clears ``out``
        pad = np.zeros((m.shape[0], 1), dtype=np.int8)
        d = np.diff(np.concatenate([pad, m.astype(np.int8), pad], axis=1), axis=1)
        # run starts (+1) and ends (-1) in row-major order from one pass over the flat array
        # (two 2-D ``nonzero`` calls cost most of this function)
        w = d.shape[1]
        nz = np.flatnonzero(d)
        step = d.ravel()[nz]
        starts, ends = nz[step == 1], nz[step == -1]
        rs, cs, ce = starts // w, starts % w, ends % w
        long = (ce - cs) >= length * px_per_pt
        for r, a, b in zip(rs[long], cs[long], ce[long]):
            o[r, a:b] = False
    return out


def ink_regions(mask: np.ndarray, px_per_pt: float = 1.0) -> list[tuple[int, int, int, int]]:
    """Regions (r0, r1, c0, c1; half-open) of ``mask`` shaped like lines of text.

    Recursive XY-cut: split into bands of rows, each band into runs of columns separated by more
    than about a letter height, until nothing splits further. A leaf is kept when it is as tall
    as a line of text (:data:`REGION_HEIGHT_PT`), wide enough and dense with strokes; table rules,
    frames and tall drawings are not.
    """
    import numpy as np

    lo, hi = (v * px_per_pt for v in REGION_HEIGHT_PT)
    out: list[tuple[int, int, int, int]] = []
    stack = [(0, mask.shape[0], 0, mask.shape[1], 0)]
    while stack:
        r0, r1, c0, c1, depth = stack.pop()
        sub = mask[r0:r1, c0:c1]
        rows = np.nonzero(sub.any(axis=1))[0]
        if not len(rows):
            continue
        pieces: list[tuple[int, int, int, int]] = []
        for a, b in _runs(rows, max(1, int(0.6 * px_per_pt))):
            rr0, rr1 = r0 + a, r0 + b + 1
            cols = np.nonzero(mask[rr0:rr1, c0:c1].any(axis=0))[0]
            h = rr1 - rr0
            for s, e in _runs(cols, max(2, int(0.9 * min(h, hi)))):
                pieces.append((rr0, rr1, c0 + s, c0 + e + 1))
        if (len(pieces) == 1 and pieces[0] == (r0, r1, c0, c1)) or depth >= 8:
            for p in pieces:
                pr0, pr1, pc0, pc1 = p
                h, w = pr1 - pr0, pc1 - pc0
                if not (lo <= h <= hi) or w < max(REGION_MIN_WIDTH_PT * px_per_pt, 0.3 * h):
                    continue
                n = int(mask[pr0:pr1, pc0:pc1].sum())
                if n < REGION_MIN_DENSITY * h * w or n < REGION_MIN_INK * px_per_pt:
                    continue
                out.append(p)
            continue
        stack.extend((*p, depth + 1) for p in pieces)
    return out


def _lift_images(pp) -> list[tuple[float, float, float, float]]:  # type: ignore[no-untyped-def]
    """Remove the page's own images (and inline images) from PDFium's in-memory page, so the
    rendering shows what is drawn over and under them — image OCR reads the images themselves.
    Returns the page-space bounds of the forms that draw images (those cannot be lifted out
    here; their area counts as explained)."""
    import pypdfium2.raw as pdfium_c

    lift = []
    forms: list[tuple[float, float, float, float]] = []
    current_form = None
    try:
        for obj in pp.get_objects(filter=None, max_depth=8):
            level = getattr(obj, "level", 0)
            if level == 0:
                current_form = obj if obj.type == pdfium_c.FPDF_PAGEOBJ_FORM else None
                if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                    lift.append(obj)
            elif obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE and current_form is not None:
                box = tuple(float(v) for v in current_form.get_bounds())
                if not forms or forms[-1] != box:
                    forms.append(box)  # type: ignore[arg-type]
        for obj in lift:
            pp.remove_obj(obj)
    except Exception:  # a damaged page: nothing lifted, images count as drawn ink
        return []
    return forms


def add_unexplained_ink_text(
    doc: Document,
    *,
    password: str | None = None,
    lang: str = "nld",
    cache: ImageTextCache = IMAGE_TEXT_CACHE,
    max_seconds: float = MAX_INK_SECONDS,
    max_pixels: int = MAX_INK_PIXELS,
) -> tuple[Document, InkOcrReport]:
    """Read text that is drawn but that no extractor reads, for detection.

    Text drawn as vector outlines, by Type3 glyph procedures, inside a tiling pattern, or shown
    by a font whose ``/ToUnicode`` lies: each page with a text layer is rendered cheaply
    (:data:`INK_DPI`); ink that no extracted glyph box and no image explains — plus the ink under
    glyphs whose font was found lying (``extract.FONT_DECODED``) — is cut into line-shaped
    regions, and only those are rendered at :data:`INK_READ_DPI` (everything explained whited
    out) and read by Tesseract in one run per page. The words join the page text with boxes
    (``Glyph.font`` = :data:`INK_OCR_FONT`), so detection sees them and the writer removes the
    glyphs, paths and pixels under their boxes.

    Ordinary pages cost one low-resolution rendering: nothing is read when every bit of ink lies
    under a glyph or an image. Results are cached by the pixels read (a vector logo on every page
    is read once); pages left unread by the budget are counted in ``skipped``.
    """
    import hashlib
    import time

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    from .extract import FONT_DECODED
    from .geometry import device_to_user, normalise_rotation

    t0 = time.perf_counter()
    rep = dict(pages=0, pages_unexplained=0, regions=0, ocr_runs=0, cache_hits=0, words=0, skipped=0)
    todo = [p for p in doc.pages if p.source != "ocr" and len(p.glyphs)]
    if not todo:
        return doc, InkOcrReport()
    have_ocr = ocr_available(lang)
    pixels_used = 0
    new: dict[int, PageText] = {}
    try:
        pdf = pdfium.PdfDocument(doc.path, password=password)
    except pdfium.PdfiumError:
        return doc, InkOcrReport()
    try:
        for page in todo:
            if page.number >= len(pdf):
                continue
            pp = pdf[page.number]
            try:
                c = pp.get_bbox()  # effective crop box, inherited boxes included (get_cropbox falls back to Letter)
                crop = (float(c[0]), float(c[1]), float(c[2]), float(c[3]))
                rot = normalise_rotation(pp.get_rotation())
                s = INK_DPI / 72.0
                image_forms = _lift_images(pp) if page.has_images else []
                arr = pp.render(scale=s, grayscale=True, may_draw_forms=False, draw_annots=False).to_numpy()
                rep["pages"] += 1
                gray = arr[:, :, 0] if arr.ndim == 3 else arr
                ink = _edges(gray)
                coords, fonts, unread = _glyph_arrays(page)
                decoded = np.array([f == FONT_DECODED for f in fonts], dtype=bool)
                # annotation texts and earlier OCR words are not drawn by the page; a lying
                # font's glyphs, glyphs read as control codes and over-wide boxes explain nothing
                drawn = ~np.array([f.startswith("woo:") for f in fonts], dtype=bool) & _explains_all(coords) & ~unread
                suspect = [tuple(map(float, r)) for r in coords[decoded]]
                explained = _paint(coords[drawn], crop, rot, s, ink.shape, grow=1)
                if decoded.any():
                    explained &= ~_paint(coords[decoded], crop, rot, s, ink.shape, grow=1)
                unexplained = ink & ~explained
                if int(unexplained.sum()) < MIN_UNEXPLAINED_INK:
                    continue
                if image_forms:
                    unexplained &= ~_paint(np.array(image_forms, dtype=np.float64), crop, rot, s, ink.shape)
                if int(unexplained.sum()) < MIN_UNEXPLAINED_INK:
                    continue
                regions = ink_regions(strip_rules(unexplained, s), s)
                if not regions:
                    continue
                rep["pages_unexplained"] += 1
                rep["regions"] += len(regions)
                # one crop around all regions, read at INK_READ_DPI with everything else white
                R0 = max(min(r[0] for r in regions) - 4, 0)
                R1 = min(max(r[1] for r in regions) + 4, ink.shape[0])
                C0 = max(min(r[2] for r in regions) - 4, 0)
                C1 = min(max(r[3] for r in regions) + 4, ink.shape[1])
                # small type (a 6 pt pattern cell) is read larger: Tesseract wants ~30 px lines
                heights = sorted(r[1] - r[0] for r in regions)
                k = min(max(INK_READ_DPI / INK_DPI, INK_LINE_PX / max(heights[len(heights) // 2], 1)), INK_MAX_ZOOM)
                area = max((R1 - R0) * (C1 - C0), 1)
                k = max(min(k, (MAX_READ_PIXELS / area) ** 0.5), 2.0)
                cost = int((R1 - R0) * (C1 - C0) * k * k)
                H, W = ink.shape
                keep_lo = np.zeros(ink.shape, dtype=bool)
                for r0, r1, c0, c1 in regions:
                    pad = max(2, int(0.25 * (r1 - r0)))
                    keep_lo[max(r0 - pad, 0): r1 + pad, max(c0 - pad, 0): c1 + pad] = True
                # cached by what the cheap rendering shows of the regions (a logo on every page
                # is rendered large and read once)
                lo = np.where(keep_lo & ~explained, gray, 255)[R0:R1, C0:C1].astype(np.uint8)
                key = "ink:" + hashlib.sha1(lo.tobytes() + repr((lo.shape, round(k, 3))).encode()).hexdigest() + f":{lang}"
                words = cache.get(key)
                if words is None:
                    if not have_ocr or pixels_used + cost > max_pixels or time.perf_counter() - t0 > max_seconds:
                        rep["skipped"] += 1
                        continue
                    hi = pp.render(scale=s * k, grayscale=True, may_draw_forms=False, draw_annots=False,
                                   crop=(C0 / s, (H - R1) / s, (W - C1) / s, R0 / s)).to_numpy()
                    hi = np.array(hi[:, :, 0] if hi.ndim == 3 else hi)
                    keep = np.zeros(hi.shape, dtype=bool)
                    for r0, r1, c0, c1 in regions:
                        pad = max(2, int(0.25 * (r1 - r0)))
                        keep[max(int((r0 - pad - R0) * k), 0): int((r1 + pad - R0) * k),
                             max(int((c0 - pad - C0) * k), 0): int((c1 + pad - C0) * k)] = True
                    hi[~keep] = 255
                    # explained glyphs inside the regions are not read again (glyphs on a lying
                    # font's boxes stay: their pixels are what must be read)
                    mine = coords[drawn]
                    if suspect:
                        sus = np.array(suspect, dtype=np.float64)
                        touch = ((mine[:, None, 0] < sus[None, :, 2]) & (sus[None, :, 0] < mine[:, None, 2])
                                 & (mine[:, None, 1] < sus[None, :, 3]) & (sus[None, :, 1] < mine[:, None, 3])).any(axis=1)
                        mine = mine[~touch]
                    pr0, pr1, pc0, pc1 = _pixel_boxes(mine, crop, rot, s * k)
                    oy, ox = int(R0 * k), int(C0 * k)
                    hh, ww = hi.shape
                    for a0, a1, b0, b1 in set(zip((pr0 - oy).tolist(), (pr1 - oy).tolist(), (pc0 - ox).tolist(), (pc1 - ox).tolist())):
                        if a1 > 0 and b1 > 0 and a0 < hh and b0 < ww:
                            hi[max(a0, 0):a1, max(b0, 0):b1] = 255
                    try:
                        words = read_image_words(Image.fromarray(hi), lang=lang)
                    except (OCRUnavailableError, OSError, ValueError, subprocess.TimeoutExpired) as exc:
                        log.warning("ink OCR failed on page %d (%s)", page.number + 1, type(exc).__name__)
                        rep["skipped"] += 1
                        continue
                    rep["ocr_runs"] += 1
                    pixels_used += cost
                    cache.put(key, words)
                else:
                    rep["cache_hits"] += 1
                if not words:
                    continue
                # the crop's unit square (u right, v up) in user space, through its pixel corners
                to_user = device_to_user(crop, rot, s)
                hh, ww = _read_shape(R1 - R0, C1 - C0, k)
                bx, by = to_user(C0, R0 + hh / k)  # u = 0, v = 0: bottom left
                ux, uy = to_user(C0 + ww / k, R0 + hh / k)  # u = 1, v = 0
                vx, vy = to_user(C0, R0)  # u = 0, v = 1
                ctm = (ux - bx, uy - by, vx - bx, vy - by, bx, by)
                rep["words"] += len(words)
                new[page.number] = _with_image_words(page, [(w, ctm) for w in words], font=INK_OCR_FONT)
            finally:
                pp.close()
    finally:
        pdf.close()
    report = InkOcrReport(**rep, seconds=time.perf_counter() - t0)
    if not new:
        return doc, report
    return replace(doc, pages=tuple(new.get(p.number, p) for p in doc.pages)), report


GLYPH_MAX_ASPECT = 2.5  # width / height of one glyph's box; wider, it drew more than a character


def _explains(rect: tuple[float, float, float, float]) -> bool:
    """Whether a glyph box accounts for the ink under it: one character is about as wide as it is
    tall; a box many times wider (a Type3 procedure that draws a whole line) says nothing about
    what was drawn inside it."""
    w, h = rect[2] - rect[0], rect[3] - rect[1]
    return w <= GLYPH_MAX_ASPECT * max(h, 0.5) and h <= GLYPH_MAX_ASPECT * max(w, 0.5) * 4


_UNREAD_CATEGORIES = frozenset({"Cc", "Co", "Cn", "Cs"})


@functools.lru_cache(maxsize=4096)
def _unread(ch: str) -> bool:
    """A glyph "read" as a control code, a private-use or unassigned code point or U+FFFD: the
    reader did not know the letter (a Type3 font of scanned letters without /ToUnicode)."""
    import unicodedata

    return ch == "\ufffd" or any(unicodedata.category(c) in _UNREAD_CATEGORIES for c in ch)


def _glyph_arrays(page: PageText) -> tuple[np.ndarray, list[str], np.ndarray]:
    """All glyph boxes as one (n, 4) float array, their font markers and whether each glyph's
    character is unread (:func:`_unread`), without building Glyph objects."""
    import numpy as np

    g = page.glyphs
    if isinstance(g, GlyphTable):
        n = len(g)
        coords = np.frombuffer(g._coords, dtype=np.float64).reshape(n, 4) if n else np.zeros((0, 4))
        fonts = list(g._fonts) if g._fonts is not None else [""] * n
        chars = g._chars
    else:
        rects, fonts = _glyph_rects(page)
        coords = np.array(rects, dtype=np.float64).reshape(-1, 4)
        chars = [x.char for x in g]
    return coords, fonts, np.array([_unread(c) for c in chars], dtype=bool)


def _explains_all(coords: np.ndarray) -> np.ndarray:
    """:func:`_explains` for every row of ``coords``."""
    import numpy as np

    w = coords[:, 2] - coords[:, 0]
    h = coords[:, 3] - coords[:, 1]
    out: np.ndarray = (w <= GLYPH_MAX_ASPECT * np.maximum(h, 0.5)) & (h <= GLYPH_MAX_ASPECT * np.maximum(w, 0.5) * 4)
    return out


def _read_shape(rows: int, cols: int, zoom: float) -> tuple[int, int]:
    """Pixel size of a ``rows`` × ``cols`` crop of the cheap rendering rendered ``zoom`` times
    larger (as PDFium sizes it: rounded)."""
    return int(round(rows * zoom)), int(round(cols * zoom))


def _pixel_boxes(coords: np.ndarray, crop: tuple[float, float, float, float], rot: int,
                 scale: float, grow: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Unclipped pixel rectangles (row0, row1, col0, col1 arrays) of user-space rectangles, as
    :func:`geometry.box_pixels` computes them, for all rows of ``coords`` at once."""
    import numpy as np

    from .geometry import user_to_device

    f = user_to_device(crop, rot, scale)
    ox, oy = f(0.0, 0.0)
    ax, ay = f(1.0, 0.0)
    bx, by = f(0.0, 1.0)
    a, b, c, d = ax - ox, ay - oy, bx - ox, by - oy  # col = a·x + c·y + ox, row = b·x + d·y + oy
    xs = coords[:, [0, 2, 0, 2]]
    ys = coords[:, [1, 1, 3, 3]]
    cols = a * xs + c * ys + ox
    rows = b * xs + d * ys + oy
    return (np.floor(rows.min(axis=1)).astype(np.int64) - grow, np.ceil(rows.max(axis=1)).astype(np.int64) + grow,
            np.floor(cols.min(axis=1)).astype(np.int64) - grow, np.ceil(cols.max(axis=1)).astype(np.int64) + grow)


def _paint(coords: np.ndarray, crop: tuple[float, float, float, float], rot: int, scale: float,
           shape: tuple[int, int], grow: int = 0) -> np.ndarray:
    """A mask of ``shape`` set inside every user-space rectangle of ``coords`` (as
    :func:`geometry.box_pixels` places them; corners mapped for all rectangles at once)."""
    import numpy as np

    mask = np.zeros(shape, dtype=bool)
    if not len(coords):
        return mask
    h, w = shape
    r0, r1, c0, c1 = (np.clip(v, 0, lim) for v, lim in zip(_pixel_boxes(coords, crop, rot, scale, grow), (h, h, w, w)))
    ok = (r1 > r0) & (c1 > c0)
    # many glyphs share a box row range (a line): one slice per distinct box, plain ints
    for a0, a1, b0, b1 in set(zip(r0[ok].tolist(), r1[ok].tolist(), c0[ok].tolist(), c1[ok].tolist())):
        mask[a0:a1, b0:b1] = True
    return mask


def _glyph_rects(page: PageText) -> tuple[list[tuple[float, float, float, float]], list[str]]:
    """Every glyph's user-space box and font marker, read column-wise (no Glyph objects)."""
    g = page.glyphs
    if isinstance(g, GlyphTable):
        n = len(g)
        rects = [g.coords(i) for i in range(n)]
        fonts = list(g._fonts) if g._fonts is not None else [""] * n
        return rects, fonts
    return [(x.bbox.x0, x.bbox.y0, x.bbox.x1, x.bbox.y1) for x in g], [x.font for x in g]


def has_ocr_words(page: PageText) -> bool:
    """Whether any of the page's text came from OCR (a scan's layer, image or ink words), read
    from the glyph table's font column without building glyphs: the writer then grows boxes
    on it to the ink (:func:`grow_plan_to_ink`)."""
    if page.source == "ocr":
        return True
    g = page.glyphs
    fonts = g._fonts if isinstance(g, GlyphTable) else [x.font for x in g]
    if not fonts:
        return False
    return OCR_IMAGE_FONT in fonts or INK_OCR_FONT in fonts


def rects_touch(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
