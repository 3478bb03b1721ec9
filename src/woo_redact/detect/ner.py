"""spaCy NER as a detector: the shipped Dutch model, or any spaCy pipeline the policy names.

Models load from a path or an installed package, once per process, offline. A missing model is
a :class:`~woo_redact.errors.ModelNotFoundError` that says how to install it; nothing is ever
downloaded. The model's labels are mapped onto ours through the policy (``[ner].labels``).

spaCy's NER has no calibrated scores, so every entity gets the same score; the threshold for
``woo.ner`` in the policy therefore switches NER on or off rather than tuning it.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import Any, Mapping, Sequence

from ..errors import ModelNotFoundError
from ..types import Detection, EntityType

log = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "nl_woo_ner"
NER_SCORE = 0.85


def default_model_path() -> Path | None:
    """The shipped model: ``models/nl_woo_ner`` in the checkout, or inside the installed package."""
    here = Path(__file__).resolve()
    candidates = [
        here.parents[1] / "models" / DEFAULT_MODEL_NAME,  # packaged copy (wheel)
        here.parents[3] / "models" / DEFAULT_MODEL_NAME,  # source checkout / editable install
    ]
    for c in candidates:
        if (c / "meta.json").is_file():
            return c
    return None


@functools.lru_cache(maxsize=4)
def load_model(name: str = "default") -> Any:
    """Load a spaCy pipeline by path or installed package name; never downloads."""
    import spacy

    if name == "default":
        path = default_model_path()
        if path is None:
            raise ModelNotFoundError(
                "the shipped Dutch NER model (models/nl_woo_ner) is missing from this installation; "
                "reinstall woo-redact from a full checkout, or set [ner].model in your policy"
            )
        return spacy.load(path)
    p = Path(name).expanduser()
    if p.exists():
        return spacy.load(p)
    if spacy.util.is_package(name):
        return spacy.load(name)
    raise ModelNotFoundError(
        f"spaCy pipeline {name!r} is not installed and is not a path. Install it first "
        f"(e.g. `pip install {name}` from a wheel you trust, or `python -m spacy download {name}` "
        "on a machine with network access), or point [ner].model at its directory. "
        "woo-redact never downloads models itself."
    )


class SpacyNerDetector:
    """Named entities from a spaCy pipeline, batched over pages."""

    name = "woo.ner"

    def __init__(self, nlp: Any, labels: Mapping[str, EntityType], batch_size: int = 32) -> None:
        self._nlp = nlp
        self._labels = dict(labels)
        self._batch_size = batch_size
        meta = getattr(nlp, "meta", {}) or {}
        self.version = f"{meta.get('name', 'model')}@{meta.get('version', '0')}"
        self.model_labels = tuple(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else ()

    def detect_batch(self, texts: Sequence[str]) -> list[list[Detection]]:
        out: list[list[Detection]] = []
        # The input string, not ``doc.text``: spaCy rebuilds that from every token on each access.
        for text, doc in zip(texts, self._nlp.pipe(texts, batch_size=self._batch_size)):
            found: list[Detection] = []
            for ent in doc.ents:
                etype = self._labels.get(ent.label_)
                if etype is None:
                    continue
                # A name may wrap to the next line ("Emre\nYıldırım"); a table cell ends it.
                # Each line part becomes its own detection, so each gets its own box.
                for start, end in _line_parts(text, ent.start_char, ent.end_char):
                    if etype is EntityType.PERSON:
                        # "PV-0045127, M." → "M.": codes glued to a name are not part of it
                        lead = _CODE_PREFIX.match(text, start, end)
                        if lead:
                            start = lead.end()
                    if end > start:
                        found.append(Detection(start, end, etype, NER_SCORE, self.name, f"spaCy NER label {ent.label_}"))
            out.append(found)
        return out


_CODE_PREFIX = re.compile(r"(?:[^\s]*\d[^\s]*[\s,;:]+)+")


def _line_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` on each line, up to the first table cell break."""
    tab = text.find("\t", start, end)
    if tab != -1:
        end = tab
    parts: list[tuple[int, int]] = []
    s = start
    while s < end:
        nl = text.find("\n", s, end)
        e = end if nl == -1 else nl
        a, b = s, e
        while a < b and not text[a].isalnum():
            a += 1
        while b > a and not (text[b - 1].isalnum() or text[b - 1] == "."):
            b -= 1
        if b > a:
            parts.append((a, b))
        s = e + 1
    return parts
