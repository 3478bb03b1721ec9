"""HEALTH recognizer: health information about a person (special personal data, Woo 5.1.1d).

A lexicon of Dutch conditions (diabetes, COPD, astma, kanker, burn-out, depressie, autisme,
ADHD, Parkinson, dementie, epilepsie, psychose, verslaving, zwangerschap, herseninfarct,
hernia, ...), compounds ending in -aandoening, -ziekte, -stoornis, -kanker, -letsel,
-infectie, -ontsteking (``longaandoening``, ``angststoornis``), ``de ziekte van <Naam>``, and
phrases about a person's health: ``opgenomen in (het) ziekenhuis / psychiatrische kliniek``,
``is ziek(gemeld)``, ``arbeidsongeschikt``, ``in behandeling bij (een) psycholoog/psychiater``,
``besmet met corona``. The span is the condition phrase.

The span includes the words that lead into the condition (``na een hartinfarct``, ``voor zijn
chemotherapie``) so the whole phrase is covered.

Scores are for review, not certainty: a bare term 0.4 (it may be policy text: "preventie van
diabetes"); with a possessive (``zijn longaandoening``, ``haar depressie``) or in a phrase about
a person 0.65; person/medical context words nearby raise the score.

Not found: ``ziekenhuis`` as an organisation or address, ``Ziektewet`` (a law),
``ziekteverzuim``/``zorg``/``gezondheidsbeleid`` in policy text, ``kinderziektes`` (figurative).
Limits: no negation handling (``geen diabetes``) and no check that the person is identifiable;
short abbreviations (``MS``, ``ALS``, ``ADD``) need a possessive or verb before them.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import Pattern

from ._base import DutchPatternRecognizer, Verdict

CONDITIONS = (
    "diabetes", "suikerziekte", "astma", "kanker", "tumor", "tumoren", "leukemie", "burn-out",
    "burnout", "overspannen", "overspannenheid", "depressie", "depressies", "depressief",
    "depressieve klachten", "psychische klachten", "psychische problemen", "autisme",
    "autistisch", "parkinson", "dementie", "dement", "alzheimer", "epilepsie", "epileptische aanval",
    "psychose", "psychoses", "psychotisch", "verslaving", "verslaafd", "alcoholverslaving",
    "drugsverslaving", "gokverslaving", "alcoholisme", "zwangerschap", "zwanger", "herseninfarct",
    "hartinfarct", "hartaanval", "beroerte", "hernia", "multiple sclerose", "reuma", "artrose",
    "aids", "posttraumatische stressstoornis", "schizofrenie", "schizofreen", "bipolaire stoornis",
    "bipolair", "borderline", "paniekaanvallen", "anorexia", "boulimia", "obesitas", "long covid",
    "longcovid", "whiplash", "chronisch vermoeidheidssyndroom", "fibromyalgie", "hersenschudding",
    "chemotherapie", "chemokuur", "bestraling", "dialyse", "suïcidaal", "suicidaal",
    "zelfmoordpoging", "suïcidepoging", "suïcide", "zelfdoding", "hoge bloeddruk", "slechthorend",
    "slechtziend", "doof", "blind", "gehandicapt", "lichamelijke beperking",
    "verstandelijke beperking", "licht verstandelijke beperking", "chronisch ziek", "miskraam",
    "abortus", "ivf-behandeling", "ivf", "hartfalen", "nierfalen", "longontsteking",
    "coronabesmetting", "hepatitis", "tuberculose", "soa", "ziekteverlof", "ziekmelding",
    "migraine", "antipsychotica", "antidepressiva", "slecht ter been", "rolstoelafhankelijk",
    "rolstoelgebonden", "psychiatrische opname", "ggz-behandeling", "bypassoperatie",
)  # fmt: skip
_ABBREV = r"(?-i:COPD|ADHD|PTSS|HIV|CVS|NAH|OCD|PDD-NOS|CVA|LVB|ME/CVS)"
_ABBREV_GUARDED = r"(?-i:MS|ALS|ADD)"
_SUFFIXES = (
    r"(?:aandoening|ziekte|stoornis|kanker|letsel|infectie|ontsteking|tumor|verslaving|operatie|therapie|"
    r"revalidatie|infarct|klachten|fractuur|breuk)(?:en|s)?"
)
_COMPOUND = rf"[a-zà-ÿ]{{3,}}-?{_SUFFIXES}"
_TERMS = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(CONDITIONS, key=len, reverse=True))
_ADJ_STOORNIS = r"[a-zë]{4,}(?:ische|ieve|aire|ale)\s+stoornis(?:sen)?"
CONDITION = rf"(?:de\s+ziekte\s+van\s+(?-i:[A-Z][a-zë]+)|{_ADJ_STOORNIS}|{_COMPOUND}|{_TERMS}|{_ABBREV})"

_POSSESSIVE = r"(?:zijn|haar|hun|diens|dier|mijn|uw|jouw|je)"
_ADJ = r"(?:(?:ernstige?|chronische?|lichte?|zware?|acute?|vermoedelijke?|ernstig|psychische?|lichamelijke?)\s+)?"

_CARE = (
    r"(?:ziekenhuis|academisch\s+ziekenhuis|psychiatrische?\s+(?:kliniek|instelling|afdeling|ziekenhuis|inrichting)"
    r"|kliniek|ggz(?:-instelling)?|verpleeghuis|hospice|intensive\s+care|ic|revalidatiecentrum"
    r"|verslavingskliniek|afkickkliniek|psychiatrie|crisisopvang)"
)
_THERAPIST = (
    r"(?:psycholoog|psychiater|psychotherapeut|therapeut|ggz|huisarts|oncoloog|specialist|cardioloog"
    r"|neuroloog|longarts|fysiotherapeut|bedrijfsarts|verslavingszorg|ziekenhuis|kinderpsychiater"
    r"|arts|internist|revalidatiearts|diëtist|logopedist)"
)
PHRASES = (
    rf"(?P<v>opgenomen\s+(?:in|op)\s+(?:het\s+|een\s+|de\s+)?{_CARE})",
    r"(?:is|was|werd|wordt|ben|bent|zijn|waren|raakte|raakt|meldde\s+zich|heeft\s+zich|had\s+zich|zich)\s+"
    r"(?:al\s+\w+\s+|langdurig\s+|sinds\s+\w+\s+|opnieuw\s+|weer\s+)?(?P<v>ziek(?:gemeld|\s+gemeld|\s+thuis)?|ziek)",
    r"(?P<v>(?:(?:gedeeltelijk|volledig|deels|duurzaam)\s+)?arbeidsongeschikt(?:heid)?)",
    rf"(?P<v>(?:in|onder)\s+behandeling\s+(?:bij|van)\s+(?:een\s+|de\s+|het\s+)?{_THERAPIST})",
    r"(?P<v>(?:positief\s+getest|besmet)\s+(?:op|met)\s+(?:het\s+)?(?:corona(?:virus)?|covid(?:-19)?))",
    r"(?P<v>gediagnosticeerd\s+met\s+\w+(?:\s+\w+)?)",
)

_NOT_HEALTH = re.compile(
    r"^(?:kinderziekte|kinderziektes|kinderziekten|dierziekte|dierziekten|plantenziekte|plantenziekten|"
    r"volksziekte|infectieziekte|infectieziekten|ziektewet|ziektekosten\w*|beroepsziekten|"
    r"\w*(?:bouw|sloop|reddings|politie|militaire|vredes|gebieds|zoek|actie)operaties?|\w*(?:relatie|groeps|gezins)therapie|"
    r"dijkbreuk|\w*(?:buis|leiding|contract)breuk(?:en)?|geluidsklachten|\w*overlastklachten|klachten)$",
    re.IGNORECASE,
)
# The words in front of a condition that belong to the phrase: "na een", "voor zijn", "haar ernstige".
_LEAD_IN = re.compile(
    r"(?:(?<!\w)(?:herstellende?|revaliderende?)\s+)?"
    r"(?:(?:(?<!\w)(?:voor|na|door|van|aan|met)\s+)?(?<!\w)(?:een|de|het|zijn|haar|hun|mijn|uw|jouw|diens)\s+"
    r"(?:(?:ernstige?|chronische?|lichte?|zware?|acute?|psychische?|lichamelijke?|zware|forse?)\s+)?"
    r"|(?<!\w)(?:ernstig|zwaar|licht|chronisch|erg|zeer)\s+)$",
    re.IGNORECASE,
)

HEALTH_CONTEXT = (
    "betrokkene", "medewerker", "patiënt", "patient", "cliënt", "client", "mevrouw", "meneer",
    "de heer", "hij", "zij", "diagnose", "gediagnosticeerd", "lijdt", "leed", "last van", "medisch*",
    "behandeling", "behandeld", "arts", "huisarts", "bedrijfsarts", "ziek", "herstel", "opname",
    "opgenomen", "klachten", "gezondheid", "gezondheidsklachten", "medicatie", "medicijnen",
)  # fmt: skip


class HealthRecognizer(DutchPatternRecognizer):
    """Health information about a person (conditions and care phrases)."""

    ENTITY: ClassVar[str] = "HEALTH"
    PATTERNS = (
        ("possessive_condition", rf"(?<!\w){_POSSESSIVE}\s+{_ADJ}(?P<v>{CONDITION})(?!\w)", 0.65),
        ("guarded_abbreviation", rf"(?<!\w)(?:heeft|had|lijdt\s+aan|leed\s+aan|met|{_POSSESSIVE}|diagnose)\s+(?P<v>{_ABBREV_GUARDED})(?!\w)", 0.6),
        ("condition", rf"(?<![\w-])(?P<v>{CONDITION})(?![\w-])", 0.4),
    ) + tuple((f"health_phrase_{i}", rf"(?<!\w){p}(?!\w)", 0.65) for i, p in enumerate(PHRASES))
    CONTEXT = HEALTH_CONTEXT
    CONTEXT_BEFORE = 80
    CONTEXT_AFTER = 40
    CONTEXT_BOOST = 0.2
    MIN_SCORE_WITH_CONTEXT = 0.6
    SCORE_CAP = 0.85

    def assess(self, text: str, match: re.Match[str], pattern: Pattern) -> Verdict | None:
        start, end = match.span("v")
        value = text[start:end]
        if _NOT_HEALTH.match(value):
            return None
        if pattern.name == "condition" and re.match(r"-?(?:wet|beleid|zorg|bestrijding|preventie)", text[end : end + 12], re.I):
            return None
        kind = {
            "possessive_condition": "condition of a person (possessive before it)",
            "guarded_abbreviation": "condition abbreviation after a verb/possessive",
            "condition": "condition term from the health lexicon",
        }.get(pattern.name, "phrase about a person's health or care")
        lead = _LEAD_IN.search(text, max(0, start - 40), start)
        if lead is not None and pattern.name != "guarded_abbreviation":
            start = lead.start()  # the phrase as a reader sees it: "na een hartinfarct"
        return Verdict(start, end, pattern.score, kind)
