"""Contrast documents (glued titles, firms named after partners, joined places): the spans the
real-text candidate over-tagged on published PDFs, labelled by our convention. All strings are
generated from the training lists; the assertions are about structure, not about fixed names."""

import re

import spacy
from woo_ner_train import contrast as C
from woo_ner_train.rulings import is_known_non_entity

TITLE = re.compile(r"^(?:prof|dr|drs|mr|ir|ing)(?:\.|$)", re.IGNORECASE)


def test_generated_spans_are_aligned_and_deterministic(ner_data):
    nlp = spacy.blank("nl")
    docs, dropped = C.contrast_docs(nlp, 300, seed=3)
    assert dropped < 15 and len(docs) == 300 - dropped
    again, _ = C.contrast_docs(nlp, 300, seed=3)
    assert [d.text for d in docs] == [d.text for d in again]
    other, _ = C.contrast_docs(nlp, 300, seed=4)
    assert [d.text for d in docs] != [d.text for d in other]


def test_titles_stay_outside_person_spans_and_are_o(ner_data):
    nlp = spacy.blank("nl")
    docs, _ = C.contrast_docs(nlp, 400, seed=1)
    n_titles = 0
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PER":
                assert not TITLE.match(ent[0].text), ent.text
        for tok in doc:
            if TITLE.match(tok.text) and tok.text[:1].isupper() and "." in tok.text:
                n_titles += 1
                assert tok.ent_iob_ == "O"
    assert n_titles > 200


def test_firms_and_joined_places_are_one_span(ner_data):
    texts = C.generate(400, seed=2)
    firms = [t[s:e] for t, ents in texts for s, e, lab in ents if lab == "ORG" and " & " in t[s:e]]
    joined = [t[s:e] for t, ents in texts for s, e, lab in ents if lab == "LOC"]
    assert len(firms) > 30 and len(joined) > 30
    # a firm of partners' surnames is never a person span, and its parts are not split off
    pers = {t[s:e] for t, ents in texts for s, e, lab in ents if lab == "PER"}
    assert not any(" & " in p for p in pers)
    # ... but a partner named on their own is a person (the firm shape needs the & or legal form)
    lone = {p for p in pers if " " not in p and any(p in f.split() for f in firms)}
    assert len(lone) > 10
    assert all(re.search(r"[-/]", j) for j in joined)
    assert any(j.rsplit("-", 1)[-1] in C.COMPASS for j in joined)  # districts: Place-Noord


def test_glued_title_tokens_are_known_non_entities():
    nlp = spacy.blank("nl")
    for title in ("Prof.dr.", "Prof.dr.ir.", "Mr.drs.", "Dr.ir.", "PROF.DR.", "Ing."):
        tok = nlp.make_doc(f"{title} Karel Oosterwijk")[0].text
        assert is_known_non_entity(tok), tok
    for word in ("Drenthe", "Prof", "Mrsa", "Irene", "Drost"):
        assert is_known_non_entity(word) is (word == "Prof")
