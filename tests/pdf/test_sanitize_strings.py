"""The rebuild leaves private objects behind: a redacted string in any of them is gone."""

from __future__ import annotations

import pikepdf

from woo_redact.pdf.redact import apply_redactions
from woo_redact.verify import verify_output


def test_string_values_anywhere_are_scrubbed(tmp_path):
    pdf = pikepdf.new()
    pdf.add_blank_page()
    odd = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name("/Bead"), T=pikepdf.String("notitie van Sanne Verbeek"),
                                               Extra=pikepdf.Array([pikepdf.String("Sanne Verbeek, 2024")])))
    pdf.Root.PrivateThing = odd
    src = tmp_path / "in.pdf"
    pdf.save(src)
    assert not verify_output(src, ["Sanne Verbeek"]).ok
    out = tmp_path / "out.pdf"
    report = apply_redactions(src, out, [], scrub_strings=["Sanne Verbeek"])
    assert verify_output(out, ["Sanne Verbeek"]).ok
    assert "Catalog/PrivateThing" in report.metadata_scrubbed
    with pikepdf.open(out) as doc:
        assert "/PrivateThing" not in doc.Root
        assert not any(isinstance(o, pikepdf.Dictionary) and o.get("/Type") == "/Bead" for o in doc.objects)
