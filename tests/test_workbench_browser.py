"""The workbench end to end in a real headless Chromium (the system's, driven by Playwright).

Scan samples (plus one woo_dev document when ../shared is beside the checkout), open the
workbench, reject one proposal, accept one, draw an area, check every page, sign off with a
second reviewer, apply; then assert on the PDF that came out and on the audit records.
Set WOO_SCREENSHOT=1 to refresh docs/img/workbench.png.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
from pathlib import Path

import pytest

from woo_redact.audit_schema import validate_audit_file
from woo_redact.extract import extract
from woo_redact.review import scan
from woo_redact.verify import normalize
from woo_redact.workbench.server import (
    PageGeometry,
    Workbench,
    make_server,
    page_geometries,
    server_url,
)

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
WOO_DEV = ROOT.parent / "shared" / "eval" / "woo_dev" / "bundle"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]

pytestmark = pytest.mark.slow


def _text(pdf: Path) -> str:
    return normalize(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout)


@pytest.fixture
def workbench(tmp_path):
    if not CHROMIUM.is_file():
        pytest.skip("no Chromium at /usr/bin/chromium (scripts/setup.sh --dev installs it)")
    pytest.importorskip("playwright.sync_api")
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(ROOT / "samples" / "memo_wethouder.pdf", inputs / "memo_wethouder.pdf")
    shutil.copy(ROOT / "samples" / "mailwisseling.pdf", inputs / "mailwisseling.pdf")
    if WOO_DEV.is_dir() and not os.environ.get("WOO_SCREENSHOT"):  # evaluation documents stay out of the README
        first = min(WOO_DEV.glob("*.pdf"))
        shutil.copy(first, inputs / first.name)
    review = tmp_path / "review"
    scan([inputs], review, ner=False)
    app = Workbench(review, out_dir=tmp_path / "out", audit_key=tmp_path / "key")
    srv = make_server(app)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv, review, tmp_path / "out", inputs
    srv.shutdown()
    srv.server_close()


def _area_in_view(pdf: Path, word: str) -> tuple[list[float], list[float]]:
    """The PDF box around ``word`` on page 1 (a little margin) and where it is on the image."""
    page = extract(pdf).pages[0]
    i = page.text.index(word)
    boxes = page.boxes_for(i, i + len(word))
    box = [min(b.x0 for b in boxes) - 2, min(b.y0 for b in boxes) - 2, max(b.x1 for b in boxes) + 2, max(b.y1 for b in boxes) + 2]
    geo: PageGeometry = page_geometries(pdf)[0]
    return box, geo.to_view(box)


def test_review_in_the_browser(workbench):
    from playwright.sync_api import expect, sync_playwright

    srv, review, out, inputs = workbench
    memo = inputs / "memo_wethouder.pdf"
    decisions = json.loads((review / "decisions.json").read_text(encoding="utf-8"))
    memo_doc = next(d for d in decisions["documents"] if d["document"] == "memo_wethouder.pdf")
    rejected = next(f for f in memo_doc["findings"] if f["entity"] == "PHONE" and f["decision"] == "redact")
    accepted = next(f for f in memo_doc["findings"] if f["entity"] == "PERSON" and f["decision"] == "redact")
    page_text = extract(memo).pages[0].text
    candidates = [  # long words that occur once and are no finding: one drawn over, one searched
        w for w in page_text.split()
        if len(w) > 6 and w.isalpha() and page_text.casefold().count(w.casefold()) == 1 and all(w not in f["text"] for f in memo_doc["findings"])
    ]
    title_word, searched_word = candidates[0], candidates[-1]
    assert title_word != searched_word
    area_pdf, area_view = _area_in_view(memo, title_word)
    di_memo = [d["document"] for d in decisions["documents"]].index("memo_wethouder.pdf")

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            console: list[str] = []
            page.on("console", lambda m: console.append(m.text))
            dialogs: list[str] = []
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(server_url(srv))
            page.fill("#reviewer", "Anna de Vries")
            page.click(f'#doclist li[data-index="{di_memo}"]')
            expect(page.locator("#pageinfo")).to_contain_text("memo_wethouder.pdf")
            expect(page.locator("#pageimg")).to_have_js_property("complete", True)

            # reject one proposal with the button, accept one with the keyboard
            page.click(f'#findings li[data-id="{rejected["id"]}"] .act-keep')
            expect(page.locator(f'#findings li[data-id="{rejected["id"]}"]')).to_have_class(re.compile(r"\bkeep\b"))
            page.click(f'#findings li[data-id="{accepted["id"]}"] .ftext')
            page.keyboard.press("l")
            expect(page.locator("#msg")).to_contain_text("lakken")

            # draw an area over a word of the heading
            page.keyboard.press("a")
            page.locator("#pagewrap").evaluate("e => { e.scrollTop = 0; window.scrollTo(0, 0); }")  # the heading in view
            box = page.locator("#page").bounding_box()
            assert box is not None
            x0, y0 = box["x"] + area_view[0] * box["width"], box["y"] + area_view[1] * box["height"]
            x1, y1 = box["x"] + area_view[2] * box["width"], box["y"] + area_view[3] * box["height"]
            page.mouse.move(x0, y0)
            page.mouse.down()
            page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2)
            page.mouse.move(x1, y1)
            page.mouse.up()
            expect(page.locator("#overlay .box.manual")).to_have_count(1)
            page.keyboard.press("Escape")

            # search-and-redact: every occurrence in the bundle, with the ground chosen in the toolbar
            page.fill("#search", searched_word)
            page.click("#search-redact")
            expect(page.locator("#search-result")).to_contain_text("1 keer gelakt")
            expect(page.locator("#overlay .box.manual")).to_have_count(2)
            if os.environ.get("WOO_SCREENSHOT"):
                (ROOT / "docs" / "img").mkdir(parents=True, exist_ok=True)
                page.locator(f'#findings li[data-id="{accepted["id"]}"] .ftext').click()
                from PIL import Image

                shot = ROOT / "docs" / "img" / "workbench.png"
                page.screenshot(path=str(shot))
                Image.open(shot).convert("RGB").quantize(colors=256).save(shot, optimize=True)  # a small file for the README

            # every document: settle what is still open, check every page, mark it checked
            for di, doc in enumerate(decisions["documents"]):
                page.click(f'#doclist li[data-index="{di}"]')
                expect(page.locator("#pageinfo")).to_contain_text(doc["document"])
                for n in range(1, doc["pages"] + 1):
                    expect(page.locator("#pageinfo")).to_contain_text(f"pagina {n} van")
                    while page.locator("#findings li.review").count():
                        page.locator("#findings li.review .ftext").first.click()
                        page.keyboard.press("o")
                        page.wait_for_timeout(50)
                        expect(page.locator("#msg")).to_contain_text("openbaar")
                    page.keyboard.press("g")
                    expect(page.locator("#checked")).to_be_checked()
                    if n < doc["pages"]:
                        page.keyboard.press("n")
                page.click("#st-checked")
                expect(page.locator("#statusline")).to_contain_text("Gecontroleerd door Anna de Vries")

            # four eyes: the same reviewer cannot release, a second one can
            page.click(f'#doclist li[data-index="{di_memo}"]')
            page.click("#st-released")
            expect(page.locator("#msg")).to_contain_text("four-eyes")
            page.fill("#reviewer", "Bert Jansen")
            page.click("#st-released")
            expect(page.locator("#statusline")).to_contain_text("(afgetekend) door Bert Jansen")
            for di, doc in enumerate(decisions["documents"]):
                page.click(f'#doclist li[data-index="{di}"]')
                expect(page.locator("#pageinfo")).to_contain_text(doc["document"])
                if di != di_memo:
                    page.click("#st-released")
                expect(page.locator(f'#doclist li[data-index="{di}"] .badge')).to_have_text("vrijgegeven")

            page.click("#apply")
            expect(page.locator("#msg")).to_contain_text("Klaar", timeout=60_000)
            port = srv.server_address[1]
            assert all(u.startswith(f"http://127.0.0.1:{port}/{srv.token}/") for u in requests), "no request left the server"
            assert dialogs == []  # every document was released: no "not yet released" question
            assert not [m for m in console if "Content Security Policy" in m or "Refused" in m], console
        finally:
            browser.close()

    text = _text(out / "memo_wethouder.pdf")
    assert normalize(rejected["text"]) in text  # the rejected proposal stays readable
    assert normalize(accepted["text"]) not in text
    assert title_word.casefold() not in text  # under the drawn area
    assert searched_word.casefold() not in text  # searched and redacted
    for d in decisions["documents"]:
        assert (out / d["document"]).is_file() and (out / Path(d["document"]).with_suffix(".txt")).is_file()
    assert (out / "report.html").is_file() and (out / "inventaris.csv").is_file() and (out / "inventaris.xlsx").is_file()

    assert validate_audit_file(out / "audit.jsonl") == []
    recs = [json.loads(line) for line in (out / "audit.jsonl").read_text(encoding="utf-8").splitlines()]
    rej = next(r for r in recs if r.get("finding_id") == rejected["id"])
    assert (rej["action"], rej["reason"]) == ("keep", "reviewer:Anna_de_Vries")
    acc = next(r for r in recs if r.get("finding_id") == accepted["id"])
    assert (acc["action"], acc["reason"]) == ("redact", "reviewer:Anna_de_Vries")  # confirmed by name
    areas = [r for r in recs if r.get("detector") == "reviewer.area" and r["length"] == 0]
    assert len(areas) == 1 and areas[0]["reason"] == "reviewer:Anna_de_Vries" and areas[0]["ground"] == "5.1.2e"
    assert areas[0]["box"] == pytest.approx(area_pdf, abs=3)

    final = json.loads((review / "decisions.json").read_text(encoding="utf-8"))
    memo_final = next(d for d in final["documents"] if d["document"] == "memo_wethouder.pdf")
    assert (memo_final["status"], memo_final["reviewed_by"], memo_final["signed_off_by"]) == ("vrijgegeven", "Anna de Vries", "Bert Jansen")
    assert all(d["checked_pages"] == list(range(1, d["pages"] + 1)) for d in final["documents"])
    assert {h["by"] for h in final["history"]} >= {"Anna de Vries", "Bert Jansen"}
