"""Cost per page of image OCR on text pages: uncached vs cached (same images again)."""
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, "/work/main/tests/pixels")
from builders import text_image, text_page_with_image

from woo_redact.extract import extract
from woo_redact.ocr import ImageTextCache, add_image_text

tmp = Path(tempfile.mkdtemp())
lines = [f"Bericht {i}: afspraak om {9 + i % 8}:30 bij het loket" for i in range(8)]
shot = text_image(lines, (900, 420), font_px=22, top=15, left=15, leading=48)   # a chat screenshot, ~96 dpi
logo = text_image(["Gemeente"], (300, 80), font_px=40, top=15, left=10)         # a logo on every page
src = text_page_with_image(tmp / "doc.pdf", ["Verslag"] * 5, shot, (72, 300, 450, 210), pages=10)
doc = extract(src)
for label, cache in (("uncached, each page a different document", None), ("cached (same image again)", "shared")):
    c = ImageTextCache()
    if cache:
        add_image_text(doc, cache=c)  # warm
    t = time.perf_counter()
    _, rep = add_image_text(doc, cache=c if cache else ImageTextCache())
    dt = time.perf_counter() - t
    print(f"{label}: {dt / len(doc.pages) * 1000:.0f} ms/page over {len(doc.pages)} pages; {rep}")
# uncached per distinct image: every page a fresh cache
t = time.perf_counter()
for _ in range(3):
    add_image_text(extract(src), cache=ImageTextCache(), max_pixels=10**12)
print(f"one OCR run per document (10 pages share 1 image): {(time.perf_counter() - t) / 3:.2f} s/document")
# a text page without images: the cost of looking
plain = text_page_with_image(tmp / "plain.pdf", ["Verslag"] * 5, logo, (72, 700, 1, 1), pages=10)
d2 = extract(plain)
t = time.perf_counter()
add_image_text(d2, cache=ImageTextCache())
print(f"text pages with a tiny image: {(time.perf_counter() - t) / len(d2.pages) * 1000:.1f} ms/page")
