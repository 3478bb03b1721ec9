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
