"""Text inside images on pages that have a text layer: read, detected, boxed, pixels blacked out."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from builders import text_image, text_page_with_image
from PIL import Image, ImageDraw, ImageFont

from woo_redact.extract import extract
from woo_redact.ocr import (
    OCR_IMAGE_FONT,
    ImageTextCache,
    add_image_text,
    fix_trailing_punctuation,
    grow_to_ink,
    ocr_available,
)
from woo_redact.pdf.images import image_placements

needs_tesseract = pytest.mark.skipif(not ocr_available("nld"), reason="Tesseract with Dutch not installed")

CHAT = ["Van: Marloes Verhoeven", "Mijn nummer is 0687654321", "BSN 111222333 staat erbij"]


def _chat(font_px: int = 26) -> Image.Image:
    return text_image(CHAT, (820, 270), font_px=font_px, top=20, left=20, leading=int(font_px * 1.9))


def _ocr_png(path: Path, tmp: Path) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for i in range(len(doc)):
            png = tmp / f"r{i}.png"
            doc[i].render(scale=300 / 72).to_pil().convert("L").save(png)
            out.append(subprocess.run(["tesseract", str(png), "-", "-l", "nld"], capture_output=True, text=True, check=True).stdout)
    finally:
        doc.close()
    return "\n".join(out)


@needs_tesseract
def test_shared_screenshot_is_read_once_and_its_words_get_user_space_boxes(tmp_path: Path) -> None:
    src = text_page_with_image(tmp_path / "in.pdf", ["Verslag van het overleg"], _chat(), (72, 400, 410, 135), pages=3)
    doc = extract(src)
    cache = ImageTextCache()
    new, rep = add_image_text(doc, cache=cache)
    assert (rep.images, rep.ocr_runs, rep.cache_hits, rep.skipped) == (3, 1, 2, 0)
    for page in new.pages:
        assert page.text.startswith("Verslag van het overleg")
        i = page.text.find("0687654321")
        assert i > 0
        boxes = page.boxes_for(i, i + 10)
        # inside the image's placement, on one line
        assert all(b.x0 >= 72 and b.x1 <= 482 and b.y0 >= 400 and b.y1 <= 535 for b in boxes)
        assert max(b.y0 for b in boxes) - min(b.y0 for b in boxes) < 1.0
        gi = page.glyph_at[i]
        assert gi is not None and page.glyphs[gi].font == OCR_IMAGE_FONT
    # a second document with the same image is served from the cache
    _, rep2 = add_image_text(extract(src), cache=cache)
    assert rep2.ocr_runs == 0 and rep2.cache_hits == 3


@needs_tesseract
def test_screenshot_text_is_redacted_in_the_pixels(tmp_path: Path) -> None:
    from woo_redact.pdf.redact import apply_redactions
    from woo_redact.pipeline import Pipeline

    src = text_page_with_image(tmp_path / "in.pdf", ["Verslag van het overleg"], _chat(), (72, 400, 410, 135))
    doc, _ = add_image_text(extract(src), cache=ImageTextCache())
    pipe = Pipeline.create(ner=False)
    plan = pipe.plan(doc, pipe.decide(doc, pipe.detect(doc)))
    assert plan.boxes
    out = tmp_path / "out.pdf"
    report = apply_redactions(src, out, plan.boxes)
    assert report.images_redacted >= 1
    seen = _ocr_png(out, tmp_path).replace(" ", "")
    assert "0687654321" not in seen and "111222333" not in seen
    assert "Verslag" in seen  # the text layer stays


@needs_tesseract
def test_inline_image_and_image_in_a_form_are_read(tmp_path: Path) -> None:
    src = text_page_with_image(tmp_path / "in.pdf", ["Bijlage"], _chat(), (72, 300, 410, 135), inline=True)
    new, rep = add_image_text(extract(src), cache=ImageTextCache())
    assert rep.ocr_runs == 1 and "0687654321" in new.pages[0].text
    # the same image wrapped in a Form XObject with its own /Matrix
    with pikepdf.open(src) as pdf:
        page = pdf.pages[0]
        form = pdf.make_stream(b"q 410 0 0 135 0 0 cm /Im0 Do Q")
        form.Type, form.Subtype = pikepdf.Name.XObject, pikepdf.Name.Form
        form.BBox = pikepdf.Array([0, 0, 410, 135])
        form.Matrix = pikepdf.Array([1, 0, 0, 1, 100, 50])
        form.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=page.Resources.XObject.Im0))
        page.Resources.XObject.Fm0 = form
        page.obj.Contents = pdf.make_stream(b"BT /F1 11 Tf 72 740 Td (Bijlage) Tj ET q 1 0 0 1 20 30 cm /Fm0 Do Q")
        pdf.save(tmp_path / "form.pdf")
    with pikepdf.open(tmp_path / "form.pdf") as pdf:
        (pl,) = image_placements(pdf, 0)
        assert pl.user_rect() == pytest.approx((120, 80, 530, 215))
    new, _ = add_image_text(extract(tmp_path / "form.pdf"), cache=ImageTextCache())
    page = new.pages[0]
    i = page.text.find("0687654321")
    assert i > 0 and all(b.x0 >= 120 and b.x1 <= 530 for b in page.boxes_for(i, i + 10))


@needs_tesseract
def test_image_in_a_layer_switched_off_is_read_and_counted(tmp_path: Path) -> None:
    src = text_page_with_image(tmp_path / "in.pdf", ["Notitie"], _chat(), (72, 300, 410, 135))
    with pikepdf.open(src, allow_overwriting_input=True) as pdf:
        ocg = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.OCG, Name=pikepdf.String("verborgen")))
        pdf.Root.OCProperties = pikepdf.Dictionary(OCGs=[ocg], D=pikepdf.Dictionary(OFF=[ocg]))
        pdf.pages[0].Resources.XObject.Im0.OC = ocg
        pdf.save(src)
    new, rep = add_image_text(extract(src), cache=ImageTextCache())
    assert rep.hidden == 1
    assert "0687654321" in new.pages[0].text


def test_small_images_and_exhausted_budget_are_not_read(tmp_path: Path) -> None:
    logo = text_image(["ab"], (40, 12), font_px=9, top=1, left=1)
    src = text_page_with_image(tmp_path / "logo.pdf", ["Brief"], logo, (72, 700, 30, 9))
    doc = extract(src)
    new, rep = add_image_text(doc, cache=ImageTextCache())
    assert rep.images == 0 and new is doc
    src2 = text_page_with_image(tmp_path / "big.pdf", ["Brief"], _chat(), (72, 300, 410, 135), pages=2)
    doc2 = extract(src2)
    new2, rep2 = add_image_text(doc2, cache=ImageTextCache(), max_pixels=1)
    assert rep2.skipped == 2 and rep2.ocr_runs == 0 and new2 is doc2


def _word_image(text: str, font_px: int = 40) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    img = Image.new("L", (60 + font_px * len(text), 3 * font_px), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", font_px)
    d.text((20, font_px), text, font=font, fill=0)
    arr = np.asarray(img)
    rows, cols = (arr < 128).any(axis=1).nonzero()[0], (arr < 128).any(axis=0).nonzero()[0]
    return arr, (int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1)


def test_box_grows_to_the_last_glyphs_ink() -> None:
    arr, ink = _word_image("Jansen,")
    l, t, r, b = ink
    short = (l, t, r - 14, b - 6)  # the recogniser stopped before the comma and the baseline
    gl, _, gr, gb = grow_to_ink(arr, short)
    assert gr >= r and gb >= b - 1 and gl <= l
    # growth stops at clean paper: a word further along the line is not swallowed
    arr2, ink2 = _word_image("Jan      Smit")
    first_word_end = ink2[0] + 2 * 40
    assert grow_to_ink(arr2, (ink2[0], ink2[1], first_word_end, ink2[3]))[2] < ink2[2] - 40


def test_trailing_comma_read_as_a_digit_is_put_back() -> None:
    arr, box = _word_image("456789123,")
    assert fix_trailing_punctuation("4567891232", arr, box) == "456789123,"
    arr, box = _word_image("456789123.")
    assert fix_trailing_punctuation("4567891234", arr, box) == "456789123."
    arr, box = _word_image("4567891232")
    assert fix_trailing_punctuation("4567891232", arr, box) == "4567891232"  # a real digit stays
    assert fix_trailing_punctuation("Jansen", arr, box) == "Jansen"


def _scanned_letter(tmp: Path) -> Path:
    from builders import scan_pdf

    lines = ["Geachte mevrouw Brouwers,", "Uw telefoonnummer 0698765432 is genoteerd."] + [f"Regel {i} van de brief over de aanvraag." for i in range(6)]
    img = text_image(lines, (1275, 1650), font_px=28, top=150, left=110, leading=56)
    return scan_pdf(tmp / "scan.pdf", img, kind="flate")


@needs_tesseract
def test_scan_with_aligned_ocr_layer_is_not_read_again_but_an_offset_layer_is(tmp_path: Path) -> None:
    import re

    from woo_redact.ocr import make_sandwich

    scan = _scanned_letter(tmp_path)
    aligned = tmp_path / "aligned.pdf"
    make_sandwich(scan, aligned, [0])
    doc = extract(aligned)
    assert "0698765432" in doc.pages[0].text
    new, rep = add_image_text(doc, cache=ImageTextCache())
    assert rep.images == 0 and new is doc  # the layer already explains the pixels
    # the same layer moved 150 pt to the right and 200 pt down: boxes would miss the pixels
    offset = tmp_path / "offset.pdf"
    with pikepdf.open(aligned) as pdf:
        page = pdf.pages[0]
        page.contents_coalesce()
        data = page.obj.Contents.read_bytes()
        m = re.search(rb"([-\d.]+) ([-\d.]+) cm /WooOCR", data)
        assert m
        shifted = f"{float(m.group(1)) + 150:.4f} {float(m.group(2)) - 200:.4f} cm /WooOCR".encode()
        page.obj.Contents = pdf.make_stream(data[: m.start()] + shifted + data[m.end() :])
        pdf.save(offset)
    doc2 = extract(offset)
    new2, rep2 = add_image_text(doc2, cache=ImageTextCache())
    assert rep2.images == 1 and rep2.ocr_runs == 1
    p_al, p_off = doc.pages[0], new2.pages[0]
    i_al = p_al.text.find("0698765432")
    i_img = p_off.text.rfind("0698765432")
    assert i_img > p_off.text.find("0698765432")  # found twice: the shifted layer and the pixels
    a, b = p_al.boxes_for(i_al, i_al + 10)[0], p_off.boxes_for(i_img, i_img + 10)[0]
    assert abs(a.x0 - b.x0) < 6 and abs(a.y0 - b.y0) < 6  # the image words sit on the pixels


@needs_tesseract
def test_partial_text_layer_over_a_scan_is_read_from_the_pixels(tmp_path: Path) -> None:
    scan = _scanned_letter(tmp_path)
    with pikepdf.open(scan, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica))
        page.obj.Resources.Font = pikepdf.Dictionary(F1=font)
        stamp = b" BT /F1 9 Tf 400 20 Td (Archiefstempel dossier 2024-0117 pagina 1 van 1) Tj ET"
        page.obj.Contents = pdf.make_stream(page.obj.Contents.read_bytes() + stamp)
        pdf.save(scan)
    doc = extract(scan)
    assert len(doc.pages[0].glyphs) > 8  # not a scan by the glyph count alone
    new, rep = add_image_text(doc, cache=ImageTextCache())
    assert rep.ocr_runs == 1
    assert "0698765432" in new.pages[0].text


@needs_tesseract
def test_box_on_scanned_text_grows_to_the_last_glyph(tmp_path: Path) -> None:
    from woo_redact.ocr import grow_plan_to_ink, make_sandwich
    from woo_redact.types import BBox, RedactBox, RedactionPlan

    scan = _scanned_letter(tmp_path)
    sandwich = tmp_path / "sandwich.pdf"
    make_sandwich(scan, sandwich, [0])
    doc = extract(sandwich)
    from dataclasses import replace

    doc = replace(doc, pages=tuple(replace(p, source="ocr") for p in doc.pages))
    page = doc.pages[0]
    i = page.text.find("0698765432")
    full = BBox.enclosing(page.boxes_for(i, i + 10))
    # the OCR layer's glyphs end before the last digit's ink (Tesseract's text-only layer
    # squeezes words); shave a little more off to be independent of the layer's exact width
    short = BBox(full.x0, full.y0 + 1, full.x1 - 0.3 * (full.width / 10), full.y1 - 1)
    grown = grow_plan_to_ink(RedactionPlan(boxes=(RedactBox(0, short, "x"),)), doc).boxes[0].bbox
    # the ink of the number, measured on a rendering of the scan
    arr = np.asarray(pdfium.PdfDocument(str(scan))[0].render(scale=2.0, grayscale=True).to_pil().convert("L"))
    rows = slice(int((792 - full.y1) * 2), int((792 - full.y0) * 2))
    cols = (arr[rows, int(full.x0 * 2) : int((full.x1 + 20) * 2)] < 128).any(axis=0).nonzero()[0]
    # the last ink column of the number (before the next word's gap)
    runs = np.split(cols, np.nonzero(np.diff(cols) > 8)[0] + 1)
    ink_right = (int(full.x0 * 2) + runs[0][-1] + 1) / 2
    assert short.x1 < ink_right - 1
    assert grown.x1 >= ink_right - 0.5
    next_word = (int(full.x0 * 2) + runs[1][0]) / 2
    assert grown.x1 < next_word  # and not into the next word


@needs_tesseract
def test_boxes_that_growth_brings_together_are_merged_as_the_writer_would(tmp_path: Path) -> None:
    from dataclasses import replace

    from woo_redact.ocr import grow_plan_to_ink, make_sandwich
    from woo_redact.pdf.draw import merge_boxes
    from woo_redact.types import BBox, RedactBox, RedactionPlan

    scan = _scanned_letter(tmp_path)
    sandwich = tmp_path / "sandwich.pdf"
    make_sandwich(scan, sandwich, [0])
    doc = extract(sandwich)
    doc = replace(doc, pages=tuple(replace(p, source="ocr") for p in doc.pages))
    page = doc.pages[0]
    i = page.text.find("0698765432")
    full = BBox.enclosing(page.boxes_for(i, i + 10))
    third = full.width / 3
    # two boxes over one number with 4 pt between them: apart before growth, one after
    a = RedactBox(0, BBox(full.x0, full.y0, full.x0 + third, full.y1), "5.1.2e", ("a",))
    b = RedactBox(0, BBox(full.x0 + third + 4.0, full.y0, full.x1, full.y1), "5.1.1e", ("b",))
    grown = grow_plan_to_ink(RedactionPlan(boxes=(a, b)), doc).boxes
    assert len(grown) == 1 and set(grown[0].finding_ids) == {"a", "b"}
    # and the writer's merge finds nothing left to merge
    assert len(merge_boxes(list(grown), pad=0.5)[0]) == 1


@needs_tesseract
def test_ocr_layer_lands_on_the_pixels_of_a_page_with_an_offset_crop_box(tmp_path: Path) -> None:
    from woo_redact.ocr import make_sandwich

    plain = _scanned_letter(tmp_path)
    shifted = tmp_path / "cropped.pdf"
    with pikepdf.open(plain) as pdf:
        page = pdf.pages[0]
        page.obj.MediaBox = pikepdf.Array([0, 0, 700, 900])
        page.obj.CropBox = pikepdf.Array([50, 60, 662, 852])  # what a viewer shows: the scan
        page.obj.Contents = pdf.make_stream(b"q 612 0 0 792 50 60 cm /Im0 Do Q")
        pdf.save(shifted)
    boxes = []
    for src in (plain, shifted):
        out = tmp_path / f"{src.stem}.ocr.pdf"
        make_sandwich(src, out, [0])
        page = extract(out).pages[0]
        i = page.text.find("0698765432")
        assert i >= 0
        boxes.append(page.boxes_for(i, i + 10)[0])
    a, b = boxes
    assert b.x0 - a.x0 == pytest.approx(50, abs=1.0) and b.y0 - a.y0 == pytest.approx(60, abs=1.0)


@needs_tesseract
def test_trailing_comma_read_as_a_digit_on_a_scanned_page_is_put_back(tmp_path: Path) -> None:
    from dataclasses import replace

    from builders import scan_pdf

    from woo_redact.ocr import make_sandwich

    img = text_image(["Geachte heer,", "Uw BSN 123456782, staat op de aanvraag."], (1275, 500), font_px=30, top=80, left=110, leading=60)
    scan = scan_pdf(tmp_path / "scan.pdf", img, kind="flate", page=(612, 240))
    sandwich = tmp_path / "sandwich.pdf"
    make_sandwich(scan, sandwich, [0])
    doc = extract(sandwich)
    page = doc.pages[0]
    i = page.text.find("123456782")
    assert i >= 0
    # as Tesseract sometimes reads it: the comma became a tenth digit
    misread = page.text[: i + 9] + "2" + page.text[i + 10 :]
    doc = replace(doc, pages=(replace(page, text=misread, source="ocr"),))
    fixed, _ = add_image_text(doc, cache=ImageTextCache())
    got = fixed.pages[0].text[i : i + 10]
    assert got[:9] == "123456782" and got[9] in ",."  # nine digits again: the check digit holds
    # a real tenth digit stays
    img2 = text_image(["Geachte heer,", "Uw nummer 1234567822 staat op de aanvraag."], (1275, 500), font_px=30, top=80, left=110, leading=60)
    scan2 = scan_pdf(tmp_path / "scan2.pdf", img2, kind="flate", page=(612, 240))
    make_sandwich(scan2, tmp_path / "s2.pdf", [0])
    doc2 = extract(tmp_path / "s2.pdf")
    doc2 = replace(doc2, pages=tuple(replace(p, source="ocr") for p in doc2.pages))
    j = doc2.pages[0].text.find("1234567822")
    assert j >= 0
    assert add_image_text(doc2, cache=ImageTextCache())[0].pages[0].text[j : j + 10] == "1234567822"
