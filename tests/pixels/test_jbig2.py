"""JBIG2 scans (built here without an encoder: MMR generic regions are G4 data in JBIG2 segment
headers) render in PDFium and poppler, and a redacted one is blacked out in its pixels and
written again losslessly — published, not refused, nothing readable under the boxes."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from builders import scan_pdf, text_image, text_page_with_image
from PIL import Image

from woo_redact.ocr import ocr_available

PHONE = "06-53917248"
LINES = ["Verslag van de controle op locatie.", f"Contact: telefoon {PHONE} overdag.", "Het besluit volgt binnen zes weken."]


def _render(path: Path, size: tuple[int, int], dpi: int = 144) -> np.ndarray:
    doc = pdfium.PdfDocument(str(path))
    try:
        return np.asarray(doc[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L").resize(size))
    finally:
        doc.close()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("kind", ["jbig2", "jbig2-globals"])
def test_built_jbig2_renders_in_pdfium_and_poppler(kind: str, tmp_path: Path) -> None:
    img = text_image(LINES, (1224, 400), font_px=30)
    src = scan_pdf(tmp_path / "in.pdf", img, kind=kind, page=(612, 200))
    ref = np.asarray(img).astype(int)
    assert np.abs(_render(src, img.size).astype(int) - ref).mean() < 4
    subprocess.run(["pdftoppm", "-r", "144", "-gray", "-singlefile", str(src), str(tmp_path / "p")], check=True, capture_output=True)
    pop = np.asarray(Image.open(tmp_path / "p.pgm").convert("L").resize(img.size)).astype(int)
    assert np.abs(pop - ref).mean() < 4


def _ocr(path: Path) -> str:
    png = path.with_suffix(".png")
    doc = pdfium.PdfDocument(str(path))
    doc[0].render(scale=300 / 72, grayscale=True).to_pil().save(png)
    doc.close()
    return subprocess.run(["tesseract", str(png), "-", "-l", "nld"], capture_output=True, check=True).stdout.decode()


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


@pytest.mark.skipif(not ocr_available("nld"), reason="Tesseract with Dutch (nld) not installed")
@pytest.mark.parametrize("layout", ["scan", "scan-globals", "on_text_page"])
def test_redacted_jbig2_scan_is_blacked_out_and_reencoded(layout: str, tmp_path: Path) -> None:
    from woo_redact.pipeline import Pipeline

    img = text_image(LINES, (1700, 500), font_px=40)
    src, dst = tmp_path / "in.pdf", tmp_path / "out.pdf"
    if layout == "on_text_page":
        text_page_with_image(src, ["Bijlage bij het verslag."], img, (60, 400, 510, 150), kind="jbig2")
    else:
        scan_pdf(src, img, kind="jbig2-globals" if layout == "scan-globals" else "jbig2", page=(612, 180))
    assert _digits(PHONE) in _digits(_ocr(src)), "the input must show the number"
    result = Pipeline.create(ner=False).redact(src, dst)
    assert result.ok, f"refused: {result.error}"
    assert any(d.finding.text.replace(" ", "") == PHONE and d.action.value == "redact" for d in result.decisions)
    assert _digits(PHONE) not in _digits(_ocr(dst)), "the number is still readable in the pixels"
    with pikepdf.open(dst) as pdf:
        images = [x for x in pdf.objects if isinstance(x, pikepdf.Stream) and x.get("/Subtype") == "/Image"]
        assert images and not any("/JBIG2Decode" in str(x.get("/Filter")) for x in images), "redacted image kept its JBIG2 data"
        assert not any("/JBIG2Globals" in str(x.get("/DecodeParms", "")) for x in images)
        bits = [x for x in images if int(x.get("/BitsPerComponent", 8)) == 1]
        assert bits, "the bilevel scan must stay 1-bit"
        out_raw = {bytes(x.read_raw_bytes()) for x in pdf.objects if isinstance(x, pikepdf.Stream)}
    with pikepdf.open(src) as pdf:
        original = [bytes(x.read_raw_bytes()) for x in pdf.objects
                    if isinstance(x, pikepdf.Stream) and "/JBIG2Decode" in str(x.get("/Filter"))]
    assert original and not out_raw & set(original), "the original JBIG2 data is still in the output"
    kept = _ocr(dst).casefold()
    assert "besluit" in kept and "verslag" in kept, "the rest of the scan must stay readable"
