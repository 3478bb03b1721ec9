"""Evaluate an NER model on gold data.

    python -m woo_ner_train.evaluate MODEL DATA [--labels PER,ORG,LOC] [--json OUT]

DATA is a ``.spacy`` DocBin, a CoNLL-2002 file, a ``.conllu`` file or a Europeana ``.bio``
file.  Prediction runs on the gold tokenization (so the scores are comparable with
published CoNLL figures); the speed figure is measured separately by running the full
pipeline (tokenizer included) over the raw texts with batched ``nlp.pipe`` on one thread
(thinc's own setting; set ``OMP_NUM_THREADS=1`` in the shell too when the machine is shared).
Also ``spacy project run evaluate``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

DEFAULT_LABELS = ("PER", "ORG", "LOC")


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f": f, "tp": tp, "fp": fp, "fn": fn}


def score_docs(gold_docs, pred_docs, labels=DEFAULT_LABELS) -> dict:
    """Exact-span P/R/F1 per label and micro-averaged over ``labels``."""
    labels = tuple(labels)
    counts = {lab: [0, 0, 0] for lab in labels}
    for g, p in zip(gold_docs, pred_docs):
        gs = {(e.start, e.end, e.label_) for e in g.ents if e.label_ in labels}
        ps = {(e.start, e.end, e.label_) for e in p.ents if e.label_ in labels}
        for s in ps:
            counts[s[2]][0 if s in gs else 1] += 1
        for s in gs - ps:
            counts[s[2]][2] += 1
    per = {lab: _prf(*c) for lab, c in counts.items()}
    tot = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {"per_label": per, "micro": _prf(*tot)}


def evaluate_ner(model_path, data_path, *, labels=DEFAULT_LABELS, batch_size: int = 256,
                 verbose: bool = True) -> dict:
    """Score ``model_path`` on ``data_path``; prints a table and returns a dict with
    ``per_label``, ``micro``, ``words_per_second`` and ``n_docs``/``n_words``."""
    import spacy
    from spacy.tokens import Doc
    try:  # the speed figure is per thread; newer thinc has no set_num_threads (use OMP_NUM_THREADS=1)
        from thinc.api import set_num_threads
    except ImportError:
        set_num_threads = None
    if set_num_threads is not None:
        set_num_threads(1)
    from .corpora import load_docs

    nlp = spacy.load(model_path) if not hasattr(model_path, "pipe") else model_path
    gold = load_docs(data_path, nlp.vocab, labels=None)
    inputs = [Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]) for g in gold]
    preds = list(nlp.pipe(inputs, batch_size=batch_size))
    res = score_docs(gold, preds, labels)

    texts = [g.text for g in gold]
    n_words = sum(len(g) for g in gold)
    # speed: full pipeline incl. tokenizer; warm-up once, then time
    list(nlp.pipe(texts[:50], batch_size=batch_size))
    t0 = time.perf_counter()
    c0 = time.process_time()
    n_tok = 0
    for d in nlp.pipe(texts, batch_size=batch_size):
        n_tok += len(d)
    dt = time.perf_counter() - t0
    dc = time.process_time() - c0
    res["words_per_second"] = n_tok / dt if dt else 0.0
    # CPU time of this (single-threaded) process: robust when the machine is shared
    res["words_per_cpu_second"] = n_tok / dc if dc else 0.0
    res["n_docs"] = len(gold)
    res["n_words"] = n_words
    res["model"] = str(model_path)
    res["data"] = str(data_path)
    if verbose:
        print(f"model {model_path}\ndata  {data_path} ({len(gold)} docs, {n_words} words)")
        print(f"{'label':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
        for lab, m in list(res["per_label"].items()) + [("ALL", res["micro"])]:
            print(f"{lab:6} {m['p']:6.3f} {m['r']:6.3f} {m['f']:6.3f} {m['tp'] + m['fn']:6d}")
        print(f"speed: {res['words_per_second']:.0f} words/s wall, {res['words_per_cpu_second']:.0f} words per "
              f"CPU-second (nlp.pipe, batch_size={batch_size}, 1 thread)")
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model")
    ap.add_argument("data")
    ap.add_argument("--labels", default=",".join(DEFAULT_LABELS))
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--json", help="write the result dict to this file")
    a = ap.parse_args(argv)
    res = evaluate_ner(a.model, a.data, labels=tuple(a.labels.split(",")), batch_size=a.batch_size)
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
