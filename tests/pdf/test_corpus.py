"""Robustness over the shared corpus of real-world and hostile PDFs (../shared/corpus).

For every page with text, a box goes over the first word (PDFium char boxes); the redaction
must either succeed with that word gone from pdftotext's words in the box, or raise a
woo_redact error. Each document runs in a forked worker with a timeout, so a hang fails the
test instead of stalling the suite.
"""

from __future__ import annotations

import csv
import multiprocessing as mp
import subprocess
import traceback
from pathlib import Path
from typing import Any

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus"
TIMEOUT_S = 60

pytestmark = [
    pytest.mark.slow,
    pytest.mark.shared,
    pytest.mark.skipif(not (CORPUS / "MANIFEST.tsv").exists(), reason="../shared/corpus is not beside the checkout"),
]


def _manifest() -> list[tuple[str, str]]:
    if not (CORPUS / "MANIFEST.tsv").exists():
        return []
    with open(CORPUS / "MANIFEST.tsv", newline="", encoding="utf-8") as fh:
        return [(row["file"], row.get("password") or "") for row in csv.DictReader(fh, delimiter="\t")]


def _first_words(path: Path, password: str | None) -> list[tuple[int, tuple[float, float, float, float], str]]:
    import pypdfium2 as pdfium

    out = []
    try:
        doc = pdfium.PdfDocument(str(path), password=password)
    except Exception:
        return []
    try:
        for pno in range(len(doc)):
            tp = doc[pno].get_textpage()
            n = tp.count_chars()
            text = tp.get_text_range(0, n) if n else ""
            i = 0
            while i < len(text) and not text[i].isalnum():
                i += 1
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            if j - i < 2:
                continue
            boxes = [tp.get_charbox(k) for k in range(i, j)]
            bb = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
            if bb[2] - bb[0] > 0.5 and bb[3] - bb[1] > 0.5:
                out.append((pno, bb, text[i:j]))
    finally:
        doc.close()
    return out


def _words_in_boxes(path: Path, targets: list[tuple[int, tuple[float, float, float, float], str]]) -> list[list[str]]:
    """Per target: pdftotext's words (bbox mode) whose centre lies inside the box, in view space."""
    import re

    import pikepdf

    from woo_redact.pdf.render_check import user_to_device

    res = subprocess.run(["pdftotext", "-q", "-bbox", str(path), "-"], capture_output=True, text=True, timeout=120)
    pages = re.split(r"<page ", res.stdout)[1:]
    out = []
    with pikepdf.open(path) as pdf:
        for pno, bb, _ in targets:
            page = pdf.pages[pno]
            mb = [float(v) for v in page.mediabox]
            rot = int(page.obj.get("/Rotate", 0) or 0)
            f = user_to_device((mb[0], mb[1], mb[2], mb[3]), rot, 1.0)
            pts = [f(bb[0], bb[1]), f(bb[2], bb[3])]
            x0, x1 = sorted(p[0] for p in pts)
            y0, y1 = sorted(p[1] for p in pts)
            words = []
            pat = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
            for m in re.finditer(pat, pages[pno] if pno < len(pages) else ""):
                cx = (float(m.group(1)) + float(m.group(3))) / 2
                cy = (float(m.group(2)) + float(m.group(4))) / 2
                if x0 <= cx <= x1 and y0 <= cy <= y1:
                    words.append(m.group(5))
            out.append(words)
    return out


def _work(src: str, dst: str, password: str, q: Any) -> None:
    try:
        from woo_redact.errors import WooRedactError
        from woo_redact.pdf.redact import apply_redactions
        from woo_redact.types import BBox, RedactBox

        pw = password or None
        firsts = _first_words(Path(src), pw)
        boxes = [RedactBox(p, BBox(*bb), "X") for p, bb, _ in firsts]
        try:
            report = apply_redactions(src, dst, boxes, password=pw, scrub_strings=[w for _, _, w in firsts][:20])
        except WooRedactError as exc:
            q.put(("error", type(exc).__name__, ""))
            return
        leaks = []
        found = _words_in_boxes(Path(dst), firsts) if firsts else []
        for (pno, _, word), words in zip(firsts, found):
            if any(word in w for w in words):  # pdftotext words may carry punctuation
                leaks.append(f"page {pno + 1}")
        q.put(("ok", len(boxes), (leaks, report.regions_flagged)))
    except BaseException:
        q.put(("crash", traceback.format_exc(), ""))


@pytest.mark.parametrize("name,password", _manifest(), ids=[n for n, _ in _manifest()])
def test_corpus_document(name: str, password: str, tmp_path: Path) -> None:
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    proc = ctx.Process(target=_work, args=(str(CORPUS / "pdfs" / name), str(tmp_path / "out.pdf"), password, q))
    proc.start()
    proc.join(TIMEOUT_S)
    if proc.is_alive():
        proc.kill()
        proc.join()
        pytest.fail(f"{name}: no result within {TIMEOUT_S}s")
    assert not q.empty(), f"{name}: worker died (exit code {proc.exitcode})"
    kind, a, b = q.get()
    assert kind != "crash", a
    if kind == "error":
        assert a in ("ExtractionError", "EncryptedPDFError"), a
        return
    leaks, _flags = b
    assert leaks == [], f"{name}: first word still extractable under its box on {leaks}"


REAL_TEXT_DOCS = [
    "plooi__kst-32545-143.pdf", "plooi__Nummer20219495.pdf", "woobuddy__besluit_ambtenaar.pdf",
    "woobuddy__email_mixed.pdf", "pdfplumber__federal-register-2020-17221.pdf", "pdfredactor__test-ssns.pdf",
    "pikepdf__sandwich.pdf", "pdfplumber__scotus-transcript-p1.pdf",
]


@pytest.mark.parametrize("name", REAL_TEXT_DOCS)
def test_real_document_word_boxes(name: str, tmp_path: Path) -> None:
    """Boxes from pdfplumber words (as the pipeline makes them): the word goes, all else stays put."""
    import pdfplumber
    from woo_pdf_helpers import kept_chars_same

    from woo_redact.pdf.redact import apply_redactions
    from woo_redact.pdf.render_check import check_render
    from woo_redact.types import BBox, RedactBox

    src = CORPUS / "pdfs" / name
    if not src.exists():
        pytest.skip(f"{name} not in the corpus")
    with pdfplumber.open(src) as doc:
        page = doc.pages[0]
        words = page.extract_words()
        mb = page.page_obj.mediabox
    word = words[len(words) // 2]
    b = RedactBox(0, BBox(word["x0"] + mb[0], mb[3] - word["bottom"], word["x1"] + mb[0], mb[3] - word["top"]), "5.1.2e")
    dst = tmp_path / "out.pdf"
    report = apply_redactions(src, dst, [b])
    assert report.glyphs_removed >= 1 and report.regions_flagged == ()
    with pdfplumber.open(dst) as doc:
        page = doc.pages[0]
        inside = [c for c in page.chars if word["x0"] <= (c["x0"] + c["x1"]) / 2 <= word["x1"]
                  and word["top"] <= (c["top"] + c["bottom"]) / 2 <= word["bottom"]]
    # the label is Helvetica; layout spaces at the word's edges do not count
    left = "".join(c["text"] for c in inside if c["fontname"] != "Helvetica" and not c["text"].isspace())
    assert left == "", "glyphs survive under the box"
    kept_chars_same(src, dst, b.bbox)
    assert check_render(src, dst, [b]) == []
