"""The compliance officer's HTML report, on a real bundle run of the samples plus a broken PDF."""

from __future__ import annotations

import base64
import html
import io
import json
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops

from woo_redact.report import MAX_THUMBNAILS, write_html_report
from woo_redact.types import Action, BBox, DocumentResult, RedactBox

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EXPECTED: dict[str, Any] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
SECRETS = sorted({s for doc in EXPECTED.values() for s in doc["redact"] + doc.get("metadata", [])})
STAMP = "2026-01-01 09:00 UTC"


@pytest.fixture(scope="module")
def bundle(samples_bundle_run) -> tuple[Path, list[DocumentResult], str]:  # type: ignore[no-untyped-def]
    _inp, out, results = samples_bundle_run
    path = write_html_report(out, results, policy_name="woo-default", generated_at=STAMP)
    assert path == out / "report.html"
    return out, results, path.read_text(encoding="utf-8")


class _Tables(HTMLParser):
    """Tables by caption, as lists of rows of cell texts; plus img srcs and visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.imgs: list[dict[str, str | None]] = []
        self._caption: str | None = None
        self._in_caption = False
        self._rows: list[list[str]] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._rows, self._caption = [], ""
        elif tag == "caption":
            self._in_caption = True
        elif tag == "tr" and self._rows is not None:
            self._rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "img":
            self.imgs.append(dict(attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "caption":
            self._in_caption = False
        elif tag in ("td", "th") and self._cell is not None and self._rows:
            self._rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "table" and self._rows is not None:
            self.tables[self._caption or ""] = self._rows
            self._rows = None

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self._caption = (self._caption or "") + data
        elif self._cell is not None:
            self._cell.append(data)


def _parse(text: str) -> _Tables:
    p = _Tables()
    p.feed(text)
    return p


def _body_rows(rows: list[list[str]]) -> dict[str, list[str]]:
    """Rows keyed by their first cell, header row and 'Totaal' dropped."""
    return {r[0]: r[1:] for r in rows[1:] if r and r[0] != "Totaal"}


def _redact_decisions(results: list[DocumentResult]) -> list[Any]:
    return [d for r in results for d in r.decisions if d.action is Action.REDACT]


def test_summary_counts_equal_counts_from_results(bundle: tuple[Path, list[DocumentResult], str]) -> None:
    _, results, text = bundle
    t = _parse(text).tables
    summary = {k: int(v[0]) for k, v in _body_rows(t["Samenvatting van de bundel"]).items()}
    assert summary["Documenten"] == len(results) == 5
    assert summary["Mislukt (niet gepubliceerd)"] == sum(1 for r in results if not r.ok) == 1
    assert summary["Verwerkt"] == 4
    assert summary["Pagina's"] == sum(r.pages for r in results)
    assert summary["Gelakte passages"] == len(_redact_decisions(results)) > 0
    assert summary["Lakvlakken"] == sum(len(r.boxes) for r in results) > 0

    per_ground = {k: int(v[1]) for k, v in _body_rows(t["Gelakte passages per weigeringsgrond"]).items()}
    assert per_ground == dict(Counter(d.ground for d in _redact_decisions(results)))
    assert list(per_ground) == sorted(per_ground)  # 5.1.1e before 5.1.2e
    per_entity = {k: int(v[1]) for k, v in _body_rows(t["Gelakte passages per soort gegeven"]).items()}
    assert per_entity == dict(Counter(d.finding.entity.value for d in _redact_decisions(results)))
    assert _body_rows(t["Gelakte passages per weigeringsgrond"])["5.1.2e"][0] == "Eerbiediging van de persoonlijke levenssfeer"


def test_per_document_rows_and_ids(bundle: tuple[Path, list[DocumentResult], str]) -> None:
    _, results, text = bundle
    rows = _parse(text).tables["Overzicht per document"][1:]
    names = [r[1] for r in rows]
    assert names == sorted(names) and "kapot.pdf" in names
    assert [r[0] for r in rows] == [str(i) for i in range(1, len(results) + 1)]
    by_name = {Path(r.output or r.source).name: r for r in results}
    for nr, name, status, pages, passages, boxes, grounds in rows:
        r = by_name[name]
        assert int(pages) == r.pages and int(boxes) == len(r.boxes)
        assert int(passages) == sum(1 for d in r.decisions if d.action is Action.REDACT)
        assert grounds == ", ".join(sorted({d.ground for d in r.decisions if d.action is Action.REDACT and d.ground}))
        assert status.startswith("Mislukt") if name == "kapot.pdf" else status.startswith("Deels openbaar")
        # per-document ground table agrees with the overview
        per_doc = _parse(text).tables.get(f"Gelakte passages per grond in {name}", [])
        assert sum(int(v[1]) for v in _body_rows(per_doc).values()) == int(passages)
    assert text.count("controle na het lakken geslaagd") == sum(1 for r in results if r.verification and r.verification.ok) == 4


def test_failure_listed_with_its_reason(bundle: tuple[Path, list[DocumentResult], str]) -> None:
    _, results, text = bundle
    failed = [r for r in results if not r.ok]
    assert len(failed) == 1 and failed[0].error
    section = text.split('id="mislukt"', 1)[1].split("</ul>", 1)[0]
    assert "kapot.pdf" in section and "not a readable PDF" in section


def test_no_redacted_text_anywhere_in_the_report(bundle: tuple[Path, list[DocumentResult], str]) -> None:
    _, results, text = bundle
    visible = html.unescape(text)
    for s in SECRETS:
        assert s not in text and s not in visible, "report leaks redacted text"
        assert s.casefold() not in visible.casefold()
    # the finding texts of this very run, too (they include what expected.json does not list)
    for d in _redact_decisions(results):
        if len(d.finding.text) >= 4:
            assert d.finding.text not in visible


def test_self_contained_no_external_references(bundle: tuple[Path, list[DocumentResult], str]) -> None:
    _, _, text = bundle
    low = text.lower()
    for bad in ('src="http', "<link", "url(http", "url(", "<script", "@import", "src=\"//", "href=\"http"):
        assert bad not in low, bad
    imgs = _parse(text).imgs
    assert imgs and all((i["src"] or "").startswith("data:image/png;base64,") for i in imgs)
    assert all(i.get("alt") for i in imgs), "every image needs alt text"
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    hrefs = re.findall(r'href="([^"]*)"', text)
    assert all(h.startswith("#") for h in hrefs), hrefs


def test_thumbnails_are_the_redacted_pages(bundle: tuple[Path, list[DocumentResult], str]) -> None:
    _, results, text = bundle
    imgs = _parse(text).imgs
    assert len(imgs) == sum(r.pages for r in results if r.ok)
    for i in imgs:
        png = base64.b64decode((i["src"] or "").split(",", 1)[1])
        im = Image.open(io.BytesIO(png)).convert("L")
        assert (im.width, im.height) == (int(i["width"] or 0), int(i["height"] or 0))
        assert 300 < im.width < 360, "A4 at 40 dpi"
        dark = sum(im.histogram()[:40])
        assert dark > 200, "redaction boxes should be visible as black areas"


def test_accessible_structure(bundle: tuple[Path, list[DocumentResult], str]) -> None:
    _, _, text = bundle
    assert '<html lang="nl">' in text
    assert re.search(r"<h1>Woo-redactierapport</h1>", text)
    assert re.search(r'<h2 id="samenvatting">Samenvatting</h2>', text)
    assert "<caption>Samenvatting van de bundel</caption>" in text
    assert '<th scope="col">' in text and '<th scope="row">' in text
    assert STAMP in text and "woo-default" in text


def test_deterministic(bundle: tuple[Path, list[DocumentResult], str], tmp_path: Path) -> None:
    out, results, text = bundle
    again = write_html_report(out, results, policy_name="woo-default", generated_at=STAMP).read_text(encoding="utf-8")
    assert again == text
    reordered = write_html_report(out, list(reversed(results)), policy_name="woo-default", generated_at=STAMP)
    assert reordered.read_text(encoding="utf-8") == text


def _pdf(path: Path, pages: int) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(path))
    for i in range(pages):
        c.rect(100, 500, 200, 40, fill=1)
        c.drawString(100, 700, f"pagina {i + 1}")
        c.showPage()
    c.save()
    return path


def test_thumbnail_cap_is_stated(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    doc = _pdf(out / "lang.pdf", MAX_THUMBNAILS + 2)
    box = RedactBox(0, BBox(100, 500, 300, 540), "5.1.2e")
    r = DocumentResult(str(tmp_path / "in" / "lang.pdf"), str(doc), True, pages=MAX_THUMBNAILS + 2, boxes=(box,))
    text = write_html_report(out, [r], generated_at=STAMP).read_text(encoding="utf-8")
    assert len(_parse(text).imgs) == MAX_THUMBNAILS
    assert f"alleen de eerste {MAX_THUMBNAILS} zijn afgebeeld" in text
    text = write_html_report(out, [r], generated_at=STAMP, max_thumbnails=3, thumbnail_dpi=20).read_text(encoding="utf-8")
    imgs = _parse(text).imgs
    assert len(imgs) == 3 and int(imgs[0]["width"] or 0) < 200


def test_names_and_messages_are_escaped_and_warnings_translated(tmp_path: Path) -> None:
    bad = DocumentResult(str(tmp_path / "<script>x.pdf"), None, False, error="<b>kapot</b> & weg", error_type="ExtractionError")
    warn = DocumentResult(
        str(tmp_path / "scan.pdf"), str(tmp_path / "missing.pdf"), True, pages=2,
        warnings=("page 2: OCR confidence 41%: review this page",),
    )
    text = write_html_report(tmp_path, [bad, warn], generated_at=STAMP).read_text(encoding="utf-8")
    assert "<script>" not in text and "<b>kapot" not in text
    assert "&lt;script&gt;x.pdf" in text and "&lt;b&gt;kapot&lt;/b&gt; &amp; weg" in text
    assert "pagina 2: OCR-betrouwbaarheid 41%, controleer deze pagina" in text
    summary = {k: int(v[0]) for k, v in _body_rows(_parse(text).tables["Samenvatting van de bundel"]).items()}
    assert summary["Waarschuwingen"] == 1
    assert "Voorbeeld niet beschikbaar" in text  # output missing: a note, not a crash


# --------------------------------------------------------------------------- a real browser


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def _chrome(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.imgs = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head"):
            self._skip += 1
        if tag == "img":
            self.imgs += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


@pytest.mark.skipif(_chromium() is None, reason="chromium not installed (CI installs the Debian package 'chromium')")
def test_report_in_headless_chromium(bundle: tuple[Path, list[DocumentResult], str], tmp_path: Path) -> None:
    out, results, _ = bundle
    binary = _chromium()
    assert binary
    url = (out / "report.html").resolve().as_uri()

    dom = _chrome(binary, tmp_path / "profile1", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    p = _Text()
    p.feed(dom.stdout)
    seen = " ".join(" ".join(p.parts).split())
    assert "Samenvatting" in seen and "Samenvatting van de bundel" in seen
    assert f"Documenten {len(results)}" in seen, "the number of documents is shown next to its label"
    assert "kapot.pdf" in seen
    assert p.imgs == sum(r.pages for r in results if r.ok)

    png = tmp_path / "shot.png"
    shot = _chrome(binary, tmp_path / "profile2", f"--screenshot={png}", "--window-size=1200,2000", "--hide-scrollbars", url)
    assert png.is_file(), shot.stderr[-2000:]
    im = Image.open(png).convert("L")
    assert im.size == (1200, 2000)
    hist = im.histogram()
    dark, total = sum(hist[:40]), im.width * im.height
    assert dark > 0.001 * total, "no dark pixels: the page (text, boxes) did not render"
    assert sum(hist[200:]) > 0.3 * total, "mostly white background expected"
    assert len([n for n in hist if n]) > 10, "screenshot is blank"
    # Solid black runs of >= 20 px exist only inside the page thumbnails (text never makes them):
    # the redaction boxes of the first document are visible in the first screenful.
    assert _dark_blocks(Image.open(png).convert("RGB")) >= 5, "no redaction boxes visible in the screenshot"


def _dark_blocks(im: Image.Image, threshold: int = 40, min_run: int = 20) -> int:
    """Rows of an RGB image holding a run of >= ``min_run`` near-black pixels (a box, not text)."""
    r, g, b = im.split()
    brightest = ImageChops.lighter(ImageChops.lighter(r, g), b)
    mask = brightest.point(lambda v: 255 if v < threshold else 0).tobytes()
    run = re.compile(rb"\xff{%d}" % min_run)
    w = im.width
    return sum(1 for y in range(im.height) if run.search(mask, y * w, (y + 1) * w))


def test_file_names_are_escaped_by_the_template(tmp_path: Path) -> None:
    from woo_redact.types import DocumentResult

    bad = '<img src=x onerror="alert(1)">.pdf'
    r = DocumentResult("", None, False, error="broken", error_type="ExtractionError")
    path = write_html_report(tmp_path, [r], relative_names=[bad], generated_at="2025-01-01 00:00 UTC")
    text = path.read_text(encoding="utf-8")
    assert bad not in text and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;.pdf" in text


def test_the_report_names_the_model(tmp_path, pdf_factory):
    from woo_redact.bundle import redact_bundle

    src = pdf_factory([["Melding van Kees Nuijten over overlast."]])
    res = redact_bundle([src], tmp_path / "out", jobs=1, audit_key=tmp_path / "k", new_audit_key=True, ner=False)
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert res.model == "none" and "taalmodel: geen (uitgeschakeld)" in html
