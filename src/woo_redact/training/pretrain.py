"""Pretrain the tok2vec of the NER model on raw licence-clean text (``spacy pretrain``).

    python -m woo_redact.training.pretrain WORKDIR [--epochs 3] [--n-synth 6000]

Raw text: the Europeana Newspapers NER Dutch corpus (CC0; the words only, one
pseudo-sentence per line) and synthetic documents from :mod:`woo_redact.training.synth`
(another seed than the training data).  Objective: spaCy's character objective
(``spacy.PretrainCharacters.v1``: predict the first and last 4 characters of each word
from its context), since the model has no word vectors.  The weights end up in
``WORKDIR/pretrain/model{epoch}.bin``; pass one to ``train.py --init-tok2vec``.

Single-threaded like the training; each epoch over ~0.9M words took about 4-5 minutes.
"""

from __future__ import annotations

import os

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent


def write_raw_text(path: str | Path, n_synth: int = 6000, seed: int = 777) -> int:
    """Europeana words + synthetic documents as spaCy JSONL (``{"text": ...}``)."""
    from .corpora import read_europeana_bio
    from .synth import generate_docs
    from .train import EUROPEANA

    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for s in read_europeana_bio(EUROPEANA):
            if len(s.words) < 3:
                continue
            out.write(json.dumps({"text": " ".join(s.words)}, ensure_ascii=False) + "\n")
            n += 1
        for text, _ in generate_docs(n_synth, seed=seed):
            out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("workdir")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--n-synth", type=int, default=6000)
    ap.add_argument("--config", default=str(HERE / "config.cfg"))
    a = ap.parse_args(argv)
    work = Path(a.workdir)
    work.mkdir(parents=True, exist_ok=True)
    raw = work / "raw.jsonl"
    print(f"raw texts: {write_raw_text(raw, a.n_synth)} -> {raw}", flush=True)
    cfg = work / "pretrain.cfg"
    py = sys.executable
    subprocess.run([py, "-m", "spacy", "init", "fill-config", a.config, str(cfg), "--pretraining"], check=True)
    subprocess.run([py, "-m", "spacy", "pretrain", str(cfg), str(work / "pretrain"), "--paths.raw_text", str(raw),
                    "--corpora.pretrain.max_length", "3000", "--pretraining.max_epochs", str(a.epochs)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
