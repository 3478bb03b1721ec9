"""Image data the writer produces: bilevel scans redacted exactly, JPEG metadata removed."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from builders import g4_bytes, scan_pdf, text_image
from PIL import Image

from woo_redact.pdf.images import strip_jpeg_metadata
from woo_redact.pdf.redact import apply_redactions
from woo_redact.pdf.render_check import check_render
from woo_redact.types import BBox, RedactBox

LINES = ["Betreft: aanvraag van de heer Smeekes", "Kenmerk 2031-55 van 3 maart"] + [
    f"Dit is regel {i} met gewone woorden zonder gegevens" for i in range(24)
]
BOX = RedactBox(0, BBox(100, 690, 260, 712), "5.1.2e")


def _render(path: Path, scale: float = 1.0) -> np.ndarray:
    doc = pdfium.PdfDocument(str(path))
    try:
        return np.asarray(doc[0].render(scale=scale, grayscale=True).to_pil().convert("L")).astype(int)
    finally:
        doc.close()


@pytest.mark.parametrize(
    ("k", "black_is_1", "decode", "drop_columns"),
    [(-1, False, None, False), (-1, True, None, False), (-1, False, [1, 0], False), (0, False, None, False), (-1, False, None, True)],
)
def test_bilevel_scan_redacted_exactly_and_passes_the_render_check(tmp_path: Path, k: int, black_is_1: bool, decode, drop_columns: bool) -> None:
    img = text_image(LINES, (1700, 2200), font_px=30, top=150, left=150, leading=64)
    src = tmp_path / "scan.pdf"
    scan_pdf(src, img, kind="g4")
    with pikepdf.open(src, allow_overwriting_input=True) as pdf:
        im = pdf.pages[0].Resources.XObject.Im0
        # the same page, encoded the other ways archives and fax servers write it
        data = img.convert("L")
        if black_is_1 != (decode is not None):
            data = Image.eval(data, lambda v: 255 - v)
        if k == 0:
            buf = io.BytesIO()
            from PIL import ImageOps

            ImageOps.invert(data).convert("1").save(buf, format="TIFF", compression="group3", strip_size=1 << 30)
            buf.seek(0)
            t = Image.open(buf)
            off, cnt = t.tag_v2[273], t.tag_v2[279]
            off = off[0] if isinstance(off, tuple) else off
            cnt = cnt[0] if isinstance(cnt, tuple) else cnt
            im.write(buf.getvalue()[off : off + cnt], filter=pikepdf.Name.CCITTFaxDecode,
                     decode_parms=pikepdf.Dictionary(K=0, Columns=1700, Rows=2200, BlackIs1=black_is_1))
        else:
            im.write(g4_bytes(data), filter=pikepdf.Name.CCITTFaxDecode,
                     decode_parms=pikepdf.Dictionary(K=-1, Columns=1700, Rows=2200, BlackIs1=black_is_1))
        if decode:
            im.Decode = pikepdf.Array(decode)
        if drop_columns:
            del im.DecodeParms["/Columns"]  # readers then disagree: the writer must follow PDFium
        pdf.save(src)
    before = _render(src)
    assert before.mean() > 200 or drop_columns  # a white page with text
    out = tmp_path / "out.pdf"
    report = apply_redactions(src, out, [BOX])
    assert report.images_redacted == 1
    assert check_render(src, out, [BOX]) == []
    with pikepdf.open(out) as pdf:
        (new,) = [v for v in pdf.pages[0].Resources.XObject.values() if v.get("/Subtype") == "/Image"]
        assert new.BitsPerComponent == 1 and "/DecodeParms" not in new
        samples = np.unpackbits(np.frombuffer(new.read_bytes(), dtype=np.uint8).reshape(2200, -1), axis=1)[:, :1700]
    # every pixel whose centre lies under the box is black in the image data itself
    x0, y0, x1, y1 = BOX.bbox.x0, BOX.bbox.y0, BOX.bbox.x1, BOX.bbox.y1
    c0, c1 = int(np.ceil(x0 / 612 * 1700)), int(x1 / 612 * 1700) - 1
    r0, r1 = int(np.ceil((792 - y1) / 792 * 2200)), int((792 - y0) / 792 * 2200) - 1
    assert samples[r0:r1, c0:c1].max() == 0
    after = _render(out)
    assert np.abs(after - before)[:, :60].max() <= 8  # the margin is untouched (rounding only)


def test_jpeg_metadata_segments_removed_losslessly() -> None:
    img = text_image(["foto"], (120, 60))
    buf = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = "beschrijving van de maker"  # ImageDescription
    img.convert("RGB").save(buf, format="JPEG", quality=90, exif=exif, comment=b"opmerking van de scanner", icc_profile=b"\x00" * 64)
    data = buf.getvalue()
    assert b"beschrijving" in data and b"opmerking" in data
    clean = strip_jpeg_metadata(data)
    assert b"beschrijving" not in clean and b"opmerking" not in clean and b"Exif" not in clean
    a, b = Image.open(io.BytesIO(data)), Image.open(io.BytesIO(clean))
    assert np.array_equal(np.asarray(a), np.asarray(b))
    assert not b.info.get("exif") and "comment" not in b.info
    assert strip_jpeg_metadata(b"not a jpeg") == b"not a jpeg"


def test_redacted_jpeg_carries_no_metadata(tmp_path: Path) -> None:
    img = text_image(LINES[:3], (900, 300), font_px=24, top=20, left=20)
    src = scan_pdf(tmp_path / "photo.pdf", img, kind="jpeg", page=(450, 150))
    with pikepdf.open(src) as pdf:
        assert b"scanner comment" in pdf.pages[0].Resources.XObject.Im0.read_raw_bytes()
    out = tmp_path / "out.pdf"
    box = RedactBox(0, BBox(5, 120, 200, 140), "x")
    assert apply_redactions(src, out, [box]).images_redacted == 1
    with pikepdf.open(out) as pdf:
        (new,) = [v for v in pdf.pages[0].Resources.XObject.values() if v.get("/Subtype") == "/Image"]
        raw = new.read_raw_bytes()
        assert b"scanner comment" not in raw and b"Exif" not in raw
