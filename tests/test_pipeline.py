"""The pipeline refuses outputs that leak or that are not visibly covered, and keeps inputs intact."""

from __future__ import annotations

import pytest

from woo_redact.pipeline import Pipeline, redact_pdf


@pytest.fixture(scope="module")
def pipe():
    return Pipeline.create(ner=False)


def test_writer_that_leaves_text_is_refused(pipe, pdf_factory, tmp_path, monkeypatch):
    import woo_redact.pdf.redact as writer

    src = pdf_factory([["Beste Jan de Vries,", "uw BSN is 111222333."]])

    def leaky(src, dst, boxes, **kw):  # draws boxes over the text but leaves the text in the stream
        import pikepdf

        with pikepdf.open(src) as pdf:
            for b in boxes:
                page = pdf.pages[b.page]
                r = b.bbox
                page.contents_add(pdf.make_stream(f"0 g {r.x0} {r.y0} {r.width} {r.height} re f".encode()), prepend=False)
            pdf.save(dst)
        return writer.ApplyReport()

    monkeypatch.setattr(writer, "apply_redactions", leaky)
    res = pipe.redact(src, tmp_path / "out.pdf")
    assert not res.ok and res.error_type == "VerificationError"
    assert not (tmp_path / "out.pdf").exists()
    assert "111222333" not in (res.error or "")


def test_boxes_that_do_not_cover_are_refused(pipe, pdf_factory, tmp_path, monkeypatch):
    import woo_redact.pdf.redact as writer

    src = pdf_factory([["Beste Jan de Vries,", "uw BSN is 111222333."]])
    original = writer.BoxStyle
    monkeypatch.setattr(writer, "BoxStyle", lambda **kw: original(fill=(1.0, 1.0, 1.0), text_color=(1.0, 1.0, 1.0)))
    res = pipe.redact(src, tmp_path / "out.pdf")
    assert not res.ok and res.error_type == "VerificationError"
    assert "cover" in (res.error or "")
    assert not (tmp_path / "out.pdf").exists()


def test_input_never_modified_and_same_path_refused(pdf_factory, tmp_path):
    src = pdf_factory([["Beste Jan de Vries"]])
    before = src.read_bytes()
    with pytest.raises(ValueError, match="inputs are never modified"):
        redact_pdf(src, src)
    res = redact_pdf(src, tmp_path / "o.pdf", pipeline=Pipeline.create(ner=False))
    assert res.ok and src.read_bytes() == before


def test_result_reports_stages(pipe, pdf_factory, tmp_path):
    src = pdf_factory([["Beste Jan de Vries, bel 06-12345678"]])
    res = pipe.redact(src, tmp_path / "o.pdf")
    assert res.ok
    stages = dict(res.timings)
    assert {"extract", "detect", "decide", "plan", "write", "verify"} <= set(stages)
    assert res.verification is not None and "render" in res.verification.checks
    assert (tmp_path / "o.txt").is_file()


def test_render_check_catches_a_vanished_word(pdf_factory, tmp_path):
    """A writer that removed one word outside every box must not pass the pixel check."""
    from woo_redact.extract import extract
    from woo_redact.pdf.redact import apply_redactions
    from woo_redact.pdf.render_check import check_render
    from woo_redact.types import BBox, RedactBox

    src = pdf_factory([["Beste Jan de Vries, bel 06-12345678", "De vergadering is op dinsdag."]])
    page = extract(src).pages[0]
    s = page.text.index("dinsdag")
    word = BBox.enclosing(page.boxes_for(s, s + len("dinsdag")))
    out = tmp_path / "o.pdf"
    apply_redactions(src, out, [RedactBox(0, word, "5.1.2e")])
    assert check_render(src, out, [RedactBox(0, word, "5.1.2e")]) == []
    assert check_render(src, out, []), "a word (or box) appeared or vanished outside the boxes and was not seen"


def test_name_lists_and_word_frequencies_load_with_the_pipeline():
    """Loaded at start-up (once per process), not inside the first document's timings."""
    from woo_redact.detect import gazetteer, plausibility
    from woo_redact.pipeline import Pipeline

    gazetteer._surname_table.cache_clear()
    plausibility._zipf.cache_clear()
    Pipeline.create(ner=False)
    assert gazetteer._surname_table.cache_info().currsize == 1
    assert plausibility._zipf.cache_info().currsize >= 1


def test_ocr_pages_read_letter_o_between_digits_as_zero(make_doc):
    from dataclasses import replace

    from woo_redact.pipeline import Pipeline, ocr_digits
    from woo_redact.types import EntityType

    assert ocr_digits("Bel 077-354 12 O9 of 2O24, Oost 4") == "Bel 077-354 12 09 of 2024, Oost 4"
    doc = make_doc("Telefoon: 077-354 12 O9")
    pipe = Pipeline.create(ner=False)
    assert not [f for f in pipe.detect(doc) if f.entity is EntityType.PHONE]  # a text layer is taken as written
    scanned = replace(doc, pages=tuple(replace(p, source="ocr") for p in doc.pages))
    phones = [f for f in pipe.detect(scanned) if f.entity is EntityType.PHONE]
    assert [f.text for f in phones] == ["077-354 12 O9"]  # the finding quotes the page as it is


def test_missed_occurrence_is_planned_and_written_again(pipe, pdf_factory, tmp_path, monkeypatch):
    """Verification finds a redacted string still readable where the plan had no box: the
    pipeline boxes that occurrence and writes again instead of refusing the document."""
    import subprocess

    from woo_redact.types import Action

    src = pdf_factory([["Melding van Jan de Vries over geluid.", "Later belde Jan de Vries opnieuw."]])
    an = pipe.analyze(src)
    first = min(d.start for d in an.decisions if d.finding.text == "Jan de Vries" and d.action is Action.REDACT)
    only_first = [d for d in an.decisions if not (d.finding.text == "Jan de Vries" and d.start != first)]
    assert len(only_first) < len(an.decisions)  # the plan misses the second occurrence
    import woo_redact.pipeline as wp
    from woo_redact.errors import VerificationError

    monkeypatch.setattr(wp, "RECOVERY_ROUNDS", 0)  # without recovery the document is refused
    with pytest.raises(VerificationError, match="page 1") as refused:
        pipe.write(src, tmp_path / "refused.pdf", an.document, only_first)
    assert "Jan de Vries" not in str(refused.value) and not (tmp_path / "refused.pdf").exists()
    monkeypatch.setattr(wp, "RECOVERY_ROUNDS", 2)
    dst = tmp_path / "out.pdf"
    res = pipe.write(src, dst, an.document, only_first)
    assert res.ok
    assert "Jan de Vries" not in subprocess.run(["pdftotext", str(dst), "-"], capture_output=True, text=True).stdout
    assert [d.finding.detector for d in res.decisions].count("verify.recovery") == 1


def test_recovery_plans_nothing_for_leaks_a_box_cannot_cure(pipe, pdf_factory):
    from woo_redact.pipeline import recovery_decisions
    from woo_redact.verify import Leak, LeakCheck

    src = pdf_factory([["Melding van Jan de Vries over geluid.", "Later belde Jan de Vries opnieuw."]])
    an = pipe.analyze(src)
    secrets = ("Jan de Vries",)
    assert recovery_decisions(an.document, an.decisions, secrets, [Leak(LeakCheck.METADATA, 0)]) == []
    assert recovery_decisions(an.document, an.decisions, secrets, [Leak(LeakCheck.PAGE_TEXT, None, 0)]) == []
    # every occurrence already redacted: nothing new to plan, so the caller refuses
    assert recovery_decisions(an.document, an.decisions, secrets, [Leak(LeakCheck.PAGE_TEXT, 0, 0)]) == []


def test_personal_data_spans_in_file_names_are_identifying_kinds_only(pipe):
    text = "bezwaar Jan de Vries BSN 111222333"
    (spans, plain) = pipe.personal_data_spans([text, "mail ziekmelding en verzuim team"])
    assert {text[s:e] for s, e in spans} >= {"Jan de Vries", "111222333"}
    assert plain == []  # a document type such as a sick report is not a person


def test_recovery_boxes_distinctive_words_when_another_reader_joins_lines():
    """pdftotext reads a heading and the next line as one run ("... ZONNEBLOEM\\nBij ..."), our
    page text keeps them apart: the secret's distinctive word is boxed, short words are not."""
    from woo_redact.pipeline import recovery_decisions
    from woo_redact.types import Action, Decision, Document, EntityType, Finding, PageText
    from woo_redact.verify import Leak, LeakCheck

    text = "Zonnebloem bij de gemeente.\fOVERZICHT ZONNEBLOEM\nVerslag bij de raad, met Karel Zonnebloem."
    pages = tuple(PageText(i, 600.0, 800.0, t, (), tuple(None for _ in t)) for i, t in enumerate(text.split("\f")))
    doc = Document("x.pdf", "0" * 64, pages)
    redact = Decision(Finding("f1", 0, 0, 14, "Zonnebloem bij", EntityType.PERSON, 0.9, "woo.ner"), Action.REDACT, "5.1.2e", "policy", 0, 14)
    kept_at = pages[1].text.index("Karel Zonnebloem")
    keep = Decision(Finding("f2", 1, kept_at, kept_at + 16, "Karel Zonnebloem", EntityType.PERSON, 0.9, "woo.names"),
                    Action.KEEP, None, "public_official:role", kept_at, kept_at + 16)
    out = recovery_decisions(doc, [redact, keep], ("Zonnebloem bij",), [Leak(LeakCheck.PAGE_TEXT, 0, 1)])
    assert [(d.finding.page, pages[1].text[d.start:d.end]) for d in out] == [(1, "ZONNEBLOEM")]
    assert all(d.action is Action.REDACT and d.ground == "5.1.2e" and d.finding.entity is EntityType.PERSON for d in out)


def test_review_as_redact_boxes_proposals_in_the_text_rendition_too(tmp_path, pdf_factory):
    """With review_as_redact the PDF boxes the officer's proposals; the .txt beside it must too
    (it used to be refused as a leaking rendition)."""
    from woo_redact.pipeline import Pipeline
    from woo_redact.policy import parse_policy

    src = pdf_factory([["Ingeschreven bij de Kamer van Koophandel onder KvK-nummer 12345678."]])
    pol = parse_policy({"review": {"review_as_redact": True}, "thresholds": {"woo.rules.kvk": 0.3}})
    res = Pipeline.create(pol, ner=False).redact(src, tmp_path / "out.pdf")
    assert res.ok, res.error
    assert any(d.action.value == "review" and d.finding.text == "12345678" for d in res.decisions)
    assert "12345678" not in (tmp_path / "out.txt").read_text(encoding="utf-8")
