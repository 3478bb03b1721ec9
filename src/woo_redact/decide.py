"""Decide per finding: redact, review or keep, under which Woo ground, and why.

Pure functions over frozen dataclasses. The rules a Woo team expects:

- each entity type gets the ground and action the policy names; scores below a detector's
  threshold are kept (and say so);
- a lakcode already printed in the input is a pre-existing redaction, never personal data;
- people acting in a public office (``wethouder Hester van Buren``, ``Peter Teesink,
  gemeentesecretaris``, names on the policy's officials list) stay readable;
- an organisation's e-mail address loses only its local part (``[5.1.2e]@amsterdam.nl``);
  generic mailboxes, service numbers and Postbus postcodes are kept;
- once a person is redacted, every variant of the name is redacted everywhere in the bundle
  (:class:`BundleKnowledge` carries that across documents).

Limits: role detection looks at the words right before or after a name on the same line; a
role mentioned in another sentence is not linked to the name.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from .policy import Policy
from .verify import is_name_cased_word
from .types import Action, Decision, Detection, Document, EntityType, Finding, PageText

# Higher wins when findings of different types overlap.
_PRIORITY: dict[EntityType, int] = {
    EntityType.EXISTING_CODE: 100,
    EntityType.EMAIL: 90,
    EntityType.URL: 85,
    EntityType.IBAN: 80,
    EntityType.BSN: 78,
    EntityType.CREDIT_CARD: 76,
    EntityType.PHONE: 74,
    EntityType.ID_NUMBER: 72,
    EntityType.LICENSE_PLATE: 70,
    EntityType.DATE_OF_BIRTH: 68,
    EntityType.IP_ADDRESS: 66,
    EntityType.ADDRESS: 60,
    EntityType.POSTCODE: 58,
    EntityType.KVK: 50,
    EntityType.BTW: 50,
    EntityType.HEALTH: 45,
    EntityType.MANUAL: 44,
    EntityType.PERSON: 40,
    EntityType.ORGANIZATION: 10,
    EntityType.LOCATION: 5,
}

_ORG_ADDRESS_CUES = (
    "bezoekadres", "postadres", "stadhuis", "gemeentehuis", "stadskantoor", "raadhuis",
    "provinciehuis", "postbus", "gemeentekantoor", "kantoor", "vestiging", "ministerie",
    "antwoordnummer", "afzender", "retouradres",
)


DENY_DETECTOR = "woo.denylist"


def finding_id(doc_sha: str, page: int, start: int, end: int, entity: EntityType) -> str:
    """Stable across reruns of the same input: hash of where and what, not of the text."""
    raw = f"{doc_sha}:{page}:{start}:{end}:{entity.value}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]


def to_findings(doc_sha: str, page: PageText, detections: Iterable[Detection]) -> list[Finding]:
    out = []
    for d in detections:
        out.append(
            Finding(
                id=finding_id(doc_sha, page.number, d.start, d.end, d.entity),
                page=page.number,
                start=d.start,
                end=d.end,
                text=page.text[d.start : d.end],
                entity=d.entity,
                score=d.score,
                detector=d.detector,
                explanation=d.explanation,
            )
        )
    return out


@functools.lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """Casefold, strip diacritics and punctuation, collapse spaces: for matching names."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = re.sub(r"[^\w]+", " ", t.casefold())
    return " ".join(t.split())


@dataclass
class BundleKnowledge:
    """What one document teaches about people, for the others in the bundle."""

    redacted_names: set[str] = field(default_factory=set)  # surface forms of redacted persons
    official_names: set[str] = field(default_factory=set)  # normalised names seen in a role

    def merge(self, other: BundleKnowledge) -> None:
        self.redacted_names |= other.redacted_names
        self.official_names |= other.official_names


# --------------------------------------------------------------------------- context tests


_ARTICLE_HEAD = re.compile(r"^(is\s+)?(de|het|onze|uw)\s+")
_ARTICLE_TAIL = re.compile(r"\b(de|het|onze|uw|onze)\s*$")


@functools.lru_cache(maxsize=64)
def _role_of_regex(role_words: tuple[str, ...]) -> re.Pattern[str]:
    # "wethouder van Financiën Jan de Vries", "minister van BZK, J. Jansen"
    alts = "|".join(map(re.escape, role_words)) or "(?!)"
    return re.compile(r"(?:" + alts + r")\s+(van|voor)\s+[\w&.\- ]{1,40}[,:]?\s*$")


def _role_before(line_before: str, role_words: Sequence[str]) -> bool:
    tail = line_before.rstrip().casefold()
    tail = _ARTICLE_TAIL.sub("", tail).rstrip()
    roles = tuple(role_words)
    return tail.endswith(roles) or _role_of_regex(roles).search(tail) is not None


def _role_after(line_after: str, role_words: Sequence[str]) -> bool:
    head = line_after.lstrip(" \t,(–-:").casefold()
    head = _ARTICLE_HEAD.sub("", head)
    roles = tuple(role_words)
    if not head.startswith(roles):  # the common case, in one call
        return False
    return any(head.startswith(rw) and (len(head) == len(rw) or not head[len(rw)].isalpha()) for rw in roles)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, (len(text) if le == -1 else le)


def is_in_role(page_text: str, start: int, end: int, role_words: Sequence[str]) -> bool:
    ls, le = _line_bounds(page_text, start, end)
    return _role_before(page_text[ls:start], role_words) or _role_after(page_text[end:le], role_words)


_SIGNATURE_ROLES = ("secretaris", "griffier", "voorzitter")


def _role_above(page_text: str, start: int, role_words: Sequence[str]) -> bool:
    """Signature columns of a college decision: "de secretaris,<tab>de burgemeester," above the names."""
    ls = page_text.rfind("\n", 0, start) + 1
    if ls == 0:
        return False
    above = page_text[: ls - 1].rsplit("\n", 1)[-1]
    cells = [re.sub(r"^(de|het)\s+|[,.:]+$", "", c.strip().casefold()).strip() for c in re.split(r"\t+", above)]
    cells = [c for c in cells if c]
    roles = set(role_words) | set(_SIGNATURE_ROLES)
    return bool(cells) and all(c in roles for c in cells)


_FUNCTION_LOCAL = re.compile(r"^[a-z][a-z-]*$")
# Function words that are also listed family names (Bestuur, Zorg, Werk ...): still functions.
_FUNCTION_WORDS = frozenset(
    "bestuur directie griffie raad college secretariaat toezicht handhaving vergunningen belastingen "
    "communicatie pers post receptie balie zorg wonen werk inkomen jeugd onderwijs sport cultuur milieu "
    "klachten bezwaar juridisch inkoop financien personeel ict facilitair beheer archief verkeer parkeren "
    "afval groen economie veiligheid welzijn or gemeente provincie bibliotheek".split()
)


def is_function_mailbox(local: str) -> bool:
    """An organisation mailbox named for a function, not a person: no initials, digits or names.

    ``toezicht@``, ``bestuur@``, ``oov@`` are functions; ``j.jansen@``, ``jan.jansen@``,
    ``mariekevdsluis@``, ``jansen2@`` are people.
    """
    from .detect import gazetteer as gz

    lp = local.casefold()
    if not _FUNCTION_LOCAL.match(lp):
        return False  # dots, underscores or digits: initials.surname and the like
    if lp in _FUNCTION_WORDS:
        return True
    if gz.is_surname(lp) or gz.is_first_name(lp):
        return False
    if len(lp) <= 3:
        return not gz.is_first_name(lp)  # "oov", "or", "kcc": acronyms of teams
    for n in range(4, len(lp) - 1):  # a first name glued to the rest: "mariekevdsluis"
        if gz.is_first_name(lp[:n]):
            return False
    for k in (1, 2, 3):  # initials glued to a surname: "jjansen", "pvandijk"
        rest = lp[k:]
        core = re.sub(r"^(van|vd|de|der|den|ter|ten|te)(?=[a-z]{4})", "", rest)
        if len(core) >= 4 and max(gz.surname_score(rest), gz.surname_score(core)) >= 0.7:
            return False
        if k <= 2 and len(core) >= 5 and gz.is_surname(core):
            return False
    return True


def is_switchboard_number(text: str) -> bool:
    """A landline whose number ends in 00: an organisation's main number, not a person's line."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and text.lstrip().startswith("+"):
        digits = "0" + digits[2:]
    return len(digits) == 10 and not digits.startswith("06") and digits.endswith("00")


_ORG_ACCOUNT_CUES = re.compile(
    r"(gemeente|provincie|ministerie|waterschap|rijksoverheid|belastingdienst|stichting|vereniging|"
    r"coöperatie|b\.v\.|n\.v\.)",
    re.IGNORECASE,
)


def is_organisation_account(iban: str, page_text: str, start: int) -> bool:
    """BNG Bank accounts (public bodies) and accounts named for an organisation just before them."""
    compact = re.sub(r"\s", "", iban).upper()
    if compact[4:8] == "BNGH":
        return True
    ls = page_text.rfind("\n", 0, start) + 1
    window = re.split(r"[.;:]\s|\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}", page_text[max(ls, start - 80) : start])[-1]
    return bool(_ORG_ACCOUNT_CUES.search(window))


def _is_org_address(page_text: str, start: int) -> bool:
    """An organisation's address: a cue earlier in the same sentence, or in the address block above."""
    ls = page_text.rfind("\n", 0, start) + 1
    before = re.split(r"[.;!?]\s", page_text[ls:start])[-1].casefold()
    if any(cue in before for cue in _ORG_ADDRESS_CUES):
        return True
    if before.strip():
        return False
    # Address block: the short line directly above ("Bezoekadres" / "Postadres").
    above = page_text[:ls].rstrip("\n").rsplit("\n", 1)[-1]
    return len(above) < 60 and any(cue in above.casefold() for cue in _ORG_ADDRESS_CUES)


def _is_postbus_postcode(page_text: str, start: int) -> bool:
    window = page_text[max(0, start - 40) : start].casefold()
    return bool(re.search(r"(postbus|antwoordnummer)\s*\d+\s*[,\n ]\s*$", window))


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True, slots=True)
class _Mention:
    """Overlapping findings of one type merged into one mention."""

    page: int
    start: int
    end: int
    entity: EntityType
    findings: tuple[Finding, ...]

    @property
    def score(self) -> float:
        return max(f.score for f in self.findings)


def _merge_same_type(findings: Sequence[Finding]) -> list[_Mention]:
    by_key: dict[tuple[int, EntityType], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((f.page, f.entity), []).append(f)
    mentions: list[_Mention] = []
    for (page, ent), group in by_key.items():
        group.sort(key=lambda f: (f.start, -f.end))
        cur: list[Finding] = []
        cs = ce = -1
        for f in group:
            if cur and f.start < ce:
                cur.append(f)
                ce = max(ce, f.end)
            else:
                if cur:
                    mentions.append(_Mention(page, cs, ce, ent, tuple(cur)))
                cur, cs, ce = [f], f.start, f.end
        if cur:
            mentions.append(_Mention(page, cs, ce, ent, tuple(cur)))
    mentions.sort(key=lambda m: (m.page, m.start, -_PRIORITY.get(m.entity, 0)))
    return mentions


def _decide_mention(m: _Mention, page_text: str, policy: Policy, knowledge: BundleKnowledge) -> list[Decision]:
    """One mention → one decision per underlying finding (same action, same span)."""
    rule = policy.rule(m.entity)
    text = page_text[m.start : m.end]
    action, ground, reason = rule.action, rule.ground, f"policy:{m.entity.value}"
    start, end = m.start, m.end
    best = max(m.findings, key=lambda f: f.score)
    thr = policy.threshold(best.detector)

    if best.detector == DENY_DETECTOR:
        action, ground, reason = Action.REDACT, best.explanation.rsplit(" ", 1)[-1], "denylist"
    elif m.score < thr:
        action, reason = Action.KEEP, f"below_threshold:{best.detector}"
    elif m.entity is EntityType.EXISTING_CODE:
        action, ground, reason = Action.KEEP, _existing_ground(text), "pre_existing_redaction"
    elif any(text.casefold() == t.casefold() for t in policy.allow_terms):
        action, reason = Action.KEEP, "allowlist"
    elif m.entity is EntityType.PERSON:
        norm = normalize_name(text)
        implausible = _model_only_implausible(m, page_text)
        trimmed = _trim_organisation_tail(page_text, m) if implausible.startswith("has_an_organisation") else None
        if trimmed is not None:
            end = trimmed  # "Roelof Hoving van Beheer Openbare Ruimte" → "Roelof Hoving"
            reason = "policy:PERSON:organisation_tail_trimmed"
        elif implausible:
            action, reason = Action.REVIEW, f"ner_implausible:{implausible}"
        elif is_in_role(page_text, m.start, m.end, policy.role_words) or _role_above(page_text, m.start, policy.role_words):
            action, reason = Action.KEEP, "public_official:role"
        elif _matches_official(norm, policy.official_names):
            action, reason = Action.KEEP, "public_official:list"
        elif policy.officials_outside_role == "keep" and norm in knowledge.official_names:
            action, reason = Action.KEEP, "public_official:seen_in_role"
    elif m.entity is EntityType.EMAIL:
        from .detect.recognizers.email import is_generic_mailbox, is_private_domain, split_email

        flat = text.replace("\n", "")  # an address wrapped over two lines
        local, domain = split_email(flat)
        if policy.keep_generic_mailboxes and is_generic_mailbox(flat):
            action, reason = Action.KEEP, "generic_mailbox"
        elif policy.keep_generic_mailboxes and domain and not is_private_domain(domain) and is_function_mailbox(local):
            action, reason = Action.KEEP, "function_mailbox"
        elif (
            policy.keep_organisation_domain
            and domain
            and not is_private_domain(domain)
            and domain.casefold() not in policy.private_domains
        ):
            end = start + text.index("@") + 1  # local part and "@"; the organisation's domain stays
            reason = "policy:EMAIL:organisation_domain_kept"
    elif m.entity is EntityType.PHONE:
        from .detect.recognizers.phone import is_service_number

        if policy.keep_service_numbers and is_service_number(text):
            action, reason = Action.KEEP, "service_number"
        elif policy.keep_switchboard_numbers and is_switchboard_number(text):
            action, reason = Action.KEEP, "switchboard_number"
    elif m.entity is EntityType.IBAN:
        if policy.keep_organisation_accounts and is_organisation_account(text, page_text, m.start):
            action, reason = Action.KEEP, "organisation_account"
    elif m.entity in (EntityType.POSTCODE, EntityType.ADDRESS):
        if m.entity is EntityType.POSTCODE and policy.keep_postbus and _is_postbus_postcode(page_text, m.start):
            action, reason = Action.KEEP, "postbus"
        elif _is_org_address(page_text, m.start):
            action, reason = Action.KEEP, "organisation_address"

    return [Decision(f, action, ground, reason, start, end) for f in m.findings]


def _existing_ground(text: str) -> str | None:
    """The canonical Woo ground of a lakcode already printed in the input (Wob codes mapped)."""
    from .grounds import Ground

    try:
        return Ground.parse(text).woo().code
    except ValueError:
        return None


_MODEL_DETECTORS = ("woo.ner",)
_WEAK_CUE_SCORE = 0.75  # the name detector's weakest cues ("teamleider X", "Surname, First")


def _weak(f: Finding) -> bool:
    return f.detector.startswith(_MODEL_DETECTORS) or (f.detector == "woo.names" and f.score <= _WEAK_CUE_SCORE)


def _model_only_implausible(m: _Mention, page_text: str) -> str:
    """Why a person backed only by the model or a weak cue is not plausibly a name ('' if it is)."""
    if not all(_weak(f) for f in m.findings):
        return ""
    from .detect.plausibility import plausible_person

    ls = page_text.rfind("\n", 0, m.start) + 1
    ok, why = plausible_person(page_text[m.start : m.end], page_text[ls : m.start])
    return "" if ok else why.replace(" ", "_")


_ORG_LINK = re.compile(r"\s+(?:van|bij|namens|uit|voor|(?=\())\s*")


def _trim_organisation_tail(page_text: str, m: _Mention) -> int | None:
    """End of the person part of "Name van <organisation>" when that part is itself a name."""
    from .detect.plausibility import plausible_person

    text = page_text[m.start : m.end]
    for link in _ORG_LINK.finditer(text):
        head = text[: link.start()]
        if head and plausible_person(head)[0] and len(head.split()) >= 2:
            return m.start + len(head)
    return None


def _matches_official(norm: str, names: Sequence[str]) -> bool:
    return any(norm == normalize_name(n) or norm in _variant_norms(n) for n in names)


@functools.lru_cache(maxsize=65536)
def _variants(name: str) -> frozenset[str]:
    from .detect.names import name_variants

    return frozenset(name_variants(name))


@functools.lru_cache(maxsize=65536)
def _variant_norms(name: str) -> frozenset[str]:
    return frozenset(normalize_name(v) for v in _variants(name))


@functools.lru_cache(maxsize=65536)
def _surname_keys(name: str) -> frozenset[str]:
    """Words of which one must occur for a name to be in a document: its family-name words
    (not particles, initials or first names), or all its words when it has no other."""
    from .detect import gazetteer as gz

    words = [w for w in re.findall(r"\w+", name.casefold()) if w not in _PARTICLES and len(w) > 1]
    family = [w for w in words if not gz.is_first_name(w)]
    return frozenset(family or words)


_PARTICLES = frozenset({"van", "de", "der", "den", "het", "t", "te", "ten", "ter", "in", "op", "el", "al", "bin"})


def decide(
    doc: Document,
    findings: Sequence[Finding],
    policy: Policy,
    knowledge: BundleKnowledge | None = None,
) -> list[Decision]:
    """All decisions for one document, including consistency and deny-list additions."""
    knowledge = knowledge or BundleKnowledge()
    pages = {p.number: p for p in doc.pages}
    findings = _join_wrapped_initials(doc.sha256, list(findings), pages) + _deny_findings(doc, policy)

    # Officials seen in a role anywhere in this document count for the whole document.
    local = BundleKnowledge(set(), set(knowledge.official_names))
    for f in findings:
        if f.entity is EntityType.PERSON and is_in_role(pages[f.page].text, f.start, f.end, policy.role_words):
            local.official_names |= _variant_norms(f.text)
    merged = BundleKnowledge(set(knowledge.redacted_names), local.official_names)

    decisions = _decide_all(findings, pages, policy, merged)
    if policy.consistency:
        names = set(merged.redacted_names) | {
            d.finding.text for d in decisions if d.finding.entity is EntityType.PERSON and d.action is Action.REDACT
        }
        extra = consistency_findings(doc, names, findings, policy, merged)
        if extra:
            findings = findings + extra
            decisions = _decide_all(findings, pages, policy, merged)
    decisions = _resolve_overlaps(decisions)
    more = propagation_findings(doc, decisions)
    if more:
        decisions = _resolve_overlaps(_decide_all(findings + more, pages, policy, merged))
    return decisions


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


def _join_wrapped_initials(doc_sha: str, findings: list[Finding], pages: Mapping[int, PageText]) -> list[Finding]:
    """Initials and surname on two lines are one name: a person found at the start of a line
    takes the initials that end the line before, and a person found as initials alone at the
    end of a line takes the surname that starts the next ("M.⏎Ouwerkerk")."""
    out: list[Finding] = []
    for f in findings:
        span = _wrapped_name_span(f, pages[f.page].text) if f.entity is EntityType.PERSON and f.page in pages else None
        if span is None:
            out.append(f)
            continue
        start, end, why = span
        det = Detection(start, end, f.entity, f.score, f.detector, f"{f.explanation}; {why}".lstrip("; "))
        out.extend(to_findings(doc_sha, pages[f.page], [det]))
    return out


def _wrapped_name_span(f: Finding, text: str) -> tuple[int, int, str] | None:
    """The whole name's span when ``f`` is half of one broken over two lines, else ``None``."""
    from .detect import gazetteer as gz

    if _ONLY_INITIALS.match(f.text.strip()) and text[f.end : f.end + 1] == "\n":
        m = _SURNAME_AT_LINE_START.match(text, f.end + 1)
        if m and (gz.is_surname(m.group(1)) or not gz.is_common_word(m.group(1))):
            return f.start, m.end(1), "surname on the next line"
    nl = text.rfind("\n", 0, f.start)
    if nl < 0 or text[nl + 1 : f.start].strip() or f.text[:1].islower():
        return None
    before = text[max(0, nl - 40) : nl]
    m = _INITIALS_AT_LINE_END.search(before)
    if m is None or _NOT_INITIALS_AFTER.search(before[: m.start(1)]):
        return None
    return nl - len(before) + m.start(1), f.end, "initials at the end of the line before"


def propagation_findings(doc: Document, decisions: Sequence[Decision]) -> list[Finding]:
    """Every other occurrence of a redacted string, matched the way verification reads it.

    Whatever is redacted in one place must not be readable in another (that is a leak, and
    verification would refuse the document), so each redacted string is looked for everywhere
    in the document: case-insensitive and across line breaks, except a single capitalised word
    (``Bakker`` or ``BAKKER``), which only matches with its capital or in capitals.
    """
    redacted: dict[str, tuple[EntityType, str]] = {}
    covered: dict[int, list[tuple[int, int]]] = {}
    for d in decisions:
        if d.action is Action.REDACT:
            covered.setdefault(d.finding.page, []).append((d.start, d.end))
            t = " ".join(doc.pages[d.finding.page].text[d.start : d.end].split()) if d.finding.page < len(doc.pages) else ""
            if len(t.replace(" ", "")) >= 3 and t not in redacted:
                redacted[t] = (d.finding.entity, d.finding.detector)
        elif d.action is Action.KEEP and d.reason.startswith(("public_official", "pre_existing")):
            covered.setdefault(d.finding.page, []).append((d.start, d.end))  # never propagate into these
    out: list[Finding] = []
    exact = {(page, s, e) for page, spans in covered.items() for s, e in spans}
    folded = [p.text.casefold() for p in doc.pages]
    for t, (entity, _det) in redacted.items():
        probe = t.split()[0].casefold()
        rx = _occurrence_regex(t)
        for page, low in zip(doc.pages, folded):
            if probe not in low:
                continue
            for mt in rx.finditer(page.text):
                s, e = mt.start(), mt.end()
                if (page.number, s, e) in exact:  # the redaction itself: by far the most common hit
                    continue
                if any(cs < e and s < ce for cs, ce in covered.get(page.number, ())):
                    continue
                det = Detection(s, e, entity, 1.0, "woo.propagate", "another occurrence of a string redacted elsewhere")
                out.extend(to_findings(doc.sha256, page, [det]))
                covered.setdefault(page.number, []).append((s, e))
    return out


@functools.lru_cache(maxsize=4096)
def _occurrence_regex(text: str) -> re.Pattern[str]:
    toks = text.split()
    body = r"[\s\u00ad]+".join(re.escape(t) for t in toks)
    bounded = text[:1].isalnum()
    right = r"(?!\w)" if text[-1:].isalnum() else ""
    if len(toks) == 1 and is_name_cased_word(text):
        body = re.escape(text[0]) + "(?:" + re.escape(text[1:].lower()) + "|" + re.escape(text[1:].upper()) + ")"
        return re.compile((_bounded_start(body, text[0], r"\w") if bounded else body) + right)
    return re.compile((_bounded_start(body, text[0], r"\w") if bounded else body) + right, re.IGNORECASE)


def _bounded_start(pattern: str, first: str, before: str) -> str:
    """``(?<!before)pattern``, with the assertion moved behind the pattern's first literal
    character: the regex engine then jumps between occurrences of that character instead of
    trying every position of the page (30 times faster on a page of text)."""
    esc = re.escape(first)
    if not pattern.startswith(esc):
        return f"(?<!{before})" + pattern
    return esc + f"(?<!{before}{esc})" + pattern[len(esc):]


def _decide_all(
    findings: Sequence[Finding], pages: Mapping[int, PageText], policy: Policy, knowledge: BundleKnowledge
) -> list[Decision]:
    out: list[Decision] = []
    for m in _merge_same_type(findings):
        out.extend(_decide_mention(m, pages[m.page].text, policy, knowledge))
    return out


def _resolve_overlaps(decisions: list[Decision]) -> list[Decision]:
    """A kept lakcode protects the text it covers; a kept official protects their name."""
    codes: dict[int, list[tuple[int, int]]] = {}
    officials: dict[int, list[tuple[int, int]]] = {}
    for d in decisions:
        if d.action is not Action.KEEP:
            continue
        if d.reason == "pre_existing_redaction":
            codes.setdefault(d.finding.page, []).append((d.start, d.end))
        elif d.reason.startswith("public_official"):
            officials.setdefault(d.finding.page, []).append((d.start, d.end))

    def hits(spans: dict[int, list[tuple[int, int]]], d: Decision) -> bool:
        return any(s < d.end and d.start < e for s, e in spans.get(d.finding.page, ()))

    # A kept identifier (an organisation's account, a function mailbox, a switchboard number)
    # also keeps what weaker detectors found inside it ("8015 8029" inside a BNG IBAN).
    kept_ids = [
        d for d in decisions
        if d.action is Action.KEEP and d.finding.entity in _STRUCTURED and not d.reason.startswith("below_threshold")
    ]

    def inside_kept_id(d: Decision) -> str | None:
        prio = _PRIORITY.get(d.finding.entity, 0)
        for k in kept_ids:
            if k.finding.page == d.finding.page and k.start <= d.start and d.end <= k.end and prio < _PRIORITY[k.finding.entity]:
                return k.reason
        return None

    out = []
    for d in decisions:
        if d.action is not Action.KEEP:
            if hits(codes, d):
                d = Decision(d.finding, Action.KEEP, d.ground, "overlaps_pre_existing_redaction", d.start, d.end)
            elif d.finding.entity is EntityType.PERSON and hits(officials, d):
                d = Decision(d.finding, Action.KEEP, d.ground, "overlaps_public_official", d.start, d.end)
            elif (why := inside_kept_id(d)) is not None:
                d = Decision(d.finding, Action.KEEP, d.ground, f"inside_kept:{why}", d.start, d.end)
        out.append(d)
    return out


_STRUCTURED = frozenset({EntityType.IBAN, EntityType.EMAIL, EntityType.URL, EntityType.PHONE, EntityType.KVK, EntityType.BTW})


def _deny_findings(doc: Document, policy: Policy) -> list[Finding]:
    out: list[Finding] = []
    for term in policy.deny_terms:
        rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, term.text.split())) + r"(?!\w)", re.IGNORECASE)
        for page in doc.pages:
            for mt in rx.finditer(page.text):
                det = Detection(mt.start(), mt.end(), EntityType.MANUAL, 1.0, DENY_DETECTOR, f"deny list: {term.ground}")
                out.extend(to_findings(doc.sha256, page, [det]))
    return out


def consistency_findings(
    doc: Document,
    names: Iterable[str],
    existing: Sequence[Finding],
    policy: Policy,
    knowledge: BundleKnowledge,
) -> list[Finding]:
    """Every variant of every redacted name, wherever it occurs in this document."""
    variants: set[str] = set()
    first_names: dict[str, set[str]] = {}
    # Only names with a word that occurs in this document at all: keeps a large bundle linear.
    doc_words = set(re.findall(r"\w+", " ".join(p.text for p in doc.pages).casefold()))
    for name in names:
        if normalize_name(name) in knowledge.official_names:
            continue
        if not _surname_keys(name) & doc_words:
            continue  # the person's family name is nowhere in this document
        vs = {v for v in _variants(name) if len(v) >= 2}
        for v in vs:
            if " " not in v.strip() and "." not in v and "," not in v and v[:1].isupper():
                first_names.setdefault(v, set()).add(normalize_name(name))
        variants |= vs
    # A single bare word that is the variant of several people is ambiguous: only keep it when
    # it belongs to exactly one redacted person and is not an official's name.
    single_words = {v for v in variants if " " not in v and "." not in v and "," not in v}
    for w in single_words:
        ambiguous = len(first_names.get(w, ())) > 1
        official = normalize_name(w) in knowledge.official_names
        if official or (ambiguous and not policy.first_name_alone) or len(w) < 3:
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
    return re.compile(_bounded_start(_variant_pattern(variant), variant[:1], r"[\w@.]") + r"(?![\w@])")


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
    """What a document's decisions tell the rest of the bundle."""
    k = BundleKnowledge()
    for d in decisions:
        if d.finding.entity is not EntityType.PERSON:
            continue
        if d.action is Action.REDACT:
            k.redacted_names.add(d.finding.text)
        elif d.reason == "public_official:role":
            k.official_names |= _variant_norms(d.finding.text)
    return k
