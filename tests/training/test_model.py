"""The shipped model loads offline, finds persons, and records its data licences."""

import json
from pathlib import Path

import pytest

MODEL = Path(__file__).resolve().parents[2] / "models" / "nl_woo_ner"

needs_model = pytest.mark.skipif(not (MODEL / "meta.json").exists(), reason="models/nl_woo_ner not built")


@needs_model
def test_meta_records_sources_and_licences():
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta["lang"] == "nl"
    assert set(meta["labels"]["ner"]) >= {"PER", "ORG", "LOC"}
    text = json.dumps(meta)
    assert "www.meertens.knaw.nl/nvb" in text  # first-name attribution
    assert "CC0" in text
    for src in meta["sources"]:
        assert src.get("license"), src
    # research-only / non-commercial corpora must not be training sources
    names = " ".join(s["name"] for s in meta["sources"]).lower()
    assert "conll" not in names and "wikineural" not in names and "wikiann" not in names
    assert (MODEL / "LICENSE-DATA.md").exists() or (MODEL / "README.md").exists()


@needs_model
def test_model_size_and_no_training_state():
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size < 25 * 1024 * 1024
    assert not list(MODEL.rglob("*optimizer*"))


@pytest.mark.model
@needs_model
def test_model_finds_persons_offline(monkeypatch):
    import socket

    import spacy

    def no_network(*a, **k):
        raise OSError("network disabled in test")

    monkeypatch.setattr(socket, "create_connection", no_network)
    nlp = spacy.load(MODEL)
    assert set(nlp.get_pipe("ner").labels) >= {"PER", "ORG", "LOC"}
    texts = [
        "Geachte heer De Vries,\n\nNaar aanleiding van uw verzoek van 3 mei stuur ik u de stukken.",
        "Van: Jan Bakker <j.bakker@voorbeeldgemeente.nl>\nAan: Petra van den Berg\nOnderwerp: overleg",
        "Aanwezig: dhr. P. Jansen (voorzitter), mevr. drs. A.M. de Boer, mw. S. El Amrani",
        "Met vriendelijke groet,\n\nKees van der Linden\nBeleidsadviseur\nAfdeling Juridische Zaken",
    ]
    expected = ["De Vries", "Jan Bakker", "A.M. de Boer", "Kees van der Linden"]
    docs = list(nlp.pipe(texts, batch_size=8))
    for doc, want in zip(docs, expected):
        pers = [e.text for e in doc.ents if e.label_ == "PER"]
        assert want in pers, (doc.text, [(e.text, e.label_) for e in doc.ents])
