"""spaCy NER as a detector: the shipped Dutch model, or any spaCy pipeline the policy names.

The shipped models are package data of the package ``woo_redact_models`` (the folder ``models/``
of the repository, mapped in ``setup.py``), found by package name through ``importlib.resources``.
Other models load from a path or an installed spaCy package, once per process, offline. A missing
or unloadable model is a :class:`~woo_redact.errors.ModelNotFoundError` that says how to fix it;
running without NER takes an explicit ``--no-ner`` or ``[ner] model = "none"``. Nothing is ever
downloaded. The model's labels are mapped onto ours through the policy (``[ner].labels``).

spaCy's NER has no calibrated scores, so every entity gets the same score; the threshold for
``woo.ner`` in the policy therefore switches NER on or off rather than tuning it.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
import logging
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import ModelNotFoundError
from ..types import Detection, EntityType

log = logging.getLogger(__name__)

MODELS_PACKAGE = "woo_redact_models"
DEFAULT_MODEL_NAME = "nl_woo_ner"
#: ``[ner].model`` value that switches NER off on purpose (as ``--no-ner`` does).
NO_MODEL = "none"
NER_SCORE = 0.85

_REINSTALL = (
    "reinstall woo-redact from its wheel (the models ship inside it, in the package "
    f"{MODELS_PACKAGE!r}) or run `pip install -e .` in a full checkout; to run without NER on "
    f'purpose, pass --no-ner or set [ner] model = "{NO_MODEL}" in your policy'
)


def _models_root() -> Path | None:
    """The folder of the installed ``woo_redact_models`` package, or ``models/`` of a checkout.

    The checkout fallback serves ``PYTHONPATH=src`` runs; an installed woo_redact (wheel or
    editable) always finds its models through the package.
    """
    try:
        root = importlib.resources.files(MODELS_PACKAGE)
    except ModuleNotFoundError:
        root = None
    if isinstance(root, Path) and root.is_dir():
        return root
    checkout = Path(__file__).resolve().parents[3] / "models"
    return checkout if (checkout / "__init__.py").is_file() else None


def shipped_models() -> dict[str, Path]:
    """Every shipped pipeline by name (its folder holds a ``meta.json``)."""
    root = _models_root()
    if root is None:
        return {}
    return {p.name: p for p in sorted(root.iterdir()) if (p / "meta.json").is_file()}


def model_path(name: str = DEFAULT_MODEL_NAME) -> Path:
    """The folder of a shipped model; :class:`ModelNotFoundError` with the fix when absent."""
    path = shipped_models().get(name)
    if path is None:
        raise ModelNotFoundError(f"the shipped model {name!r} is missing from this installation; {_REINSTALL}")
    return path


def resolve_model(name: str = "default") -> Path | str:
    """Where ``name`` loads from, checked without loading it (cheap: fail before starting workers).

    ``"default"`` is the shipped Dutch NER model; a shipped model's folder name, a path to a
    spaCy pipeline, or an installed spaCy package name also work. Never downloads.
    """
    if name == NO_MODEL:
        raise ModelNotFoundError(f'[ner] model = "{NO_MODEL}" means no model; do not ask to load it')
    if name == "default":
        return model_path(DEFAULT_MODEL_NAME)
    shipped = shipped_models().get(name)
    if shipped is not None:
        return shipped
    p = Path(name).expanduser()
    if p.exists():
        if not (p / "meta.json").is_file() and not (p / "config.cfg").is_file():
            raise ModelNotFoundError(f"{p} is not a spaCy pipeline folder (no meta.json or config.cfg); point [ner].model at one")
        return p
    import spacy

    if spacy.util.is_package(name):
        return name
    raise ModelNotFoundError(
        f"spaCy pipeline {name!r} is not shipped, not installed and not a path. Install it first "
        f"(e.g. `pip install {name}` from a wheel you trust, or `python -m spacy download {name}` "
        "on a machine with network access), or point [ner].model at its directory; to run without NER "
        f'on purpose, pass --no-ner or set [ner] model = "{NO_MODEL}". woo-redact never downloads models itself.'
    )


def preflight(name: str, enabled: bool = True) -> None:
    """Fail fast, before worker processes start, when the NER model cannot be there.

    Cheap (no spaCy model load): the model resolves, and a folder has a readable ``meta.json``
    and ``config.cfg``. A worker that fails to load it later would otherwise surface only as a
    broken process pool, without this message.
    """
    if not enabled or name == NO_MODEL:
        return
    where = resolve_model(name)
    if isinstance(where, Path):
        try:
            json.loads((where / "meta.json").read_text(encoding="utf-8"))
            (where / "config.cfg").read_text(encoding="utf-8")
        except (OSError, ValueError) as exc:
            raise ModelNotFoundError(f"the spaCy pipeline {name!r} ({where}) is incomplete ({type(exc).__name__}); {_REINSTALL}") from exc


@functools.lru_cache(maxsize=4)
def load_model(name: str = "default") -> Any:
    """Load a spaCy pipeline (see :func:`resolve_model`) once per process; never downloads.

    A model that is there but does not load (truncated files, another spaCy version) is a
    :class:`ModelNotFoundError` too: running on without it would silently redact less.
    """
    import spacy

    where = resolve_model(name)
    try:
        return spacy.load(where)
    except (OSError, ValueError, KeyError, TypeError, ImportError) as exc:
        raise ModelNotFoundError(
            f"the spaCy pipeline {name!r} ({where}) is present but cannot be loaded "
            f"({type(exc).__name__}: {str(exc)[:200]}); {_REINSTALL}"
        ) from exc


def model_version(meta: Mapping[str, Any]) -> str:
    """``name@version`` from a pipeline's ``meta.json``, the name as spaCy packages it (``nl_woo_ner``)."""
    lang, name = str(meta.get("lang", "")), str(meta.get("name", "model"))
    if lang and not name.startswith(f"{lang}_"):
        name = f"{lang}_{name}"
    return f"{name}@{meta.get('version', '0')}"


def read_meta(name: str = "default") -> dict[str, Any]:
    """A model's ``meta.json`` without loading the model (for reports and checks)."""
    where = resolve_model(name)
    if isinstance(where, str):  # an installed spaCy package keeps meta.json beside its __init__.py
        import spacy

        where = spacy.util.get_package_path(where)
    meta: dict[str, Any] = json.loads((where / "meta.json").read_text(encoding="utf-8"))
    return meta


class SpacyNerDetector:
    """Named entities from a spaCy pipeline, batched over pages."""

    name = "woo.ner"

    def __init__(self, nlp: Any, labels: Mapping[str, EntityType], batch_size: int = 32) -> None:
        self._nlp = nlp
        self._labels = dict(labels)
        self._batch_size = batch_size
        self.version = model_version(getattr(nlp, "meta", {}) or {})
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
