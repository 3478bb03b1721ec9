"""Scanned pages: OCR'd in Dutch, pixels under boxes blacked out, the rest stays searchable."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from woo_redact.ocr import needs_ocr, ocr_available
from woo_redact.verify import normalize

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

pytestmark = pytest.mark.skipif(not ocr_available("nld"), reason="Tesseract with Dutch not installed (scripts/setup.sh installs it)")


def _scan(src: Path, dst: Path, dpi: int = 200) -> None:
    """Render every page to an image and wrap the images in a PDF without any text."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(src))
    images = [pdf[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(pdf))]
    pdf.close()
    images[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=images[1:])


def _ocr_text(pdf: Path, tmp: Path) -> str:
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), str(tmp / "pg")], check=True)
    out = []
    for png in sorted(tmp.glob("pg*.png")):
        out.append(subprocess.run(["tesseract", str(png), "-", "-l", "nld"], capture_output=True, text=True, check=True).stdout)
    return normalize("\n".join(out))


@pytest.fixture(scope="module")
def scanned_result(tmp_path_factory):
    from woo_redact.pipeline import Pipeline

    tmp = tmp_path_factory.mktemp("scan")
    scan = tmp / "besluit_scan.pdf"
    _scan(SAMPLES / "besluit_kwijtschelding.pdf", scan)
    out = tmp / "out.pdf"
    res = Pipeline.create(ner=False).redact(scan, out)
    return scan, out, res, tmp


def test_scan_has_no_text_layer(scanned_result):
    from woo_redact.extract import extract

    scan, *_ = scanned_result
    page = extract(scan).pages[0]
    assert needs_ocr(page)


def test_scanned_personal_data_gone_from_pixels_and_text(scanned_result):
    scan, out, res, tmp = scanned_result
    assert res.ok, res.error
    expected = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))["besluit_kwijtschelding.pdf"]
    layer = normalize(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    pixels = _ocr_text(out, tmp)
    for s in ["R.A. Mulder", "Vechtstraat 37 A", "7417 CE", "14-08-1961"]:
        assert normalize(s) not in layer, "redacted text left in the OCR text layer"
        assert normalize(s) not in pixels, "redacted text still legible in the image"
    # the rest is searchable
    for s in ["kwijtschelding", "bezwaar", "Deventer"]:
        assert normalize(s) in layer
    assert "5.1.2e" in layer
    assert expected  # the sample definition is present


def test_ocr_confidence_recorded(scanned_result):
    *_, res, _tmp = scanned_result
    assert res.ok
    # a clean 200 dpi rendering OCRs with good confidence: no review warning
    assert not any("OCR confidence" in w for w in res.warnings)


def test_without_tesseract_scans_fail_closed(scanned_result, tmp_path, monkeypatch):
    import woo_redact.ocr as ocr
    from woo_redact.pipeline import Pipeline

    scan, *_ = scanned_result
    monkeypatch.setattr(ocr, "ocr_available", lambda lang="nld": False)
    pipe = Pipeline.create(ner=False)
    pipe.work_dir = tmp_path  # no cached sandwich from the other tests
    res = pipe.redact(scan, tmp_path / "o.pdf")
    assert not res.ok and res.error_type == "OCRUnavailableError"
    assert "Tesseract" in (res.error or "")
    assert not (tmp_path / "o.pdf").exists()


def test_paint_matches_box_pixels_on_every_rotation() -> None:
    """The vectorised glyph painting of ink OCR marks exactly the pixels that box_pixels gives
    each rectangle one by one (rotated pages and rectangles partly off the page included)."""
    import numpy as np

    from woo_redact.geometry import box_pixels
    from woo_redact.ocr import _paint

    rng = np.random.default_rng(7)
    crop = (10.0, 20.0, 600.0, 820.0)
    for rot in (0, 90, 180, 270):
        shape = (800, 590) if rot in (0, 180) else (590, 800)
        co = rng.uniform(-50, 850, size=(400, 4))
        co[:, 2] = co[:, 0] + rng.uniform(0, 20, 400)
        co[:, 3] = co[:, 1] + rng.uniform(0, 15, 400)
        ref = np.zeros(shape, dtype=bool)
        for r in co:
            r0, r1, c0, c1 = box_pixels(tuple(r), crop, rot, 1.0, shape, grow=1)
            ref[r0:r1, c0:c1] = True
        assert (ref == _paint(co, crop, rot, 1.0, shape, grow=1)).all()
