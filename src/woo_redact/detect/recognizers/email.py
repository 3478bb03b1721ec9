"""E-mail address recognizer plus helpers the policy uses to redact only what is personal.

The recognizer returns the whole address; the policy decides whether to keep the domain
(organisation addresses lose only their local part) or the whole address (functional
mailboxes such as ``info@``). Helpers: :func:`split_email`, :func:`is_generic_mailbox`,
:func:`is_private_domain`.

No tldextract and no public-suffix download: the top-level domain is checked for shape only
(2-24 letters, or ``xn--`` punycode). An address whose local part is a Woo ground code
(``5.1.2e@minvws.nl``, a redaction already printed in the document) is not reported.

An address that OCR split with one space beside the ``@`` is found too.

Limits: quoted local parts, IP-literal domains and obfuscated forms (``naam [at] domein.nl``)
are not found.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer

EMAIL_REGEX = (
    r"(?<![\w.+%-])(?P<v>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59}))"
    r"(?![\w-]|\.[A-Za-z0-9])"
)

# OCR of a scan often sets a space beside the "@" ("jan.jansen7 @ziggo.nl"): the same address.
EMAIL_OCR_SPACED_REGEX = (
    r"(?<![\w.+%@-])(?P<v>(?=[^@\s]{2})[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*"
    r"(?: @ ?| ?@ )(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24})"
    r"(?![\w-]|\.[A-Za-z0-9])"
)

EMAIL_CONTEXT = ("e-mail*", "email*", "mail", "mailadres", "e-mailadres", "mailto", "aan", "van", "cc", "bcc")

GENERIC_MAILBOXES = frozenset(
    """
    info informatie woo wob wooverzoek woo-verzoek wobverzoek wob-verzoek secretariaat postbus
    post gemeente klantcontact klantenservice klantendienst noreply no-reply donotreply
    do-not-reply servicedesk helpdesk communicatie pers persvoorlichting voorlichting media
    contact receptie bezwaar bezwaarschriften klachten klacht frontoffice backoffice
    administratie facturen factuur crediteuren debiteuren financien financiën inkoop
    juridischezaken juridisch privacy fg avg gegevensbescherming webmaster web redactie
    vragen vraag loket balie publieksbalie griffie raadsgriffie bestuurssecretariaat
    bestuursondersteuning college burgemeester wethouders integriteit hr personeelszaken p-o
    vacatures werkenbij sollicitaties subsidies subsidie vergunningen vergunning omgevingsloket
    belastingen bibliotheek archief dossier documentatie ict support service mailbox
    postmaster abuse security cert meldpunt meldingen melding nieuwsbrief events evenementen
    planning team office algemeen general hello hallo
    """.split()
)

PRIVATE_DOMAINS = frozenset(
    """
    gmail.com googlemail.com hotmail.com hotmail.nl hotmail.be outlook.com outlook.nl live.nl
    live.com live.be msn.com icloud.com me.com mac.com yahoo.com yahoo.nl yahoo.co.uk ymail.com
    aol.com protonmail.com protonmail.ch proton.me pm.me tutanota.com gmx.com gmx.net gmx.de
    web.de ziggo.nl kpnmail.nl kpnplanet.nl planet.nl home.nl xs4all.nl hetnet.nl telfort.nl
    online.nl upcmail.nl caiway.nl caiway.net chello.nl quicknet.nl zeelandnet.nl solcon.nl
    tele2.nl versatel.nl wanadoo.nl casema.nl zonnet.nl freeler.nl hccnet.nl kabelfoon.nl
    delta.nl onsbrabantnet.nl filternet.nl telenet.be skynet.be scarlet.be mail.com
    fastmail.com zoho.com yandex.com mail.ru
    t-online.de freenet.de arcor.de posteo.de mailbox.org online.de wp.pl onet.pl o2.pl
    interia.pl op.pl gazeta.pl orange.fr free.fr sfr.fr laposte.net libero.it virgilio.it
    tiscali.it alice.it seznam.cz centrum.cz abv.bg yandex.ru rambler.ru inbox.ru bk.ru list.ru
    btinternet.com sky.com virginmedia.com talktalk.net ntlworld.com bluewin.ch hispeed.ch
    sapo.pt terra.com.br uol.com.br bol.com.br naver.com qq.com 163.com 126.com rediffmail.com
    hey.com duck.com tuta.io tutanota.de hushmail.com mail.de email.de kpn.com ziggo.com
    """.split()
)
# Consumer providers present under many country domains (hotmail.fr, yahoo.de, gmx.at ...).
_PRIVATE_PROVIDER = re.compile(
    r"^(?:hotmail|outlook|live|msn|yahoo|ymail|gmail|googlemail|gmx|icloud|aol|protonmail|proton|yandex|mail)"
    r"\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$"
)


def split_email(addr: str) -> tuple[str, str]:
    """``("j.jansen", "gemeente.nl")`` for ``j.jansen@gemeente.nl``; raises ``ValueError`` without ``@``."""
    local, sep, domain = addr.strip().rpartition("@")
    local, domain = local.rstrip(), domain.lstrip()  # "jan @ziggo.nl" as OCR reads it
    if not sep or not local or not domain:
        raise ValueError(f"not an e-mail address: {addr!r}")
    return local, domain.lower()


def is_generic_mailbox(addr: str) -> bool:
    """True for functional mailboxes (``info@``, ``woo@``, ``secretariaat@`` ...) that name no person.

    Accepts a full address or just the local part. Separators and digits are ignored so
    ``woo-verzoeken@`` and ``info2@`` count too.
    """
    local = split_email(addr)[0] if "@" in addr else addr
    bare = re.sub(r"\d+$", "", local.lower().strip())
    if bare in GENERIC_MAILBOXES:
        return True
    parts = [p for p in re.split(r"[._+-]", bare) if p]
    if parts and parts[0] in GENERIC_MAILBOXES and all(
        p in GENERIC_MAILBOXES or p in _GENERIC_QUALIFIERS for p in parts[1:]
    ):
        return True
    joined = "".join(parts)
    return any(
        joined.startswith(g) and joined[len(g) :] in _GENERIC_QUALIFIERS
        for g in ("woo", "wob", "info", "bezwaar", "klacht")
    )


_GENERIC_QUALIFIERS = frozenset(
    """
    verzoek verzoeken loket team afdeling zaken desk nl intern extern algemeen dg sg pg directie
    bestuur unit cluster bureau staf kabinet
    """.split()
)


def is_private_domain(domain: str) -> bool:
    """True for consumer mail providers (gmail.com, ziggo.nl, ...): the address belongs to a person."""
    d = domain.lower().strip().lstrip("@")
    if "@" in d:
        d = d.rpartition("@")[2]
    d = d.rstrip(".,;:)>]")  # "… naar jan@gmail.com." ends a sentence, not the domain
    return d in PRIVATE_DOMAINS or _PRIVATE_PROVIDER.match(d) is not None


_GROUND_LOCAL = re.compile(r"^(?:5\.\d(?:\.\d)?\.?[a-i]?|10\.\d\.?[a-g]?|11\.\d)$", re.IGNORECASE)


class EmailRecognizer(DutchPatternRecognizer):
    """E-mail addresses, whole; the policy decides what part to keep."""

    ENTITY: ClassVar[str] = "EMAIL"
    PATTERNS = (("email", EMAIL_REGEX, 0.9), ("email_ocr_spaced", EMAIL_OCR_SPACED_REGEX, 0.85))
    CONTEXT = EMAIL_CONTEXT
    CONTEXT_BOOST = 0.05
    MIN_SCORE_WITH_CONTEXT = 0.9

    def invalidate_result(self, pattern_text: str) -> bool | None:
        """Drop addresses whose local part is a printed Woo/Wob ground code."""
        local = pattern_text.rpartition("@")[0].rstrip()
        return bool(_GROUND_LOCAL.match(local)) or ".." in pattern_text

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        _local, domain = split_email(value)
        kind = (
            "generic mailbox"
            if is_generic_mailbox(value)
            else "private mail provider" if is_private_domain(domain) else "personal or organisation address"
        )
        return f"e-mail address ({kind}, domain {domain})"
