"""Licence files and meta written next to a trained model; research models are never shipped."""

import json

import pytest
import spacy
from woo_ner_train import meta


def test_data_license_and_readme(tmp_path):
    meta.write_data_license(tmp_path)
    lic = (tmp_path / "LICENSE-DATA.md").read_text(encoding="utf-8")
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    for text in (lic, readme):
        assert "www.meertens.knaw.nl/nvb" in text and "Europeana" in text
    assert "CoNLL-2002 Dutch: research use only" in lic
    assert "## Pretraining" not in lic
    meta.write_data_license(tmp_path, pretrained=True)
    assert "## Pretraining" in (tmp_path / "LICENSE-DATA.md").read_text(encoding="utf-8")


def _trained(tmp_path, research: bool):
    nlp = spacy.blank("nl")
    nlp.to_disk(tmp_path / "model-best")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    info = {"docs": {"synth": 7}, "generator_version": 4, "include_research_data": research, "args": {"n_synth": 7}}
    (corpus / "corpus.json").write_text(json.dumps(info))
    return tmp_path / "model-best", corpus


def test_finalize_writes_sources_licences_and_counts(tmp_path):
    trained, corpus = _trained(tmp_path, research=False)
    out = meta.finalize(trained, tmp_path / "nl_woo_ner", corpus_dir=corpus, version="9.8.7")
    m = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert (m["lang"], m["name"], m["version"]) == ("nl", "woo_ner", "9.8.7")
    assert all(src.get("license") for src in m["sources"])
    assert m["training"]["docs"] == {"synth": 7}
    assert (out / "LICENSE-DATA.md").is_file()
    assert spacy.load(out).meta["version"] == "9.8.7"


def test_research_model_is_named_so_and_never_written_into_models(tmp_path, monkeypatch):
    trained, corpus = _trained(tmp_path, research=True)
    assert meta.REPO_MODELS.name == "models" and (meta.REPO_MODELS / "__init__.py").is_file()
    monkeypatch.setattr(meta, "REPO_MODELS", tmp_path / "models")  # never risk the real one
    with pytest.raises(meta.ResearchModelError):
        meta.finalize(trained, tmp_path / "models" / "nl_woo_ner", corpus_dir=corpus)
    assert not (tmp_path / "models").exists()
    out = meta.finalize(trained, tmp_path / "comparison", corpus_dir=corpus)
    m = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert "DO NOT SHIP" in m["description"] and m["license"] == "research only"
    assert not (out / "LICENSE-DATA.md").exists()


def test_rulings_source_and_licence_row_only_when_rulings_were_used(tmp_path):
    trained, corpus = _trained(tmp_path, research=False)
    out = meta.finalize(trained, tmp_path / "plain", corpus_dir=corpus)
    lic = (out / "LICENSE-DATA.md").read_text(encoding="utf-8")
    assert "Rechtspraak" not in lic and "{rulings" not in lic
    info = json.loads((corpus / "corpus.json").read_text())
    info["docs"]["rulings"] = 5
    info["rulings"] = {"files": 2, "PER": 9}
    (corpus / "corpus.json").write_text(json.dumps(info))
    out = meta.finalize(trained, tmp_path / "with_rulings", corpus_dir=corpus)
    m = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    src = [s for s in m["sources"] if "Rechtspraak" in s["name"]]
    assert len(src) == 1 and "art. 11 Auteurswet" in src[0]["license"] and len(src[0]["commit"]) == 40
    assert m["training"]["rulings"] == {"files": 2, "PER": 9}
    lic = (out / "LICENSE-DATA.md").read_text(encoding="utf-8")
    assert "rechtspraak_rulings.tsv" in lic and "Maarten Trompper" in lic


def test_handelingen_row_when_used(tmp_path):
    meta.write_data_license(tmp_path, handelingen=True)
    lic = (tmp_path / "LICENSE-DATA.md").read_text(encoding="utf-8")
    assert "handelingen.tsv" in lic and "art. 15b" in lic and "{" not in lic


def test_model_readme_names_the_real_text_only_when_used(tmp_path):
    meta.write_data_license(tmp_path)
    assert "Rechtspraak" not in (tmp_path / "README.md").read_text(encoding="utf-8")
    meta.write_data_license(tmp_path, rulings=True, handelingen=True)
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    assert "Rechtspraak.nl court rulings" in readme and "Handelingen" in readme


def test_contrast_source_only_when_contrast_documents_were_used(tmp_path):
    trained, corpus = _trained(tmp_path, research=False)
    plain = json.loads((meta.finalize(trained, tmp_path / "plain", corpus_dir=corpus) / "meta.json").read_text())
    assert not any("contrast" in s["name"].lower() for s in plain["sources"])
    info = json.loads((corpus / "corpus.json").read_text())
    info["docs"]["contrast"] = 3
    (corpus / "corpus.json").write_text(json.dumps(info))
    m = json.loads((meta.finalize(trained, tmp_path / "with", corpus_dir=corpus) / "meta.json").read_text())
    src = [s for s in m["sources"] if "contrast" in s["name"].lower()]
    assert len(src) == 1 and src[0]["license"].startswith("EUPL")
    assert m["training"]["docs"]["contrast"] == 3
