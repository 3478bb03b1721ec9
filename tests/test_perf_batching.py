"""Batching for speed must not change what is found: detection over many documents at once
equals detection one document at a time, and file names are checked once per text."""

from __future__ import annotations

from typing import Any

import pytest

from woo_redact.pipeline import Pipeline
from woo_redact.types import Document, PageText

TEXTS = [
    "Geachte heer Bakhuizen,\nNaar aanleiding van uw brief van 3 maart bel ik u op 06-41 22 87 90.",
    "Verslag overleg Kruidenlaan 17, 3581 ZT Utrecht\tAanwezig: Floor Terpstra (voorzitter), R. Ouwehand",
    "De aanvrager, Mehmet Aydın, heeft last van reuma en zegt dat het besluit onredelijk is.",
    "",
    "IBAN NL91 ABNA 0417 1643 00 t.n.v. J.P. van Hulzen; BSN 111222333",
    "bezwaar fenna de groot 2024",
]


def _doc(name: str, texts: list[str]) -> Document:
    pages = tuple(PageText(i, 595.0, 842.0, t, (), tuple(None for _ in t)) for i, t in enumerate(texts))
    return Document(name, name * 8, pages)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline.create()  # with the NER model: its batching is what changes


def test_detect_documents_equals_detect_one_by_one(pipe: Pipeline) -> None:
    docs = [_doc("a", TEXTS[:2]), _doc("b", TEXTS[2:3]), _doc("c", TEXTS[3:6]), _doc("d", [TEXTS[0]])]
    batched = pipe.detect_documents(docs)
    assert batched == [pipe.detect(d) for d in docs]
    assert any(f.detector == "woo.ner" for fs in batched for f in fs)  # the model took part


def test_file_name_spans_batched_equal_one_by_one(pipe: Pipeline) -> None:
    names = ["bezwaar Jan de Vries BSN 111222333", "mail ziekmelding en verzuim team", "notitie Fenna de Groot 06 41228790", "besluit"]
    assert pipe.personal_data_spans(names) == [pipe.personal_data_spans([n])[0] for n in names]


def test_each_name_text_is_checked_once(pipe: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    import woo_redact.bundle as wb

    calls: list[list[str]] = []
    real = pipe.personal_data_spans

    def counting(texts: Any) -> Any:
        calls.append(list(texts))
        return real(texts)

    monkeypatch.setattr(pipe, "personal_data_spans", counting)
    monkeypatch.setitem(wb._WORKER, "name_spans", None)
    folder = "Bezwaar Jan de Vries"
    first = wb._name_spans(pipe, [folder, "brief 1"])
    again = wb._name_spans(pipe, [folder, "brief 2"])
    assert calls == [[folder, "brief 1"], ["brief 2"]]
    assert first[0] == again[0] == real([folder])[0] != []
    assert wb._safe_name(pipe, f"{folder}/brief 2.pdf") == "Bezwaar GELAKT/brief 2.pdf"
    assert len(calls) == 2  # the file name was answered from memory
