"""Raw licence-clean text for ``spacy pretrain`` of the NER model's tok2vec.

    python -m woo_ner_train.pretrain OUT.jsonl --data-dir DATA [--n-synth 6000] [--seed 777]

Raw text: the Europeana Newspapers NER Dutch corpus (CC0; the words only, one pseudo-sentence
per line) and synthetic documents from :mod:`woo_ner_train.synth` (another seed than the
training data). ``spacy project run pretrain`` then fills a pretraining config from
``configs/ner.cfg`` and runs ``spacy pretrain`` with spaCy's character objective (the model has
no word vectors); ``spacy project run train-pretrained`` trains from those weights. Each epoch
over ~0.9M words took about 4-5 minutes on one thread.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import names as N


def write_raw_text(path: str | Path, n_synth: int = 6000, seed: int = 777) -> int:
    """Europeana words + synthetic documents as spaCy JSONL (``{"text": ...}``); returns the line count."""
    from .corpora import read_europeana_bio
    from .synth import generate_docs

    n = 0
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as out:
        for s in read_europeana_bio(N.data_file(N.EUROPEANA)):
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
    ap.add_argument("out")
    ap.add_argument("--data-dir", required=True, help="folder with the name lists and corpora (project variable data_dir)")
    ap.add_argument("--n-synth", type=int, default=6000)
    ap.add_argument("--seed", type=int, default=777)
    a = ap.parse_args(argv)
    N.set_data_dir(a.data_dir)
    print(f"raw texts: {write_raw_text(a.out, a.n_synth, a.seed)} -> {a.out}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
