"""Train the statement classifier (HEALTH, OPINION) shipped in models/nl_woo_statements.

A spaCy ``textcat_multilabel`` with the bag-of-words architecture (unigrams and bigrams,
hashed): CPU-cheap, a few MB, trained in a minute. Its input is
:func:`woo_redact.detect.statements.featurize` (clause + lexicon/cue tokens), the same function
the detector uses, so training and inference see identical features.

Splits (all from ``generate.py``, seeded), by whole templates so that held-apart data holds
phrasings the model never saw:
  heldout   15 % of the templates of each set: the precision/recall we report (calibrated
            score >= 0.5).
  calib     another 15 %: Platt scaling per label (written to meta.json as woo_calibration).
  train     the rest.
The shipped model is trained with ``--final`` (train + heldout; calib stays unseen for the
calibration); the held-apart figures are from the same command without ``--final``.

usage: python training/statements/train.py --out models/nl_woo_statements [--final] [--epochs 8]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import sys
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.util import minibatch

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate import TEMPLATE_SETS, generate  # noqa: E402

from woo_redact.detect.statements import (  # noqa: E402
    HEALTH_LABEL,
    OPINION_LABEL,
    _platt,
    featurize,
    trim_span,
)

LABELS = (HEALTH_LABEL, OPINION_LABEL)


def feats(text: str) -> str:
    """What the detector classifies: the clause trimmed as in a page (row codes off), featurized."""
    s, e = trim_span(text, 0, len(text))
    return featurize(text[s:e] if e > s else text)
VERSION = "0.1.0"


def split(rows: list, seed: int) -> tuple[list, list, list]:
    """(train, calib, heldout): calib and heldout are disjoint sets of whole templates."""
    r = random.Random(seed)
    cal_t: set[str] = set()
    held_t: set[str] = set()
    for k, (_, templates) in enumerate(TEMPLATE_SETS):
        idx = list(range(len(templates)))
        r.shuffle(idx)
        n = max(1, round(0.15 * len(idx)))
        held_t |= {f"{k}:{i}" for i in idx[:n]}
        cal_t |= {f"{k}:{i}" for i in idx[n : 2 * n]}
    heldout = [e for e in rows if e.template in held_t]
    calib = [e for e in rows if e.template in cal_t]
    train = [e for e in rows if e.template not in held_t | cal_t]
    return train, calib, heldout


def cats(e) -> dict[str, float]:  # type: ignore[no-untyped-def]
    return {lab: float(lab in e.labels) for lab in LABELS}


def build() -> spacy.language.Language:
    nlp = spacy.blank("nl")
    tc = nlp.add_pipe(
        "textcat_multilabel",
        config={"model": {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
                          "no_output_layer": False, "length": 262144}},
    )  # fmt: skip
    for lab in LABELS:
        tc.add_label(lab)
    return nlp


def train(nlp: spacy.language.Language, rows: list, epochs: int, seed: int) -> None:
    r = random.Random(seed)
    examples = [Example.from_dict(nlp.make_doc(feats(e.text)), {"cats": cats(e)}) for e in rows]
    opt = nlp.initialize(lambda: examples[:500])
    for ep in range(epochs):
        r.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=64):
            nlp.update(batch, sgd=opt, drop=0.2, losses=losses)
        print(f"epoch {ep + 1}: loss {losses.get('textcat_multilabel', 0):.3f}")


def predict(nlp: spacy.language.Language, rows: list) -> list[dict[str, float]]:
    return [d.cats for d in nlp.pipe((feats(e.text) for e in rows), batch_size=256)]


def prf(rows: list, preds: list[dict[str, float]], lab: str, thr: float = 0.5) -> dict[str, float]:
    tp = sum(1 for e, p in zip(rows, preds) if lab in e.labels and p[lab] >= thr)
    fp = sum(1 for e, p in zip(rows, preds) if lab not in e.labels and p[lab] >= thr)
    fn = sum(1 for e, p in zip(rows, preds) if lab in e.labels and p[lab] < thr)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(pr, 3), "recall": round(rc, 3), "f1": round(2 * pr * rc / (pr + rc), 3) if pr + rc else 0.0,
            "support": tp + fn}  # fmt: skip


def fit_platt(ps: list[float], ys: list[int], iters: int = 2000, lr: float = 0.05) -> tuple[float, float]:
    """Logistic regression of the label on the logit of the model's probability."""
    xs = [math.log(min(max(p, 1e-6), 1 - 1e-6) / (1 - min(max(p, 1e-6), 1 - 1e-6))) for p in ps]
    a, b = 1.0, 0.0
    n = len(xs)
    for _ in range(iters):
        ga = gb = 0.0
        for x, y in zip(xs, ys):
            q = 1 / (1 + math.exp(-(a * x + b)))
            ga += (q - y) * x
            gb += q - y
        a -= lr * ga / n
        b -= lr * gb / n
    return round(a, 4), round(b, 4)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--n", type=int, default=30000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--final", action="store_true",
                    help="train on train + heldout templates (the shipped model); heldout figures come from a run without it")
    a = ap.parse_args()
    spacy.util.fix_random_seed(a.seed)
    rows = generate(a.n, a.seed)
    tr, cal, held = split(rows, a.seed)
    print(f"train {len(tr)}, calib {len(cal)}, heldout {len(held)} (templates never seen in training)")
    nlp = build()
    train(nlp, tr + held if a.final else tr, a.epochs, a.seed)
    pc = predict(nlp, cal)
    calib = {lab: fit_platt([p[lab] for p in pc], [int(lab in e.labels) for e in cal]) for lab in LABELS}
    ph = [{lab: _platt(p[lab], calib[lab]) for lab in LABELS} for p in predict(nlp, held)]
    report: dict[str, object] = {
        "calibration": calib,
        "trained_on_heldout_too": a.final,
        "heldout_templates": {lab: prf(held, ph, lab) for lab in LABELS},
        "heldout_templates_at_0.3": {lab: prf(held, ph, lab, 0.3) for lab in LABELS},
        "heldout_flagged_share_by_register": {
            reg: {lab: round(sum(p[lab] >= 0.5 for e, p in zip(held, ph) if e.register == reg)
                             / max(1, sum(e.register == reg for e in held)), 3) for lab in LABELS}
            for reg in sorted({e.register for e in held})
        },
    }
    print(json.dumps(report, indent=1))
    nlp.meta.update({
        "name": "woo_statements",
        "version": VERSION,
        "description": "Dutch clause classifier for woo_redact: HEALTH (a person's health, 5.1.1d) and OPINION "
                       "(personal policy opinion, 5.2.1). spaCy textcat_multilabel, bag-of-words (1-2 grams) over the "
                       "clause plus lexicon/cue tokens (woo_redact.detect.statements.featurize).",
        "license": "EUPL-1.2 (model and training data)",
        "author": "woo_redact developers",
        "sources": [{"name": "woo_redact training/statements/generate.py", "license": "EUPL-1.2",
                     "description": f"{a.n} synthetic Dutch clauses (seed {a.seed}) written for this project from "
                                    "templates and slot lists: health statements in HR, Wmo, jeugdzorg, letter and "
                                    "chat registers; opinions first-person and reported; negatives: health policy, "
                                    "hospitals as organisations, negations, facts, prognoses, decisions, official "
                                    "positions, administrative text. No third-party or evaluation text."}],
        "woo_calibration": calib,
        "woo_training": {"epochs": a.epochs, "seed": a.seed, **({k: v for k, v in report.items() if k != "calibration"})},
    })  # fmt: skip
    if a.out.exists():
        shutil.rmtree(a.out)
    nlp.to_disk(a.out)
    print(f"saved {a.out}")


if __name__ == "__main__":
    main()
