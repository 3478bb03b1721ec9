"""Licence files written next to a trained model."""

from woo_redact.training import train


def test_data_license_and_readme(tmp_path):
    train.write_data_license(tmp_path)
    lic = (tmp_path / "LICENSE-DATA.md").read_text(encoding="utf-8")
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    for text in (lic, readme):
        assert "www.meertens.knaw.nl/nvb" in text and "Europeana" in text
    assert "CoNLL-2002 Dutch: research use only" in lic
    assert "## Pretraining" not in lic
    train.write_data_license(tmp_path, pretrained=True)
    assert "## Pretraining" in (tmp_path / "LICENSE-DATA.md").read_text(encoding="utf-8")
