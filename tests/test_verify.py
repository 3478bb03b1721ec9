"""Verification: leaky PDFs are caught, clean ones pass, and problems never quote the secret."""

from __future__ import annotations

import pikepdf
import pytest

from woo_redact.verify import normalize, verify_or_delete, verify_output


def test_clean_pdf_passes(pdf_factory):
    path = pdf_factory([["Er staat hier niets geheims."]])
    res = verify_output(path, ["Jan de Vries"])
    assert res.ok, res.problems
    assert "page_text:pdftotext" in res.checks or "page_text:pdfminer" in res.checks


def test_text_leak_is_found(pdf_factory):
    path = pdf_factory([["Gesprek met Jan de Vries over de aanvraag."]])
    res = verify_output(path, ["Jan de Vries"])
    assert not res.ok
    assert any("page 1" in p for p in res.problems)
    assert not any("Jan de Vries" in p for p in res.problems)


def test_leak_normalised_for_case_whitespace_and_hyphenation(pdf_factory):
    path = pdf_factory([["de heer JANSEN-", "DE BOER belde"]])
    assert not verify_output(path, ["Jansen-de Boer"]).ok or not verify_output(path, ["jansen de boer"]).ok
    path2 = pdf_factory([["mevrouw Wil-", "helmina kwam"]])
    assert not verify_output(path2, ["Wilhelmina"]).ok


def test_word_boundaries(pdf_factory):
    path = pdf_factory([["In januari kwam Jansen niet."]])
    assert verify_output(path, ["Jan"]).ok  # "januari" and "Jansen" do not contain the word "Jan"


def test_metadata_leak(pdf_factory):
    path = pdf_factory([["niets"]], author="Sanne Verbeek")
    res = verify_output(path, ["Sanne Verbeek"])
    assert not res.ok and any("metadata" in p for p in res.problems)


def test_xmp_leak(tmp_path, pdf_factory):
    src = pdf_factory([["niets"]])
    dst = tmp_path / "xmp.pdf"
    with pikepdf.open(src) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:creator"] = ["Sanne Verbeek"]
        pdf.save(dst)
    assert not verify_output(dst, ["Sanne Verbeek"]).ok


def test_annotation_leak(tmp_path, pdf_factory):
    src = pdf_factory([["niets"]])
    dst = tmp_path / "annot.pdf"
    with pikepdf.open(src) as pdf:
        annot = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Text,
                                                     Rect=[0, 0, 10, 10], Contents=pikepdf.String("belt Sanne Verbeek terug")))
        pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([annot]))
        pdf.save(dst)
    res = verify_output(dst, ["Sanne Verbeek"])
    assert not res.ok and any("string value" in p for p in res.problems)


def test_hidden_text_in_stream_is_found(tmp_path, pdf_factory):
    """Text drawn invisibly (render mode 3) is still in the stream bytes and still extractable."""
    src = pdf_factory([["zichtbaar"]])
    dst = tmp_path / "hidden.pdf"
    with pikepdf.open(src) as pdf:
        page = pdf.pages[0]
        font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)
        page.Resources.Font.F9 = font
        page.contents_add(pdf.make_stream(b"BT /F9 10 Tf 3 Tr 100 100 Td (Sanne Verbeek) Tj ET"), prepend=False)
        pdf.save(dst)
    res = verify_output(dst, ["Sanne Verbeek"])
    assert not res.ok


def test_verify_or_delete_removes_leaky_output(pdf_factory):
    path = pdf_factory([["Jan de Vries"]])
    res = verify_or_delete(path, ["Jan de Vries"])
    assert not res.ok and not path.exists()


@pytest.mark.parametrize("raw, norm", [("Jan  de\nVries", "jan de vries"), ("ﬁets", "fiets"), ("Wil-\nhelmina", "wilhelmina")])
def test_normalize(raw, norm):
    assert normalize(raw) == norm


def test_capitalised_single_word_secret_is_case_sensitive(pdf_factory):
    path = pdf_factory([["De bakker bakt brood voor de buurt."]])
    assert verify_output(path, ["Bakker"]).ok
    assert not verify_output(pdf_factory([["Meneer Bakker bakt brood."]]), ["Bakker"]).ok
    assert not verify_output(pdf_factory([["MENEER BAKKER BAKT."]]), ["Bakker"]).ok


def test_single_name_word_in_capitals_leaks_only_with_its_capital():
    from woo_redact.verify import text_leaks

    assert text_leaks("De bakker van de hoek.", ["BAKKER"]) == []
    assert text_leaks("Brief van Bakker.", ["BAKKER"]) == ["BAKKER"]
    assert text_leaks("BRIEF VAN BAKKER.", ["Bakker"]) == ["Bakker"]
    assert text_leaks("Brief van mevrouw de bakkerij.", ["Bakker"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gesprek met Jansen.",
        "gesprek met JAN-\nSEN vandaag",  # line-end hyphenation is joined
        "gesprek met Jan\u00adsen",  # soft hyphen
        "gesprek met Ｊａｎｓｅｎ",  # full-width letters (NFKC)
        "(Jansen) Tj ET",  # content-stream bytes read as text
    ],
)
def test_quick_reject_never_hides_a_secret(text):
    from woo_redact.verify import SecretMatcher

    assert SecretMatcher(["Jansen"]).find(text) == ["Jansen"]
    assert SecretMatcher(["Pietersen"]).find(text) == []


# ---------------------------------------------------------------------------------------- reads what an attacker reads

def _with(tmp_path, pdf_factory, mutate, name="x.pdf"):  # type: ignore[no-untyped-def]
    src = pdf_factory([["Er staat hier niets geheims."]])
    dst = tmp_path / name
    with pikepdf.open(src) as pdf:
        mutate(pdf)
        pdf.save(dst)
    return dst


def _helv(pdf):  # type: ignore[no-untyped-def]
    return pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)


def test_kerned_tj_reads_as_the_word_it_shows(tmp_path, pdf_factory):
    """``(Bakker)-1(sweg)`` shows "Bakkersweg": no leak of "Bakker"; a wide gap is a word break."""
    def kerned(pdf):  # type: ignore[no-untyped-def]
        pdf.pages[0].Resources.Font.F9 = _helv(pdf)
        pdf.pages[0].contents_add(pdf.make_stream(b"BT /F9 10 Tf 50 50 Td [(De Bakker)-1(sweg)] TJ ET"), prepend=False)

    def spaced(pdf):  # type: ignore[no-untyped-def]
        pdf.pages[0].Resources.Font.F9 = _helv(pdf)
        pdf.pages[0].contents_add(pdf.make_stream(b"BT /F9 10 Tf 50 50 Td [(Piet)-300(Bakker)] TJ ET"), prepend=False)

    assert verify_output(_with(tmp_path, pdf_factory, kerned), ["Bakker"]).ok
    res = verify_output(_with(tmp_path, pdf_factory, spaced, "s.pdf"), ["Bakker"])
    assert not res.ok and any(lk.check.value == "content" for lk in res.leaks)


def test_typed_leaks_name_check_page_object_and_secret_index(tmp_path, pdf_factory):
    from woo_redact.verify import LeakCheck

    def hide(pdf):  # type: ignore[no-untyped-def]
        form = pdf.make_stream(b"BT /F9 8 Tf 0 0 Td (Ria Kooistra) Tj ET", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                               BBox=[0, 0, 50, 10], Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F9=_helv(pdf))))
        pdf.pages[0].Resources.XObject = pikepdf.Dictionary(Unused=pdf.make_indirect(form))

    res = verify_output(_with(tmp_path, pdf_factory, hide), ["Jan de Vries", "Ria Kooistra"])
    assert not res.ok
    leak = next(lk for lk in res.leaks if lk.check is LeakCheck.CONTENT)
    assert leak.secret == 1 and leak.page == 0 and leak.obj is not None
    assert all("Kooistra" not in p for p in res.problems)


@pytest.mark.parametrize("where", ["type3", "pattern", "rollover", "key", "utf16_nobom", "zero_width", "jpeg_comment", "deep"])
def test_hidden_places_are_read(tmp_path, pdf_factory, where):
    secret = "Ria Kooistra"

    def hide(pdf):  # type: ignore[no-untyped-def]
        page = pdf.pages[0].obj
        fonts = pikepdf.Dictionary(F9=_helv(pdf))
        shows = f"BT /F9 8 Tf 0 0 Td ({secret}) Tj ET".encode()
        if where == "type3":
            proc = pdf.make_stream(b"500 0 d0 " + shows)
            page.Resources.Font.T3 = pdf.make_indirect(pikepdf.Dictionary(
                Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type3, FontBBox=[0, 0, 1, 1], FontMatrix=[0.001, 0, 0, 0.001, 0, 0],
                FirstChar=120, LastChar=120, Widths=[500], CharProcs=pikepdf.Dictionary(x=proc), Resources=pikepdf.Dictionary(Font=fonts),
                Encoding=pikepdf.Dictionary(Differences=[120, pikepdf.Name.x])))
        elif where == "pattern":
            page.Resources.Pattern = pikepdf.Dictionary(P1=pdf.make_stream(
                shows, PatternType=1, PaintType=1, TilingType=1, BBox=[0, 0, 9, 9], XStep=9, YStep=9, Resources=pikepdf.Dictionary(Font=fonts)))
        elif where == "rollover":
            ap = pdf.make_stream(shows, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form, BBox=[0, 0, 9, 9],
                                 Resources=pikepdf.Dictionary(Font=fonts))
            page.Annots = pikepdf.Array([pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Square, Rect=[0, 0, 9, 9],
                                                            AP=pikepdf.Dictionary(R=ap))])
        elif where == "key":
            pdf.Root.Private = pikepdf.Dictionary({"/Ria Kooistra": True})
        elif where == "utf16_nobom":
            pdf.Root.Private = pikepdf.Dictionary(V=pikepdf.String(secret.encode("utf-16-be")))
        elif where == "zero_width":
            pdf.Root.Private = pikepdf.Dictionary(V=pikepdf.String("Ria Koo\u200bistra"))
        elif where == "jpeg_comment":
            jpeg = b"\xff\xd8\xff\xfe" + (len(secret) + 2).to_bytes(2, "big") + secret.encode() + b"\xff\xda\x00\x02\xff\xd9"
            page.Resources.XObject = pikepdf.Dictionary(Im=pdf.make_stream(
                jpeg, Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Image, Width=1, Height=1, ColorSpace=pikepdf.Name.DeviceGray,
                BitsPerComponent=8, Filter=pikepdf.Name.DCTDecode))
        elif where == "deep":
            pdf.Root.Private = pikepdf.Dictionary(A=[[pikepdf.Dictionary(B=[pikepdf.String(f"x {secret} y")])]])

    res = verify_output(_with(tmp_path, pdf_factory, hide), [secret])
    assert not res.ok, where
    assert {lk.secret for lk in res.leaks} == {0}


def test_occurrence_regex_finds_raw_occurrences_with_offsets():
    from woo_redact.textmatch import occurrence_regex

    text = "Brief van JAN DE\u00ad VRIES en van Jansen; jan\u200b de vries."
    spans = [m.span() for m in occurrence_regex("Jan de Vries").finditer(text)]
    assert [text[s:e] for s, e in spans] == ["JAN DE\u00ad VRIES", "jan\u200b de vries"]
    assert [m.group() for m in occurrence_regex("Bakker").finditer("de bakker, Bakker en BAKKER")] == ["Bakker", "BAKKER"]
    assert not occurrence_regex("Jan").search("januari")


def test_percent_escaped_uri_is_read_decoded(tmp_path, pdf_factory):
    def link(pdf):  # type: ignore[no-untyped-def]
        pdf.Root.Private = pikepdf.Dictionary(URI=pikepdf.String("mailto:r.kooistra%40example.org"))

    assert not verify_output(_with(tmp_path, pdf_factory, link), ["r.kooistra@example.org"]).ok
