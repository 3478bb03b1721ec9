"""An organisation's own contact data: function mailboxes, switchboards, accounts, addresses.

Personal data is redacted; the contact data of the organisation that wrote or received the
document is not. These tests say whether a found identifier belongs to an organisation.
"""

from __future__ import annotations

import re

_ORG_ADDRESS_CUES = (
    "bezoekadres", "postadres", "stadhuis", "gemeentehuis", "stadskantoor", "raadhuis",
    "provinciehuis", "postbus", "gemeentekantoor", "kantoor", "vestiging", "ministerie",
    "antwoordnummer", "afzender", "retouradres",
)


_FUNCTION_LOCAL = re.compile(r"^[a-z][a-z-]*$")
# Function words that are also listed family names (Bestuur, Zorg, Werk ...): still functions.
FUNCTION_WORDS = frozenset(
    ["bestuur", "directie", "griffie", "raad", "college", "secretariaat", "toezicht", "handhaving", "vergunningen", "belastingen", "communicatie", "pers", "post", "receptie", "balie", "zorg", "wonen", "werk", "inkomen", "jeugd", "onderwijs", "sport", "cultuur", "milieu", "klachten", "bezwaar", "juridisch", "inkoop", "financien", "personeel", "ict", "facilitair", "beheer", "archief", "verkeer", "parkeren", "afval", "groen", "economie", "veiligheid", "welzijn", "or", "gemeente", "provincie", "bibliotheek"]
)


# Parts of a mailbox name that make it a desk or a team, wherever they stand in it.
_FUNCTION_PARTS = (
    "loket", "balie", "info", "contact", "secretariaat", "servicedesk", "helpdesk", "team", "afdeling",
    "bezwaar", "klacht", "vergunning", "woo", "wob", "subsidie", "meldpunt", "communicatie", "griffie",
    "bestuur", "archief", "factu", "inkoop", "crediteur", "debiteur", "administratie", "omgeving",
    "handhaving", "toezicht", "support", "noreply", "no-reply", "verzuim", "personeelszaken", "salaris",
    "juridisch", "receptie", "postkamer", "planning", "redactie", "voorlichting", "service", "bureau",
    "dossier", "kern", "staf", "directie", "wijk",
)


def is_function_mailbox(local: str) -> bool:
    """An organisation mailbox named for a function, not a person: no initials, digits or names.

    ``toezicht@``, ``bestuur@``, ``oov@`` are functions; ``j.jansen@``, ``jan.jansen@``,
    ``mariekevdsluis@``, ``jansen2@`` are people.
    """
    from ..detect import gazetteer as gz

    lp = local.casefold()
    if re.fullmatch(r"[a-z]+(?:[._-][a-z]+)+", lp):
        # "wijkbureau.zuidwest", "dossier.bestuurskern": every part a function or a place word,
        # none a name or an initial ("j.jansen", "jan.de.vries" are people).
        parts = re.split(r"[._-]", lp)
        if all(len(p) > 2 and not gz.is_first_name(p) and gz.surname_score(p) < 0.7 for p in parts):
            return any(p in FUNCTION_WORDS or any(w in p for w in _FUNCTION_PARTS) for p in parts)
        return False
    if not _FUNCTION_LOCAL.match(lp):
        return False  # dots, underscores or digits: initials.surname and the like
    if lp in FUNCTION_WORDS:
        return True
    if gz.is_surname(lp) or gz.is_first_name(lp):
        return False
    if any(w in lp for w in _FUNCTION_PARTS):
        return True  # "overijsselloket", "bezwaarteam", "facturen", "woo-verzoeken"
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
    if _ORG_ACCOUNT_CUES.search(window):
        return True
    # A table row whose first cells wrapped over lines above ("Vereniging Dorpsbelang⏎Lopik⏎—⇥IBAN"):
    # read back to the line where the row starts (the last line with a cell break).
    if not re.search(r"[^\W\d_]", page_text[ls:start]):
        row, k = "", ls
        for _ in range(3):
            if k <= 0:
                break
            prev_start = page_text.rfind("\n", 0, k - 1) + 1
            line = page_text[prev_start : k - 1]
            row = line + "\n" + row
            k = prev_start
            if "\t" in line:
                break
        return bool(_ORG_ACCOUNT_CUES.search(row))
    return False


def is_org_address(page_text: str, start: int) -> bool:
    """An organisation's address: a cue earlier in the same sentence, or in the address block above."""
    ls = page_text.rfind("\n", 0, start) + 1
    before = re.split(r"[.;!?]\s", page_text[ls:start])[-1].casefold()
    if any(cue in before for cue in _ORG_ADDRESS_CUES):
        return True
    line_end = page_text.find("\n", start)
    line = page_text[ls : len(page_text) if line_end < 0 else line_end].casefold()
    if _WEBSITE.search(line):
        return True  # "KWINK groep | Nassaulaan 1 | 2514 JS Den Haag | www.kwinkgroep.nl": a letterhead
    if before.strip():
        return False
    # Address block: the short lines above, up to a blank line ("Bezoekadres⏎Parnassusplein 5⏎2511 VX").
    pos = ls
    for _ in range(3):
        if pos <= 0:
            break
        prev_start = page_text.rfind("\n", 0, pos - 1) + 1
        above = page_text[prev_start : pos - 1]
        if not above.strip() or len(above) >= 60 or _ADDRESSEE.match(above) or _names_a_person(above):
            break  # a blank line, running text, or a person's name heads this block
        if any(cue in above.casefold() for cue in _ORG_ADDRESS_CUES) or _WEBSITE.search(above.casefold()):
            return True
        pos = prev_start
    return False


_SORTED_NAME = re.compile(r"^\s*[A-ZÀ-Ý][\w'’-]+(?:[ -][\w'’-]+)*,\s*(?:[A-Z][a-z]?\.\s?)+")


def _names_a_person(line: str) -> bool:
    """"KROMODIMEDJO, R.S.", "J. de Vries": an addressee's name line ends an organisation's block."""
    from .evidence import lexical_evidence

    return bool(_SORTED_NAME.match(line)) or lexical_evidence(line.strip())


_ADDRESSEE = re.compile(r"\s*(?:de\s+heer|mevrouw|dhr|mevr|mw|t\.?a\.?v\.?|aan)\b", re.IGNORECASE)
_WEBSITE = re.compile(r"(?:\bwww\.|https?://)[\w-]+\.[a-z]{2,}")


def is_postbus_postcode(page_text: str, start: int) -> bool:
    window = page_text[max(0, start - 40) : start].casefold()
    return bool(re.search(r"(postbus|antwoordnummer)\s*\d+\s*[,\n ]\s*$", window))


# What only an organisation's contact block carries: a website, a Postbus, a legal form, a trade
# register number, or a building that is a business or a public place.
_BLOCK_CUE = re.compile(
    r"(?:\bwww\.[\w-]+\.[a-z]{2,}|https?://[\w-]+\.[a-z]{2,}|\bpostbus\s*\d|\bantwoordnummer\b|"
    r"\b(?:KvK|BIC)\b|\b(?:B\.V\.|N\.V\.|U\.A\.|V\.O\.F\.|C\.V\.)|"
    r"\b(?:stichting|vereniging|coöperatie|cooperatie|holding|groep|restaurant|hotel|café|cafe|camping|"
    r"bedrijf|onderneming|kantoor|school|sporthal|zwembad|bibliotheek|buurthuis|wijkcentrum|kerk|museum|"
    r"theater|ziekenhuis|stembureau)\b)",
    re.IGNORECASE,
)
_BLOCK_LINE_MAX = 70  # a longer line is running text, not a block of contact lines


def contact_block(page_text: str, start: int, end: int) -> tuple[int, int] | None:
    """The short lines around ``page_text[start:end]`` (at most three above and three below,
    stopping at running text or a blank line), if they carry a cue that only an organisation's
    contact block carries ("www.", "Postbus", "KvK", "B.V.", "Restaurant"). The caller checks
    that no person is named in it: a civil servant's signature has a name, a colophon has none."""
    ls = page_text.rfind("\n", 0, start) + 1
    le = page_text.find("\n", end)
    le = len(page_text) if le < 0 else le
    own = page_text[ls:le]
    if "\t" in own:
        return None  # a table row is one record; its neighbours are other records
    if len(own) > (2 * _BLOCK_LINE_MAX if re.search(r"\s[|·•]\s", own) else _BLOCK_LINE_MAX):
        return None  # the identifier stands in running text (a footer line of "a | b | c" may be long)
    lo, hi = ls, le
    for _ in range(3):  # up
        if lo <= 0:
            break
        prev = page_text.rfind("\n", 0, lo - 1) + 1
        line = page_text[prev : lo - 1]
        if not line.strip() or len(line) > _BLOCK_LINE_MAX or "\t" in line or _ADDRESSEE.match(line):
            break
        lo = prev
    for _ in range(3):  # down
        if hi >= len(page_text):
            break
        nxt = page_text.find("\n", hi + 1)
        nxt = len(page_text) if nxt < 0 else nxt
        line = page_text[hi + 1 : nxt]
        if not line.strip() or len(line) > _BLOCK_LINE_MAX or "\t" in line or _ADDRESSEE.match(line):
            break
        hi = nxt
    return (lo, hi) if _BLOCK_CUE.search(page_text[lo:hi]) else None


# Headings of a form's sections: whose data the fields below are.
_ORG_SECTION = re.compile(
    r"\b(?:gegevens|adres\w*|vestigings\w*)\b.*\b(?:bedrijf|vestiging|organisatie|onderneming|rechtspersoon|"
    r"instelling|aannemer|leverancier)\b|\b(?:bedrijfs|vestigings|organisatie)gegevens\b",
    re.IGNORECASE,
)
_PERSON_SECTION = re.compile(
    r"\b(?:gegevens|adres\w*|persoonsgegevens|contactgegevens)\b.*\b(?:aanvrager|persoon|particulier|melder|"
    r"contactpersoon|gemachtigde|bewoner|eigenaar|verzoeker|indiener|belanghebbende|huurder)\b|\bpersoonsgegevens\b",
    re.IGNORECASE,
)
_SECTION_REACH = 16  # lines of a form above a field that may hold its section's heading


def in_organisation_form_section(page_text: str, start: int) -> bool:
    """The field stands in a form section headed for a business ("Adresgegevens gemachtigd
    bedrijf", "Gegevens vestiging"): its address is the business's. The nearest section heading
    decides; a heading for a person ("Gegevens aanvrager") stops the search."""
    pos = page_text.rfind("\n", 0, start) + 1
    for _ in range(_SECTION_REACH):
        if pos <= 0:
            return False
        prev = page_text.rfind("\n", 0, pos - 1) + 1
        line = page_text[prev : pos - 1]
        if len(line) <= 80:
            if _ORG_SECTION.search(line):
                return True
            if _PERSON_SECTION.search(line):
                return False
        pos = prev
    return False


def is_addressee_line(line: str) -> bool:
    """"t.a.v. de heer X", "Aan: …", "mevrouw Y": a letter's addressee, not its sender."""
    return _ADDRESSEE.match(line) is not None
