"""Real Dutch text with gold person spans: Tweede Kamer plenary proceedings (Handelingen).

    python -m woo_ner_train.handelingen export GIT_DIR OUT_DIR --manifest sources/handelingen.tsv
    python -m woo_ner_train.handelingen show HANDELINGEN_DIR --data-dir DATA

The official XML of the Handelingen (officielebekendmakingen.nl, ``h-tk-...xml``) marks every
speaker (``<spreker>``: ``De heer`` + ``<achternaam>`` + ``(<politiek>)``) and opens each
sitting with the list of members present. Those names, collected per sitting, are the gold
``PER`` material: a speaker line ``De heer Hijink (SP):`` gives a ``PER`` and an ``ORG`` span,
and every later mention of a known member in the text (``mevrouw Ellemeet``, ``het lid
Van der Lee``) is ``PER``. A name after ``de heer``/``mevrouw``/``het lid``/``collega``/
``minister``/``staatssecretaris`` is ``PER`` too. Party names are ``ORG``. Everything else that
is capitalised and unexplained is *missing* (no loss), as in :mod:`woo_ner_train.rulings`.
Each paragraph is used twice: once with the real names (office holders in their role, the
genre of issue 16) and once with every known member replaced by a sampled name.

Licence: the Handelingen are published by the Staten-Generaal without any reservation of
copyright, so reproduction is free under art. 15b Auteurswet (and art. 11 for the decisions in
them); the Tweede Kamer publishes them as open data. The XML files are read from a git mirror
of a repository that holds a sample of them verbatim; they are not committed here (manifest:
``training/sources/handelingen.tsv``).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import names as N
from .rulings import (
    _FIXED_ORG_RE,
    INCORRECT_SPANS_KEY,
    Ent,
    Filled,
    export,
    filled_to_doc,
    name_tokens,
    person_text,
    place_mentions,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["export", "handelingen_docs", "label_paragraph", "read_sitting"]

TITLE_WORDS = r"(?:[Dd]e heer|[Mm]evrouw|[Hh]et lid|[Dd]e leden|[Cc]ollega|[Mm]inister|[Ss]taatssecretaris|[Mm]inister-president|Voorzitter:)"
_TV_CAP = r"(?:Van der|Van den|Van de|Van 't|Van|De|Den|Ter|Ten|Te|In 't|El|Op de)"
_SUR = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-(?:[a-z]+ )*[A-ZÀ-Ý][a-zà-ÿ'’]+)?"
_TITLED = re.compile(rf"\b{TITLE_WORDS} (?P<n>(?:[A-Z][a-z]+ )?(?:{_TV_CAP} )?{_SUR})")
_NOT_NAME = frozenset("Kamer Voorzitter Minister Staatssecretaris Excellentie Regering Het De Dat Dit".split())


def _decode(data: bytes) -> str:
    """UTF-8 text; repairs the double encoding (UTF-8 read as Latin-1) some copies have."""
    text = data.decode("utf-8-sig")
    if "Ã" in text or text.startswith("ï»¿"):
        try:
            text = text.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return text.lstrip("\ufeff \r\n\t")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def read_sitting(data: bytes) -> tuple[list[tuple[str, str, str]], list[str], set[str]]:
    """Speakers ``(prefix, name, party)``, text paragraphs and the members' names of one file."""
    root = ET.fromstring(_decode(data).encode("utf-8"))
    speakers: list[tuple[str, str, str]] = []
    names: set[str] = set()
    paras: list[str] = []
    for sp in root.iter("spreker"):
        prefix = _norm("".join(sp.find("voorvoegsels").itertext())) if sp.find("voorvoegsels") is not None else ""
        naam = sp.find("naam")
        name = _norm("".join(naam.itertext())) if naam is not None else ""
        pol = sp.find("politiek")
        party = _norm("".join(pol.itertext())) if pol is not None else ""
        if name and name[:1].isupper():
            speakers.append((prefix, name, party))
            names.add(name)
    for al in root.iter("al"):
        text = _norm("".join(al.itertext()))
        if not text:
            continue
        if text.endswith(",") and text.count(",") > 10:  # the attendance list
            for part in re.split(r", | en ", text.rstrip(",")):
                part = part.strip()
                if part[:1].isupper() and len(part.split()) <= 4:
                    names.add(part)
        paras.append(text)
    return speakers, paras, names


def _parties() -> tuple[str, ...]:
    from .synth import PARTIES

    return tuple(sorted(set(PARTIES) | {"50PLUS", "FvD", "DENK", "SGP"}, key=len, reverse=True))


def label_paragraph(text: str, members: Iterable[str], o_words: frozenset[str]) -> list[Ent]:
    """Gold spans of one paragraph: known members and titled names PER, parties ORG.

    A member whose name is also a common word (``Helder``) counts only after a title."""
    spans: list[Ent] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, lab: str) -> None:
        if all(e <= a or s >= b for a, b in taken):
            spans.append((s, e, lab))
            taken.append((s, e))

    for m in _TITLED.finditer(text):
        name = m.group("n")
        if name.split()[-1] not in _NOT_NAME:
            add(m.start("n"), m.end("n"), "PER")
    for name in sorted(members, key=len, reverse=True):
        if name.lower() in o_words:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            add(m.start(), m.end(), "PER")
    for party in _parties():
        for m in re.finditer(rf"(?<![\w-]){re.escape(party)}(?![\w-])", text):
            add(m.start(), m.end(), "ORG")
    for m in re.finditer(r"\b(?:Tweede|Eerste) Kamer\b", text):
        add(m.start(), m.end(), "ORG")
    for m in _FIXED_ORG_RE.finditer(text):
        add(m.start(), m.end(), "ORG")
    for s, e in place_mentions(text):
        add(s, e, "LOC")
    return sorted(spans)


def _replace_people(text: str, ents: list[Ent], rng: random.Random, cast: dict[str, object]) -> tuple[str, list[Ent]]:
    """The paragraph with every PER replaced by a sampled person (the same name, the same person)."""
    from .rulings import _new_person

    out: list[str] = []
    new: list[Ent] = []
    last = 0
    pos = 0
    for s, e, lab in ents:
        out.append(text[last:s])
        pos += s - last
        piece = text[s:e]
        if lab == "PER":
            key = piece.split()[-1]
            if key not in cast:
                cast[key] = _new_person(rng)
            piece = person_text(cast[key], rng, "", form="sur" if len(text[s:e].split()) == 1 else None)
        out.append(piece)
        new.append((pos, pos + len(piece), lab))
        pos += len(piece)
        last = e
    out.append(text[last:])
    return "".join(out), new


def iter_files(folder: str | Path) -> Iterator[Path]:
    yield from sorted(Path(folder).rglob("h-*.xml"))


def handelingen_docs(nlp: Language, folder: str | Path, seed: int = 0, refill: bool = True,
                     o_words: Iterable[str] | None = None, negatives: bool = True) -> tuple[list[Doc], dict[str, int]]:
    """Speaker lines and paragraphs of every sitting in ``folder`` as labelled Docs; with
    ``refill`` each paragraph with a person is added again with sampled names."""
    rng = random.Random(seed)
    words = frozenset(o_words if o_words is not None else N.common_words())
    members: set[str] = set()
    sittings = []
    for path in iter_files(folder):
        try:
            sittings.append(read_sitting(path.read_bytes()))
        except ET.ParseError:
            continue
    for _sp, _paras, names in sittings:
        members |= names
    known = None
    if negatives:
        known = name_tokens() | {w for m in members for w in re.split(r"[\s-]+", m) if w[:1].isupper()}
    docs: list[Doc] = []
    stats = {"files": len(sittings), "members": len(members), "speaker_lines": 0, "paragraphs": 0,
             "refilled": 0, "PER": 0, "ORG": 0, "misaligned": 0, "not_PER": 0}
    cast: dict[str, object] = {}
    for speakers, paras, _names in sittings:
        items: list[tuple[str, list[Ent]]] = []
        for prefix, name, party in speakers:
            text = f"{prefix} {name}" if prefix else name
            ents: list[Ent] = [(len(text) - len(name), len(text), "PER")]
            if party:
                ents.append((len(text) + 2, len(text) + 2 + len(party), "ORG"))
                text += f" ({party}):"
            else:
                text += ":"
            items.append((text, ents))
            stats["speaker_lines"] += 1
        for p in paras:
            items.append((p, label_paragraph(p, members, words)))
            stats["paragraphs"] += 1
        for text, ents in items:
            variants = [(text, ents)]
            if refill and any(lab == "PER" for _, _, lab in ents):
                variants.append(_replace_people(text, ents, rng, cast))
                stats["refilled"] += 1
            for t, es in variants:
                doc = filled_to_doc(nlp, Filled(t, tuple(es), (), 0), words, known)
                if doc is None:
                    stats["misaligned"] += 1
                    continue
                stats["not_PER"] += len(doc.spans.get(INCORRECT_SPANS_KEY, []))
                for e in doc.ents:
                    stats[e.label_] = stats.get(e.label_, 0) + 1
                docs.append(doc)
    return docs, stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("export", help="recreate the Handelingen XML files from a git mirror")
    ex.add_argument("git_dir")
    ex.add_argument("out_dir")
    ex.add_argument("--manifest", required=True)
    sh = sub.add_parser("show", help="print a few labelled paragraphs")
    sh.add_argument("folder")
    sh.add_argument("--n", type=int, default=5)
    sh.add_argument("--data-dir", required=True)
    a = ap.parse_args(argv)
    if a.cmd == "export":
        print(export(a.git_dir, a.out_dir, a.manifest, name_by="path"), "files")
        return 0
    import spacy

    N.set_data_dir(a.data_dir)
    docs, stats = handelingen_docs(spacy.blank("nl"), a.folder)
    print(stats)
    rng = random.Random(0)
    for doc in rng.sample(docs, min(a.n, len(docs))):
        print(" ".join(f"[{t.text}]{t.ent_type_}" if t.ent_type_ else (f"{t.text}?" if t.ent_iob == 0 else t.text)
                       for t in doc))
        print("-" * 60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
