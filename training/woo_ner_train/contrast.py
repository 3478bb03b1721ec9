"""Contrast documents: short texts for the spans the real-text candidate over-tagged as PER.

A category count of the boxes the 0.2.0 candidate added on already-published government PDFs
(``docs/ner.md``, "Why the candidate added boxes") showed four kinds of span that are not a
person but came out ``PER`` and were then spread over the document by the consistency step:

- a glued academic title on its own or in front of the name (``Prof.dr.``, ``Dr.ir.``,
  ``Mr.drs.`` in a member list whose line breaks the PDF extraction lost);
- a firm named after its partners (``Surname Surname & Surname N.V.``, also as a running footer
  and in capitals on a letterhead);
- two places joined by ``-`` or ``/`` (a region or a pair of municipalities), and districts
  (``Place-Noord``), also after a capitalised word in a subject line;
- capitalised subject and heading words after a role (``hoogleraar Bestuursrecht``).

Every string here is built from the training name and place lists and from invented word lists;
nothing comes from the evaluation documents. Only the name is ``PER``; titles, subjects and
roles are ``O``; firms are ``ORG``; joined places are ``LOC``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import names as N
from .synth import ORG_STEMS, Builder, Ent, NameSource, Person, cap_word, heading

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Academic titles as Dutch documents write them, glued and spaced, capitalised and not.
GLUED_TITLES = ("Prof.dr.", "Prof.dr.ir.", "Prof.dr.mr.", "Prof.mr.", "Prof.mr.dr.", "Dr.ir.", "Dr.mr.",
                "Mr.drs.", "Mr.dr.", "Drs.", "Dr.", "Ir.", "Mr.", "Ing.", "Prof. dr.", "Prof. dr. ir.",
                "prof.dr.", "dr.ir.", "mr.drs.", "prof. dr.", "Prof.", "PROF.DR.", "DR.")
# Invented subjects a chair or expertise is named after (capitalised in lists, never a name).
SUBJECTS = ("Bestuursrecht", "Staatsrecht", "Ethiek", "Informatica", "Filosofie", "Epidemiologie",
            "Sociologie", "Economie", "Milieukunde", "Technologie en Samenleving", "Data Science",
            "Publiek Management", "Gezondheidsrecht", "Cyber Security", "Ruimtelijke Planning",
            "Waterbeheer", "Energietransitie", "Privacyrecht", "Digitale Innovatie", "Openbare Orde",
            "Verkeerskunde", "Bedrijfskunde", "Geneeskunde", "Psychologie", "Rechtsgeschiedenis")
ROLES = ("hoogleraar", "universitair docent", "lector", "onderzoeker", "bijzonder hoogleraar",
         "emeritus hoogleraar", "directeur", "programmaleider", "adviseur", "senior onderzoeker")
PANEL_ROLES = ("voorzitter", "lid", "secretaris", "vicevoorzitter", "rapporteur")
INSTITUTE_KINDS = ("Universiteit", "Hogeschool", "Kennisinstituut", "Instituut", "Academie",
                   "Onderzoekscentrum", "Planbureau", "Expertisecentrum")
FIRM_KINDS = ("N.V.", "B.V.", "Advocaten", "advocaten", "Notarissen", "& Partners", "Accountants",
              "Advocaten N.V.", "LLP", "Legal", "Belastingadviseurs")
FIRM_WORDS = ("advocatenkantoor", "kantoor", "het kantoor", "de advocaten van", "namens", "advies van",
              "het accountantskantoor", "notariskantoor")
COMPASS = ("Noord", "Zuid", "Oost", "West", "Centrum", "Noordoost", "Zuidwest", "Noordwest", "Zuidoost", "Midden")
REGION_WORDS = ("regio", "gemeenten", "het gebied", "de combinatie", "deelregio", "de gemeenten",
                "voorkeursgebied", "het cluster", "de as")


def _name(src: NameSource, rng: random.Random, intl: tuple[str, ...]) -> str:
    p: Person = src.person()
    first = rng.choice(intl) if intl and rng.random() < 0.3 else p.first
    form = rng.random()
    if form < 0.45:
        return f"{first} {p.family(False)}"
    if form < 0.8:
        return f"{p.initials(rng)} {p.family(False)}"
    if form < 0.9:
        return f"{first} {' '.join(m[0] + '.' for m in p.middle) or first[0] + '.'} {p.family(False)}"
    return p.family(True)


def _institute(rng: random.Random, places: tuple[str, ...]) -> str:
    r = rng.random()
    if r < 0.5:
        return f"{rng.choice(INSTITUTE_KINDS)} {rng.choice(places)}"
    if r < 0.7:
        return f"TU {rng.choice(places)}"
    if r < 0.85:
        return f"{rng.choice(ORG_STEMS)} Instituut"
    return f"{rng.choice(places)} University"


def gen_panel(rng: random.Random, b: Builder, src: NameSource, places: tuple[str, ...],
              intl: tuple[str, ...]) -> None:
    """A member list: title + name (PER) + role/subject (O) + institute (ORG), with or without
    line breaks and list dashes (extraction often joins the lines)."""
    if rng.random() < 0.6:
        b.add(heading(rng) + rng.choice([" ", "\n", ": "]))
    sep = rng.choice(["\n", " ", "\n- ", " - ", "; ", "\n• "])
    for i in range(rng.randint(2, 6)):
        if i:
            b.add(sep)
        elif sep.strip():
            b.add(sep.lstrip("\n"))
        title = rng.choice(GLUED_TITLES)
        b.add(title + ("" if title.endswith(" ") else " "))
        b.add(_name(src, rng, intl), "PER")
        if rng.random() < 0.6:
            b.add(", " + rng.choice(ROLES) + " " + rng.choice(SUBJECTS))
        if rng.random() < 0.85:
            b.add(", ")
            b.add(_institute(rng, places), "ORG")
            if rng.random() < 0.2:
                b.add(" en ")
                b.add(_institute(rng, places), "ORG")
        if rng.random() < 0.25:
            b.add(f" ({rng.choice(PANEL_ROLES)})")


def _firm(rng: random.Random, src: NameSource) -> tuple[str, list[str]]:
    """A firm named after two to four partners, and the partners' surnames."""
    n = rng.choice([2, 2, 3, 3, 4])
    surnames = [src.surname().capitalised() for _ in range(n)]
    body = " ".join(surnames[:-1]) + " & " + surnames[-1] if rng.random() < 0.8 else " ".join(surnames)
    return f"{body} {rng.choice(FIRM_KINDS)}", surnames


def gen_firm(rng: random.Random, b: Builder, src: NameSource, places: tuple[str, ...],
             intl: tuple[str, ...]) -> None:
    """A firm named after its partners as ORG: letterhead (sometimes in capitals), running text
    and a repeated footer with a page number; an adviser of the firm is PER."""
    firm, partners = _firm(rng, src)
    if rng.random() < 0.4:
        b.add(firm.upper() if rng.random() < 0.5 else firm, "ORG")
        b.add(rng.choice(["\n", " "]))
    b.add(f"{rng.choice(FIRM_WORDS).capitalize()} ")
    b.add(firm, "ORG")
    b.add(rng.choice([f", gevestigd te {rng.choice(places)}, ", " heeft ", " adviseert over ", " "]))
    b.add(heading(rng).lower() + ". ")
    if rng.random() < 0.5:
        b.add(rng.choice(["Contactpersoon: ", "Behandeld door ", "Namens het kantoor: mr. "]))
        b.add(_name(src, rng, intl), "PER")
        b.add(". ")
    if rng.random() < 0.6:  # a partner on their own is a person: the firm shape needs the & / legal form
        b.add(rng.choice(["Volgens mr. ", "Volgens ", "Advocaat ", "Mr. ", "Partner "]))
        b.add(rng.choice(partners), "PER")
        b.add(rng.choice([" gaat het om ", " is dat ", ", partner, over "]) + heading(rng).lower() + ". ")
    for page in range(1, rng.randint(2, 5)):
        b.add(rng.choice(["\n", " "]))
        b.add(firm, "ORG")
        b.add(f" {page + 1}/{rng.randint(page + 1, 12)} {heading(rng).lower()}")


def _joined_place(rng: random.Random, places: tuple[str, ...]) -> str:
    if rng.random() < 0.4:  # a district: place + compass point, or the other way round
        compass = rng.choice(COMPASS)
        return f"{rng.choice(places)}-{compass}" if rng.random() < 0.8 else f"{compass}-{rng.choice(places)}"
    return f"{rng.choice(places)}{rng.choice(['-', '/', '-', ' / '])}{rng.choice(places)}"


def gen_region(rng: random.Random, b: Builder, src: NameSource, places: tuple[str, ...],
               intl: tuple[str, ...]) -> None:
    """Two places joined by ``-`` or ``/`` (a region, a pair of municipalities) or a district
    (``Place-Noord``) as one LOC, in running text, bullets and after a subject-line heading."""
    for _ in range(rng.randint(1, 3)):
        joined = _joined_place(rng, places)
        r = rng.random()
        if r < 0.12:  # a double surname has the same shape and is a person
            double = f"{src.surname().capitalised()}-{src.surname().natural()}"
            b.add(rng.choice(["Contactpersoon: mevrouw ", "De heer ", "Melder: ", "Behandeld door ", "mevrouw "]))
            b.add(double, "PER")
            b.add(rng.choice([", ", "\n", " "]))
        elif r < 0.3:
            b.add(rng.choice(["Onderwerp ", "Onderwerp: ", "Betreft: ", "", "Inzake "]) + cap_word(rng) + " ")
            b.add(joined, "LOC")
            b.add("\n")
        elif r < 0.45:
            b.add(f"{rng.choice(REGION_WORDS).capitalize()} ")
            b.add(joined, "LOC")
            b.add(f" {heading(rng).lower()}. ")
        elif r < 0.7:
            b.add(f"{heading(rng)} is minder dan bijvoorbeeld ")
            b.add(joined, "LOC")
            b.add(". ")
        else:
            b.add(rng.choice(["• ", "- ", ""]))
            b.add(joined, "LOC")
            b.add(f" {heading(rng)}\n")


GENRES: dict[str, tuple[Callable[..., None], float]] = {
    "panel": (gen_panel, 2.0),
    "firm": (gen_firm, 1.0),
    "region": (gen_region, 1.0),
}


def generate(n: int, seed: int = 0, split: str = "train") -> list[tuple[str, list[Ent]]]:
    """``n`` contrast documents as ``(text, [(start, end, label), ...])``."""
    from .rulings import _intl_names

    rng = random.Random(seed + 31)
    src = NameSource(rng, split)
    places = N.places(split)
    intl = _intl_names("first")
    keys = list(GENRES)
    out = []
    for _ in range(n):
        b = Builder()
        fn = rng.choices([GENRES[k][0] for k in keys], weights=[GENRES[k][1] for k in keys])[0]
        fn(rng, b, src, places, intl)
        text = b.text().rstrip()
        out.append((text, [e for e in b.ents if e[1] <= len(text)]))
    return out


def contrast_docs(nlp: Language, n: int, seed: int = 0) -> tuple[list[Doc], int]:
    """The contrast documents as spaCy Docs; documents with a misaligned span are dropped."""
    from .synth import to_spacy_doc

    docs, dropped = [], 0
    for text, ents in generate(n, seed):
        doc, bad = to_spacy_doc(nlp, text, ents)
        if bad:
            dropped += 1
            continue
        docs.append(doc)
    return docs, dropped
