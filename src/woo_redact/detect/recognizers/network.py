"""IP_ADDRESS and URL recognizers.

``IP_ADDRESS``: IPv4 and IPv6 candidates validated with :mod:`ipaddress`. Dotted numbers that
look like section or version numbers (all parts below 30, ``1.2.3.4``) or that follow
``artikel``/``versie``/``paragraaf`` are dropped unless an IP context word is near.

``URL``: only URLs that carry a personal identifier: a social-media profile
(``linkedin.com/in/<x>``, ``facebook.com/<name>``, ``twitter.com/<x>``, ``x.com/<x>``,
``instagram.com/<x>``, ``tiktok.com/@<x>``, ``youtube.com/@<x>``, ``github.com/<x>``), an e-mail
address inside the URL (``mailto:``, ``%40``) or a query parameter such as ``?bsn=``,
``?naam=``, ``?email=``, ``?postcode=``. Plain organisation URLs are not reported.

No tldextract and no public-suffix list: nothing is downloaded. Limits: profile URLs on
other platforms and personal identifiers in URL paths (``/users/jan-jansen``) are not found.
"""

from __future__ import annotations

import ipaddress
import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer, Verdict

IPV4_REGEX = r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)"
# A colon right after the address is punctuation ("vanaf 2a02:…:e10a: 1.400 verzoeken").
IPV6_REGEX = r"(?<![\w:.])(?=[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:)[0-9A-Fa-f:]*[0-9A-Fa-f](?:%\w+)?(?![\w]|:[\w:])"

IP_CONTEXT = ("ip", "ip-adres", "ipadres", "ip-adressen", "ip address", "ipv4", "ipv6", "server", "host", "inlog*", "logbestand", "log")

_NOT_IP_BEFORE = re.compile(r"(?:artikel|art\.|versie|v\.|paragraaf|par\.|§|hoofdstuk|bijlage|punt|nr\.?)\s*$", re.I)


class IpAddressRecognizer(DutchPatternRecognizer):
    """IPv4/IPv6 addresses validated with :mod:`ipaddress`."""

    ENTITY: ClassVar[str] = "IP_ADDRESS"
    PATTERNS = (("ipv4", IPV4_REGEX, 0.6), ("ipv6", IPV6_REGEX, 0.7))
    CONTEXT = IP_CONTEXT
    CONTEXT_BOOST = 0.25
    MIN_SCORE_WITH_CONTEXT = 0.85
    SCORE_CAP = 0.9

    def validate_result(self, pattern_text: str) -> bool | None:
        """Must parse as an IP address."""
        try:
            ipaddress.ip_address(pattern_text.split("%")[0])
        except ValueError:
            return False
        return True

    def reject(self, text: str, start: int, end: int, match: re.Match[str]) -> str | None:
        value = text[start:end]
        if "." in value and ":" not in value:
            if _NOT_IP_BEFORE.search(text[max(0, start - 15) : start]):
                return "section or version number"
            if self.find_context(text, start, end) is not None:
                return None
            if all(int(p) < 30 for p in value.split(".")):
                return "looks like a section number"
        return None

    def describe(self, value: str, pattern: Pattern, validation: bool | None) -> str:
        ip = ipaddress.ip_address(value.split("%")[0])
        scope = "private" if ip.is_private else "public"
        return f"valid IPv{ip.version} address ({scope})"


_URL_CANDIDATE = (
    r"(?<![\w@/.-])(?P<v>(?:(?:https?://|www\.)[^\s<>\"'()\[\]]+"
    r"|(?:[a-z]{2,3}\.)?(?:linkedin|facebook|fb|twitter|x|instagram|tiktok|youtube|github)\.com/[^\s<>\"'()\[\]]+"
    r"|mailto:[^\s<>\"'()\[\]]+))"
)
_PROFILE = re.compile(
    r"^(?:https?://)?(?:[\w-]+\.)?(?:"
    r"linkedin\.com/(?:in|pub)/[^/?#\s]{2,}"
    r"|(?:facebook|fb)\.com/(?!(?:pages|groups|events|watch|share|sharer|help|policies|login|photo|story)\b)[A-Za-z0-9.\-]{3,}"
    r"|(?:twitter|x)\.com/(?!(?:home|search|intent|share|i|hashtag|explore)\b)\w{2,}"
    r"|instagram\.com/(?!(?:p|explore|reel|stories)\b)[\w.]{2,}"
    r"|tiktok\.com/@[\w.]{2,}"
    r"|youtube\.com/@[\w.-]{2,}"
    r"|github\.com/(?!(?:orgs|topics|features|about)\b)[\w-]{2,}"
    r")",
    re.IGNORECASE,
)
_PERSONAL_PARAMS = (
    "bsn", "sofinummer", "naam", "name", "achternaam", "voornaam", "firstname", "lastname",
    "email", "e-mail", "mail", "emailadres", "telefoon", "tel", "phone", "mobiel", "postcode",
    "adres", "address", "geboortedatum", "dob", "iban", "kenteken", "user", "username",
    "gebruiker", "gebruikersnaam", "burgerservicenummer", "klantnummer", "persoon",
)  # fmt: skip
_PARAM_RE = re.compile(r"[?&;](" + "|".join(map(re.escape, _PERSONAL_PARAMS)) + r")=[^&\s#]+", re.IGNORECASE)
_EMAIL_IN_URL = re.compile(r"(?:^mailto:|[\w.+-](?:@|%40)[\w-]+\.[\w.-]+)", re.IGNORECASE)

URL_CONTEXT = ("url", "link", "website", "profiel", "linkedin", "facebook", "twitter", "instagram", "account")


class UrlRecognizer(DutchPatternRecognizer):
    """URLs that identify a person (profile, e-mail or personal query parameter)."""

    ENTITY: ClassVar[str] = "URL"
    PATTERNS = (("url", _URL_CANDIDATE, 0.7),)
    CONTEXT = URL_CONTEXT
    CONTEXT_BOOST = 0.1
    MIN_SCORE_WITH_CONTEXT = 0.75
    SCORE_CAP = 0.8

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        start, end = match.span("v")
        while end > start and text[end - 1] in ".,;:!?":
            end -= 1  # sentence punctuation is not part of the URL
        url = text[start:end]
        if _PROFILE.match(url):
            reason = "social-media profile URL"
            score = 0.7 if "linkedin" in url.lower() else 0.6
        elif _EMAIL_IN_URL.search(url):
            reason, score = "URL contains an e-mail address", 0.75
        elif (p := _PARAM_RE.search(url)) is not None:
            reason, score = f"URL query parameter '{p.group(1).lower()}=' carries personal data", 0.7
        else:
            return None
        return Verdict(start, end, score, reason)
