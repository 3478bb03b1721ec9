"""Write the NER training corpus as spaCy DocBins for ``spacy train``.

    python -m woo_ner_train.corpus OUT_DIR --data-dir DATA [--n-synth 14000] [--n-dev 300]
        [--seed 0] [--split-frac 0.3] [--no-europeana] [--include-research-data]

Writes ``OUT_DIR/train.spacy``, ``OUT_DIR/dev.spacy`` and ``OUT_DIR/corpus.json`` (document
counts, generator version, arguments: read by :mod:`woo_ner_train.meta` for the model's
``meta.json``). Run by ``spacy project run corpus`` with ``data_dir`` from ``project.yml``.

The shipped model is trained on licence-clean data only:

- synthetic Woo-style documents from :mod:`woo_ner_train.synth` (names from the train split
  of :mod:`woo_ner_train.names`); a fraction is also cut into line/sentence-sized docs so
  the model sees names at the very start of a text;
- Europeana Newspapers NER (Dutch, CC0): because the corpus is under-annotated, capitalised
  tokens outside the annotated entities are marked as *missing* (no loss) instead of O;
- with ``--rulings-dir``: published Rechtspraak.nl rulings (public domain) whose
  pseudonymisation markers are refilled with sampled names (:mod:`woo_ner_train.rulings`);
  paragraphs with a person are refilled ``--rulings-refills`` times with other names;
- with ``--handelingen-dir``: Tweede Kamer plenary proceedings (official XML), speakers and
  members present as gold PER, each paragraph once more with sampled names
  (:mod:`woo_ner_train.handelingen`);
- with ``--n-contrast N``: N short contrast documents (:mod:`woo_ner_train.contrast`) for the
  spans a real-text candidate over-tagged on published PDFs (glued titles, firms named after
  their partners, joined places); with ``--europeana-negatives 1`` Europeana capitals in no
  name list become negative ``PER`` spans.

``--include-research-data`` adds CoNLL-2002 ``ned.train`` (research use only) and WikiNEuRal
val+test (CC BY-NC-SA): such a corpus makes a *comparison* model that must never be shipped
(``corpus.json`` records it and :mod:`woo_ner_train.meta` refuses to write it into models/).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from . import names as N
from .corpora import (
    read_conll2002,
    read_conllu,
    read_europeana_bio,
    sentence_to_retokenized_doc,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CLEAN_LABELS = ("PER", "ORG", "LOC")


def europeana_docs(nlp: Language, only_with_entities: bool = False, mark_missing: bool = True,
                   negatives: bool = False) -> list[Doc]:
    """Europeana sentences as Docs (spaCy tokenization).  Capitalised tokens outside the
    annotated entities become *missing* annotation if ``mark_missing``; with ``negatives``, a
    missing token that is in no person-name list is also a negative ``PER`` span (as for the
    real text: newspaper capitals such as clubs, ships and companies are not people)."""
    from spacy.tokens import Span

    from .rulings import INCORRECT_SPANS_KEY, is_not_a_name, name_tokens

    known = name_tokens() if negatives and mark_missing else None
    docs = []
    for sent in read_europeana_bio(N.data_file(N.EUROPEANA)):
        if only_with_entities and not sent.labels:
            continue
        doc, _bad = sentence_to_retokenized_doc(nlp, sent, CLEAN_LABELS)
        if not len(doc):
            continue
        if mark_missing:
            ents = list(doc.ents)
            in_ent = set()
            for e in ents:
                in_ent.update(range(e.start, e.end))
            missing = [
                doc[i : i + 1]
                for i, t in enumerate(doc)
                if i not in in_ent and i > 0 and t.text[:1].isupper()
            ]
            doc.set_ents(ents, missing=missing, default="outside")
            if known is not None:
                doc.spans[INCORRECT_SPANS_KEY] = [Span(doc, m.start, m.end, label="PER") for m in missing
                                                  if is_not_a_name(m.text, known)]
        docs.append(doc)
    return docs


def rulings_mix(nlp: Language, folder: str | Path, *, seed: int, refills: int = 2,
                empty_frac: float = 0.5) -> tuple[list[Doc], dict[str, int]]:
    """Ruling paragraphs for training: every paragraph with an entity, refilled ``refills``
    times with other sampled names (the same real context, new names), plus ``empty_frac`` of
    the paragraphs without any entity (legal prose as ``O`` context)."""
    from .rulings import ruling_docs

    rng = random.Random(seed + 7)
    out: list[Doc] = []
    stats: dict[str, int] = {}
    for k in range(max(1, refills)):
        docs, st = ruling_docs(nlp, folder, seed=seed + 1000 * k)
        if k == 0:
            stats = dict(st)
        for d in docs:
            if d.ents or (k == 0 and rng.random() < empty_frac):
                out.append(d)
    stats["docs"] = len(out)
    stats["PER_spans_used"] = sum(1 for d in out for e in d.ents if e.label_ == "PER")
    return out, stats


def research_docs(nlp: Language) -> list[Doc]:
    docs = []
    for sent in read_conll2002(N.data_file(N.CONLL_TRAIN)):
        docs.append(sentence_to_retokenized_doc(nlp, sent, None)[0])
    for parts in N.WIKINEURAL:
        for sent in read_conllu(N.data_file(parts), "wikineural"):
            docs.append(sentence_to_retokenized_doc(nlp, sent, None)[0])
    return docs


def split_doc(doc: Doc, rng: random.Random, p_line: float = 1.0) -> list[Doc]:
    """Cut a document into line/sentence-sized docs (at newlines and sentence-final
    punctuation, never inside an entity) so that the model also sees names at the very
    start of a text, as in one-sentence inputs and CoNLL-style data."""
    pieces = []
    start = 0
    n = len(doc)
    for i, t in enumerate(doc):
        boundary = t.is_space or t.text in (".", "!", "?")
        if not boundary:
            continue
        end = i if t.is_space else i + 1
        if i + 1 < n and doc[i + 1].ent_iob_ == "I":
            continue
        if end > start and rng.random() <= p_line:
            pieces.append((start, end))
            start = i + 1
    if start < n:
        pieces.append((start, n))
    out = []
    for s, e in pieces:
        while s < e and doc[s].is_space:
            s += 1
        while e > s and doc[e - 1].is_space:
            e -= 1
        if e > s:
            out.append(doc[s:e].as_doc())
    return out


def build_corpus(
    out_dir: str | Path,
    *,
    n_synth: int,
    n_dev: int,
    seed: int = 0,
    europeana: bool = True,
    include_research_data: bool = False,
    genres: tuple[str, ...] | None = None,
    split_frac: float = 0.3,
    rulings_dir: str | Path | None = None,
    rulings_refills: int = 2,
    handelingen_dir: str | Path | None = None,
    n_contrast: int = 0,
    europeana_negatives: bool = False,
    log: object = print,
) -> dict[str, object]:
    """Generate and write the train/dev DocBins; returns what ``corpus.json`` records."""
    import spacy
    from spacy.tokens import DocBin

    from .synth import GENERATOR_VERSION, synth_spacy_docs

    say = log if callable(log) else print
    nlp = spacy.blank("nl")  # the same tokenizer as the model's config
    t0 = time.time()
    train_docs, bad = synth_spacy_docs(nlp, n_synth, seed=seed, split="train", genres=genres)
    say(f"synthetic train docs: {len(train_docs)} ({bad} misaligned spans -> docs dropped) [{time.time() - t0:.0f}s]")
    if split_frac > 0:
        rng = random.Random(seed)
        out: list[Doc] = []
        n_split = 0
        for d in train_docs:
            if rng.random() < split_frac:
                out.extend(split_doc(d, rng))
                n_split += 1
            else:
                out.append(d)
        say(f"split {n_split} synthetic docs into lines/sentences -> {len(out)} docs")
        train_docs = out
    # dev: other seed, same (train) name split: model selection, not the evaluation
    dev_docs, _ = synth_spacy_docs(nlp, n_dev, seed=seed + 10_000, split="train")
    counts = {"synth": len(train_docs)}
    if europeana:
        eu = europeana_docs(nlp, negatives=europeana_negatives)
        counts["europeana"] = len(eu)
        train_docs += eu
        n_neg = sum(len(d.spans.get("incorrect_spans", [])) for d in eu)
        say(f"europeana sentences: {len(eu)} (negative PER spans: {n_neg})")
    if n_contrast:
        from .contrast import contrast_docs

        cd, dropped = contrast_docs(nlp, n_contrast, seed=seed)
        counts["contrast"] = len(cd)
        train_docs += cd
        say(f"contrast docs: {len(cd)} ({dropped} misaligned -> dropped)")
    rulings_stats: dict[str, int] | None = None
    if rulings_dir:
        rd_docs, rulings_stats = rulings_mix(nlp, rulings_dir, seed=seed, refills=rulings_refills)
        counts["rulings"] = len(rd_docs)
        train_docs += rd_docs
        say(f"ruling paragraphs: {len(rd_docs)} {rulings_stats}")
    handelingen_stats: dict[str, int] | None = None
    if handelingen_dir:
        from .handelingen import handelingen_docs

        hd_docs, handelingen_stats = handelingen_docs(nlp, handelingen_dir, seed=seed)
        counts["handelingen"] = len(hd_docs)
        train_docs += hd_docs
        say(f"Handelingen docs: {len(hd_docs)} {handelingen_stats}")
    if include_research_data:
        rd = research_docs(nlp)
        counts["research"] = len(rd)
        train_docs += rd
        say(f"research sentences (CoNLL train + WikiNEuRal): {len(rd)}")
    out_path = Path(out_dir)
    out_path.mkdir(parents=True, exist_ok=True)
    DocBin(docs=train_docs, store_user_data=False).to_disk(out_path / "train.spacy")
    DocBin(docs=dev_docs, store_user_data=False).to_disk(out_path / "dev.spacy")
    info: dict[str, object] = {
        "docs": counts,
        "dev_docs": len(dev_docs),
        "generator_version": GENERATOR_VERSION,
        "include_research_data": include_research_data,
        "args": {"n_synth": n_synth, "n_dev": n_dev, "seed": seed, "europeana": europeana,
                 "genres": list(genres) if genres else "all", "split_frac": split_frac,
                 "rulings": bool(rulings_dir), "rulings_refills": rulings_refills,
                 "handelingen": bool(handelingen_dir), "n_contrast": n_contrast,
                 "europeana_negatives": europeana_negatives},
    }
    if rulings_stats is not None:
        info["rulings"] = rulings_stats
    if handelingen_stats is not None:
        info["handelingen"] = handelingen_stats
    (out_path / "corpus.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--data-dir", required=True, help="folder with the name lists and corpora (project variable data_dir)")
    ap.add_argument("--n-synth", type=int, default=14000)
    ap.add_argument("--n-dev", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--split-frac", type=float, default=0.3, help="fraction of synthetic docs also cut into lines/sentences")
    ap.add_argument("--genres", help="comma-separated synth genres (default: all)")
    ap.add_argument("--no-europeana", action="store_true")
    ap.add_argument("--rulings-dir", default="",
                    help="folder of Rechtspraak.nl ruling XML files (woo_ner_train.rulings export); empty: none")
    ap.add_argument("--rulings-refills", type=int, default=2)
    ap.add_argument("--handelingen-dir", default="",
                    help="folder of Handelingen XML files (woo_ner_train.handelingen export); empty: none")
    ap.add_argument("--n-contrast", type=int, default=0,
                    help="contrast documents (woo_ner_train.contrast: glued titles, firms, joined places)")
    ap.add_argument("--europeana-negatives", type=int, choices=(0, 1), default=0,
                    help="1: Europeana capitals in no name list become negative PER spans")
    ap.add_argument("--include-research-data", action="store_true",
                    help="add CoNLL-2002 and WikiNEuRal (research/non-commercial): comparison only, never ship")
    a = ap.parse_args(argv)
    N.set_data_dir(a.data_dir)
    build_corpus(a.out_dir, n_synth=a.n_synth, n_dev=a.n_dev, seed=a.seed, europeana=not a.no_europeana,
                 include_research_data=a.include_research_data, split_frac=a.split_frac,
                 rulings_dir=a.rulings_dir or None, rulings_refills=a.rulings_refills,
                 handelingen_dir=a.handelingen_dir or None, n_contrast=a.n_contrast,
                 europeana_negatives=bool(a.europeana_negatives),
                 genres=tuple(a.genres.split(",")) if a.genres else None, log=lambda s: print(s, flush=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
