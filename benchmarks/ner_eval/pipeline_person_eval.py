"""Person-name detection of the whole stack on the Woo-style evaluation set.

Usage: .venv/bin/python benchmarks/ner_eval/pipeline_person_eval.py [--data benchmarks/ner_eval/woo_eval.spacy]
       [--policy POLICY.toml]   # e.g. a policy with [ner] model = "training/output/candidate"

The NER model alone is scored by ``woo-redact evaluate-ner``. This scores what the pipeline does
with names: rule cues and name lists (``woo.names``), the model (``woo.ner``), the plausibility
filter and the consistency/propagation passes of ``decide``. A gold PER span counts as found
when a PERSON decision that is not sent to review overlaps it (the redaction covers it, or it is
kept as an office holder); a predicted span is correct when it overlaps a gold PER span. Exact
span matches are reported too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=HERE / "woo_eval.spacy")
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--policy", type=Path, help="policy file (e.g. [ner] model = PATH to score a candidate model)")
    args = ap.parse_args()

    import spacy
    from spacy.tokens import DocBin

    from woo_redact.decide import decide
    from woo_redact.pipeline import Pipeline
    from woo_redact.types import Action, Document, EntityType, PageText

    pipe = Pipeline.create(args.policy, ner=not args.no_ner)
    docs = list(DocBin().from_disk(args.data).get_docs(spacy.blank("nl").vocab))
    tp_gold = n_gold = tp_pred = n_pred = exact = 0
    for i, gdoc in enumerate(docs):
        text = gdoc.text
        gold = [(e.start_char, e.end_char) for e in gdoc.ents if e.label_ == "PER"]
        page = PageText(0, 0.0, 0.0, text, (), tuple(None for _ in text))
        doc = Document(f"<eval {i}>", f"{i:064d}", (page,))
        decisions = decide(doc, pipe.detect(doc), pipe.policy)
        pred = sorted(
            {(d.start, d.end) for d in decisions if d.finding.entity is EntityType.PERSON and d.action is not Action.REVIEW}
        )
        n_gold += len(gold)
        n_pred += len(pred)
        tp_gold += sum(1 for g in gold if any(p[0] < g[1] and g[0] < p[1] for p in pred))
        tp_pred += sum(1 for p in pred if any(p[0] < g[1] and g[0] < p[1] for g in gold))
        exact += len(set(gold) & set(pred))
    r = tp_gold / n_gold if n_gold else 0.0
    p = tp_pred / n_pred if n_pred else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"documents {len(docs)}, gold PER {n_gold}, predicted {n_pred}")
    print(f"overlap: precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    print(f"exact span matches: {exact} of {n_gold} gold ({exact / n_gold if n_gold else 0:.3f})")


if __name__ == "__main__":
    main()
