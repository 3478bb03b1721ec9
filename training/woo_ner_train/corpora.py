"""Readers for the NER corpora used to train and evaluate the woo_redact NER model.

Supported formats (see the README.md of the data folder, project variable ``data_dir``):

- CoNLL-2002: ``WORD POS IOB2`` per line, blank line between sentences,
  ``-DOCSTART-`` lines between articles (skipped).
- ``.conllu`` (WikiNEuRal, WikiANN): ``INDEX<TAB>WORD<TAB>IOB2``, blank line between
  sentences.
- Europeana ``.bio``: ``WORD IOB2`` per line and no sentence breaks at all; sentences
  are recovered by splitting after tokens that end in ``.``, ``?`` or ``!``.

All readers yield :class:`Sentence` objects (words + IOB2 tags).  They can be turned into
spaCy ``Doc`` objects either *as tokenized* (``sentence_to_doc``; used for evaluation on
the gold tokenization) or *re-tokenized* with the spaCy Dutch tokenizer
(``sentence_to_retokenized_doc``; used for training so that the model sees the same
tokens as at run time).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "Sentence",
    "iob_to_spans",
    "load_docs",
    "read_any",
    "read_conll2002",
    "read_conllu",
    "read_europeana_bio",
    "sentence_to_doc",
    "sentence_to_retokenized_doc",
    "sentences_to_docbin",
]

KNOWN_LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]
    source: str = ""
    doc_id: int = 0
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.words) != len(self.tags):
            raise ValueError("words and tags differ in length")

    @property
    def labels(self) -> set[str]:
        return {t[2:] for t in self.tags if t != "O"}


def _norm_tag(tag: str) -> str:
    tag = tag.strip()
    if tag in ("", "O", "0", "_"):
        return "O"
    if tag[:2] in ("B-", "I-"):
        return tag
    # bare label (IO scheme) -> treat as inside
    return "I-" + tag


def _lines(path_or_text: str | Path | Iterable[str]) -> Iterator[str]:
    if isinstance(path_or_text, Path) or (
        isinstance(path_or_text, str) and "\n" not in path_or_text and Path(path_or_text).exists()
    ):
        with open(path_or_text, encoding="utf-8") as fh:
            for line in fh:
                yield line.rstrip("\n").rstrip("\r")
    elif isinstance(path_or_text, str):
        yield from path_or_text.split("\n")
    else:
        for line in path_or_text:
            yield line.rstrip("\n")


def read_conll2002(source: str | Path | Iterable[str]) -> Iterator[Sentence]:
    """Read CoNLL-2002 (``WORD POS TAG``); ``source`` is a path, a text or lines."""
    words: list[str] = []
    tags: list[str] = []
    doc_id = 0
    for line in _lines(source):
        if not line.strip():
            if words:
                yield Sentence(words, tags, "conll2002", doc_id)
                words, tags = [], []
            continue
        parts = line.split(" ")
        if parts[0] == "-DOCSTART-":
            if words:
                yield Sentence(words, tags, "conll2002", doc_id)
                words, tags = [], []
            doc_id += 1
            continue
        if len(parts) < 2:
            raise ValueError(f"bad CoNLL line: {line!r}")
        words.append(parts[0])
        tags.append(_norm_tag(parts[-1]))
    if words:
        yield Sentence(words, tags, "conll2002", doc_id)


def read_conllu(source: str | Path | Iterable[str], name: str = "conllu") -> Iterator[Sentence]:
    """Read ``INDEX<TAB>WORD<TAB>TAG`` files (WikiNEuRal / WikiANN)."""
    words: list[str] = []
    tags: list[str] = []
    for line in _lines(source):
        if not line.strip():
            if words:
                yield Sentence(words, tags, name)
                words, tags = [], []
            continue
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            parts = line.split()
        if len(parts) < 3:
            raise ValueError(f"bad conllu line: {line!r}")
        words.append(parts[1])
        tags.append(_norm_tag(parts[2]))
    if words:
        yield Sentence(words, tags, name)


_EDGE_PUNCT = set(".,;:!?\"'()[]«»„“”‘’*")
_SENT_END = re.compile(r"[.?!]['\"”’)]*$")


def read_europeana_bio(
    source: str | Path | Iterable[str], max_len: int = 60
) -> Iterator[Sentence]:
    """Read Europeana ``WORD TAG`` files and split them into pseudo-sentences.

    A sentence ends after a token ending in ``.``/``?``/``!`` (unless the token is a single
    capital + period, i.e. an initial such as ``J.``) or, failing that, after ``max_len``
    tokens (only cut outside an entity).
    """
    words: list[str] = []
    tags: list[str] = []
    for line in _lines(source):
        if not line.strip():
            continue
        parts = line.rsplit(" ", 1)
        if len(parts) != 2:
            continue
        word, tag = parts[0].strip(), _norm_tag(parts[1])
        if not word:
            continue
        words.append(word)
        tags.append(tag)
        initial = re.fullmatch(r"[A-Z]\.", word) is not None
        if (_SENT_END.search(word) and not initial and len(word) > 1) or (
            len(words) >= max_len and tag == "O"
        ):
            yield Sentence(words, tags, "europeana")
            words, tags = [], []
    if words:
        yield Sentence(words, tags, "europeana")


def read_any(path: str | Path) -> Iterator[Sentence]:
    """Dispatch on the file name: ``.conllu``, ``.bio`` or CoNLL-2002 otherwise."""
    p = str(path)
    if p.endswith(".conllu"):
        return read_conllu(path, name=Path(p).parent.name or "conllu")
    if p.endswith(".bio"):
        return read_europeana_bio(path)
    return read_conll2002(path)


def iob_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """IOB2 (tolerating IOB1-style stray ``I-``) -> ``(start, end, label)`` token spans."""
    spans: list[tuple[int, int, str]] = []
    start = None
    label = None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.append((start, i, label))  # type: ignore[arg-type]
                start, label = None, None
            if tag != "O":
                start, label = i, tag[2:]
    return spans


def _filter_label(label: str, labels: Iterable[str] | None) -> bool:
    return labels is None or label in labels


def sentence_to_doc(vocab, sent: Sentence, labels: Iterable[str] | None = None):
    """Doc with the corpus' own tokenization and gold entities."""
    from spacy.tokens import Doc, Span

    doc = Doc(vocab, words=sent.words)
    ents = [
        Span(doc, s, e, label=lab)
        for s, e, lab in iob_to_spans(sent.tags)
        if _filter_label(lab, labels)
    ]
    doc.ents = ents
    return doc


def sentence_to_retokenized_doc(nlp, sent: Sentence, labels: Iterable[str] | None = None):
    """Join the words with spaces, re-tokenize with ``nlp.tokenizer`` and project the
    entities by character offsets (``expand`` alignment).  Returns ``(doc, n_misaligned)``."""
    text_parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for w in sent.words:
        offsets.append((pos, pos + len(w)))
        text_parts.append(w)
        pos += len(w) + 1
    text = " ".join(text_parts)
    doc = nlp.make_doc(text)
    ents = []
    bad = 0
    for s, e, lab in iob_to_spans(sent.tags):
        if not _filter_label(lab, labels):
            continue
        cs, ce = offsets[s][0], offsets[e - 1][1]
        # OCR-era tokens such as "Haag." or "(Leiden": keep punctuation out of the entity
        while ce > cs and text[ce - 1] in _EDGE_PUNCT:
            ce -= 1
        while cs < ce and text[cs] in _EDGE_PUNCT:
            cs += 1
        if cs >= ce:
            continue
        span = doc.char_span(cs, ce, label=lab, alignment_mode="strict")
        if span is None:
            # tokens like "Amsterdam," : shrink to the contained tokens
            span = doc.char_span(cs, ce, label=lab, alignment_mode="contract")
            bad += 1
        if span is not None and len(span):
            ents.append(span)
    from spacy.util import filter_spans

    doc.ents = filter_spans(ents)
    return doc, bad


def sentences_to_docbin(docs: Iterable, path: str | Path | None = None):
    """Pack Docs into a ``DocBin`` (and write it if ``path`` is given)."""
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        db.to_disk(path)
    return db


def load_docs(path: str | Path, vocab, labels: Iterable[str] | None = None) -> list:
    """Gold docs from a ``.spacy`` DocBin or any text format above (own tokenization)."""
    p = Path(path)
    if p.suffix == ".spacy":
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(p).get_docs(vocab))
        if labels is not None:
            from spacy.tokens import Span

            labs = set(labels)
            for d in docs:
                d.ents = [Span(d, e.start, e.end, label=e.label_) for e in d.ents if e.label_ in labs]
        return docs
    return [sentence_to_doc(vocab, s, labels) for s in read_any(p)]
