"""The decision rules: named, registered, each switchable in the policy and testable alone.

A rule looks at one :class:`~woo_redact.decide.mentions.Mention` in its :class:`Context` and
either settles it (returns an :class:`Outcome`) or passes (returns ``None``). Rules run in
registration order; the first outcome wins; a mention no rule settles gets the policy's action
and ground for its entity type (:data:`Reason.POLICY`). ``[rules] disabled = ["person.role"]``
in a policy switches a rule off by name.

The registry is a plain ordered tuple built at import time (:data:`RULES`), like Presidio's
recognizer registry: no hidden state, and :func:`rule_names` lists what a policy may name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..detect import gazetteer as gz
from ..detect.layout import BlockKind, FieldType, LayoutModel
from ..detect.names import WEAK_CUE_MAX_SCORE
from ..policy import Policy
from ..reasons import Implausibility, Reason
from ..types import Action, EntityType, Finding
from . import contacts
from .genre import PARTY, PARTY_LINE_HEAD, PRIVATE_CUES, Genre, party_follows
from .mandate import signs_on_behalf
from .mentions import Mention, normalize_name
from .people import BundleKnowledge, variant_norms
from .roles import is_in_role, role_above

DENY_DETECTOR = "woo.denylist"
MODEL_DETECTORS = ("woo.ner",)
# Statement classifiers (health, opinions): a probability at or above this is a statement the
# policy's action applies to; between the detector's threshold and this it goes to review.
STATEMENT_SURE_SCORE = 0.5


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a rule may look at for one mention."""

    mention: Mention
    page_text: str
    policy: Policy
    knowledge: BundleKnowledge
    genre: Genre = Genre.OTHER
    layout: LayoutModel | None = None
    persons: tuple[tuple[int, int], ...] = ()  # spans of the people found on this page
    doc_words: frozenset[str] = frozenset()  # words the document writes in lower case

    @property
    def text(self) -> str:
        return self.page_text[self.mention.start : self.mention.end]

    @property
    def line_before(self) -> str:
        ls = self.page_text.rfind("\n", 0, self.mention.start) + 1
        return self.page_text[ls : self.mention.start]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a rule settled. ``action``/``ground`` ``None`` keep the policy's; ``end`` narrows the span."""

    reason: Reason
    action: Action | None = None
    ground: str | None = None
    end: int | None = None
    detail: str = ""


RuleFn = Callable[[Context], "Outcome | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    entities: frozenset[EntityType] | None  # None: every entity type
    fn: RuleFn

    def applies(self, ctx: Context) -> bool:
        return (self.entities is None or ctx.mention.entity in self.entities) and ctx.policy.rule_enabled(self.name)


_REGISTRY: list[Rule] = []


def rule(name: str, *entities: EntityType) -> Callable[[RuleFn], RuleFn]:
    """Register a decision rule under ``name`` for ``entities`` (all types when none are given)."""

    def register(fn: RuleFn) -> RuleFn:
        if any(r.name == name for r in _REGISTRY):
            raise ValueError(f"decision rule {name!r} registered twice")
        _REGISTRY.append(Rule(name, frozenset(entities) or None, fn))
        return fn

    return register


# --------------------------------------------------------------------------- every entity


@rule("denylist")
def _denylist(ctx: Context) -> Outcome | None:
    best = ctx.mention.best
    if best.detector != DENY_DETECTOR:
        return None
    return Outcome(Reason.DENYLIST, Action.REDACT, best.ground)


@rule("threshold")
def _threshold(ctx: Context) -> Outcome | None:
    if ctx.mention.score >= ctx.policy.threshold(ctx.mention.best.detector):
        return None
    return Outcome(Reason.BELOW_THRESHOLD, Action.KEEP, detail=ctx.mention.best.detector)


@rule("existing_code", EntityType.EXISTING_CODE)
def _existing_code(ctx: Context) -> Outcome | None:
    from ..grounds import Ground

    try:
        ground: str | None = Ground.parse(ctx.text).woo().code
    except ValueError:
        ground = None
    return Outcome(Reason.PRE_EXISTING_REDACTION, Action.KEEP, ground)


@rule("allowlist")
def _allowlist(ctx: Context) -> Outcome | None:
    folded = ctx.text.casefold()
    if any(folded == t.casefold() for t in ctx.policy.allow_terms):
        return Outcome(Reason.ALLOWLIST, Action.KEEP)
    return None


# --------------------------------------------------------------------------- statements


# Someone who holds a view: the writer ("ik", "mijn", "wat mij betreft", "persoonlijk") or a third
# person ("hij", "zij", "ze"); a named person is found through the people on the page.
_OPINION_HOLDER = re.compile(r"\b(?:ik|mij|mijn|me|persoonlijk|hij|zij|ze|haar|hem|jij|je|jouw|u|uw)\b", re.IGNORECASE)
_HOLDER_REACH = 200  # characters before the statement where its holder may be named ("X vindt dat ...")


@rule("opinion.needs_a_holder", EntityType.POLICY_OPINION)
def _opinion_holder(ctx: Context) -> Outcome | None:
    """Art. 5.2 protects *personal* policy opinions. A view that no person holds — an advisory
    body's advice ("De AP adviseert ..."), a report's finding, a heading — is no personal opinion:
    kept, not proposed. A writer, a pronoun or a named person in the statement or right before it
    keeps the proposal."""
    m, text = ctx.mention, ctx.page_text
    lo = max(0, m.start - _HOLDER_REACH)
    if _OPINION_HOLDER.search(text, lo, m.end) or _person_within(ctx, lo, m.end):
        return None
    return Outcome(Reason.NO_OPINION_HOLDER, Action.KEEP)


@rule("statement.unsure_to_review", EntityType.HEALTH, EntityType.POLICY_OPINION)
def _statement_unsure(ctx: Context) -> Outcome | None:
    """A statement classifier's middling probability is a proposal for the officer, not a box."""
    best = ctx.mention.best
    if best.detector.startswith("woo.statements") and best.score < STATEMENT_SURE_SCORE:
        if ctx.mention.entity is EntityType.HEALTH and _classifier_only(ctx):
            if not _settles_health(ctx.text):
                # unsure and without a single word of health: nothing for the officer to weigh
                return Outcome(Reason.NOT_HEALTH, Action.KEEP, detail="no_health_word")
            if not _PERSON_CUE.search(ctx.text) and not _person_in(ctx):
                # unsure, and about no one in particular: policy talk about health
                return Outcome(Reason.NOT_HEALTH, Action.KEEP, detail="no_person")
            if not _person_near(ctx):
                # "de gebruiker … dat hij besmet is", "ze", "u" where no one is named near: a
                # report speaking of a user, of people in general or of its reader
                return Outcome(Reason.NOT_HEALTH, Action.KEEP, detail="no_one_named_near")
            if _ONE_PERSON.search(ctx.text) or _SHE.search(ctx.text):
                # "Hij is sinds 2019 bekend als diabetespatiënt" in a file that names him: one
                # person and a word that names health medically settle what the classifier was
                # unsure of
                return None
        return Outcome(Reason.STATEMENT_UNSURE, Action.REVIEW)
    return None


def _sentence_of(text: str, start: int, end: int, boundary: re.Pattern[str] | None = None, floor: int | None = None) -> str:
    """The sentence around ``text[start:end]``: by default across line breaks (a wrapped line is
    no sentence end) and at most 300 characters back; ``boundary`` and ``floor`` (where it starts
    when no boundary comes before) change that."""
    rx = _PERIOD if boundary is None else boundary
    back = max(0, start - 300)
    starts = [mt.end() for mt in rx.finditer(text, back, start)]
    nxt = rx.search(text, end)
    return text[starts[-1] if starts else (back if floor is None else floor) : nxt.start() if nxt else len(text)]


_NEAR = 400  # characters around a statement: its paragraph, where the person it is about is named


def _person_within(ctx: Context, lo: int, hi: int) -> bool:
    """Someone (a person finding with name evidence) is named somewhere in ``page_text[lo:hi]``."""
    return any(s < hi and lo < e for s, e in ctx.persons)


def _person_near(ctx: Context) -> bool:
    """Someone is named within a paragraph's reach of the statement (a file names its client at
    the top of the note; a DPIA's pages name no one)."""
    m = ctx.mention
    return _person_within(ctx, m.start - _NEAR, m.end + _NEAR)


def _person_in(ctx: Context) -> bool:
    """A person found inside the statement itself."""
    return _person_within(ctx, ctx.mention.start, ctx.mention.end)


def _found_only_by(ctx: Context, detector: str | tuple[str, ...]) -> bool:
    """Every finding of the mention comes from ``detector`` (a name or a name prefix)."""
    return all(f.detector.startswith(detector) for f in ctx.mention.findings)


def _classifier_only(ctx: Context) -> bool:
    return _found_only_by(ctx, "woo.statements")


# Words with a medical and an ordinary sense: "opgenomen" (admitted / included), "hersteld"
# (recovered / corrected), "behandeling" (treatment / handling of a request), "klachten"
# (symptoms / complaints), "beperking" (disability / limit), "gevallen" (fallen / cases),
# "toezicht" (supervision of a person / of a sector). On their own they settle nothing.
_AMBIGUOUS_HEALTH = re.compile(
    r"(?:opgenomen|opname|opnemen|herstel\w*|behandel\w*(?:\s+(?:bij|van|voor|in))?|klacht\w*|levering\w*|leverancier\w*|"
    r"rugzak\w*|longlist|beperking\w*|beperkt|controle\w*|"
    r"kwetsbaa\w*|afhankelijk\w*|uitval\w*|uitgevallen|terugval|gevoelig\w*|zorg\w*|ondersteuning\w*|zelfstandig\w*|"
    r"toezicht|indicatie\w*|urgentie\w*|val|gevallen|gehecht|gebroken|ongeval\w*|ongeluk\w*|wassen|problematiek|"
    r"inzetbaar\w*|belastbaar\w*|ziektewet|wia|drugs|iq|hulpmiddel\w*|stress|angst|gehoor|beschadiging|"
    r"diagnose|ingreep|intensive|wachtlijst|specialist|onder\s+controle|drinkt|slaapt|uitgeput|afgevallen)",
    re.IGNORECASE,
)
_HEALTH_CUE_KINDS = ("condition", "care", "sick leave", "pregnancy", "injury", "care need", "mental")
# Medical specialists the statement lexicon does not list ("de cardioloog", "neurologen").
_SPECIALIST = re.compile(
    r"\b(?:\w+(?:oloog|ologen|iater|iaters)|besmet\w*|\w*infectie\w*|gevaccineerd|vaccinatie\w*|quarantaine|"
    r"\w+(?:patiënt|patient)(?:e|en|es)?)\b",
    re.IGNORECASE,
)


def _settles_health(text: str) -> bool:
    """A word of the statement lexicon that names health in its medical sense only."""
    from ..detect.statements import CUES

    if _SPECIALIST.search(text):
        return True
    for kind in _HEALTH_CUE_KINDS:
        for m in CUES[kind].finditer(text):
            if not _AMBIGUOUS_HEALTH.fullmatch(m.group().strip()):
                return True
    return False


@rule("health.needs_health_word", EntityType.HEALTH)
def _needs_health_word(ctx: Context) -> Outcome | None:
    """A health statement the classifier alone found, with no word that names health in its
    medical sense — none at all ("de levering ligt bij de producent") or only words with an
    ordinary sense too ("de uitleg is opgenomen", "de fout is hersteld") — is a proposal for the
    officer, not a box."""
    if not _classifier_only(ctx) or _settles_health(ctx.text):
        return None
    if not _person_near(ctx) and not _ONE_PERSON.search(ctx.text):
        # no medical word and no one named near: nothing for the officer to weigh
        return Outcome(Reason.NOT_HEALTH, Action.KEEP, detail="no_health_word")
    return Outcome(Reason.STATEMENT_UNSURE, Action.REVIEW, detail="no_health_word")


_WEB_TOKEN = re.compile(r"(?:://|www\.|\w\.(?:nl|com|org|net|eu|int|gov|be|de)(?:/|$))", re.IGNORECASE)


@rule("health.web_address", EntityType.HEALTH)
def _health_web_address(ctx: Context) -> Outcome | None:
    """A condition word inside a web address ("rivm.nl/.../zwangerschap") names a page, not
    anyone's health: kept."""
    if not _found_only_by(ctx, "woo.rules.health"):
        return None
    text, m = ctx.page_text, ctx.mention
    lo, hi = m.start, m.end
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    token = text[lo:hi]
    if (lo == m.start and hi == m.end) or not _WEB_TOKEN.search(token):
        return None
    return Outcome(Reason.NOT_HEALTH, Action.KEEP, detail="web_address")


# The health lexicon scores a bare condition word 0.4 and one said of a person ("zijn diabetes",
# "opgenomen in het ziekenhuis") 0.65: a bare word may be policy text ("preventie van diabetes").
LEXICON_PERSON_SCORE = 0.6


@rule("health.bare_term", EntityType.HEALTH)
def _bare_health_term(ctx: Context) -> Outcome | None:
    """A condition word the lexicon alone found, with nothing saying it is someone's: review."""
    if not _found_only_by(ctx, "woo.rules.health"):
        return None
    if ctx.mention.score >= LEXICON_PERSON_SCORE:
        return None
    if _PERSON_CUE.search(_sentence_of(ctx.page_text, ctx.mention.start, ctx.mention.end)):
        return None  # "Ik ben vanmiddag afwezig (migraine)": said of someone after all
    return Outcome(Reason.STATEMENT_UNSURE, Action.REVIEW, detail="bare_term")


# Health said of people in general ("mensen kunnen ernstig ziek worden", "zwangere werknemers",
# "besmette personen"): a group in the plural and no one person.
_PEOPLE_IN_GENERAL = re.compile(
    r"\b(?:mensen|personen|patiënten|patienten|burgers|inwoners|bewoners|werknemers|werkneemsters|medewerkers|"
    r"gebruikers|deelnemers|kinderen|ouderen|jongeren|leerlingen|studenten|docenten|cliënten|clienten|reizigers|"
    r"zwangeren|iedereen|niemand|men|mensen\w*|groepen|doelgroep\w*|populatie|bevolking|gevallen|besmettingen)\b",
    re.IGNORECASE,
)
# Words for one particular person (a pronoun that is only singular, a title, a role in a file).
_ONE_PERSON_WORDS = (
    r"ik|mij|mijn|me|hij|hem|mevrouw|meneer|mevr|dhr|mw|de\s+heer|cliënt|client|cliënte|betrokkene|"
    r"de\s+patiënt|de\s+patient|de\s+melder|de\s+aanvrager|aanvraagster|de\s+verzoeker|verzoekster|bezwaarmaker|"
    r"klager|klaagster|de\s+bewoner|bewoonster|de\s+huurder|zoon|dochter|moeder|vader|echtgeno\w+|"
    r"de\s+medewerker|medewerkster|de\s+werknemer|collega"
)
_ONE_PERSON = re.compile(r"\b(?:" + _ONE_PERSON_WORDS + r")\b", re.IGNORECASE)
# "zij"/"ze" with a verb in the singular ("zij is", "ze heeft"), or "haar" before a noun: she.
_SHE = re.compile(
    r"\b(?:zij|ze)\s+(?:is|was|heeft|had|wordt|werd|kan|kon|moet|moest|gaat|ging|zit|zat|krijgt|kreeg|gebruikt|"
    r"ligt|lag|voelt|blijft|bleef|loopt|liep|woont|werkt|meldt|meldde|vertelt|vertelde|geeft|gaf|staat|stond)\b|"
    r"\bhaar\s+[a-zà-ÿ]{3,}",
    re.IGNORECASE,
)


@rule("health.people_in_general", EntityType.HEALTH)
def _people_in_general(ctx: Context) -> Outcome | None:
    """Health said of a group ("mensen met een beperking", "besmette personen") and of no one
    person in particular is policy talk, not a person's health data: review, not a box."""
    if all(f.detector in _SPREAD_DETECTORS for f in ctx.mention.findings):
        return None
    text = ctx.text
    if _ONE_PERSON.search(text):
        return None
    general = _PEOPLE_IN_GENERAL.search(text)
    if not general and ctx.genre not in (Genre.PARLIAMENTARY, Genre.COUNCIL):
        return None  # a motion or council paper speaks of health as policy unless it names someone
    m = ctx.mention
    lo = m.start if general or ctx.genre is not Genre.COUNCIL else max(0, m.start - 160)
    if _person_within(ctx, lo, m.end):
        return None  # a named person in the statement (in a council paper: or right before it)
    if not _person_near(ctx):
        # people in general and no one named near: policy talk, not for the queue
        return Outcome(Reason.NOT_HEALTH, Action.KEEP, detail="people_in_general")
    return Outcome(Reason.STATEMENT_UNSURE, Action.REVIEW, detail="people_in_general")


# In the statement itself: a personal pronoun (singular or not) or a word for one particular person.
_PERSON_CUE = re.compile(
    r"\b(?:" + _ONE_PERSON_WORDS + r"|zij|ze|haar|u|uw|patiënt|patient|melder|aanvrager|verzoeker|bewoner|"
    r"huurder|partner|medewerker|zijn\s+\w*(?:vrouw|man|kind|verlof|ziekte|herstel|operatie|behandeling|medicatie|"
    r"diagnose|klachten|beperking|verzuim|gezondheid|arts))\b",
    re.IGNORECASE,
)


@rule("statement.about_a_person", EntityType.HEALTH)
def _about_a_person(ctx: Context) -> Outcome | None:
    """Health data is personal only about someone: a statement (or a condition word from the
    lexicon) with no person in it or right before it (policy about care, a hospital as an
    organisation) goes to review, not a box."""
    m, text = ctx.mention, ctx.page_text
    if all(f.detector in _SPREAD_DETECTORS for f in m.findings):
        return None  # another occurrence of a statement redacted elsewhere
    if _PERSON_CUE.search(text[m.start : m.end]):
        return None
    if _found_only_by(ctx, "woo.rules.health") and _PERSON_CUE.search(_sentence_of(text, m.start, m.end)):
        return None  # a condition word in a sentence about someone ("Ik ben afwezig (migraine)")
    if _person_within(ctx, max(0, m.start - 160), m.end):
        return None  # a person named in it or right before it
    if ctx.layout is not None and _in_register_of_people(ctx.layout, m.page, m.start):
        return None  # a register row (Wmo, verzuim, meldingen) is about the person in that row
    if not _person_near(ctx) and not _PERSON_CUE.search(_sentence_of(text, m.start, m.end)):
        # No one named near it and a sentence about no one (a DPIA, an advice, a report on
        # the epidemic): health as a subject, not anyone's health data. Not for the queue either.
        return Outcome(Reason.NOT_HEALTH, Action.KEEP, detail="no_one_named_near")
    return Outcome(Reason.STATEMENT_UNSURE, Action.REVIEW, detail="no_person")


# Column types that make a table a register of people (a row per melder, cliënt, werknemer).
_PERSONAL_COLUMNS = frozenset({
    FieldType.PERSON, FieldType.ID_NUMBER, FieldType.BSN, FieldType.DATE_OF_BIRTH, FieldType.ADDRESS,
    FieldType.POSTCODE, FieldType.PHONE, FieldType.EMAIL,
})  # fmt: skip


def _in_register_of_people(layout: LayoutModel, page: int, offset: int) -> bool:
    """A table cell in a table with a column for people or their data: a risk table in a DPIA
    ("Fase", "Categorie", "Maatregel") is no register, a Wmo or verzuim list is."""
    column = layout.column_header_at(page, offset)
    if column is None:
        return False
    return any(c.table == column.table and c.ftype in _PERSONAL_COLUMNS for c in layout.columns)


# --------------------------------------------------------------------------- people


def weak_only(ctx: Context) -> bool:
    """Found only by the model or weak cues, and not a form of a person seeded in this bundle."""
    if not all(is_weak(f) for f in ctx.mention.findings):
        return False
    return normalize_name(ctx.text) not in ctx.knowledge.person_variants


def is_weak(f: Finding) -> bool:
    """Found by the model alone or by the name detector's weakest cues: needs name evidence."""
    return f.detector.startswith(MODEL_DETECTORS) or (f.detector == "woo.names" and f.score <= WEAK_CUE_MAX_SCORE)


def implausibility(m: Mention, line_before: str) -> Implausibility | None:
    """Why a person backed only by weak evidence is not plausibly a name (``None`` if it is)."""
    if not all(is_weak(f) for f in m.findings):
        return None
    from ..detect.plausibility import why_implausible

    return why_implausible(max(m.findings, key=lambda f: f.end - f.start).text, line_before)


@rule("person.organisation_tail", EntityType.PERSON)
def _organisation_tail(ctx: Context) -> Outcome | None:
    """'Roelof Hoving van Beheer Openbare Ruimte': the name is redacted, the organisation kept."""
    why = implausibility(ctx.mention, ctx.line_before)
    if why is not Implausibility.ORGANISATION_WORD:
        return None
    from ..detect.plausibility import why_implausible

    text = ctx.text
    for link in _ORG_LINK.finditer(text):
        head = text[: link.start()]
        if head and why_implausible(head) is None and len(head.split()) >= 2:
            return Outcome(Reason.ORGANISATION_TAIL_TRIMMED, end=ctx.mention.start + len(head))
    return None


@rule("person.function_tail", EntityType.PERSON)
def _function_tail(ctx: Context) -> Outcome | None:
    """'Boersma-Steenbergen, Tineke Informatiemanager ROT': a table cell or a line that runs a
    name into a job title; the name is redacted, the title stays readable."""
    from ..detect.plausibility import why_implausible
    from .evidence import lexical_evidence

    text = ctx.text
    if why_implausible(text) not in (Implausibility.ORGANISATION_WORD, Implausibility.ACRONYM):
        return None
    cuts = [mt.start() for mt in re.finditer(r"\s+", text)]
    for cut in reversed(cuts):  # the longest head that is a name and whose tail is no name
        head, tail = text[:cut], text[cut:].strip()
        if why_implausible(tail) is not None and why_implausible(head) is None and lexical_evidence(head):
            return Outcome(Reason.ORGANISATION_TAIL_TRIMMED, end=ctx.mention.start + len(head.rstrip(" ,;")))
    return None


_NOT_A_PERSON = frozenset({
    Implausibility.LAW, Implausibility.STREET, Implausibility.ACRONYM, Implausibility.LEGAL_FORM,
    Implausibility.ORGANISATION_WORD, Implausibility.DIGITS, Implausibility.PRODUCT_NAME,
})
_SPREAD_DETECTORS = frozenset({"woo.consistency", "woo.propagate"})
_LEADING_PARTICLES = re.compile(r"^(?:(?:van|de|het|der|den|voor|bij)\s+)+", re.IGNORECASE)


def _lexical(text: str) -> bool:
    from .evidence import lexical_evidence

    return lexical_evidence(text)


def _in_non_person_cell(ctx: Context) -> bool:
    """The mention sits in a table column the layout typed as something else than a person
    (a location, a date, an amount, a subject)."""
    assert ctx.layout is not None
    m = ctx.mention
    # Table columns only: a form field's value may be a sentence that names people
    # ("Geboren: op 2 maart werd Fleur geboren").
    col = ctx.layout.column_header_at(m.page, m.start)
    return col is not None and col.ftype is not None and col.ftype.value != "PERSON"


_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([A-Z][\w'’-]*)")


def _part_of_a_place(ctx: Context) -> bool:
    """The model's span is (part of) the name of a place or a street: "Sint [Maarten]",
    "[Den] Helder", "[Den Briel]", or two labels of a map glued ("Oude [Veer Bosch]"). A
    neighbouring capitalised word on the same line completes the name; a first name or initials
    in the span keep it a person ("Anna Paulowna" the street is also a woman)."""
    from .evidence import first_name_or_initials
    from .knowledge import is_place, is_street

    m, text = ctx.mention, ctx.page_text
    words = ctx.text.split()
    if not words:
        return False
    span = " ".join(words)
    before = _WORD_BEFORE.search(text[max(0, m.start - 40) : m.start])
    after = _WORD_AFTER.match(text[m.end : m.end + 40])
    candidates = []
    if before:
        candidates += [f"{before.group(1)} {span}", f"{before.group(1)} {words[0]}"]
    if after:
        candidates += [f"{span} {after.group(1)}", f"{words[-1]} {after.group(1)}"]
    if len(words) >= 2 and not first_name_or_initials(span):
        candidates.append(span)
    return any(is_place(c) or (" " in c and is_street(c)) for c in candidates)


# A company's legal form or family-business suffix in the span: "… & Zonen B.V.", "X Holding".
_COMPANY_SUFFIX = re.compile(r"(?<!\w)(?:B\.\s?V\.?|N\.\s?V\.?|V\.O\.F\.?|C\.V\.|U\.A\.|GmbH|Ltd|Holding|&\s*(?:Zn|Zonen|Co)\b)(?!\w)")


@rule("person.not_a_person", EntityType.PERSON)
def _not_a_person(ctx: Context) -> Outcome | None:
    """A law, a street, an acronym, a company, a public body or a place is no person, whoever
    found it: the model's guess is kept readable, a cue-based finding goes to the officer."""
    from ..detect.plausibility import why_implausible
    from .evidence import first_name_or_initials, lexical_evidence
    from .knowledge import not_a_person

    if any(f.detector in _SPREAD_DETECTORS for f in ctx.mention.findings):
        spread = {f.text for f in ctx.mention.findings if f.detector in _SPREAD_DETECTORS}
        if ctx.text in spread or not _COMPANY_SUFFIX.search(ctx.text):
            return None  # holds a form of a person whose seed passed these tests already
        # "Bouwbedrijf De Kok & Zonen B.V.": a company named after someone is a company, even
        # where that someone's family name is redacted elsewhere
        return Outcome(Reason.NOT_A_PERSON, Action.KEEP, detail="company_named_after_a_person")
    m = ctx.mention
    if ctx.layout is not None and any(
        c.header_page == m.page and c.header_start <= m.start < c.header_end for c in ctx.layout.columns
    ):  # a table's header cell ("Steller", "Behandelaar") names a column, not a person
        return Outcome(Reason.NOT_A_PERSON, Action.KEEP if weak_only(ctx) else Action.REVIEW, detail="heading")
    if ctx.layout is not None and weak_only(ctx) and _in_non_person_cell(ctx) and not _lexical(ctx.text):
        return Outcome(Reason.NOT_A_PERSON, Action.KEEP, detail="column")
    text = ctx.text
    if weak_only(ctx) and _part_of_a_place(ctx):
        return Outcome(Reason.NOT_A_PERSON, Action.KEEP, detail="place")
    why = why_implausible(text, ctx.line_before)
    if why not in _NOT_A_PERSON:
        flat = " ".join(text.split())
        core = _LEADING_PARTICLES.sub("", flat)
        why = Implausibility.KNOWN_ORGANISATION if core and not_a_person(core, place=core == flat) else None
    if why is None:
        return None
    if why is Implausibility.KNOWN_ORGANISATION and " " not in core.strip() and "-" not in core and "," not in core:
        if lexical_evidence(text):
            return None  # one word that is a place and a family name ("Hardenberg"): a name where it looks like one
    elif lexical_evidence(text) and (why is not Implausibility.KNOWN_ORGANISATION or first_name_or_initials(text)):
        return None  # knowledge of places and bodies yields only to a first name or initials
    if weak_only(ctx):
        return Outcome(Reason.NOT_A_PERSON, Action.KEEP, detail=why.name.lower())
    return Outcome(Reason.IMPLAUSIBLE_NAME, Action.REVIEW, detail=why.name.lower())


@rule("person.implausible", EntityType.PERSON)
def _implausible(ctx: Context) -> Outcome | None:
    if normalize_name(ctx.text) in ctx.knowledge.person_variants:
        return None
    why = implausibility(ctx.mention, ctx.line_before)
    if why is None:
        return None
    if why in _PLAINLY_WORDS:  # "Informatieverplichtingen", "Bluetooth Low": no name at all
        return Outcome(Reason.NOT_A_PERSON, Action.KEEP, detail=why.name.lower())
    return Outcome(Reason.IMPLAUSIBLE_NAME, Action.REVIEW, detail=why.name.lower())


_PLAINLY_WORDS = frozenset({Implausibility.ONLY_ORDINARY_WORDS, Implausibility.NO_NAME_WORDS})


@rule("person.role", EntityType.PERSON)
def _in_role(ctx: Context) -> Outcome | None:
    m, roles = ctx.mention, ctx.policy.role_words
    if signs_on_behalf(ctx.page_text, m.start, m.end):
        return None  # "namens de burgemeester,⏎İ. Karataş": a civil servant under mandate
    if is_in_role(ctx.page_text, m.start, m.end, roles) or role_above(ctx.page_text, m.start, roles):
        return Outcome(Reason.PUBLIC_OFFICIAL_ROLE, Action.KEEP)
    if ctx.layout is not None and _under_role_label(ctx.layout, m.page, m.start, roles):
        return Outcome(Reason.PUBLIC_OFFICIAL_ROLE, Action.KEEP, detail="role_label")
    if _last_header_cell_is_a_role(ctx.page_text, m.start, m.end, roles):
        return Outcome(Reason.PUBLIC_OFFICIAL_ROLE, Action.KEEP, detail="role_label")
    return None


_NAMES_ONLY = re.compile(r"^[\s/&,]*(?:(?:[A-Z]\.\s?)+[\w'’ -]+?|[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,3})(?:\s*[/&,]\s*(?:(?:[A-Z]\.\s?)+[\w'’ -]+?|[A-Z][\w'’-]+(?:\s+[\w'’-]+){0,3}))*\s*$")


def _last_header_cell_is_a_role(text: str, start: int, end: int, roles: Sequence[str]) -> bool:
    """A form's header row of labels whose last cell names an office, and below it the values,
    the last of them the names alone on their line: "Datum⇥Kenmerk⇥Gedeputeerde(n)⏎16.07.2024⇥
    2024-01⏎⏎T.A. Jansen / E.G. Smit" (a value row the layout cannot align)."""
    from .roles import is_role_label

    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    line = text[ls : len(text) if le < 0 else le]
    if "\t" in line or not _NAMES_ONLY.match(line):
        return False
    pos = ls
    for _ in range(4):
        if pos <= 0:
            return False
        prev = text.rfind("\n", 0, pos - 1) + 1
        row = text[prev : pos - 1]
        # cells split by tabs, or (a text layer without them) by spaces: the last label is a word
        cells = [c.strip() for c in (row.split("\t") if "\t" in row else row.split()) if c.strip()]
        if len(cells) >= 2:
            if is_role_label(cells[-1], roles):
                return True
            if not any(is_role_label(c, roles) for c in cells):
                pos = prev
                continue  # a value row ("16.07.2024⇥2024-015664"): the header is higher up
            return False
        pos = prev
    return False


def _under_role_label(layout: LayoutModel, page: int, offset: int, roles: Sequence[str]) -> bool:
    """The table column or form field the name stands in is headed by an office
    ("Gedeputeerde(n)", "Portefeuillehouder", "Wethouders"): its names hold that office."""
    from .roles import is_role_label

    column = layout.column_header_at(page, offset)
    if column is not None and is_role_label(column.header, roles):
        return True
    field = layout.field_label_at(page, offset)
    return field is not None and is_role_label(field.label, roles)


@rule("person.party_affiliation", EntityType.PERSON)
def _party(ctx: Context) -> Outcome | None:
    """'de heer X (CDA)', 'VVD: mevrouw X en de heren Y en Z': a representative of a party."""
    m = ctx.mention
    if party_follows(ctx.page_text, m.end) or PARTY_LINE_HEAD.match(ctx.line_before):
        return Outcome(Reason.PUBLIC_OFFICIAL_PARTY, Action.KEEP)
    return None


@rule("person.parliamentary_genre", EntityType.PERSON)
def _parliamentary(ctx: Context) -> Outcome | None:
    """In a Kamerstuk or Handelingen people are named in their public role, unless the sentence
    says they are a private person (an inspreker, a citizen, a patient)."""
    if ctx.genre is not Genre.PARLIAMENTARY:
        return None
    m = ctx.mention
    if PRIVATE_CUES.search(_sentence_of(ctx.page_text, m.start, m.end, _SENTENCE_END, floor=0)):
        return None
    return Outcome(Reason.PUBLIC_PERSON_GENRE, Action.KEEP)


_CANDIDATE = re.compile(r"\bkandida(?:at|ten|tenlijst|tenlijsten)\b", re.IGNORECASE)
_VOTES = re.compile(r"\b(?:stemmen|voorkeurstemmen|uitgebrachte\s+stemmen|lijst\s*\d+|lijstnummer)\b", re.IGNORECASE)
_PARTY_WORD = re.compile(r"(?<![\w-])(?:" + PARTY + r")(?![\w-])")


@rule("person.election_candidate", EntityType.PERSON)
def _election_candidate(ctx: Context) -> Outcome | None:
    """A page of candidate lists or election results (candidates, votes, several parties)
    names people who stood for election: the Kieswet makes their candidacy public."""
    if not _election_page(ctx.page_text):
        return None
    return Outcome(Reason.PUBLIC_PERSON_GENRE, Action.KEEP, detail="election_list")


@functools.lru_cache(maxsize=512)
def _election_page(text: str) -> bool:
    """Candidates, votes and two or more parties on one page (a property of the page: cached)."""
    if not (_CANDIDATE.search(text) and _VOTES.search(text)):
        return False
    return len({m.group().casefold() for m in _PARTY_WORD.finditer(text)}) >= 2


_ACADEMIC_TITLE = re.compile(r"\b(?:prof|dr|drs|ir|mr)\.?\s*(?:(?:dr|ir|mr|drs)\.?\s*)*$", re.IGNORECASE)
_RESEARCH_BODY = re.compile(
    r"^\s*[,(–-]\s*(?:\w+\s+){0,3}?(?:Universiteit|University|Hogeschool|Instituut|Institute|Rathenau|TU\b|UMC|"
    r"Planbureau|KNAW|Academie|Erasmus MC|RIVM|TNO|CPB|SCP|PBL|WRR|hoogleraar|lector|bijzonder hoogleraar)",
)


@rule("person.expert_affiliation", EntityType.PERSON)
def _expert(ctx: Context) -> Outcome | None:
    """'Prof.dr. X, Universiteit Twente': an expert named as the author of public work."""
    m = ctx.mention
    le = ctx.page_text.find("\n", m.end)
    after = ctx.page_text[m.end : len(ctx.page_text) if le == -1 else le]
    if _ACADEMIC_TITLE.search(ctx.line_before) and _RESEARCH_BODY.match(after):
        return Outcome(Reason.PUBLIC_EXPERT, Action.KEEP)
    if _PROFESSOR.search(ctx.line_before) and not PRIVATE_CUES.search(_sentence_of(ctx.page_text, m.start, m.end)):
        # "Prof. Van Dam nam deel aan de sessie": a professor is named in the public academic role
        return Outcome(Reason.PUBLIC_EXPERT, Action.KEEP, detail="professor")
    return None


_PROFESSOR = re.compile(r"\b(?:prof|professor|hoogleraar)\.?\s*(?:(?:dr|ir|mr|drs)\.?\s*)*$", re.IGNORECASE)


@rule("person.cited_author", EntityType.PERSON)
def _cited_author(ctx: Context) -> Outcome | None:
    """"Bakker et al. 2021", "(Hendriks, 2019)", "A. Smit en B. de Wit, 2018 - ‘Titel’": the
    author of public work, named by the publication itself."""
    from .citations import is_cited_author

    if is_cited_author(ctx.page_text, ctx.mention.start, ctx.mention.end):
        return Outcome(Reason.PUBLIC_AUTHOR, Action.KEEP)
    return None


@rule("person.officials_list", EntityType.PERSON)
def _officials_list(ctx: Context) -> Outcome | None:
    norm = normalize_name(ctx.text)
    if any(norm == normalize_name(n) or norm in variant_norms(n) for n in ctx.policy.official_names):
        return Outcome(Reason.PUBLIC_OFFICIAL_LIST, Action.KEEP)
    return None


@rule("person.seen_in_role", EntityType.PERSON)
def _seen_in_role(ctx: Context) -> Outcome | None:
    if ctx.policy.officials_outside_role == "keep" and normalize_name(ctx.text) in ctx.knowledge.official_names:
        return Outcome(Reason.PUBLIC_OFFICIAL_SEEN_IN_ROLE, Action.KEEP)
    return None


@rule("person.no_name_evidence", EntityType.PERSON)
def _no_name_evidence(ctx: Context) -> Outcome | None:
    """Capitalised words only the model (or a weak cue) calls a person, with no name evidence of
    their own — no listed first or family name, no initials before a family name, not two rare
    words ("Abacus", "Grip op Wind", "A. Aanpak Abacus"): a proposal for the officer, never an
    automatic box (nor a seed)."""
    from .evidence import is_noisy_text, lexical_evidence, only_known_words

    if not weak_only(ctx) or lexical_evidence(ctx.text):
        return None
    words = [w for w in ctx.text.split() if w.casefold() not in ("de", "het", "van", "der", "den")]
    if len(words) == 1:
        word = words[0].strip(".,;:()'\"’")
        if len(word) <= 2 or word.casefold() in ctx.doc_words:
            # "D.", "Deze", "Dan": an initial alone, or a word this document writes in lower case
            return Outcome(Reason.NOT_A_PERSON, Action.KEEP, detail=Implausibility.ORDINARY_WORD_IN_DOCUMENT.name.lower())
    if only_known_words(ctx.text):
        # "Telemetrie", "Rechtsgrond", "A. Beschrijving": words of a dictionary and on no name
        # list are no person; the officer's queue is for what might be one.
        return Outcome(Reason.NOT_A_PERSON, Action.KEEP, detail=Implausibility.ONLY_ORDINARY_WORDS.name.lower())
    if is_noisy_text(ctx.page_text):
        # On a page of OCR noise ("Svavrg", "Thlste") a string with no name evidence of its own is
        # the noise itself: queuing every fragment would bury what the officer must see.
        return Outcome(Reason.NOISY_TEXT, Action.KEEP, detail=Implausibility.NOISY_TEXT.name.lower())
    why = Implausibility.SINGLE_UNKNOWN_WORD if len(words) == 1 else Implausibility.NO_NAME_EVIDENCE
    return Outcome(Reason.IMPLAUSIBLE_NAME, Action.REVIEW, detail=why.name.lower())


_DATE_WORD = re.compile(
    r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ma|Di|Wo|Do|Vr|Za|Zo)\.?,?"
)
_DATE_AFTER = re.compile(r"^[\s,.]*\d{1,4}[/.\- ]")


@rule("person.date_word", EntityType.PERSON)
def _date_word(ctx: Context) -> Outcome | None:
    """"Sent: Mon 9/28/2020", "Jan 5, 2021": a weekday or month abbreviation before a date is
    part of the date, whatever the name lists say ("Jan" before a family name stays a name)."""
    if not weak_only(ctx) or not _DATE_WORD.fullmatch(ctx.text.strip()):
        return None
    if not _DATE_AFTER.match(ctx.page_text[ctx.mention.end : ctx.mention.end + 12]):
        return None
    return Outcome(Reason.NOT_A_PERSON, Action.KEEP, detail="date")


@rule("person.noisy_text", EntityType.PERSON)
def _noisy_text(ctx: Context) -> Outcome | None:
    """On a page of OCR noise (a chart or a bad scan read as text) the model's capitalised
    strings and the name lists' hits are chance: a proposal for the officer, not a box."""
    from .evidence import is_noisy_text

    if weak_only(ctx) and is_noisy_text(ctx.page_text):
        return Outcome(Reason.IMPLAUSIBLE_NAME, Action.REVIEW, detail=Implausibility.NOISY_TEXT.name.lower())
    return None


@rule("person.lone_model_word", EntityType.PERSON)
def _lone_model_word(ctx: Context) -> Outcome | None:
    """One word that only the model calls a person ("door Corona", "op Julie site", OCR debris
    beside a box) and that is no form of anyone the document or the bundle names in full: the
    model guessed from the word alone. A first name on its own that belongs to a named person is
    a variant and spreads, and a common Dutch name (a first name given here, of any origin, or a
    frequent family name) stays a name; a word only the long lists of rare and international
    names know goes to the officer, not into a box."""
    if not _found_only_by(ctx, MODEL_DETECTORS):
        return None
    words = [w.strip(".,;:()'\"’") for w in ctx.text.split() if w.strip(".,;:()'\"’")]
    if len(words) != 1 or normalize_name(ctx.text) in ctx.knowledge.person_variants:
        return None
    if gz.is_common_dutch_name(words[0]):
        return None  # "door Marieke ingevuld": a name given here, in a sentence about someone
    if gz.is_first_name(words[0]) and _person_context(ctx):
        return None  # "Volgens Oluwaseun klopt dat", "Adaeze meldt": a first name of any origin, used of someone
    return Outcome(Reason.IMPLAUSIBLE_NAME, Action.REVIEW, detail=Implausibility.LONE_MODEL_WORD.name.lower())


# Words around a lone first name that use it of someone: a preposition that takes a person before
# it, or a verb of saying or doing after it.
_PERSON_BEFORE = re.compile(r"\b(?:volgens|door|met|namens|collega|aan|van|voor|bij|dat|en)\s*$", re.IGNORECASE)
_PERSON_AFTER = re.compile(
    r"^\s*(?:zegt|zei|meldt|meldde|geeft|gaf|vraagt|vroeg|stelt|stelde|heeft|had|is|was|belt|belde|mailt|mailde|"
    r"schrijft|schreef|vindt|vond|laat|liet|wil|wilde|kan|kon|gaat|ging|komt|kwam|neemt|nam|antwoordt|"
    r"reageert|reageerde|licht|bevestigt|bevestigde|voegt|adviseert|adviseerde)\b",
    re.IGNORECASE,
)


def _person_context(ctx: Context) -> bool:
    m, text = ctx.mention, ctx.page_text
    return bool(_PERSON_BEFORE.search(text[max(0, m.start - 20) : m.start]) or _PERSON_AFTER.match(text[m.end : m.end + 20]))


@rule("person.ordinary_word_in_document", EntityType.PERSON)
def _ordinary_word_in_document(ctx: Context) -> Outcome | None:
    """A single capitalised word the document itself also writes in lower case ("Lessen voor
    ...", "Tip:", "door Corona" next to "corona") is that word at a sentence start or in a
    heading, not a person, unless a cue or a seeded person says otherwise."""
    words = [w.strip(".,;:()'\"’") for w in ctx.text.split()]
    if len(words) != 1 or not weak_only(ctx):
        return None
    word = words[0]
    if len(word) >= 3 and word[:1].isupper() and word.casefold() in ctx.doc_words:
        return Outcome(Reason.IMPLAUSIBLE_NAME, Action.REVIEW, detail=Implausibility.ORDINARY_WORD_IN_DOCUMENT.name.lower())
    if len(word) >= 4 and word[:1].isupper() and _one_letter_off(word.casefold(), ctx.doc_words):
        # OCR dropped or added a letter of a word the document uses ("Julie site", "door Coron")
        return Outcome(Reason.IMPLAUSIBLE_NAME, Action.REVIEW, detail=Implausibility.ORDINARY_WORD_IN_DOCUMENT.name.lower())
    return None


_LETTERS = "abcdefghijklmnopqrstuvwxyzéëï"


def _one_letter_off(word: str, words: frozenset[str]) -> bool:
    """``word`` with one letter more or fewer is a word of ``words`` (what OCR does to a word)."""
    if any(word[:i] + word[i + 1 :] in words for i in range(len(word))):
        return True
    return any(word[:i] + c + word[i:] in words for i in range(len(word) + 1) for c in _LETTERS)


@rule("person.foreign_language_page", EntityType.PERSON)
def _foreign_language_page(ctx: Context) -> Outcome | None:
    """On an English page the model's capitalised words are mostly terms: name evidence needed."""
    from .evidence import lexical_evidence, page_is_english

    if weak_only(ctx) and page_is_english(ctx.page_text) and not lexical_evidence(ctx.text):
        return Outcome(Reason.IMPLAUSIBLE_NAME, Action.REVIEW, detail=Implausibility.FOREIGN_LANGUAGE.name.lower())
    return None


# --------------------------------------------------------------------------- contact data


@rule("email.generic_mailbox", EntityType.EMAIL)
def _generic_mailbox(ctx: Context) -> Outcome | None:
    from ..detect.recognizers.email import is_generic_mailbox

    if ctx.policy.keep_generic_mailboxes and is_generic_mailbox(ctx.text.replace("\n", "")):
        return Outcome(Reason.GENERIC_MAILBOX, Action.KEEP)
    return None


@rule("email.function_mailbox", EntityType.EMAIL)
def _function_mailbox(ctx: Context) -> Outcome | None:
    from ..detect.recognizers.email import split_email

    local, domain = split_email(ctx.text.replace("\n", ""))
    if (
        ctx.policy.keep_generic_mailboxes
        and domain
        and not _any_private(ctx)
        and contacts.is_function_mailbox(local)
        and not _initials_beside_a_person(ctx, local)
    ):
        return Outcome(Reason.FUNCTION_MAILBOX, Action.KEEP)
    return None


def _initials_beside_a_person(ctx: Context, local: str) -> bool:
    """``tvu@`` on the row of a named person is that person's initials, not a team ``OOV@``:
    a short local part counts as a team's only when the page writes it as an acronym
    ("team OOV") or no person stands on the same line."""
    lp = local.strip()
    if len(lp) > 4 or not lp.isalpha() or lp.casefold() in contacts.FUNCTION_WORDS:
        return False
    if re.search(r"(?<!\w)" + re.escape(lp.upper()) + r"(?!\w)", ctx.page_text):
        return False
    m = ctx.mention
    ls = ctx.page_text.rfind("\n", 0, m.start) + 1
    le = ctx.page_text.find("\n", m.end)
    le = len(ctx.page_text) if le == -1 else le
    return any(ls <= s and e <= le for s, e in ctx.persons)


def _any_private(ctx: Context) -> bool:
    """A consumer mail domain in any finding of the mention: a detector that joined the next
    line onto the address ("jan@live.nl.⏎Saskia") must not turn it into an organisation's."""
    from ..detect.recognizers.email import is_private_domain, split_email

    return any(is_private_domain(split_email(f.text.replace("\n", ""))[1]) for f in ctx.mention.findings)


@rule("email.organisation_domain", EntityType.EMAIL)
def _organisation_domain(ctx: Context) -> Outcome | None:
    """A person's address at an organisation loses its local part; the domain stays readable."""
    from ..detect.recognizers.email import split_email

    text = ctx.text
    _local, domain = split_email(text.replace("\n", ""))
    pol = ctx.policy
    if pol.keep_organisation_domain and domain and not _any_private(ctx) and domain.casefold().rstrip(".") not in pol.private_domains:
        return Outcome(Reason.ORGANISATION_DOMAIN_KEPT, end=ctx.mention.start + text.index("@") + 1)
    return None


_REPOSITORY_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)/(?P<owner>[^/\s?#]+)/[^/\s?#]+",
    re.IGNORECASE,
)


@rule("url.repository", EntityType.URL)
def _repository_url(ctx: Context) -> Outcome | None:
    """A link into a code repository ("github.com/<owner>/<project>/...") cites a project, as a
    report cites a paper; the owner may be an organisation or a person, so the officer decides.
    An owner that is a known public organisation keeps it readable."""
    from .knowledge import not_a_person_word

    mt = _REPOSITORY_URL.match(ctx.text)
    if mt is None:
        return None
    if not_a_person_word(mt.group("owner")):
        return Outcome(Reason.ORGANISATION_CONTACT, Action.KEEP, detail="repository_owner")
    return Outcome(Reason.REPOSITORY_URL, Action.REVIEW)


@rule("phone.service_number", EntityType.PHONE)
def _service_number(ctx: Context) -> Outcome | None:
    from ..detect.recognizers.phone import is_service_number

    if ctx.policy.keep_service_numbers and is_service_number(ctx.text):
        return Outcome(Reason.SERVICE_NUMBER, Action.KEEP)
    return None


# A desk of an organisation that the public calls ("het Meldpunt", "de Servicedesk").
_DESK = re.compile(r"\b(?:meldpunt|servicedesk|helpdesk|klantcontactcentrum|informatiepunt|infolijn|publieksvoorlichting|"
                   r"klantenservice|frontoffice|loket|callcenter|persvoorlichting|woordvoering)\w*", re.IGNORECASE)
_CALL_ON = re.compile(r"[\s,)]*(?:(?:telefonisch\s+)?(?:bereikbaar\s+)?(?:op|via)(?:\s+(?:het\s+)?(?:telefoon)?nummer)?|:|tel\.?:?)\s*$",
                      re.IGNORECASE)


@rule("phone.organisation_named_before", EntityType.PHONE)
def _organisation_named_before(ctx: Context) -> Outcome | None:
    """"contact opnemen met het Meldpunt van de Autoriteit Persoonsgegevens op 088 …": a number
    given as the way to reach a public organisation or its desk, named right before it."""
    from .knowledge import organisation_mentions

    text, m = ctx.page_text, ctx.mention
    back = max(0, m.start - 200)
    ends = [mt.end() for mt in _PERIOD.finditer(text, back, m.start)]
    clause = text[ends[-1] if ends else back : m.start]
    if not _CALL_ON.search(clause):
        return None  # the number is not given as the way to reach someone
    if any(_CALL_ON.fullmatch(clause[e:]) for _, e in organisation_mentions(clause)):
        return Outcome(Reason.ORGANISATION_CONTACT, Action.KEEP, detail="organisation_named_before")
    desks = list(_DESK.finditer(clause))
    if desks and len(clause) - desks[-1].end() <= 80:
        return Outcome(Reason.ORGANISATION_CONTACT, Action.KEEP, detail="organisation_named_before")
    return None


@rule("phone.switchboard", EntityType.PHONE)
def _switchboard(ctx: Context) -> Outcome | None:
    if ctx.policy.keep_switchboard_numbers and contacts.is_switchboard_number(ctx.text):
        return Outcome(Reason.SWITCHBOARD_NUMBER, Action.KEEP)
    return None


@rule("iban.organisation_account", EntityType.IBAN)
def _organisation_account(ctx: Context) -> Outcome | None:
    if ctx.policy.keep_organisation_accounts and contacts.is_organisation_account(ctx.text, ctx.page_text, ctx.mention.start):
        return Outcome(Reason.ORGANISATION_ACCOUNT, Action.KEEP)
    return None


@rule("postcode.postbus", EntityType.POSTCODE)
def _postbus(ctx: Context) -> Outcome | None:
    if ctx.policy.keep_postbus and contacts.is_postbus_postcode(ctx.page_text, ctx.mention.start):
        return Outcome(Reason.POSTBUS, Action.KEEP)
    return None


@rule("noise.review", EntityType.POSTCODE, EntityType.ADDRESS, EntityType.HEALTH)
def _address_in_noise(ctx: Context) -> Outcome | None:
    """On a page of OCR noise "2021 oe", "Thuisbemonstering 1273" or "Aaralklachten" is chance,
    not an address or someone's health: the officer looks at it."""
    from .evidence import is_noisy_text

    if is_noisy_text(ctx.page_text):
        return Outcome(Reason.NOISY_TEXT, Action.REVIEW)
    return None


@rule("address.organisation_address", EntityType.POSTCODE, EntityType.ADDRESS)
def _organisation_address(ctx: Context) -> Outcome | None:
    if contacts.is_org_address(ctx.page_text, ctx.mention.start):
        return Outcome(Reason.ORGANISATION_ADDRESS, Action.KEEP)
    return None


@rule("address.business_form_section", EntityType.POSTCODE, EntityType.ADDRESS)
def _business_form_section(ctx: Context) -> Outcome | None:
    """An address in a form section for a business ("Adresgegevens gemachtigd bedrijf",
    "Vestigingsgegevens") is the business's, not a person's home."""
    if contacts.in_organisation_form_section(ctx.page_text, ctx.mention.start):
        return Outcome(Reason.ORGANISATION_ADDRESS, Action.KEEP, detail="business_form_section")
    return None


_CONTACT_TYPES = (EntityType.PHONE, EntityType.POSTCODE, EntityType.ADDRESS, EntityType.IBAN, EntityType.URL)
# A contact label on the same line ("Bezoekadres", "Postbus", "T 030 ...", "www.") ...
_ORG_CONTACT_CUE = re.compile(
    r"\b(?:bezoekadres|postadres|postbus|antwoordnummer|www\.|telefoon(?:nummer)?\s*(?:algemeen)?\s*:|KvK|"
    r"pers(?:nummer|dienst|voorlichting|telefoon|lijn)|woordvoering|klantcontact(?:centrum)?|servicedesk|"
    r"algemeen\s+(?:tele)?(?:foon)?nummer|B\.V\.|N\.V\.)|"
    r"(?:^|\n)\s*[TF]\s?[:.]?\s?(?:\+31|0)\d",
    re.IGNORECASE,
)
# The same cues where a label stands anywhere: "Telefoon:" labels a citizen's number on a form as
# well, so only the letterhead reads it as the organisation's.
_ORG_LABEL_CUE = re.compile(_ORG_CONTACT_CUE.pattern.replace(r"telefoon(?:nummer)?\s*(?:algemeen)?\s*:|", ""), re.IGNORECASE)
# ... or a short line right above that names a public body.
_ORG_NAME_LINE = re.compile(
    r"\b(?:gemeente|provincie|ministerie|waterschap|hoogheemraadschap|rijksdienst|inspectie|agentschap|"
    r"stadhuis|gemeentehuis|provinciehuis|stadskantoor)\b|" + _ORG_CONTACT_CUE.pattern,
    re.IGNORECASE,
)


def _cue_without_person(ctx: Context, before: str, cue_rx: re.Pattern[str]) -> bool:
    """An organisation's contact cue in ``before`` (the text right before the mention) with no
    person named between it and the mention: "X B.V., coördinator Karel Smeets, 030 …" is his."""
    cues = list(cue_rx.finditer(before))
    if not cues:
        return False
    start = ctx.mention.start
    cue_at = start - len(before) + cues[-1].end()
    return not any(cue_at <= s and e <= start for s, e in ctx.persons)


@rule("contact.organisation_block", *_CONTACT_TYPES)
def _organisation_block(ctx: Context) -> Outcome | None:
    """A letterhead that names an organisation, or a header or footer repeated on the pages:
    the numbers and addresses in it are the sender's, not a person's."""
    if ctx.layout is None:
        return None
    kind = ctx.layout.block_at(ctx.mention.page, ctx.mention.start)
    if kind in (BlockKind.RUNNING_HEADER, BlockKind.RUNNING_FOOTER):
        return Outcome(Reason.ORGANISATION_CONTACT, Action.KEEP)
    if kind is BlockKind.LETTERHEAD:
        # The top of a citizen's letter is a letterhead too: only lines that themselves name
        # the organisation's contact role count ("Bezoekadres", "Postbus", "T 030 ...", "www.").
        text, start = ctx.page_text, ctx.mention.start
        if _is_mobile(ctx):
            return None  # a mobile number is someone's own, whatever block it stands in
        ls = text.rfind("\n", 0, start) + 1
        before = re.split(r"[.;!?]\s", text[ls:start])[-1]  # this clause of the line
        above = text[text.rfind("\n", 0, max(0, ls - 1)) + 1 : max(ls - 1, 0)] if ls else ""
        if _cue_without_person(ctx, before, _ORG_CONTACT_CUE) or (len(above) < 40 and _ORG_NAME_LINE.search(above)):
            return Outcome(Reason.ORGANISATION_CONTACT, Action.KEEP)
    return None


@rule("contact.labelled", *_CONTACT_TYPES)
def _labelled(ctx: Context) -> Outcome | None:
    """"Algemeen persnummer 055 …", "Bezoekadres: …", "KvK … IBAN …": a label that only an
    organisation's contact data carries, in the same clause right before it."""
    text, start = ctx.page_text, ctx.mention.start
    if _is_mobile(ctx):
        return None  # "Telefoon: 06-…" on a form, "coördinator X, 06 …": a mobile is someone's own
    ls = text.rfind("\n", 0, start) + 1
    lo = max(ls, start - 60)
    before = re.split(r"[.;!?]\s|\s[|·•]\s", text[lo:start])[-1]
    if _cue_without_person(ctx, before, _ORG_LABEL_CUE):
        return Outcome(Reason.ORGANISATION_CONTACT, Action.KEEP)
    # An account printed under the organisation's trade-register number ("KvK 51048329⏎IBAN …"):
    # only a business has a KvK number in its own contact block. (Reading further up is unsafe:
    # a citizen's address block sits right under the letterhead of a letter sent to them.)
    if ctx.mention.entity is EntityType.IBAN and ls > 0:
        prev = text[text.rfind("\n", 0, ls - 1) + 1 : ls - 1]
        if re.match(r"\s*(?:KvK|BTW|Kamer van Koophandel)\b", prev, re.IGNORECASE):
            return Outcome(Reason.ORGANISATION_CONTACT, Action.KEEP)
    return None


_MOBILE = re.compile(r"^(?:\+31|0031|0)?6\d{8}$")


def _is_mobile(ctx: Context) -> bool:
    """A Dutch mobile number: someone's own, whatever block or label it stands in."""
    return ctx.mention.entity is EntityType.PHONE and _MOBILE.match(re.sub(r"[\s().-]", "", ctx.text)) is not None


@rule("contact.organisation_lines", EntityType.PHONE, EntityType.POSTCODE, EntityType.ADDRESS, EntityType.IBAN)
def _organisation_lines(ctx: Context) -> Outcome | None:
    """A block of short contact lines with a website, a Postbus, a legal form or a business
    ("KWINK groep | 070 … | Nassaulaan 1 | www.…", "Coöperatie … U.A.⏎Dorpsweg 4⏎…") and no
    person's name in it is an organisation's colophon or letterhead, not a person's data."""
    m = ctx.mention
    if _is_mobile(ctx):
        return None  # a mobile number in a block of contact lines is someone's own
    block = contacts.contact_block(ctx.page_text, m.start, m.end)
    if block is None:
        return None
    lo, hi = block
    for _ in range(3):  # a signature's name may head the block from a few lines higher up
        prev = ctx.page_text.rfind("\n", 0, max(0, lo - 1)) + 1
        if prev == lo or contacts.is_addressee_line(ctx.page_text[prev : max(prev, lo - 1)]):
            break  # the addressee of a letter is not who the sender's lines belong to
        lo = prev
    if _person_within(ctx, lo, hi):
        return None  # a signature: the lines are someone's
    return Outcome(Reason.ORGANISATION_CONTACT, Action.KEEP, detail="contact_block")


@rule("contact.organisation_register", EntityType.PHONE, EntityType.POSTCODE, EntityType.ADDRESS)
def _organisation_register(ctx: Context) -> Outcome | None:
    """A switchboard or visiting/postal address the shipped register lists for a public body."""
    from .knowledge import owns_contact

    m, text = ctx.mention, ctx.page_text
    # The address around it: this line up to the mention's end, and the next line when the
    # postcode sits there ("Parnassusplein 5⏎2511 VX Den Haag").
    ls = text.rfind("\n", 0, m.start) + 1
    nl = text.find("\n", m.end)
    nl2 = text.find("\n", nl + 1) if nl != -1 else -1
    context = text[ls : (nl2 if nl2 != -1 else len(text)) if m.entity is EntityType.ADDRESS else m.end]
    if owns_contact(m.entity.value, ctx.text, context):
        return Outcome(Reason.ORGANISATION_CONTACT, Action.KEEP)
    return None


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_PERIOD = re.compile(r"[.!?](?=\s)|\n\s*\n")
_ORG_LINK = re.compile(r"\s+(?:van|bij|namens|uit|voor|(?=\())\s*")

RULES: tuple[Rule, ...] = tuple(_REGISTRY)


def rule_names() -> list[str]:
    """Every decision rule's name, in the order they run: what ``[rules] disabled`` may list."""
    return [r.name for r in RULES]


def first_outcome(ctx: Context) -> Outcome | None:
    """The outcome of the first enabled rule that settles this mention."""
    for r in RULES:
        if r.applies(ctx):
            out = r.fn(ctx)
            if out is not None:
                return out
    return None
