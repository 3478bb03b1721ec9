"""Court rulings as training text: markers refilled with gold spans, clear-text names by rule,
unexplained capitals missing. All fixtures are invented; nothing is read from the real rulings."""

import hashlib
import random
import subprocess

import pytest
import spacy
from woo_ner_train import rulings as R
from woo_ner_train.rulings import Cast, Filled, MarkerKind, classify_marker

XML = """<?xml version="1.0" encoding="utf-8"?>
<open-rechtspraak>
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description>Metadata Tekst</rdf:Description></rdf:RDF>
  <inhoudsindicatie xmlns="http://www.rechtspraak.nl/schema/rechtspraak-1.0"><para>Samenvatting [eiser] niet meenemen.</para></inhoudsindicatie>
  <uitspraak xmlns="http://www.rechtspraak.nl/schema/rechtspraak-1.0">
    <parablock><nr>1.</nr><para>[eiser]   woont te [woonplaats].</para></parablock>
    <title>Beslissing</title>
    <para>De kantonrechter wijst de vordering af.</para>
  </uitspraak>
</open-rechtspraak>
"""


@pytest.mark.parametrize(("label", "kind"), [
    ("eiser", MarkerKind.PERSON), ("naam 2", MarkerKind.PERSON), ("appellant sub 3", MarkerKind.PERSON),
    ("geïntimeerde 1", MarkerKind.PERSON), ("B", MarkerKind.PERSON), ("het kind", MarkerKind.PERSON),
    ("naam getuige", MarkerKind.PERSON), ("appellanten", MarkerKind.PERSONS), ("woonplaats", MarkerKind.PLACE),
    ("geboorteplaats", MarkerKind.PLACE), ("bedrijf 1", MarkerKind.ORG), ("naam v.o.f.", MarkerKind.ORG),
    ("geboortedatum", MarkerKind.DATE), ("adres", MarkerKind.ADDRESS), ("kenteken", MarkerKind.NUMBER),
    ("heeft", MarkerKind.KEEP), ("…", MarkerKind.KEEP), ("de fiscale eenheid", MarkerKind.KEEP),
])
def test_classify_marker(label, kind):
    assert classify_marker(label) is kind


def test_paragraphs_of_the_decision_only():
    paras = R.ruling_paragraphs(XML)
    assert paras == ["[eiser] woont te [woonplaats].", "Beslissing", "De kantonrechter wijst de vordering af."]


def test_titled_names_one_span_per_name_title_outside():
    text = "Gewezen door mrs. K.L. Smeets, P. van Aalst en J. Bakker-de Wit, in aanwezigheid van mr. Van Dam."
    got = [text[s:e] for s, e in R.titled_names(text)]
    assert got == ["K.L. Smeets", "P. van Aalst", "J. Bakker-de Wit", "Van Dam"]
    assert R.titled_names("zoals mr. Het Hof besliste") == []
    assert R.titled_names("Ir. Th. Vonk-Oppers tekende") == [(4, 19)]


def test_titled_names_after_a_glued_title():
    text = "Advies van Prof.dr. K. Oosterwijk en mr.drs. B. van Helden-Pot, en prof. mr. Van Dam."
    assert [text[s:e] for s, e in R.titled_names(text)] == ["K. Oosterwijk", "B. van Helden-Pot", "Van Dam"]


def test_place_after_te_is_loc(ner_data):
    text = "advocaat te Utrecht en gevestigd in Nederland, niet Utrecht zonder voorzetsel"
    assert [text[s:e] for s, e in R.place_mentions(text)] == ["Utrecht", "Nederland"]


def test_countries_anywhere_unless_part_of_a_name(ner_data):
    text = "Nederland en Duitsland, maar niet het Zorginstituut Nederland of de Staat der Nederland"
    assert [text[s:e] for s, e in R.place_mentions(text)] == ["Nederland", "Duitsland"]


@pytest.mark.parametrize(("word", "known"), [
    ("Leerplichtwet", True), ("Awb", True), ("Nederlandse", True), ("Maart", True), ("Wet", True),
    ("Jansen", False), ("Wetering", False), ("Afdeling", False),
    ("Prof.dr", True), ("Mr.drs.", True), ("Dr.", True), ("Drenthe", False), ("Irma", False),
])
def test_known_non_entities(word, known):
    assert R.is_known_non_entity(word) is known


def test_refill_gives_gold_spans_and_keeps_one_person_per_marker(ner_data):
    para = ("[eiser] woont in [woonplaats] en werkte bij [bedrijf 1], [adres]. Namens [eiser] verscheen "
            "mr. T.R. Pols. [appellanten] [heeft] dit gezien.")
    cast = Cast(random.Random(4))
    f = R.refill(para, cast)
    assert "[eiser]" not in f.text and "[woonplaats]" not in f.text and "[heeft]" in f.text
    labels = [lab for _, _, lab in f.ents]
    assert labels.count("PER") == 5  # eiser twice, two appellanten, Pols
    assert "LOC" in labels and "ORG" in labels
    assert "T.R. Pols" in [f.text[s:e] for s, e, _ in f.ents]
    assert len(cast.people) == 3  # eiser, appellanten #1 and #2
    assert f.n_markers == 7
    (ks, ke), = f.kept_markers
    assert f.text[ks:ke] == "[heeft]"
    assert all(f.text[s:e].strip() == f.text[s:e] and f.text[s:e] for s, e, _ in f.ents)


def test_company_marker_before_bv_is_org(ner_data):
    f = R.refill("Zij verkocht aan [eiser] B.V. een pand.", Cast(random.Random(1)))
    (_s, e, lab), = f.ents
    assert lab == "ORG" and f.text[e:].startswith(" B.V.")


def test_doc_marks_unexplained_capitals_missing_not_o():
    text = "Op 3 mei stelt Kees Bol dat de Afdeling Noordzee op grond van de Leerplichtwet gelijk heeft. Daarom wint Bol. Kerkstraat 4"
    s = text.index("Kees Bol")
    s2 = text.index("Bol.")
    st = text.index("Kerkstraat")
    filled = Filled(text, ((s, s + 8, "PER"), (s2, s2 + 3, "PER")), (), 2, ((st, len(text)),))
    doc = R.filled_to_doc(spacy.blank("nl"), filled, frozenset({"daarom"}))
    iob = {t.text: (t.ent_iob_, t.ent_type_) for t in doc}
    assert iob["Kees"] == ("B", "PER") and iob["Bol"] == ("B", "PER")
    assert iob["Op"] == ("O", "")  # opens the text
    assert iob["Daarom"] == ("O", "")  # opens a sentence
    assert iob["Afdeling"] == ("", "") and iob["Noordzee"] == ("", "")  # missing: no loss
    assert iob["Kerkstraat"] == ("O", "")  # a street fill is O by convention
    assert iob["Leerplichtwet"] == ("O", "")  # a law name is never an entity here
    assert iob["stelt"] == ("O", "")


def test_misaligned_gold_span_drops_the_paragraph():
    filled = Filled("Jansen-achtig gedrag", ((0, 3, "PER"),), (), 1)
    assert R.filled_to_doc(spacy.blank("nl"), filled, frozenset()) is None


def test_ruling_docs_from_a_folder(tmp_path, ner_data):
    (tmp_path / "a.xml").write_text(XML, encoding="utf-8")
    (tmp_path / "broken.xml").write_text("<uitspraak><para>", encoding="utf-8")
    docs, stats = R.ruling_docs(spacy.blank("nl"), tmp_path, seed=3)
    assert stats["files"] == 1 and stats["paragraphs"] == 3 and stats["markers"] == 2
    first = docs[0]
    assert [e.label_ for e in first.ents] == ["PER", "LOC"]
    assert "[" not in first.text


def test_export_checks_the_manifest(tmp_path):
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / "d").mkdir()
    (repo / "d" / "x.xml").write_text(XML, encoding="utf-8")
    git = ["git", "-C", str(repo), "-c", "user.email=t@example.org", "-c", "user.name=t"]
    subprocess.run(git + ["add", "."], check=True)
    subprocess.run(git + ["commit", "-qm", "x"], check=True)
    commit = subprocess.run(git + ["rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    sha = hashlib.sha256(XML.encode("utf-8")).hexdigest()
    manifest = tmp_path / "m.tsv"
    manifest.write_text(f"repo\tcommit\tpath\tecli\tsha256\nme/repo\t{commit}\td/x.xml\tECLI:NL:XX:2000:1\t{sha}\n")
    assert R.export(repo / ".git", tmp_path / "out", manifest) == 1
    assert (tmp_path / "out" / "ECLI_NL_XX_2000_1.xml").read_text(encoding="utf-8") == XML
    manifest.write_text(f"me/repo\t{commit}\td/x.xml\tECLI:NL:XX:2000:1\t{'0' * 64}\n")
    with pytest.raises(ValueError, match="differs"):
        R.export(repo / ".git", tmp_path / "out2", manifest)


def test_unknown_capitals_become_negative_per_spans_names_stay_missing():
    text = "Volgens het College en de heer Zuiderhoek heeft de Afdeling gelijk."
    filled = Filled(text, (), (), 0)
    known = frozenset({"Zuiderhoek"})
    doc = R.filled_to_doc(spacy.blank("nl"), filled, frozenset(), known)
    negs = [(s.text, s.label_) for s in doc.spans[R.INCORRECT_SPANS_KEY]]
    assert negs == [("College", "PER"), ("Afdeling", "PER")]
    assert {t.text: t.ent_iob for t in doc}["Zuiderhoek"] == 0  # a possible name: missing, no negative
    assert R.INCORRECT_SPANS_KEY not in R.filled_to_doc(spacy.blank("nl"), filled, frozenset()).spans


@pytest.mark.parametrize(("word", "expected"), [("College", True), ("BNB", True), ("Zuiderhoek", False),
                                                 ("A", False), ("B.V.", False), ("de", False)])
def test_is_not_a_name(word, expected):
    assert R.is_not_a_name(word, frozenset({"Zuiderhoek"})) is expected


def test_config_uses_the_negative_spans():
    from pathlib import Path

    cfg = (Path(R.__file__).resolve().parents[1] / "configs" / "ner.cfg").read_text(encoding="utf-8")
    assert f'incorrect_spans_key = "{R.INCORRECT_SPANS_KEY}"' in cfg


def test_name_tokens_cover_the_lists(ner_data):
    known = R.name_tokens()
    assert {"Jansen", "Vries", "Maria"} <= known and "College" not in known
