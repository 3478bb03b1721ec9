"""Readers parse small inline samples correctly."""

import spacy
from woo_ner_train.corpora import (
    iob_to_spans,
    read_conll2002,
    read_conllu,
    read_europeana_bio,
    sentence_to_doc,
    sentence_to_retokenized_doc,
    sentences_to_docbin,
)

CONLL = """-DOCSTART- -DOCSTART- O
Wouter N B-PER
Van N I-PER
den N I-PER
Bossche N I-PER
werkt V O
bij Prep O
Philips N B-ORG
in Prep O
Brussel N B-LOC
. Punc O

-DOCSTART- -DOCSTART- O
Het Art O
Belgische Adj B-MISC
team N O
"""

CONLLU = "0\tAnna\tB-PER\n1\tWit\tI-PER\n2\twoont\tO\n3\tin\tO\n4\tGent\tB-LOC\n\n0\tNiets\tO\n"

BIO = """De O
heer O
Thorbecke B-PER
sprak O
in O
Den B-LOC
Haag. I-LOC
Daarna O
ging O
J. B-PER
Smit I-PER
naar O
Leiden. B-LOC
"""


def test_read_conll2002():
    sents = list(read_conll2002(CONLL))
    assert len(sents) == 2
    s = sents[0]
    assert s.words[:4] == ["Wouter", "Van", "den", "Bossche"]
    assert iob_to_spans(s.tags) == [(0, 4, "PER"), (6, 7, "ORG"), (8, 9, "LOC")]
    assert sents[1].doc_id == 2
    assert iob_to_spans(sents[1].tags) == [(1, 2, "MISC")]


def test_read_conllu():
    sents = list(read_conllu(CONLLU))
    assert [s.words for s in sents] == [["Anna", "Wit", "woont", "in", "Gent"], ["Niets"]]
    assert iob_to_spans(sents[0].tags) == [(0, 2, "PER"), (4, 5, "LOC")]


def test_read_europeana_splits_sentences_but_not_initials():
    sents = list(read_europeana_bio(BIO))
    assert [len(s.words) for s in sents] == [7, 6]  # "J." does not end a sentence
    assert iob_to_spans(sents[1].tags) == [(2, 4, "PER"), (5, 6, "LOC")]


def test_iob_to_spans_tolerates_stray_inside_tag():
    assert iob_to_spans(["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]


def test_docs_and_docbin(tmp_path):
    nlp = spacy.blank("nl")
    s = next(read_conll2002(CONLL))
    doc = sentence_to_doc(nlp.vocab, s, labels=("PER", "ORG", "LOC"))
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Wouter Van den Bossche", "PER"), ("Philips", "ORG"), ("Brussel", "LOC")]
    # re-tokenized: "Haag." and "Leiden." are split by the spaCy tokenizer
    eu = list(read_europeana_bio(BIO))
    d2, bad = sentence_to_retokenized_doc(nlp, eu[0])
    assert [(e.text, e.label_) for e in d2.ents] == [("Thorbecke", "PER"), ("Den Haag", "LOC")]
    assert bad == 0  # "Haag." -> punctuation trimmed, then aligned
    db = sentences_to_docbin([doc, d2], tmp_path / "x.spacy")
    back = list(db.get_docs(nlp.vocab))
    assert [e.text for e in back[0].ents] == ["Wouter Van den Bossche", "Philips", "Brussel"]
    assert (tmp_path / "x.spacy").exists()


def test_europeana_negatives_only_for_missing_capitals_in_no_name_list(ner_data):
    import spacy
    from woo_ner_train.corpus import europeana_docs
    from woo_ner_train.rulings import INCORRECT_SPANS_KEY, name_tokens

    nlp = spacy.blank("nl")
    plain = europeana_docs(nlp)
    neg = europeana_docs(nlp, negatives=True)
    assert [d.text for d in plain] == [d.text for d in neg]
    assert all(INCORRECT_SPANS_KEY not in d.spans for d in plain)
    known = name_tokens()
    spans = [sp for d in neg for sp in d.spans.get(INCORRECT_SPANS_KEY, [])]
    assert len(spans) > 1000
    for sp in spans[:5000]:
        tok = sp[0]
        assert len(sp) == 1 and sp.label_ == "PER"
        assert tok.ent_iob == 0  # still missing: not taught O, only "not a person"
        assert tok.text not in known and tok.text[:1].isupper()
