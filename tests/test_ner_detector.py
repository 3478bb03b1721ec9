"""The spaCy NER detector adapter: label mapping, lines and cells, codes glued to names."""

from __future__ import annotations

import spacy

from woo_redact.detect.ner import SpacyNerDetector
from woo_redact.types import EntityType


_COUNTER = [0]


def _nlp_with(ents_by_text):
    """A blank Dutch pipeline whose 'ner' marks given substrings (no model needed)."""
    nlp = spacy.blank("nl")
    _COUNTER[0] += 1
    name = f"fake_ner_{_COUNTER[0]}"

    @spacy.Language.component(name)
    def fake_ner(doc):  # type: ignore[no-untyped-def]
        spans = []
        for needle, label in ents_by_text:
            i = doc.text.find(needle)
            if i >= 0:
                sp = doc.char_span(i, i + len(needle), label=label, alignment_mode="expand")
                if sp is not None:
                    spans.append(sp)
        doc.ents = spacy.util.filter_spans(spans)
        return doc

    nlp.add_pipe(name)
    return nlp


def test_wrapped_name_gives_both_line_parts_and_codes_are_trimmed():
    text = "de broer, Emre\nYıldırım, en vergunning PV-0045127, M. Kaya"
    nlp = _nlp_with([("Emre\nYıldırım", "PER"), ("PV-0045127, M. Kaya", "PER"), ("vergunning", "MISC")])
    det = SpacyNerDetector(nlp, {"PER": EntityType.PERSON})
    found = [text[d.start : d.end] for d in det.detect_batch([text])[0]]
    assert found == ["Emre", "Yıldırım", "M. Kaya"]


def test_table_cell_ends_an_entity():
    text = "Jan Smit\tteamleider"
    nlp = _nlp_with([("Jan Smit\tteamleider", "PER")])
    det = SpacyNerDetector(nlp, {"PER": EntityType.PERSON})
    assert [text[d.start : d.end] for d in det.detect_batch([text])[0]] == ["Jan Smit"]
