"""Planning: decisions become one box per line run, merged when adjacent."""

from __future__ import annotations

from woo_redact.decide import to_findings
from woo_redact.plan import line_runs, plan
from woo_redact.types import Action, Decision, Detection, Document, EntityType


def _decisions(doc: Document, spans, ground="5.1.2e"):
    page = doc.pages[0]
    out = []
    for s, e in spans:
        (f,) = to_findings(doc.sha256, page, [Detection(s, e, EntityType.PERSON, 1.0, "t")])
        out.append(Decision(f, Action.REDACT, ground, "policy", s, e))
    return out


def test_one_box_per_line(make_doc):
    doc = make_doc("Aan Jan de Vries en\nPiet Jansen")
    text = doc.pages[0].text
    s = text.index("Jan")
    e = text.index("Jansen") + len("Jansen")
    runs = line_runs(doc.pages[0], s, e)
    assert len(runs) == 2
    assert runs[0].y0 > runs[1].y1  # first line above the second


def test_plan_boxes_cover_glyphs_and_carry_label(make_doc):
    doc = make_doc("Beste Jan de Vries, bel 06-12345678")
    text = doc.pages[0].text
    s = text.index("Jan de Vries")
    decs = _decisions(doc, [(s, s + 12)])
    p = plan(doc, decs, label=lambda g: g)
    assert len(p.boxes) == 1
    box = p.boxes[0]
    assert box.label == "5.1.2e"
    for g in doc.pages[0].boxes_for(s, s + 12):
        assert box.bbox.x0 <= g.x0 and g.x1 <= box.bbox.x1
    assert p.secrets == ("Jan de Vries",)
    assert box.finding_ids == (decs[0].finding.id,)


def test_adjacent_boxes_merge_and_keep_stricter_ground(make_doc):
    doc = make_doc("Jan 123456782 en meer")
    decs = _decisions(doc, [(0, 3)]) + _decisions(doc, [(4, 13)], ground="5.1.1e")
    p = plan(doc, decs, label=lambda g: g)
    assert len(p.boxes) == 1
    assert p.boxes[0].label == "5.1.1e"
    assert len(p.boxes[0].finding_ids) == 2


def test_keep_and_review_are_not_boxed(make_doc):
    doc = make_doc("Jan de Vries")
    (d,) = _decisions(doc, [(0, 3)])
    keep = Decision(d.finding, Action.KEEP, None, "x", 0, 3)
    review = Decision(d.finding, Action.REVIEW, "5.1.2e", "x", 0, 3)
    assert plan(doc, [keep, review], label=str).boxes == ()
    assert len(plan(doc, [review], label=str, include_review=True).boxes) == 1


def test_narrowed_span_boxes_only_the_local_part(make_doc):
    doc = make_doc("mail j.jansen@gemeente.nl nu")
    text = doc.pages[0].text
    s = text.index("j.jansen")
    at = text.index("@")
    (f,) = to_findings(doc.sha256, doc.pages[0], [Detection(s, s + len("j.jansen@gemeente.nl"), EntityType.EMAIL, 1.0, "t")])
    d = Decision(f, Action.REDACT, "5.1.2e", "org", s, at + 1)
    p = plan(doc, [d], label=str)
    domain_box = doc.pages[0].boxes_for(at + 1, at + 2)[0]
    assert p.boxes[0].bbox.x1 <= domain_box.x0 + 1.0
    assert p.secrets == ("j.jansen@",)


def test_box_pixels_off_the_rendering_is_empty() -> None:
    """A rectangle left of / below the page maps to an empty pixel slice (never a negative end,
    which numpy would read from the other side and mark nearly the whole page)."""
    from woo_redact.geometry import box_pixels

    crop = (0.0, 0.0, 600.0, 800.0)
    for rect in [(-300.0, 100.0, -200.0, 120.0), (100.0, -300.0, 120.0, -200.0), (900.0, 100.0, 950.0, 120.0)]:
        r0, r1, c0, c1 = box_pixels(rect, crop, 0, 1.0, (800, 600))
        assert r1 <= r0 or c1 <= c0
    assert box_pixels((10.0, 10.0, 20.0, 20.0), crop, 0, 1.0, (800, 600)) == (780, 790, 10, 20)


def test_secret_labels_map_each_string_to_its_stricter_ground(make_doc):
    from woo_redact.plan import secret_labels

    doc = make_doc("Jan Vos belde Jan Vos over 123456782")
    text = doc.pages[0].text
    s2 = text.index("Jan Vos", 3)
    n = text.index("123456782")
    decs = _decisions(doc, [(0, 7)]) + _decisions(doc, [(s2, s2 + 7)], ground="5.1.1e") + _decisions(doc, [(n, n + 9)], ground="5.1.1e")
    p = plan(doc, decs, label=lambda g: f"[{g}]")
    assert secret_labels(doc, p, lambda g: f"[{g}]") == {"Jan Vos": "[5.1.1e]", "123456782": "[5.1.1e]"}


def test_ink_line_boxes_the_whole_ocr_line(make_doc):
    """A redaction inside text read from unexplained ink boxes its whole OCR line, as one box."""
    from dataclasses import replace

    from woo_redact.plan import INK_OCR_FONT, ink_line
    from woo_redact.types import GlyphTable

    doc = make_doc("Kop\nContact: a.b@voorbeeld.nl mail")
    page = doc.pages[0]
    table = GlyphTable()
    for i, g in enumerate(page.glyphs):
        b = g.bbox
        table.append(g.char, b.x0, b.y0, b.x1, b.y1, g.size, INK_OCR_FONT if i >= 3 else "")
    page = replace(page, glyphs=table)
    doc = replace(doc, pages=(page,))
    s = page.text.index("a.b@")
    e = s + len("a.b@voorbeeld.nl")
    ls, le, ink = ink_line(page, s, e)
    assert ink and page.text[ls:le] == "Contact: a.b@voorbeeld.nl mail"
    assert ink_line(page, 0, 3) == (0, 3, False)  # extracted text: the span itself
    p = plan(doc, _decisions(doc, [(s, e)]), label=lambda g: g)
    assert len(p.boxes) == 1
    whole = page.boxes_for(ls, le)
    assert p.boxes[0].bbox.x0 <= min(b.x0 for b in whole) and p.boxes[0].bbox.x1 >= max(b.x1 for b in whole)
