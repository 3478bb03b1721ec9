"""Why a finding is redacted, proposed or kept: typed reasons, rendered to words only at the edges.

Every :class:`~woo_redact.types.Decision` carries a :class:`Reason` (and, for a few reasons, a
typed ``detail`` code such as a :class:`Implausibility`). Code branches on these enums, never
on message text; the report, the review files and the CLI render them with :func:`describe`
in Dutch (the officers' language) or English. The values are short tokens without spaces, so
they are safe in the audit log (whose schema rejects free text in identifier fields).
"""

from __future__ import annotations

import enum


class Reason(str, enum.Enum):
    """The rule that settled a decision."""

    POLICY = "policy"  # the entity type's action and ground from the policy
    DENYLIST = "denylist"
    BELOW_THRESHOLD = "below_threshold"
    PRE_EXISTING_REDACTION = "pre_existing_redaction"
    ALLOWLIST = "allowlist"
    IMPLAUSIBLE_NAME = "implausible_name"
    ORGANISATION_TAIL_TRIMMED = "organisation_tail_trimmed"
    PUBLIC_OFFICIAL_ROLE = "public_official:role"
    PUBLIC_OFFICIAL_LIST = "public_official:list"
    PUBLIC_OFFICIAL_SEEN_IN_ROLE = "public_official:seen_in_role"
    PUBLIC_PERSON_GENRE = "public_official:genre"
    PUBLIC_OFFICIAL_PARTY = "public_official:party"
    PUBLIC_EXPERT = "public_official:expert"
    PUBLIC_AUTHOR = "public_official:author"  # named as the author of a cited publication
    NOT_A_PERSON = "not_a_person"
    GENERIC_MAILBOX = "generic_mailbox"
    FUNCTION_MAILBOX = "function_mailbox"
    ORGANISATION_DOMAIN_KEPT = "organisation_domain_kept"
    SERVICE_NUMBER = "service_number"
    SWITCHBOARD_NUMBER = "switchboard_number"
    ORGANISATION_CONTACT = "organisation_contact"
    ORGANISATION_ACCOUNT = "organisation_account"
    POSTBUS = "postbus"
    ORGANISATION_ADDRESS = "organisation_address"
    STATEMENT_UNSURE = "statement_unsure"
    NOISY_TEXT = "noisy_text"  # stands in OCR noise: chance, not data
    NOT_HEALTH = "not_health"  # no word of the statement names health in its medical sense
    REPOSITORY_URL = "repository_url"  # a link to a code repository: a project's, or a person's
    NO_OPINION_HOLDER = "no_opinion_holder"  # a view no person holds: an organisation's advice, a report's finding
    OVERLAPS_PRE_EXISTING_REDACTION = "overlaps_pre_existing_redaction"
    OVERLAPS_PUBLIC_OFFICIAL = "overlaps_public_official"
    INSIDE_KEPT_IDENTIFIER = "inside_kept"
    CONSISTENCY = "consistency"  # a variant of a person redacted elsewhere in the bundle
    PROPAGATION = "propagation"  # another occurrence of a string redacted elsewhere
    REVIEWER = "reviewer"  # a reviewer's override
    PROPOSED = "proposed"  # the proposal, confirmed unchanged by a reviewer

    def __str__(self) -> str:
        return self.value

    @property
    def keeps_public_person(self) -> bool:
        """A person kept because they act in public office: never spread into, never redacted."""
        return self in _PUBLIC


_PUBLIC = frozenset(
    {
        Reason.PUBLIC_OFFICIAL_ROLE, Reason.PUBLIC_OFFICIAL_LIST, Reason.PUBLIC_OFFICIAL_SEEN_IN_ROLE,
        Reason.PUBLIC_PERSON_GENRE, Reason.PUBLIC_OFFICIAL_PARTY, Reason.PUBLIC_EXPERT, Reason.PUBLIC_AUTHOR,
    }
)


class Implausibility(str, enum.Enum):
    """Why a span a weak detector calls a person is not plausibly a person's name."""

    DIGITS = "contains digits"
    AFTER_UNIT_WORD = "follows an organisation or department word"
    NO_NAME_WORDS = "no name words"
    ORGANISATION_WORD = "has an organisation word"
    LEGAL_FORM = "has a company's legal form"
    ONLY_ORDINARY_WORDS = "only ordinary words"
    KNOWN_ORGANISATION = "is a known organisation"
    LAW = "is the title of a law or regulation"
    PLACE = "is a place name"
    STREET = "is a street name"
    SINGLE_UNKNOWN_WORD = "is a single word on no name list"
    NO_NAME_EVIDENCE = "has no word that is a known or rare name"
    ACRONYM = "is an acronym"
    HEADING = "is a heading or list item"
    FOREIGN_LANGUAGE = "is text in another language"
    NOISY_TEXT = "stands in OCR noise"
    ORDINARY_WORD_IN_DOCUMENT = "is used as an ordinary word in the document"
    LONE_MODEL_WORD = "is one word only the model calls a name, naming no one the documents name in full"
    PRODUCT_NAME = "is a product or brand name written with an inner capital"

    def __str__(self) -> str:
        return self.name.lower()


_DUTCH: dict[Reason, str] = {
    Reason.POLICY: "volgens het beleid voor dit soort gegeven",
    Reason.DENYLIST: "staat op de lijst van altijd te lakken termen",
    Reason.BELOW_THRESHOLD: "detectiescore onder de drempel",
    Reason.PRE_EXISTING_REDACTION: "bestaande lakcode in het document",
    Reason.ALLOWLIST: "staat op de lijst van nooit te lakken termen",
    Reason.IMPLAUSIBLE_NAME: "lijkt geen persoonsnaam; ter beoordeling",
    Reason.ORGANISATION_TAIL_TRIMMED: "naam gelakt, organisatie erachter leesbaar",
    Reason.PUBLIC_OFFICIAL_ROLE: "ambtsdrager in functie genoemd",
    Reason.PUBLIC_OFFICIAL_LIST: "staat op de lijst van ambtsdragers",
    Reason.PUBLIC_OFFICIAL_SEEN_IN_ROLE: "elders in functie genoemd als ambtsdrager",
    Reason.PUBLIC_PERSON_GENRE: "volksvertegenwoordiger of ambtsdrager in een openbaar stuk",
    Reason.PUBLIC_OFFICIAL_PARTY: "volksvertegenwoordiger, genoemd met partij",
    Reason.PUBLIC_EXPERT: "deskundige, genoemd met titel en instelling",
    Reason.PUBLIC_AUTHOR: "auteur van een aangehaalde publicatie",
    Reason.NOT_A_PERSON: "geen persoon (organisatie, wet, plaats of kop)",
    Reason.GENERIC_MAILBOX: "algemeen e-mailadres",
    Reason.FUNCTION_MAILBOX: "functioneel e-mailadres van een organisatie",
    Reason.ORGANISATION_DOMAIN_KEPT: "persoonlijk deel gelakt, domein van de organisatie leesbaar",
    Reason.SERVICE_NUMBER: "servicenummer",
    Reason.SWITCHBOARD_NUMBER: "algemeen nummer van een organisatie",
    Reason.ORGANISATION_CONTACT: "contactgegeven van een organisatie",
    Reason.ORGANISATION_ACCOUNT: "rekeningnummer van een organisatie",
    Reason.POSTBUS: "postbusadres",
    Reason.ORGANISATION_ADDRESS: "adres van een organisatie",
    Reason.STATEMENT_UNSURE: "mogelijk gevoelige uitspraak; ter beoordeling",
    Reason.NOISY_TEXT: "staat in onleesbare OCR-tekst; ter beoordeling",
    Reason.REPOSITORY_URL: "link naar een softwareproject; of de eigenaar een persoon is, ter beoordeling",
    Reason.NO_OPINION_HOLDER: "geen persoonlijke beleidsopvatting: geen persoon die de opvatting huldigt (advies of bevinding van een organisatie)",
    Reason.NOT_HEALTH: "geen gezondheidsgegeven: geen woord noemt een aandoening, zorg of ziekte",
    Reason.OVERLAPS_PRE_EXISTING_REDACTION: "valt onder een bestaande lakcode",
    Reason.OVERLAPS_PUBLIC_OFFICIAL: "valt samen met een ambtsdrager",
    Reason.INSIDE_KEPT_IDENTIFIER: "deel van een leesbaar gegeven van een organisatie",
    Reason.CONSISTENCY: "dezelfde persoon is elders in de bundel gelakt",
    Reason.PROPAGATION: "dezelfde tekst is elders gelakt",
    Reason.REVIEWER: "besluit van de beoordelaar",
    Reason.PROPOSED: "voorstel bevestigd",
}

_ENGLISH: dict[Reason, str] = {
    Reason.POLICY: "the policy's action for this entity type",
    Reason.DENYLIST: "on the deny list",
    Reason.BELOW_THRESHOLD: "detector score below its threshold",
    Reason.PRE_EXISTING_REDACTION: "a lakcode already printed in the input",
    Reason.ALLOWLIST: "on the allow list",
    Reason.IMPLAUSIBLE_NAME: "not plausibly a person's name; for review",
    Reason.ORGANISATION_TAIL_TRIMMED: "name redacted, the organisation after it kept",
    Reason.PUBLIC_OFFICIAL_ROLE: "office holder named in their role",
    Reason.PUBLIC_OFFICIAL_LIST: "on the policy's list of office holders",
    Reason.PUBLIC_OFFICIAL_SEEN_IN_ROLE: "named in their role elsewhere",
    Reason.PUBLIC_PERSON_GENRE: "representative or office holder in a public document",
    Reason.PUBLIC_OFFICIAL_PARTY: "a representative named with their party",
    Reason.PUBLIC_EXPERT: "an expert named with their title and institution",
    Reason.PUBLIC_AUTHOR: "the author of a cited publication",
    Reason.NOT_A_PERSON: "not a person (organisation, law, place or heading)",
    Reason.GENERIC_MAILBOX: "generic mailbox",
    Reason.FUNCTION_MAILBOX: "an organisation's function mailbox",
    Reason.ORGANISATION_DOMAIN_KEPT: "local part redacted, the organisation's domain kept",
    Reason.SERVICE_NUMBER: "service number",
    Reason.SWITCHBOARD_NUMBER: "an organisation's main number",
    Reason.ORGANISATION_CONTACT: "an organisation's contact data",
    Reason.ORGANISATION_ACCOUNT: "an organisation's bank account",
    Reason.POSTBUS: "a Postbus address",
    Reason.ORGANISATION_ADDRESS: "an organisation's address",
    Reason.STATEMENT_UNSURE: "possibly sensitive statement; for review",
    Reason.NOISY_TEXT: "stands in unreadable OCR text; for review",
    Reason.REPOSITORY_URL: "link to a software project; whether its owner is a person is for review",
    Reason.NO_OPINION_HOLDER: "no personal policy opinion: no person holds the view (an organisation's advice or finding)",
    Reason.NOT_HEALTH: "no health data: no word names a condition, care or illness",
    Reason.OVERLAPS_PRE_EXISTING_REDACTION: "inside a lakcode already printed",
    Reason.OVERLAPS_PUBLIC_OFFICIAL: "overlaps an office holder's name",
    Reason.INSIDE_KEPT_IDENTIFIER: "part of an organisation's data that stays readable",
    Reason.CONSISTENCY: "the same person is redacted elsewhere in the bundle",
    Reason.PROPAGATION: "the same text is redacted elsewhere",
    Reason.REVIEWER: "a reviewer's decision",
    Reason.PROPOSED: "proposal confirmed",
}


def describe(reason: Reason | str, language: str = "nl") -> str:
    """The reason in words for people (``nl`` or ``en``); unknown codes are returned as they are."""
    try:
        r = Reason(reason)
    except ValueError:
        return str(reason)
    return (_DUTCH if language == "nl" else _ENGLISH)[r]
