"""People across a document and a bundle: name variants, consistency, wrapped initials.

A person redacted in one place is redacted in every form of their name (``Jan de Vries``,
``J. de Vries``, ``De Vries``, ``Jan``) in every document of the bundle; an office holder seen
in their role stays readable everywhere. :class:`BundleKnowledge` carries both across documents.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..policy import Policy
from ..reasons import Reason
from ..types import Action, Decision, Detection, Document, EntityType, Finding, PageText
from .mentions import normalize_name, to_findings
from .spread import bounded_start


@dataclass
class BundleKnowledge:
    """What one document teaches about people, for the others in the bundle."""

    redacted_names: set[str] = field(default_factory=set)  # surface forms of redacted persons
    official_names: set[str] = field(default_factory=set)  # normalised names seen in a role
    # Normalised forms of the people redacted in this document (and whole-name forms from the
    # bundle): a weakly found mention in one of these forms is that person, not a guess.
    person_variants: set[str] = field(default_factory=set)

    def merge(self, other: BundleKnowledge) -> None:
        self.redacted_names |= other.redacted_names
        self.official_names |= other.official_names


@functools.lru_cache(maxsize=65536)
def name_variant_set(name: str) -> frozenset[str]:
    from ..detect.names import name_variants

    return frozenset(name_variants(name))


@functools.lru_cache(maxsize=65536)
def variant_norms(name: str) -> frozenset[str]:
    return frozenset(normalize_name(v) for v in name_variant_set(name))


@functools.lru_cache(maxsize=65536)
def official_variant_norms(name: str) -> frozenset[str]:
    """Forms under which an office holder stays readable elsewhere: not their bare first name
    ("Petra" the wethouder must not protect Petra the citizen)."""
    from ..detect import gazetteer as gz

    return frozenset(
        normalize_name(v) for v in name_variant_set(name)
        if " " in v.strip() or "." in v or not gz.is_first_name(v)
    )


@functools.lru_cache(maxsize=65536)
def _surname_keys(name: str) -> frozenset[str]:
    """Words of which one must occur for a name to be in a document: its family-name words
    (not particles, initials or first names), or all its words when it has no other."""
    from ..detect import gazetteer as gz

    words = [w for w in re.findall(r"\w+", name.casefold()) if w not in _PARTICLES and len(w) > 1]
    family = [w for w in words if not gz.is_first_name(w)]
    return frozenset(family or words)


_PARTICLES = frozenset({"van", "de", "der", "den", "het", "t", "te", "ten", "ter", "in", "op", "el", "al", "bin"})


# "..., M.⏎Ouwerkerk": initials that end the line before a name at the start of a line.
_INITIALS_AT_LINE_END = re.compile(r"(?:^|(?<=[\s,;:(]))((?:[A-Z]\.\s?){1,4})[ \t]*$")
# ... unless they number something: "bijlage B.", "artikel 2 lid A.", "optie C."
_NOT_INITIALS_AFTER = re.compile(
    r"\b(?:bijlage|bijl|artikel|art|lid|punt|sub|onder|fase|optie|variant|scenario|versie|categorie|type|"
    r"klasse|groep|blok|kavel|deel|hoofdstuk|paragraaf|par|figuur|fig|tabel|nr|no|letter|stap|route|zone)\.?\s*$",
    re.IGNORECASE,
)


_ONLY_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,4}$")
_SURNAME_AT_LINE_START = re.compile(
    r"[ \t]*((?:(?:van|de|der|den|het|ten|ter|te|in|op|'t)\s+)*[A-Z][\w'’]+(?:-[\w'’]+)*)(?![\w'’-])"
)


def join_wrapped_initials(doc_sha: str, findings: list[Finding], pages: Mapping[int, PageText]) -> list[Finding]:
    """Initials and surname on two lines are one name: a person found at the start of a line
    takes the initials that end the line before, and a person found as initials alone at the
    end of a line takes the surname that starts the next ("M.⏎Ouwerkerk")."""
    out: list[Finding] = []
    for f in findings:
        if f.entity is EntityType.PERSON and f.page in pages:
            tail = _initials_wrapped_in_cell(f, pages[f.page].text)
            if tail is not None:
                det = Detection(tail[0], tail[1], f.entity, f.score, f.detector, "initials of an inverted name on the next line")
                out.extend(to_findings(doc_sha, pages[f.page], [det]))
        span = _wrapped_name_span(f, pages[f.page].text) if f.entity is EntityType.PERSON and f.page in pages else None
        if span is None:
            out.append(f)
            continue
        start, end, why = span
        det = Detection(start, end, f.entity, f.score, f.detector, f"{f.explanation}; {why}".lstrip("; "))
        out.extend(to_findings(doc_sha, pages[f.page], [det]))
    return _join_names_across_lines(doc_sha, out, pages)


def _join_names_across_lines(doc_sha: str, findings: list[Finding], pages: Mapping[int, PageText]) -> list[Finding]:
    """A first name ending one line and a name starting the next are one person
    ("Esther⏎Hoekstra"), when a detector found both halves."""
    from ..detect import gazetteer as gz

    persons = sorted((f for f in findings if f.entity is EntityType.PERSON and f.page in pages), key=lambda f: (f.page, f.start))
    joined: dict[str, Finding] = {}
    drop: set[str] = set()
    for a, b in itertools.pairwise(persons):
        if a.page != b.page or a.id in drop or b.id in drop:
            continue
        gap = pages[a.page].text[a.end : b.start]
        if gap.count("\n") != 1 or gap.strip() or " " in a.text.strip() or not b.text[:1].isupper():
            continue
        if not gz.is_first_name(a.text.strip()):
            continue
        best = a if a.score >= b.score else b
        det = Detection(a.start, b.end, EntityType.PERSON, best.score, best.detector, "first name and surname on two lines")
        (new,) = to_findings(doc_sha, pages[a.page], [det])
        joined[a.id] = new
        drop.add(b.id)
    return [joined.get(f.id, f) for f in findings if f.id not in drop]


_INITIALS_CELL = re.compile(
    r"(?:[A-Z][a-z]?\.\s?){1,5}(?:\s(?:van|de|der|den|ter|ten|te|in|op|'t|’t)){0,3}(?=[ \t]{2,}|\t|\n|$)"
)


def _initials_wrapped_in_cell(f: Finding, text: str) -> tuple[int, int] | None:
    """"Goossens-Rademakers,⏎H.": a register's name cell wrapped after the comma of an inverted
    name; the initials opening the next line belong to it (the cells in between are others)."""
    if text[f.end : f.end + 1] != "," or "," in f.text:
        return None
    nl = text.find("\n", f.end)
    if nl < 0:
        return None
    m = _INITIALS_CELL.match(text, nl + 1)
    if m is None:
        return None
    return m.start(), m.end() - (1 if text[m.end() - 1 : m.end()] == " " else 0)


def _wrapped_name_span(f: Finding, text: str) -> tuple[int, int, str] | None:
    """The whole name's span when ``f`` is half of one broken over two lines, else ``None``."""
    from ..detect import gazetteer as gz

    if _ONLY_INITIALS.match(f.text.strip()) and text[f.end : f.end + 1] == "\n":
        m = _SURNAME_AT_LINE_START.match(text, f.end + 1)
        if m and (gz.is_surname(m.group(1)) or not gz.is_common_word(m.group(1))):
            return f.start, m.end(1), "surname on the next line"
    first = f.text.strip()
    if " " not in first and gz.is_first_name(first) and text[f.end : f.end + 1] == "\n":
        m = _SURNAME_AT_LINE_START.match(text, f.end + 1)
        if m and _surname_after_wrap(m.group(1).split()[-1]):
            return f.start, m.end(1), "family name on the next line"
    nl = text.rfind("\n", 0, f.start)
    if nl < 0 or text[nl + 1 : f.start].strip() or f.text[:1].islower():
        return None
    before = text[max(0, nl - 40) : nl]
    m = _INITIALS_AT_LINE_END.search(before)
    if m is None or _NOT_INITIALS_AFTER.search(before[: m.start(1)]):
        return None
    return nl - len(before) + m.start(1), f.end, "initials at the end of the line before"


def _own_first_name(name: str, lower_words: set[str]) -> set[str]:
    """"Inge" after "Inge van Kessel" in the same document: a listed first name that the
    document never writes as an ordinary word (in lower case) names that person there, even when
    the word lists call it ordinary somewhere ("Inge", "Kim", "Roos")."""
    from ..detect import gazetteer as gz
    from .evidence import FUNCTION_ZIPF, zipf

    toks = name.split()
    if len(toks) < 2 or "." in toks[0] or "," in toks[0]:
        return set()
    first = toks[0]
    if len(first) < 3 or not first[:1].isupper() or not gz.is_first_name(first):
        return set()
    if first.casefold() in lower_words or zipf(first) >= FUNCTION_ZIPF:
        return set()
    return {first}


def _surname_after_wrap(word: str) -> bool:
    """"Zhiwei⏎Zhang": the word opening the next line is a family name, not the next sentence
    ("Inge⏎De verwachting") or a place or body."""
    from ..detect import gazetteer as gz
    from .evidence import _unlisted_name_like, is_ordinary_word, surname_not_a_word
    from .knowledge import not_a_person_word

    core = word.strip(".,;:()'\"’")
    if len(core) < 2 or is_ordinary_word(core) or not_a_person_word(core):
        return False
    return (gz.is_surname(core) and surname_not_a_word(core)) or _unlisted_name_like(core)


def consistency_findings(
    doc: Document,
    names: Iterable[str],
    existing: Sequence[Finding],
    policy: Policy,
    knowledge: BundleKnowledge,
    *,
    local: Iterable[str] = (),
) -> list[Finding]:
    """Every variant of every redacted name, wherever it occurs in this document.

    ``names`` are the seeds (see :mod:`.evidence`); those not in ``local`` (this document's own
    seeds) come from other documents of the bundle and spread only in multi-word forms.
    """
    from .evidence import multiword, variant_may_spread

    names = list(names)
    local_set = set(local)
    variants: set[str] = set()
    first_names: dict[str, set[str]] = {}
    # Only names with a word that occurs in this document at all: keeps a large bundle linear.
    all_text = " ".join(p.text for p in doc.pages)
    doc_words = set(re.findall(r"\w+", all_text.casefold()))
    lower_words = {w for w in re.findall(r"\w+", all_text) if w.islower()}
    for name in names:
        if normalize_name(name) in knowledge.official_names:
            continue
        if not _surname_keys(name) & doc_words:
            continue  # the person's family name is nowhere in this document
        from_here = name in local_set
        vs = {
            v for v in name_variant_set(name)
            if len(v) >= 2 and variant_may_spread(v) and (from_here or multiword(v))
        }
        if from_here:
            vs |= _own_first_name(name, lower_words)
        for v in vs:
            if " " not in v.strip() and "." not in v and "," not in v and v[:1].isupper():
                first_names.setdefault(v, set()).add(normalize_name(name))
        variants |= vs
    # A single bare word that is the variant of several people is ambiguous: only keep it when
    # it belongs to exactly one redacted person and is not an official's name.
    single_words = {v for v in variants if " " not in v and "." not in v and "," not in v}
    seeds = [n.split() for n in names if len(n.split()) >= 2]
    given = {t[0] for t in seeds}  # first names: a word there may be an ordinary one ("Roos")
    family = {t[-1] for t in seeds}  # family names spread in name case ("Bakker" beside "de bakker")
    for w in single_words:
        ambiguous = len(first_names.get(w, ())) > 1
        official = normalize_name(w) in knowledge.official_names
        # "Roos" where the document also writes "een roos": there the word is no name.
        ordinary_here = w in given and w not in family and w.strip(".,;:()").casefold() in lower_words
        if official or ordinary_here or (ambiguous and not policy.first_name_alone) or len(w) < 3:
            variants.discard(w)
    if not policy.first_name_alone:
        variants -= single_words
    variants = {v for v in variants if normalize_name(v) not in knowledge.official_names}
    if not variants:
        return []
    # Longest first so "Van der Sluis-Ekkel" wins over "Sluis".
    ordered = sorted(variants, key=lambda v: (-len(v), v))
    words_of = [_variant_words(v) for v in ordered]
    by_word: dict[str, list[int]] = {}  # each variant filed under its longest word
    for rank, ws in enumerate(words_of):
        if ws:
            by_word.setdefault(max(sorted(ws), key=len), []).append(rank)
    covered = {(f.page, f.start, f.end) for f in existing if f.entity is EntityType.PERSON}
    out: list[Finding] = []
    for page in doc.pages:
        # Only the variants whose every word is on this page can match it. Each has its own
        # compiled pattern, cached for the bundle; together they act as one alternation tried
        # longest variant first at the leftmost position.
        page_words = set(_WORD.findall(page.text.casefold()))
        ranks = sorted(r for w in page_words & by_word.keys() for r in by_word[w] if words_of[r] <= page_words)
        hits = sorted(
            (mt.start(), rank, mt.end()) for rank in ranks for mt in _variant_regex(ordered[rank]).finditer(page.text)
        )
        pos = 0
        for s, _rank, e in hits:
            if s < pos:
                continue
            pos = e
            if (page.number, s, e) in covered:
                continue
            det = Detection(s, e, EntityType.PERSON, 0.9, "woo.consistency", "variant of a name redacted elsewhere in the bundle")
            out.extend(to_findings(doc.sha256, page, [det]))
    return out


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=65536)
def _variant_words(variant: str) -> frozenset[str]:
    return frozenset(_WORD.findall(variant.casefold()))


@functools.lru_cache(maxsize=65536)
def _variant_regex(variant: str) -> re.Pattern[str]:
    return re.compile(bounded_start(_variant_pattern(variant), variant[:1], r"[\w@.]") + r"(?![\w@])")


_INITIAL = re.compile(r"^([A-Z])\.\s*(.+)$")
_TRAILING_INITIAL = re.compile(r"^(.+,\s*)([A-Z])\.$")


def _variant_pattern(variant: str) -> str:
    """Regex for a name variant; one initial stands for any run of initials (``M.`` ~ ``M.J.``)."""
    initials = r"\.(?:\s?[A-Z]\.)*"
    m = _INITIAL.match(variant)
    if m:
        return re.escape(m.group(1)) + initials + r"\s*" + r"\s+".join(map(re.escape, m.group(2).split()))
    m = _TRAILING_INITIAL.match(variant)
    if m:
        return r"\s+".join(map(re.escape, m.group(1).split())) + r"\s*" + re.escape(m.group(2)) + initials
    return r"\s+".join(map(re.escape, variant.split()))


def knowledge_from(decisions: Iterable[Decision], policy: Policy, pages: Mapping[int, PageText]) -> BundleKnowledge:
    """What a document's decisions tell the rest of the bundle: its seeds and its officials."""
    from ..detect import gazetteer as gz
    from .evidence import is_seed, multiword

    k = BundleKnowledge()
    for d in decisions:
        if d.finding.entity is not EntityType.PERSON:
            continue
        if d.action is Action.REDACT and is_seed(d):
            k.redacted_names.add(d.finding.text)
        elif d.reason is Reason.PUBLIC_OFFICIAL_ROLE:
            # Across documents only forms with the first name: "M. van den Heuvel" in another
            # file may be someone else than wethouder Martijn van den Heuvel.
            k.official_names |= {
                normalize_name(v) for v in name_variant_set(d.finding.text)
                if (len(v.split()) >= 2 and any(gz.is_first_name(w) for w in v.split()) and "." not in v)
                or (" " not in v.strip() and multiword(v))
            }
    return k


@functools.lru_cache(maxsize=4096)
def _defined_regex(name: str) -> re.Pattern[str]:
    """"Erik de Vries (EdV)": a name followed by the abbreviation the minutes use for it."""
    return re.compile(r"\s+".join(map(re.escape, name.split())) + r"\s*\(([A-Z][\w'’]{1,5})\)")


def seed_variant_norms(local: Iterable[str], bundle: Iterable[str]) -> set[str]:
    """Normalised forms that name a seeded person: every spreadable form of this document's
    seeds, and the multi-word forms of the bundle's."""
    out: set[str] = set()
    for names, any_form in ((local, True), (bundle, False)):
        for name in names:
            out |= _spread_norms(name, any_form)
    return out


@functools.lru_cache(maxsize=65536)
def _spread_norms(name: str, any_form: bool) -> frozenset[str]:
    """The spreadable forms of one name (a pure function of it: pass 2 asks for every document)."""
    from .evidence import multiword, variant_may_spread

    return frozenset(normalize_name(v) for v in name_variant_set(name) if variant_may_spread(v) and (any_form or multiword(v)))


_PARTICLE_WORDS = frozenset({"van", "de", "der", "den", "het", "te", "ten", "ter", "in", "op", "'t", "t"})


@functools.lru_cache(maxsize=65536)
def initials_forms(name: str) -> frozenset[str]:
    """How minutes abbreviate a person named in full: "Esther Hoekstra" → EH, "Erik de Vries" →
    EdV and EDV, "Jan-Willem van der Berg-Smit" → JWvdBS. Only for a name with a first name."""
    from ..detect import gazetteer as gz

    words = [w for w in re.split(r"[\s,]+", name) if w]
    if "," in name:  # "Vries, Erik de" → natural order
        sur, _, given = name.partition(",")
        words = given.split() + sur.split()
    if len(words) < 2:
        return frozenset()
    if re.fullmatch(r"(?:[A-Z][a-z]?\.\s?)+", words[0] + " "):  # "N.E. Pronk" → NP, NEP
        letters = re.findall(r"[A-Z]", words[0])
        firsts = {letters[0], "".join(letters)}
    elif gz.is_first_name(words[0].strip(".")) and not words[0].endswith("."):
        firsts = {"".join(p[0].upper() for p in words[0].split("-") if p)}
    else:
        return frozenset()
    first = min(firsts, key=len)
    particles = ""
    core: list[str] = []
    for w in words[1:]:
        if w.casefold() in _PARTICLE_WORDS and not core:
            particles += w[0].lower()
        elif w[:1].isupper():
            core.append(w)
    if not core:
        return frozenset()
    last = "".join(p[0].upper() for p in core[-1].split("-") if p[:1].isalpha())
    forms = {f + particles + last for f in firsts} | {(f + particles + last).upper() for f in firsts} | {first + last}
    return frozenset(f for f in forms if 2 <= len(f) <= 6)


def initials_findings(
    doc: Document, local: Iterable[str], existing: Sequence[Finding], bundle: Iterable[str] = ()
) -> list[Finding]:
    """Initials-only references ("Actie: EdV") to people this document names in full, and the
    distinctive forms ("HvdZ": four or more letters with a particle) of people named in full
    elsewhere in the bundle (a chat that says "Actie: HvdZ" under a mail that named her)."""
    from .knowledge import not_a_person_word

    forms: set[str] = set()
    for name in bundle:
        forms |= {f for f in initials_forms(name) if len(f) >= 4 and any(c.islower() for c in f)}
    for name in local:
        forms |= initials_forms(name)
        # An abbreviation the document defines right after the name: "F.I. in 't Veld (Fi'V)".
        head = name.split()[0] if name.split() else name
        for page in doc.pages:
            if head in page.text and "(" in page.text:
                forms |= {m.group(1) for m in _defined_regex(name).finditer(page.text)}
    forms = {f for f in forms if not not_a_person_word(f)}
    if not forms:
        return []
    # "JR/HV" in an action table names two people; a slash inside a path or URL does not.
    # Never the letters of a postcode ("7200 AA").
    rx = re.compile(r"(?<![\w.@-])(?<![a-z0-9.]/)(?<!\d\d\d\d )(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?![\w@-])(?!/[a-z])")
    out: list[Finding] = []
    for page in doc.pages:
        for m in rx.finditer(page.text):
            # Added even where another detector found the same letters: the mention then holds
            # a form of a seeded person and is decided as that person.
            det = Detection(m.start(), m.end(), EntityType.PERSON, 0.85, "woo.consistency", "initials of a person named in full in this document")
            out.extend(to_findings(doc.sha256, page, [det]))
    return out
