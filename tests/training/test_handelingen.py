"""Parliamentary proceedings as training text: speakers and members present are gold PER,
parties ORG, a copy with sampled names. The sitting below is invented."""

import random

import spacy
from woo_ner_train import handelingen as H

SITTING = """<?xml version="1.0" encoding="utf-8"?>
<officiele-publicatie>
 <handelingen>
  <opening><tekst><al-groep>
   <al>Aanwezig zijn 12 leden der Kamer, te weten:</al>
  </al-groep><al-groep>
   <al>Van Aart, Bolkema, Ceylan, Dorrepaal, Van der Eest, Fennema, Gerritsma, Hulsbos, Issa, Jonkers, Kamphuis en Lont,</al>
  </al-groep></tekst></opening>
  <spreekbeurt>
   <spreker><voorvoegsels>Mevrouw</voorvoegsels><naam><achternaam>Van der Eest</achternaam></naam> (<politiek>SP</politiek>):</spreker>
   <tekst><al-groep><al>Voorzitter. Ik sluit mij aan bij de heer Bolkema en bij collega Wijnstra, maar niet bij Fennema.</al></al-groep></tekst>
  </spreekbeurt>
  <spreekbeurt>
   <spreker><voorvoegsels>Minister</voorvoegsels><naam><achternaam>Okkerse</achternaam></naam>:</spreker>
   <tekst><al-groep><al>Het lid Hulsbos vroeg naar Den Haag en de Klimop.</al></al-groep></tekst>
  </spreekbeurt>
 </handelingen>
</officiele-publicatie>
"""


def test_read_sitting_speakers_members_paragraphs():
    speakers, paras, names = H.read_sitting(SITTING.encode("utf-8"))
    assert speakers == [("Mevrouw", "Van der Eest", "SP"), ("Minister", "Okkerse", "")]
    assert {"Van Aart", "Lont", "Van der Eest", "Okkerse"} <= names
    assert "Voorzitter. Ik sluit mij aan bij de heer Bolkema en bij collega Wijnstra, maar niet bij Fennema." in paras


def test_double_encoded_utf8_is_repaired():
    mangled = ("\ufeff" + SITTING.replace("Ceylan", "Çelik")).encode("utf-8").decode("latin-1").encode("utf-8")
    _s, _p, names = H.read_sitting(mangled)
    assert "Çelik" in names


def test_label_paragraph_members_titles_parties():
    text = "Ik sluit mij aan bij de heer Bolkema en bij collega Wijnstra, maar niet bij Fennema van de SP. Helder."
    ents = H.label_paragraph(text, {"Bolkema", "Fennema", "Helder"}, frozenset({"helder"}))
    got = [(text[s:e], lab) for s, e, lab in ents]
    assert got == [("Bolkema", "PER"), ("Wijnstra", "PER"), ("Fennema", "PER"), ("SP", "ORG")]


def test_docs_with_speaker_lines_and_refilled_copies(tmp_path, ner_data):
    (tmp_path / "h-tk-1.xml").write_bytes(SITTING.encode("utf-8"))
    docs, stats = H.handelingen_docs(spacy.blank("nl"), tmp_path, seed=2)
    texts = [d.text for d in docs]
    assert "Mevrouw Van der Eest (SP):" in texts
    line = docs[texts.index("Mevrouw Van der Eest (SP):")]
    assert [(e.text, e.label_) for e in line.ents] == [("Van der Eest", "PER"), ("SP", "ORG")]
    assert stats["files"] == 1 and stats["refilled"] >= 3
    refilled = [d for d in docs if d.text.startswith("Het lid ") and "Hulsbos" not in d.text]
    assert refilled and refilled[0].ents[0].label_ == "PER"
    original = docs[texts.index("Het lid Hulsbos vroeg naar Den Haag en de Klimop.")]
    assert [(e.text, e.label_) for e in original.ents] == [("Hulsbos", "PER"), ("Den Haag", "LOC")]
    assert [t.ent_iob for t in original if t.text == "Klimop"] == [0]  # unexplained capital: missing


def test_replace_people_keeps_one_person_per_name(monkeypatch):
    seen = []

    def fake_person_text(person, rng, key, form=None):
        seen.append(person)
        return "Zwart" if form == "sur" else "K. Zwart"

    monkeypatch.setattr(H, "person_text", fake_person_text)
    cast = {"Bolkema": "person-b"}
    text = "Bolkema en mevrouw A. Bolkema"
    new_text, new = H._replace_people(text, [(0, 7, "PER"), (19, 29, "PER")], random.Random(0), cast)
    assert new_text == "Zwart en mevrouw K. Zwart"
    assert [new_text[s:e] for s, e, _ in new] == ["Zwart", "K. Zwart"]
    assert seen == ["person-b", "person-b"]
