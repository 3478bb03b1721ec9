"""Synthetic Woo-style training documents for the NER model.

The generator writes whole little documents -- memos, e-mails and e-mail threads,
minutes, letters, tables, decisions, news-like paragraphs and newswire text -- and records the
character offsets of every PER/ORG/LOC mention while it writes them, so the labels are
exact by construction.  Titles (dhr., mevr., drs., ...), roles (wethouder, minister, ...)
and e-mail addresses are *outside* the PER span; only the name itself is labelled.

Names come from the *train* split of :mod:`woo_ner_train.names` (the Woo-style
evaluation set in ``benchmarks/ner_eval`` uses the disjoint eval split and its own
templates).

Usage::

    from woo_ner_train.synth import generate_docs
    for text, ents in generate_docs(1000, seed=1):
        ...  # ents = [(start_char, end_char, label), ...]

    docs, n_misaligned = synth_spacy_docs(nlp, 1000, seed=1)
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import names as N

Ent = tuple[int, int, str]

# bump when the output of the generator changes (part of train.py's cache key)
GENERATOR_VERSION = 5  # 4 = newswire genre (see docs/ner.md for the v4.1 attempt that was dropped); 5 = glued academic titles

# --------------------------------------------------------------------------------------
# text builder


class Builder:
    """Appends text pieces and keeps entity offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.ents: list[Ent] = []
        self.pos = 0

    def add(self, text: str, label: str | None = None) -> Builder:
        if not text:
            return self
        if text[0] == "." and self.parts and self.parts[-1].endswith("."):
            text = text[1:]  # "B.V." + "." -> "B.V."
            if not text:
                return self
        if label:
            self.ents.append((self.pos, self.pos + len(text), label))
        self.parts.append(text)
        self.pos += len(text)
        return self

    def extend(self, segs: list[tuple[str, str | None]]) -> Builder:
        for t, lab in segs:
            self.add(t, lab)
        return self

    def nl(self, n: int = 1) -> Builder:
        return self.add("\n" * n)

    def text(self) -> str:
        return "".join(self.parts)


Segs = list[tuple[str, "str | None"]]

# --------------------------------------------------------------------------------------
# persons

TUSSENVOEGSELS = (
    ["de"] * 30 + ["van"] * 20 + ["van der"] * 10 + ["van den"] * 7 + ["van de"] * 7
    + ["ten"] * 3 + ["ter"] * 3 + ["van 't"] * 2 + ["in 't"] + ["op de"] + ["te"]
    + ["'t"] + ["van het"] + ["den"] + ["el"] + ["le"] + ["du"] + ["da"]
)

TITLES_M = ["dhr.", "Dhr.", "de heer", "De heer", "heer", "mijnheer", "meneer", "dhr"]
TITLES_F = ["mevr.", "Mevr.", "mw.", "Mw.", "mevrouw", "Mevrouw", "mevr", "mw"]
ACAD = ["drs.", "ir.", "mr.", "dr.", "prof.", "prof. dr.", "ing.", "ds.", "bc.", "mr. drs.", "dr. ir.", "Drs.", "Mr.", "Ir.", "Dr.",
        # v5: glued forms (one token for the tokenizer), never part of the name
        "prof.dr.", "Prof.dr.", "Prof.dr.ir.", "Mr.drs.", "Dr.ir.", "mr.dr."]
POST = ["MSc", "MA", "MBA", "BSc", "LL.M.", "RA", "RC", "PhD", "Bsc"]

ROLES = [
    "wethouder", "burgemeester", "minister", "staatssecretaris", "Kamerlid", "gedeputeerde",
    "raadslid", "gemeentesecretaris", "griffier", "directeur", "loco-burgemeester",
    "fractievoorzitter", "commissaris van de Koning", "secretaris-generaal", "premier",
    "minister-president", "voorzitter", "woordvoerder", "advocaat", "notaris", "rechter",
    "officier van justitie", "hoofdcommissaris", "inspecteur", "ambtenaar", "projectleider",
    "dijkgraaf", "oud-wethouder", "oud-minister", "senator", "partijleider", "collega",
    "adviseur", "medewerker", "klokkenluider", "verzoeker", "bezwaarmaker", "buurman",
    "buurvrouw", "bewoner", "eigenaar", "ondernemer", "journalist", "ombudsman",
    "programmamanager", "teamleider", "concerncontroller", "CEO", "bestuurder", "dominee",
]

FUNCTIONS = [
    "Beleidsmedewerker", "Senior beleidsmedewerker", "Beleidsadviseur", "Senior adviseur",
    "Juridisch adviseur", "Jurist", "Teamleider", "Afdelingshoofd", "Projectleider",
    "Programmamanager", "Directeur", "Plaatsvervangend directeur", "Secretaris",
    "Communicatieadviseur", "Woordvoerder", "Coördinator", "Medewerker Publiekszaken",
    "Strategisch adviseur", "Controller", "Griffier", "Gemeentesecretaris", "Wethouder",
    "Burgemeester", "Raadslid", "Accountmanager", "Casemanager", "Toezichthouder",
    "Handhaver", "Inspecteur", "Managementassistent", "Bestuursadviseur", "Woo-coördinator",
    "Privacy officer", "Functionaris gegevensbescherming", "Informatiemanager",
    "Stagiair", "Trainee", "Senior juridisch medewerker", "Adviseur Ruimte",
    "Vergunningverlener", "Data-analist", "Programmasecretaris", "Hoofd Communicatie",
    # hyphenated titles (v4): capitalised compounds that are not names
    "Directeur-bestuurder", "Adjunct-directeur", "Directeur-generaal", "Secretaris-generaal",
    "Plaatsvervangend secretaris-generaal", "Inspecteur-generaal", "Loco-burgemeester",
    "Hoofd-inspecteur", "Officier-commissaris", "Beleidsmedewerker-jurist", "Manager-controller",
]

AFDELINGEN = [
    "Afdeling Juridische Zaken", "Team Vergunningen", "Directie Wetgeving en Juridische Zaken",
    "Afdeling Ruimtelijke Ordening", "Cluster Dienstverlening", "Team Bestuursondersteuning",
    "Directie Financiën", "Afdeling Communicatie", "Directie Openbaar Bestuur en Democratie",
    "Team Handhaving", "Afdeling Sociaal Domein", "Bureau Woo", "Concernstaf",
    "Directoraat-generaal Wonen en Bouwen", "Afdeling Informatievoorziening",
    "Team Omgevingsrecht", "Afdeling Publiekszaken", "Directie Bedrijfsvoering",
    "Afdeling Beleid en Strategie", "Team Wonen", "Afdeling Stadsbeheer", "Directie Klimaat",
    "Team Openbare Orde en Veiligheid", "Afdeling Inkoop", "Team Jeugd", "Afdeling HRM",
    "Directie Communicatie", "Staf Bestuurszaken", "Team Economie", "Afdeling Verkeer",
]

TOPICS = [
    "de herinrichting van het Stationsplein", "het Woo-verzoek over de windturbines",
    "de aanbesteding van het leerlingenvervoer", "de subsidieaanvraag", "de begroting 2024",
    "het bestemmingsplan Buitengebied", "de opvang van asielzoekers", "de energietransitie",
    "de verkeersveiligheid rond de school", "de evaluatie van het project", "de nieuwe huisvesting",
    "het handhavingsverzoek", "de klacht van de bewoners", "de vergunningaanvraag",
    "de stikstofproblematiek", "het coalitieakkoord", "de jaarrekening", "de reorganisatie",
    "de Omgevingswet", "de zienswijze", "het onderzoeksrapport", "de raadsinformatiebrief",
    "de Kamervragen", "het interne onderzoek", "de planning", "de gesprekken met de provincie",
    "de luchtkwaliteit", "de bouw van de sporthal", "het parkeerbeleid", "de WOZ-bezwaren",
]

CAP_O_WORDS = [
    "Onderwerp", "Kenmerk", "Datum", "Bijlage", "Bijlagen", "Besluit", "Nota", "Memo",
    "Verslag", "Agenda", "Rondvraag", "Actiepunten", "Voorzitter", "Notulist", "Secretaris",
    "Collegebesluit", "Raadsvoorstel", "Zienswijze", "Bezwaar", "Omgevingsvergunning",
    "Bestemmingsplan", "Woo-verzoek", "Inventarislijst", "Beslisnota", "Conceptversie",
    "Vertrouwelijk", "Intern", "Spoed", "Urgent", "Toelichting", "Advies", "Aanleiding",
    "Conclusie", "Samenvatting", "Inleiding", "Kernboodschap", "Financiën", "Planning",
    "Communicatie", "Risico's", "Juridisch", "Beslispunten", "Vervolg", "Openbaar",
    "Postbus", "Stadhuis", "Provinciehuis", "Raadzaal", "Wet", "Awb", "Woo", "AVG",
    "Kabinet", "College", "Raad", "Kamer", "Staten", "Rijk", "Gemeente", "Provincie",
]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

STREET_CORES = [
    "Kerk", "Dorps", "School", "Molen", "Stations", "Mark", "Wilhelmina", "Juliana",
    "Beatrix", "Oranje", "Prins Hendrik", "Kastanje", "Eiken", "Linden", "Berken", "Beuken",
    "Industrie", "Haven", "Veld", "Nieuwe", "Hoofd", "Lange", "Korte", "Zuid", "Noord",
    "Rembrandt", "Vondel", "Koning", "Emma", "Parallel", "Tuin", "Prinsen", "Heren",
    "Keizers", "Spoor", "Dijk", "Weide", "Akker", "Rozen", "Tulpen", "Bloemen",
]
STREET_SUFFIX = ["straat", "weg", "laan", "plein", "singel", "gracht", "kade", "dijk", "hof",
                 "park", "pad", "dreef", "steeg", "plantsoen", "boulevard"]

MINISTRIES = [
    "Binnenlandse Zaken en Koninkrijksrelaties", "Financiën", "Justitie en Veiligheid",
    "Economische Zaken en Klimaat", "Infrastructuur en Waterstaat", "Volksgezondheid, Welzijn en Sport",
    "Onderwijs, Cultuur en Wetenschap", "Sociale Zaken en Werkgelegenheid", "Defensie",
    "Buitenlandse Zaken", "Landbouw, Natuur en Voedselkwaliteit", "Algemene Zaken",
    "Volkshuisvesting en Ruimtelijke Ordening", "Klimaat en Groene Groei", "Asiel en Migratie",
]
FIXED_ORGS = [
    "Rijkswaterstaat", "Belastingdienst", "Politie", "Nationale Politie", "Openbaar Ministerie",
    "Raad van State", "Tweede Kamer", "Eerste Kamer", "Algemene Rekenkamer", "UWV", "SVB",
    "DUO", "CBS", "RIVM", "COA", "IND", "NVWA", "ProRail", "NS", "KNMI", "Kadaster",
    "Autoriteit Persoonsgegevens", "Nationale ombudsman", "Rabobank", "ING", "ABN AMRO",
    "Shell", "Philips", "KLM", "Schiphol Group", "Eneco", "Vattenfall", "Stedin", "Alliander",
    "Tennet", "VNG", "Interprovinciaal Overleg", "Unie van Waterschappen", "Europese Commissie",
    "Europese Unie", "NAVO", "Verenigde Naties", "Rode Kruis", "GGD", "Veiligheidsregio",
    "Staatsbosbeheer", "Natuurmonumenten", "Vluchtelingenwerk", "Woonbron", "Vestia",
    "Ymere", "Eigen Haard", "Universiteit Utrecht", "Rijksuniversiteit Groningen",
    "Universiteit van Amsterdam", "TNO", "Deloitte", "KPMG", "PwC", "Berenschot",
    "Capgemini", "Arcadis", "Royal HaskoningDHV", "Witteveen+Bos", "Heijmans", "BAM",
    "NOS", "RTL Nieuws", "de Volkskrant", "NRC", "Trouw", "Het Parool", "AD", "De Telegraaf",
    "ANP", "Omroep Brabant", "RTV Utrecht", "Follow the Money", "Transparency International",
    "Ajax", "PSV", "Feyenoord", "AZ", "FC Utrecht", "Anderlecht", "Club Brugge", "Standard",
    "AA Gent", "KV Mechelen", "Rabo", "Jumbo-Visma", "Quick-Step", "KNVB", "UEFA", "FIFA",
    "Sabena", "Volvo", "Fortis", "KBC", "Electrabel", "Belgacom", "De Standaard", "De Morgen",
    "VRT", "VTM", "Reuters", "AP", "Microsoft", "Google", "Apple", "Unilever", "Ahold",
]
PARTIES = ["VVD", "CDA", "PvdA", "D66", "GroenLinks", "SP", "PVV", "ChristenUnie", "SGP",
           "Partij voor de Dieren", "JA21", "BBB", "Volt", "DENK", "FvD", "50PLUS",
           "GroenLinks-PvdA", "NSC", "Leefbaar Rotterdam", "Stadsbelangen", "CD&V", "N-VA",
           "Open VLD", "Vlaams Belang", "Groen", "sp.a"]
ORG_WORDS = ["Bouw", "Groen", "Zorg", "Advies", "Techniek", "Infra", "Vastgoed", "Energie",
             "Consult", "Media", "Logistiek", "Installatie", "Beheer", "Projecten", "Data",
             "Wonen", "Mobiliteit", "Recycling", "Schoonmaak", "Beveiliging"]
ORG_STEMS = ["Noord", "West", "Delta", "Polder", "Horizon", "Zon", "Duin", "Eem", "Maas",
             "Rijn", "Kempen", "Veluwe", "Stad", "Land", "Water", "Brug", "Toren", "Linde",
             "Eik", "Vlinder", "Noorderlicht", "Atlas", "Triton", "Nova", "Prisma", "Optima"]


@dataclass
class Person:
    first: str
    middle: list[str]
    surname: N.Surname
    second: N.Surname | None  # hyphenated double name part
    female: bool

    def initials(self, rng: random.Random) -> str:
        letters = [self.first[0]] + [m[0] for m in self.middle]
        # "Th." "Chr." style for some names
        style = rng.random()
        if style < 0.75:
            return "".join(f"{x}." for x in letters)
        if style < 0.85:
            return " ".join(f"{x}." for x in letters)
        if style < 0.95:
            return "".join(letters)
        return "".join(f"{x}." for x in letters[:1])

    def family(self, capital_first: bool) -> str:
        """Family name incl. tussenvoegsel and second (double) name."""
        main = self.surname.capitalised() if capital_first else self.surname.natural()
        if self.second is None:
            return main
        return f"{main}-{self.second.natural()}"


class NameSource:
    def __init__(self, rng: random.Random, split: str = "train") -> None:
        self.rng = rng
        self.first = N.first_names(split)
        self.cbs = N.cbs_surnames(split)
        self.meertens = N.meertens_surnames(split)

    def _random_surname_core(self) -> str:
        # pseudo-names from syllables: forces the model to rely on context too
        syl = ["ber", "ka", "van", "lo", "mer", "stra", "ten", "hui", "zen", "dijk", "ma",
               "sel", "ink", "bos", "ho", "ver", "kel", "man", "ning", "ga", "rik", "ter",
               "wol", "sch", "ouw", "ees", "lin", "ckx", "aert", "mans", "ens", "ema",
               "ski", "ović", "oglu", "ez", "elli", "iak", "ou", "ri", "ta", "ko", "ne"]
        n = self.rng.choice([2, 2, 3])
        s = "".join(self.rng.choice(syl) for _ in range(n))
        return s[0].upper() + s[1:]

    def surname(self) -> N.Surname:
        r = self.rng.random()
        if r < 0.45:
            core = self.rng.choice(self.cbs)
            prefix = self.rng.choice(TUSSENVOEGSELS) if self.rng.random() < 0.3 else ""
            return N.Surname(prefix, core)
        if r < 0.93:
            return self.rng.choice(self.meertens)
        return N.Surname("", self._random_surname_core())

    def person(self) -> Person:
        rng = self.rng
        first = rng.choice(self.first)
        middle = [rng.choice(self.first) for _ in range(rng.choice([0, 0, 1, 1, 2, 3]))]
        second = self.surname() if rng.random() < 0.12 else None
        return Person(first, middle, self.surname(), second, rng.random() < 0.5)


def person_segs(p: Person, rng: random.Random, form: str | None = None,
                title: bool | None = None, role: str | None = None) -> Segs:
    """Render a person mention as segments; only the name part is labelled PER."""
    forms = ["full", "full", "full", "init", "init", "init", "sur", "sur", "rev_init",
             "rev_first", "first_mid", "init_first", "caps", "first"]
    form = form or rng.choice(forms)
    caps = False
    if form == "caps":
        caps = True
        form = rng.choice(["full", "init", "sur", "rev_init"])
    if form == "full":
        name = f"{p.first} {p.family(False)}"
    elif form == "first_mid":
        name = f"{p.first} {' '.join(m[0] + '.' for m in p.middle) or p.first[0] + '.'} {p.family(False)}"
    elif form == "init" or form == "init_first":
        name = f"{p.initials(rng)} {p.family(False)}"
    elif form == "sur":
        name = p.family(True)
    elif form == "rev_init":
        if p.surname.prefix and rng.random() < 0.5:
            fam = p.surname.core + (f"-{p.second.natural()}" if p.second else "")
            name = f"{fam}, {p.initials(rng)} {p.surname.prefix}"
        else:
            name = f"{p.family(True)}, {p.initials(rng)}"
    elif form == "rev_first":
        if p.surname.prefix and rng.random() < 0.4:
            fam = p.surname.core + (f"-{p.second.natural()}" if p.second else "")
            name = f"{fam}, {p.first} {p.surname.prefix}"
        else:
            name = f"{p.family(True)}, {p.first}"
    elif form == "first":
        name = p.first
    else:
        raise ValueError(form)
    if caps:
        name = name.upper()
    segs: Segs = []
    if role:
        segs.append((role + " ", None))
    if title is None:
        title = form in ("init", "sur", "full") and rng.random() < 0.35
    if title and form != "first":
        t = rng.choice(TITLES_F if p.female else TITLES_M)
        if rng.random() < 0.3:
            t = t + " " + rng.choice(ACAD)
        elif rng.random() < 0.15:
            t = rng.choice(ACAD)
        segs.append((t + " ", None))
    segs.append((name, "PER"))
    if form in ("full", "init") and not caps and rng.random() < 0.04:
        segs.append((" " + rng.choice(POST), None))
    return segs


# --------------------------------------------------------------------------------------
# organisations, places, misc


class World:
    def __init__(self, rng: random.Random, split: str = "train") -> None:
        self.rng = rng
        self.names = NameSource(rng, split)
        self.places = N.places(split)

    # --- basic pieces
    def place(self) -> str:
        return self.rng.choice(self.places)

    def org(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.18:
            return f"{rng.choice(['gemeente', 'Gemeente', 'gemeente'])} {self.place()}"
        if r < 0.28:
            return f"{rng.choice(['Ministerie', 'ministerie', 'het ministerie'])} van {rng.choice(MINISTRIES)}".replace("het ministerie", "ministerie")
        if r < 0.4:
            return rng.choice(FIXED_ORGS)
        if r < 0.5:
            base = rng.choice([self.names.surname().capitalised(), rng.choice(ORG_STEMS) + rng.choice(ORG_WORDS).lower(),
                               f"{rng.choice(ORG_STEMS)} {rng.choice(ORG_WORDS)}"])
            return f"{base} {rng.choice(['B.V.', 'BV', 'N.V.', 'Holding B.V.', 'Groep', 'Advocaten', 'Notarissen', '& Partners', 'Consultancy', 'Installatietechniek B.V.'])}"
        if r < 0.6:
            return f"{rng.choice(['Stichting', 'stichting', 'Vereniging', 'Coöperatie'])} {rng.choice(ORG_STEMS)} {rng.choice(ORG_WORDS)}"
        if r < 0.66:
            return f"Provincie {rng.choice(['Utrecht', 'Gelderland', 'Noord-Holland', 'Zuid-Holland', 'Overijssel', 'Drenthe', 'Fryslân', 'Limburg', 'Zeeland', 'Flevoland', 'Groningen', 'Noord-Brabant'])}"
        if r < 0.72:
            return f"{rng.choice(['Waterschap', 'Hoogheemraadschap', 'Omgevingsdienst', 'Veiligheidsregio', 'GGD', 'Politie', 'Woningcorporatie', 'Rechtbank', 'Gerechtshof', 'Stadsdeel'])} {self.place()}"
        if r < 0.85:
            return rng.choice(PARTIES)
        if r < 0.92:
            return f"{rng.choice(['Universiteit', 'Hogeschool', 'Ziekenhuis', 'Museum', 'Theater', 'Bibliotheek', 'Voetbalclub', 'Zorggroep'])} {self.place()}"
        return f"{self.place()} {rng.choice(['Airport', 'Port', 'Energie', 'Wonen', 'Marketing', 'Partners'])}"

    def person(self) -> Person:
        return self.names.person()

    def date(self) -> str:
        rng = self.rng
        d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
        r = rng.random()
        if r < 0.4:
            return f"{d} {MONTHS[m - 1]} {y}"
        if r < 0.55:
            return f"{rng.choice(WEEKDAYS)} {d} {MONTHS[m - 1]} {y}"
        if r < 0.7:
            return f"{d:02d}-{m:02d}-{y}"
        if r < 0.8:
            return f"{rng.choice(WEEKDAYS).capitalize()} {d} {MONTHS[m - 1].capitalize()} {y}"
        if r < 0.9:
            return f"{d} {MONTHS[m - 1][:3]}. {y}"
        return f"{y}-{m:02d}-{d:02d}"

    def time(self) -> str:
        return f"{self.rng.randint(7, 22)}:{self.rng.choice(['00', '15', '30', '45', '02', '11', '37', '58'])}"

    def street(self) -> str:
        rng = self.rng
        s = rng.choice(STREET_CORES)
        suf = rng.choice(STREET_SUFFIX)
        return f"{s}{suf} {rng.randint(1, 250)}{rng.choice(['', '', '', 'a', 'B', '-2'])}"

    def postcode(self) -> str:
        rng = self.rng
        return f"{rng.randint(1000, 9999)} {chr(65 + rng.randint(0, 25))}{chr(65 + rng.randint(0, 25))}"

    def phone(self) -> str:
        rng = self.rng
        return rng.choice([
            f"06-{rng.randint(10000000, 99999999)}", f"06 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
            f"+31 6 {rng.randint(10000000, 99999999)}", f"070-{rng.randint(1000000, 9999999)}",
            f"(030) {rng.randint(100, 999)} {rng.randint(1000, 9999)}", "14 020",
        ])

    def email(self, p: Person, domain: str | None = None) -> str:
        rng = self.rng
        sur = re.sub(r"[^a-z]", "", p.surname.natural().lower()) or "x"
        first = re.sub(r"[^a-z]", "", p.first.lower()) or "x"
        local = rng.choice([f"{first}.{sur}", f"{first[0]}.{sur}", f"{first[0]}{sur}", f"{sur}", f"{first}"])
        domain = domain or rng.choice(["minbzk.nl", "utrecht.nl", "amsterdam.nl", "rws.nl", "gmail.com",
                                       "hotmail.com", "provincie-utrecht.nl", "denhaag.nl", "minfin.nl",
                                       "politie.nl", "outlook.com", "ziggo.nl", "minienw.nl", "rivm.nl",
                                       "ambtenaar.nl", "planet.nl", "kpnmail.nl"])
        return f"{local}@{domain}"

    def kenmerk(self) -> str:
        rng = self.rng
        return rng.choice([f"{rng.randint(2018, 2025)}-{rng.randint(100000, 999999)}",
                           f"Z/{rng.randint(21, 25)}/{rng.randint(1000, 99999)}",
                           f"BZK-{rng.randint(2019, 2025)}-{rng.randint(1000, 9999)}",
                           f"D{rng.randint(1000000, 9999999)}", f"WOO-{rng.randint(100, 999)}"])


# --------------------------------------------------------------------------------------
# template filling

SLOT = re.compile(r"\{(\w+)\}")


def fill_slots(template: str, render: Callable[[str], Segs]) -> Segs:
    """Template text as unlabelled segments, each ``{SLOT}`` replaced by what ``render`` makes of it."""
    out: Segs = []
    last = 0
    for m in SLOT.finditer(template):
        if m.start() > last:
            out.append((template[last : m.start()], None))
        out.extend(render(m.group(1)))
        last = m.end()
    if last < len(template):
        out.append((template[last:], None))
    return out


class Ctx:
    """Per-document cast: a few people/orgs/places reused so mentions repeat."""

    def __init__(self, w: World) -> None:
        self.w = w
        self.rng = w.rng
        self.people = [w.person() for _ in range(self.rng.randint(2, 6))]
        self.orgs = [w.org() for _ in range(self.rng.randint(1, 4))]
        self.places = [w.place() for _ in range(self.rng.randint(1, 3))]

    def pick_person(self) -> Person:
        if self.rng.random() < 0.15:
            p = self.w.person()
            self.people.append(p)
            return p
        return self.rng.choice(self.people)

    def pick_org(self) -> str:
        return self.rng.choice(self.orgs) if self.rng.random() < 0.6 else self.w.org()

    def pick_place(self) -> str:
        return self.rng.choice(self.places) if self.rng.random() < 0.5 else self.w.place()

    def fill(self, template: str) -> Segs:
        return fill_slots(template, self._slot)

    def _slot(self, slot: str) -> Segs:
        """The segments one ``{SLOT}`` of a template stands for."""
        rng = self.rng
        if slot in _CHOICE_SLOTS:  # a word drawn from a list, with its label
            words, label = _CHOICE_SLOTS[slot]
            return [(rng.choice(words), label)]
        if slot == "P":
            return list(person_segs(self.pick_person(), rng))
        elif slot == "Pfull":
            return list(person_segs(self.pick_person(), rng, form=rng.choice(["full", "init"]), title=False))
        elif slot == "Ptit":
            return list(person_segs(self.pick_person(), rng, form=rng.choice(["full", "init", "sur"]), title=True))
        elif slot == "Psur":
            return list(person_segs(self.pick_person(), rng, form="sur", title=False))
        elif slot == "Pfirst":
            return list(person_segs(self.pick_person(), rng, form="first"))
        elif slot == "Prole":
            role = rng.choice(ROLES)
            return list(person_segs(self.pick_person(), rng, form=rng.choice(["sur", "sur", "full", "init"]),
                                   title=False, role=role))
        elif slot == "PROLE":  # sentence-initial role
            role = rng.choice(ROLES)
            role = role[0].upper() + role[1:]
            return list(person_segs(self.pick_person(), rng, form=rng.choice(["sur", "full", "init"]),
                                   title=False, role=role))
        elif slot == "O":
            return [(self.pick_org(), "ORG")]
        elif slot == "L":
            return [(self.pick_place(), "LOC")]
        elif slot == "D":
            return [(self.w.date(), None)]
        elif slot == "f":
            return [(rng.choice(FUNCTIONS).lower(), None)]
        elif slot == "N":
            return [(str(rng.randint(2, 250)), None)]
        elif slot == "TIME":
            return [(self.w.time(), None)]
        elif slot == "K":
            return [(self.w.kenmerk(), None)]
        elif slot == "ST":
            return [(self.w.street(), None)]
        else:
            raise KeyError(slot)


BODY = [
    "Zoals besproken met {P} stuur ik u hierbij de stukken over {T}.",
    "{Ptit} heeft aangegeven dat {O} nog niet akkoord is met {T}.",
    "Op {D} heeft {PROLE} een bezoek gebracht aan {L}.",
    "Naar aanleiding van het overleg van {WD} met {P} ({O}) is afgesproken dat {Psur} de planning aanpast.",
    "Kun jij {Pfirst} even vragen of zij de notitie over {T} heeft ontvangen?",
    "Ik heb het concept voorgelegd aan {P}, {f} bij {O}.",
    "De reactie van {O} op {T} volgt uiterlijk {D}.",
    "{PROLE} wil graag voor het debat van {WD} een korte notitie ontvangen.",
    "Volgens {P} is de termijn van acht weken inmiddels verstreken.",
    "In de bijlage vindt u het verslag van het gesprek tussen {Prole} en de bewoners van {L}.",
    "Mijn collega {P} van het {A} neemt contact met u op.",
    "Het {A} heeft geen bezwaar tegen openbaarmaking, aldus {P}.",
    "{P} en {P} zijn namens {O} aanwezig bij de bijeenkomst in {L}.",
    "Wil je {Psur} in de cc meenemen? Hij is vanaf {D} de contactpersoon voor {T}.",
    "Graag ontvang ik voor {D} een reactie van {O}.",
    "Er is contact geweest met {O} over de situatie in {L}.",
    "{Pfirst}, kun je hier morgen naar kijken?",
    "Dank voor je snelle reactie, {Pfirst}!",
    "Ter info: {P} is tot en met {D} met verlof; vervanging via {P}.",
    "De gemeenteraad van {L} heeft op {D} ingestemd met het voorstel van {Prole}.",
    "{PROLE} ({PARTY}) vindt dat {O} te weinig doet aan {T}.",
    "Het college van burgemeester en wethouders heeft {Ptit} benoemd tot {f}.",
    "Tijdens het werkbezoek aan {O} in {L} sprak {Prole} met {P}.",
    "Namens {Prole} bedank ik u voor uw brief van {D}.",
    "U heeft op {D} een verzoek ingediend op grond van de Wet open overheid (Woo).",
    "Uw verzoek heeft betrekking op documenten over {T} in de periode van {M} tot en met {M} {N}.",
    "Bij de beoordeling van de documenten is {O} als derde-belanghebbende geraadpleegd.",
    "De namen van medewerkers van {O} zijn gelakt op grond van artikel 5.1, tweede lid, onder e, van de Woo.",
    "{Ptit} heeft op {D} een zienswijze ingediend.",
    "In de zaak tegen {P} uit {L} eist de officier van justitie een werkstraf.",
    "{P} uit {L} reageerde verrast: 'Dit hadden we niet verwacht.'",
    "De {N} deelnemers werden ontvangen door {Prole} en {Prole}.",
    "Namens {O} tekende {P} de overeenkomst met {O}.",
    "Het rapport van {O} is opgesteld door {P} en {P}.",
    "Afgesproken wordt dat {Psur} en {Psur} voor {D} een voorstel uitwerken.",
    "Ik heb telefonisch contact gehad met {Ptit} ({O}); hij laat weten dat {T} vertraging oploopt.",
    "{Psur} merkt op dat {O} al in {M} een signaal heeft afgegeven.",
    "Vanuit {L} reisde {P} door naar {L} voor een overleg met {O}.",
    "De woning aan de {ST} in {L} is eigendom van {P}.",
    "Hierbij stuur ik, mede namens {P}, de reactie van het {A}.",
    "Zie de mail van {P} hieronder.",
    "Ik sluit aan bij het voorstel van {Pfirst}.",
    "{Pfirst} en ik hebben {WD} gebeld met {O}.",
    "Bel gerust als er vragen zijn ({TIME} - {TIME}).",
    "Heeft {O} al gereageerd op de vragen van {P}?",
    "{O} en {O} werken samen aan {T}.",
    "De stukken liggen ter inzage in het stadhuis van {L}.",
    "In {L} en {L} is de overlast het grootst.",
    "Op uitnodiging van {O} bezocht {Prole} op {D} de regio {L}.",
    "{PROLE} heeft de vragen van Kamerlid {Psur} ({PARTY}) op {D} beantwoord.",
    "De heer {Psur} gaf aan het niet eens te zijn met het besluit.",
    "Mevrouw {Psur} vraagt of zij een afschrift kan krijgen.",
    "Verzoeker, {P}, woont sinds {N} jaar in {L}.",
    "{Ptit} is per {D} benoemd als {f} van {O}.",
    "Een delegatie van {O} onder leiding van {P} sprak met {Prole}.",
    "De eerste spade werd in {M} in de grond gestoken door {Prole} van {L}.",
    "Tijdens de vergadering van de {CAP} is het punt {T} aangehouden.",
    "Het {CAP} is op {D} vastgesteld; {CAP} volgt.",
    "Dit bericht is uitsluitend bestemd voor de geadresseerde.",
    "De beantwoording wordt afgestemd met het {A} en met {O}.",
    "{P} ({O}) en {P} ({O}) presenteerden de resultaten in {L}.",
    "Gisteren was ik in {L} bij {O}; morgen spreek ik {Pfirst}.",
    "Zoals {Prole} in {M} al schreef, is {T} een prioriteit.",
    "Op verzoek van {Psur} is de termijn verlengd tot {D}.",
]

NEWS = [
    "{Pfull} won gisteren de rit naar {L}.",
    "{Psur} was de snelste in {L}, voor {Pfull} en {Pfull}.",
    "De {N}-jarige {Pfull} tekende een contract bij {O}.",
    "\"We hebben hard gewerkt\", zei {Pfull} na afloop.",
    "\"Dat is onaanvaardbaar\", reageerde {Psur}.",
    "{Pfull}, de nieuwe voorzitter van {O}, wil de banden met {L} aanhalen.",
    "Volgens {Psur} heeft {O} de zaak te lang laten aanslepen.",
    "{PROLE} reist volgende week naar {L} voor overleg met zijn ambtgenoot {Pfull}.",
    "In {L} werd {Pfull} ({N}) aangehouden op verdenking van fraude.",
    "{Pfull} en {Pfull} stonden in de finale tegenover {Pfull}.",
    "Trainer {Psur} van {O} was tevreden over het spel.",
    "{O} neemt het zondag op tegen {O} in {L}.",
    "De film van regisseur {Pfull} gaat in {M} in première in {L}.",
    "Schrijver {Pfull} krijgt de prijs voor zijn roman over {L}.",
    "{Pfull} volgt {Pfull} op als topman van {O}.",
    "Het bedrijf uit {L} werd in {N} opgericht door {Pfull}.",
    "{Psur} scoorde twee keer; {Psur} maakte de gelijkmaker.",
    "De zanger {Pfull} treedt op {D} op in {L}.",
    "Premier {Psur} noemde het akkoord met {L} een doorbraak.",
    "Ook {Pfull} uit {L} was erbij.",
    "Het proces tegen {Pfull} begint in {M}.",
    "{Pfull} ({PARTY}) stelde vragen aan minister {Psur}.",
    "Na het vertrek van {Psur} nam {Pfull} het roer over bij {O}.",
    "{L} en {L} sloten een akkoord over de handel.",
    "Bij {O} werken ruim {N} mensen, aldus directeur {Pfull}.",
    "Onderzoeker {Pfull} van {O} waarschuwt voor de gevolgen.",
    "{Pfirst} ({N}) woont al jaren in {L}.",
    "Met {Psur} verliest {O} een belangrijke speler.",
    "{Psur}: \"Ik heb er alle vertrouwen in.\"",
    "Op de lijst staan onder meer {Pfull}, {Pfull} en {Pfull}.",
    "De ploeg van {Psur} eindigde als derde in {L}.",
    "{PROLE} opende vrijdag het nieuwe gebouw van {O} in {L}.",
    "Advocaat {Pfull} van {P} gaat in beroep.",
    "De Amerikaanse president {Pfull} ontmoette {Pfull} in {L}.",
    "Het Belgische {O} en het Nederlandse {O} gaan fuseren.",
    "Zijn vrouw {Pfull} overleed in {N}.",
    "{Pfull} van de {ACR} ontkent dat er afspraken zijn gemaakt.",
    "Volgens {Pfull} van het {ACR} is er geen sprake van een tekort.",
    "Gedelegeerd bestuurder {Pfull} van {O} reageert niet.",
    "Minister van {MIN} {Pfull} wil de regels aanscherpen.",
    "Staatssecretaris van {MIN} {Psur} stuurde de Kamer een brief.",
    "De minister van {MIN}, {Pfull}, was niet bereikbaar.",
    "Door {Pfull}",
    "{Pfull}",
    "{Pfull} in {L}",
    "Van onze correspondent {Pfull} in {L}",
    "Eerst sprak {Psur}, daarna {Psur}.",
    "Samen met {Pfull} richtte hij {O} op.",
    "Lokale politici als {Psur} en {Psur} zijn boos.",
    "De {NAT} regering van {Pfull} viel in {M}.",
    "De {NAT} minister {Psur} ontmoette zijn collega {Pfull}.",
    "{Psur} ({N}) wordt de nieuwe coach van {O}.",
    "({O}) {Pfull} kreeg de meeste stemmen.",
]
ACRONYMS = ["NMBS", "VDAB", "RSZ", "OCMW", "FNV", "CNV", "VNO-NCW", "MKB", "KNVB", "VRT", "SER", "CPB", "OM",
            "UWV", "COA", "IND", "RIVM", "NVWA", "ANWB", "KLM", "NAVO", "VN", "EU", "PvdA", "VVD", "CDA", "ACV", "ABVV"]
NATIONALITIES = ["Belgische", "Nederlandse", "Duitse", "Franse", "Britse", "Amerikaanse", "Italiaanse", "Spaanse",
                 "Russische", "Turkse", "Marokkaanse", "Poolse", "Israëlische", "Palestijnse", "Indiase", "Chinese"]
MIN_SHORT = ["Financiën", "Defensie", "Justitie", "Onderwijs", "Volksgezondheid", "Landbouw", "Binnenlandse Zaken",
             "Buitenlandse Zaken", "Economische Zaken", "Sociale Zaken", "Verkeer", "Mobiliteit", "Werk", "Klimaat", "BZK", "VWS"]

# sentences without entities, with varied (capitalised) first words
O_SENTENCES = [
    "Graag tot dan.", "Ja, dat klopt.",
    "Zie bijlage.", "Nee, nog niet ontvangen.", "Prima, ik pak het op.",
    "Morgen meer.", "Excuus voor de late reactie.", "Akkoord.", "Top, dank!", "Klopt helemaal.",
    "Helaas lukt het deze week niet.", "Misschien kunnen we volgende week bellen?", "Goed plan.",
    "Inmiddels is de planning aangepast.", "Verder geen bijzonderheden.", "Hierbij de stukken.",
    "Daarnaast is er nog een vraag over de kosten.", "Tot slot: de deadline blijft staan.",
    "Overigens is het budget nog niet toegekend.", "Uiteraard houden we je op de hoogte.",
    "Let op: dit is een conceptversie.", "Nog even ter herinnering.", "Bedankt voor het fijne overleg.",
    "Wordt vervolgd.", "Kan dit zo de deur uit?",
    "Graag jullie reactie voor vrijdag.", "Eens met het voorstel.", "Geen bezwaar vanuit ons team.",
    "Dringend verzoek om dit vertrouwelijk te behandelen.", "Conclusie: nader onderzoek is nodig.", "Vraag: wie neemt dit op?", "Antwoord: dat is nog niet bekend.",
    "Opmerking: de cijfers zijn voorlopig.", "Status: afgerond.", "Stand van zaken: in behandeling.",
    "Gisteren is het concept besproken in het MT.", "Binnenkort volgt een nieuwe versie.",
    "Volgende stap is het opstellen van de brief.", "Afgesproken is om dit in het najaar te evalueren.",
    "Mocht je vragen hebben, laat het weten.", "Succes ermee!", "Fijn weekend!", "Welkom terug!", "Even een korte update.", "Nieuwe versie staat op SharePoint.", "Zojuist gebeld, geen gehoor.",
    "Eerder is hierover al een Kamerbrief verstuurd.", "Bijgaand het Raadsvoorstel en de Nota van Beantwoording.",
    "Deze Memo is bedoeld ter informatie.", "Tijdens de Rondvraag zijn geen punten ingebracht.",
    "Financiële Paragraaf volgt.", "Uitgangspunt is de Omgevingsvisie.", "Hoofdstuk 4 gaat over de Risico's.",
    "Zowel de Raad als het College zijn geïnformeerd.", "Ook de Ondernemingsraad heeft advies uitgebracht.",
]

KV_FIELDS = [
    ("Functie", "F"), ("Status", ["Afgerond", "In behandeling", "Open", "Gereed", "Vertraagd"]),
    ("Team", "A"), ("Afdeling", "A"), ("Locatie", "L"), ("Woonplaats", "L"), ("Plaats", "L"), ("Vestiging", "L"), ("Bedrijf", "O"),
    ("Organisatie", "O"),
    ("Opdrachtgever", "O"), ("Naam", "P"), ("Contactpersoon", "P"), ("Behandelaar", "P"),
    ("Melder", "P"), ("Aanvrager", "P"), ("Telefoon", "TEL"), ("Categorie", ["Overlast", "Klacht", "Melding", "Vraag", "Bezwaar"]),
    ("Prioriteit", ["Hoog", "Laag", "Normaal", "Spoed"]), ("Rol", ["Voorzitter", "Lid", "Adviseur", "Secretaris"]),
    ("Portefeuille", ["Financiën", "Wonen", "Jeugd", "Zorg", "Verkeer", "Cultuur", "Economie"]),
    ("Datum", "D"), ("Kenmerk", "K"), ("Onderwerp", "T"), ("Besluit", ["Akkoord", "Aangehouden", "Afgewezen", "Conform advies"]),
    ("Adres", "ST"), ("Fase", ["Verkenning", "Planuitwerking", "Realisatie", "Beheer"]),
]

# capitalised non-name words: sentence openers and heading vocabulary (all O)
OPENERS = [
    "Bovendien", "Toch", "Hoewel", "Daarom", "Echter", "Inmiddels", "Vervolgens", "Sinds", "Omdat", "Gelukkig",
    "Helaas", "Ondertussen", "Intussen", "Daarnaast", "Verder", "Ook", "Zo", "Dus", "Maar", "En", "Want", "Nadat",
    "Terwijl", "Sindsdien", "Nochtans", "Slechts", "Alleen", "Eerder", "Later", "Volgens mij", "Kortom",
    "Desondanks", "Bijgevolg", "Vandaar", "Overigens", "Tenslotte", "Uiteindelijk", "Opvallend", "Ten slotte",
    "Tegelijk", "Wellicht", "Mogelijk", "Vanzelfsprekend", "Concreet", "Eigenlijk", "Blijkbaar", "Zeker",
    "Nu", "Toen", "Daarna", "Vooral", "Zowel", "Wel", "Niet", "Niemand", "Iedereen", "Sommige", "Alle",
    "Veel", "Weinig", "Mensen", "Bewoners", "Ambtenaren", "Ouders", "Leerlingen", "Medewerkers", "Critici",
    "Experts", "Onderzoekers", "Tijdens", "Na", "Voor", "Zonder", "Met", "Door", "Bij", "Vanaf", "Tot",
]
HEADING_WORDS = [
    "Besluitenlijst", "Verslag", "Notulen", "Agenda", "Jaarverslag", "Evaluatie", "Rapportage", "Voortgangsrapportage",
    "Kwartaalrapportage", "Schriftelijke", "Mondelinge", "Vragen", "Beantwoording", "Portefeuillehoudersoverleg",
    "Stuurgroep", "Werkgroep", "Regiegroep", "Bewonersavond", "Informatiebijeenkomst", "Raadsinformatiebrief",
    "Collegevoorstel", "Raadsvoorstel", "Startnotitie", "Plan", "Aanpak", "Uitvoeringsprogramma", "Convenant",
    "Overeenkomst", "Samenwerkingsovereenkomst", "Regiovisie", "Visie", "Beleidskader", "Nota", "Notitie",
    "Advies", "Adviesnota", "Bijlage", "Overzicht", "Toelichting", "Samenvatting", "Conclusies", "Aanbevelingen",
    "Inleiding", "Achtergrond", "Aanleiding", "Doel", "Scope", "Planning", "Begroting", "Financiën", "Risico's",
    "Communicatie", "Participatie", "Vervolgstappen", "Besluitvorming", "Bijlagen", "Opinie", "Reportage",
    "Commentaar", "Analyse", "Interview", "Achtergrond", "Pagina", "Rubriek", "Economie", "Binnenland",
    "Buitenland", "Sport", "Cultuur", "Regio", "Sociaal", "Domein", "Ruimtelijke", "Ordening", "Openbare",
    "Orde", "Veiligheid", "Duurzaamheid", "Energietransitie", "Woningbouw", "Jeugdzorg", "Wmo", "Participatiewet",
    "Omgevingsvisie", "Klimaatadaptatie", "Mobiliteit", "Dienstverlening", "Bedrijfsvoering", "Informatiebeveiliging",
    "Privacy", "Integriteit", "Personeel", "Organisatie", "Huisvesting", "Inkoop", "Aanbesteding", "Subsidie",
    "Handhaving", "Toezicht", "Vergunningverlening", "Concept", "Definitief", "Vertrouwelijk", "Openbaar",
    "Genoteerd", "Gezien", "Gelezen", "Akkoord", "Paraaf", "Vergaderdatum", "Vergadering", "Locatie", "Tijd",
    "Deelnemers", "Aanwezigen", "Afmeldingen", "Gasten", "Actiepunten", "Besluiten", "Mededelingen",
]


def cap_word(rng: random.Random) -> str:
    """A capitalised common (non-name) word."""
    cw = N.common_words()
    if cw and rng.random() < 0.6:
        w = rng.choice(cw)
        return w[0].upper() + w[1:]
    return rng.choice(HEADING_WORDS + OPENERS[:60] + [m.capitalize() for m in MONTHS + WEEKDAYS])


def heading(rng: random.Random) -> str:
    words = [cap_word(rng) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.5:
        words = [words[0]] + [w.lower() if rng.random() < 0.5 else w for w in words[1:]]
    h = " ".join(words)
    if rng.random() < 0.15:
        h = h.upper()
    if rng.random() < 0.2:
        h = f"{rng.randint(1, 9)}. {h}"
    return h


def with_opener(rng: random.Random, segs: Segs) -> Segs:
    """Prefix a capitalised common word; de-capitalise the old first word if it is O text."""
    if not segs:
        return segs
    first, lab = segs[0]
    if lab is None and first[:1].isupper() and not first.startswith(("De heer", "Mevrouw", "Mevr", "Dhr")):
        segs = [(first[0].lower() + first[1:], None)] + segs[1:]
    opener = rng.choice(OPENERS) if rng.random() < 0.6 else cap_word(rng)
    return [(opener + rng.choice([", ", " "]), None)] + segs


# --------------------------------------------------------------------------------------
# document genres


def _body(c: Ctx, b: Builder, n_min: int = 1, n_max: int = 4, para_break: float = 0.4) -> None:
    rng = c.rng
    for i in range(rng.randint(n_min, n_max)):
        r = rng.random()
        if r < 0.1:
            b.add(heading(rng)).nl()
        elif r > 0.93:
            b.add(cap_word(rng) + rng.choice(["", "", ":", "."])).nl()
        if r < 0.3:
            b.add(rng.choice(O_SENTENCES))
        elif r < 0.5:
            b.extend(with_opener(rng, c.fill(rng.choice(BODY))))
        else:
            b.extend(c.fill(rng.choice(BODY)))
        b.add("\n\n" if rng.random() < para_break else (" " if rng.random() < 0.8 else "\n"))


def _sig(c: Ctx, b: Builder, p: Person, org: str) -> None:
    rng = c.rng
    b.add(rng.choice(["Met vriendelijke groet,", "Met vriendelijke groet", "Met vriendelijke groeten,",
                      "Vriendelijke groet,", "Groet,", "Groeten,", "Hartelijke groet,", "Mvg,", "Gr.", "Hoogachtend,"]))
    b.nl(rng.choice([1, 2, 2]))
    b.extend(person_segs(p, rng, form=rng.choice(["full", "full", "init", "first", "caps", "first_mid"]), title=False))
    b.nl()
    if rng.random() < 0.8:
        f = rng.choice(FUNCTIONS)
        b.add(f.title() if rng.random() < 0.3 else f).nl()
    if rng.random() < 0.6:
        b.add(rng.choice(AFDELINGEN)).nl()
    if rng.random() < 0.7:
        b.add(org, "ORG").nl()
    if rng.random() < 0.4:
        b.add(f"{c.w.street()} | {c.w.postcode()} | ").add(c.w.place(), "LOC").nl()
    if rng.random() < 0.3:
        b.add("Postbus ").add(str(rng.randint(100, 99999))).add(" | ").add(c.w.postcode() + " ").add(c.pick_place(), "LOC").nl()
    if rng.random() < 0.6:
        b.add(rng.choice(["T ", "Tel: ", "M: ", "Mobiel ", "T: "]) + c.w.phone()).nl()
    if rng.random() < 0.5:
        b.add(rng.choice(["E ", "E-mail: ", "Mail: "]) + c.w.email(p)).nl()
    if rng.random() < 0.25:
        b.add(rng.choice(["Aanwezig: ma, di, do", "Ik werk niet op vrijdag.", "Werkdagen: maandag t/m donderdag",
                          "Bereikbaar op dinsdag en woensdag"])).nl()


def _addr_line(c: Ctx, p: Person, outlook: bool) -> Segs:
    rng = c.rng
    segs: Segs = []
    r = rng.random()
    if outlook and r < 0.35:
        segs += person_segs(p, rng, form=rng.choice(["rev_first", "rev_init"]), title=False)
    elif r < 0.75:
        segs += person_segs(p, rng, form=rng.choice(["full", "full", "init", "caps"]), title=False)
    elif r < 0.85:
        segs.append(("'", None))
        segs += person_segs(p, rng, form="full", title=False)
        segs.append(("'", None))
    else:
        segs.append((c.w.email(p), None))
        return segs
    if rng.random() < 0.7:
        segs.append((f" <{c.w.email(p)}>", None))
    elif rng.random() < 0.3:
        segs.append((f" - {rng.choice(AFDELINGEN)}", None))
    return segs


def gen_email(c: Ctx, b: Builder, thread: bool = False) -> None:
    rng = c.rng
    n_msgs = rng.randint(2, 4) if thread else 1
    outlook = rng.random() < 0.5
    for i in range(n_msgs):
        sender = c.pick_person()
        to = [c.pick_person() for _ in range(rng.randint(1, 3))]
        if i > 0:
            b.add(rng.choice(["\n-----Oorspronkelijk bericht-----\n", "\n________________________________\n",
                              "\n\n", "\n-----Original Message-----\n"]))
        b.add(rng.choice(["Van: ", "Van:\t", "From: ", "Afzender: "]))
        b.extend(_addr_line(c, sender, outlook)).nl()
        b.add(rng.choice(["Verzonden: ", "Datum: ", "Sent: ", "Verzonden:\t"]) + c.w.date() + " " + c.w.time()).nl()
        b.add(rng.choice(["Aan: ", "To: ", "Aan:\t"]))
        for j, p in enumerate(to):
            if j:
                b.add("; ")
            b.extend(_addr_line(c, p, outlook))
        b.nl()
        if rng.random() < 0.5:
            b.add(rng.choice(["CC: ", "Cc: "]))
            for j in range(rng.randint(1, 2)):
                if j:
                    b.add("; ")
                b.extend(_addr_line(c, c.pick_person(), outlook))
            b.nl()
        b.add(rng.choice(["Onderwerp: ", "Subject: "]) + rng.choice(["", "RE: ", "FW: ", "Re: ", "Doorst: "])
              + rng.choice(["", "", "[Vertrouwelijk] "]))
        b.extend(c.fill(rng.choice(["{T}", "Woo-verzoek {K}", "Overleg {WD} {TIME}", "vraag van {Psur}",
                                      "{T} - reactie {O}", "Afspraak met {P}", "Concept nota {T}", "Update {L}"])))
        b.nl(2)
        to0 = to[0]
        greet = rng.random()
        if greet < 0.4:
            b.add(rng.choice(["Beste ", "Hoi ", "Hi ", "Hallo ", "Dag ", "Ha ", "Goedenavond ", "Hey ", "Lieve ", "Morgen ", "Hee ", "Beste collega "]))
            b.extend(person_segs(to0, rng, form="first"))
            b.add(rng.choice([",", "", "!"]))
        elif greet < 0.7:
            b.add(rng.choice(["Geachte heer ", "Geachte mevrouw ", "Beste heer ", "Beste mevrouw ", "Geachte "]))
            b.extend(person_segs(to0, rng, form="sur", title=False))
            b.add(",")
        elif greet < 0.8:
            b.add(rng.choice(["Beste collega's,", "Allen,", "Hallo allemaal,", "Geachte heer, mevrouw,"]))
        else:
            b.add(rng.choice(["Beste ", "Hoi "]))
            b.extend(person_segs(to0, rng, form="first"))
            b.add(rng.choice([" en ", ", "]))
            b.extend(person_segs(c.pick_person(), rng, form="first"))
            b.add(",")
        b.nl(2)
        _body(c, b, 1, 4)
        b.nl()
        if rng.random() < 0.85:
            _sig(c, b, sender, c.pick_org())
        else:
            b.extend(person_segs(sender, rng, form="first"))
            b.nl()


def gen_memo(c: Ctx, b: Builder) -> None:
    rng = c.rng
    if rng.random() < 0.3:
        b.add(heading(rng)).nl()
    org = c.pick_org()
    if rng.random() < 0.6:
        b.add(org, "ORG").nl(2)
    b.add(rng.choice(["MEMO", "Memo", "NOTA", "Nota", "Notitie", "INTERNE NOTA", "Beslisnota"])).nl(2)
    sep = rng.choice([": ", ":\t", "\t", " "])
    fields = []
    fields.append(("Aan", [c.pick_person() for _ in range(rng.randint(1, 3))]))
    fields.append(("Van", [c.pick_person()]))
    if rng.random() < 0.6:
        fields.append((rng.choice(["Kopie aan", "Cc", "Afschrift aan", "c.c."]), [c.pick_person() for _ in range(rng.randint(1, 3))]))
    for label, people in fields:
        b.add(label + sep)
        for j, p in enumerate(people):
            if j:
                b.add(rng.choice([", ", "; ", " en "]))
            if rng.random() < 0.3:
                b.extend(person_segs(p, rng, role=rng.choice(["wethouder", "burgemeester", "minister", "directeur", "DG", "SG", "plv. directeur"]), form=rng.choice(["sur", "full", "init"]), title=False))
            else:
                b.extend(person_segs(p, rng, form=rng.choice(["full", "init", "init", "sur", "caps"])))
            if rng.random() < 0.3:
                b.add(f" ({rng.choice(AFDELINGEN)})" if rng.random() < 0.5 else f", {rng.choice(FUNCTIONS).lower()}")
        b.nl()
    b.add("Datum" + sep + c.w.date()).nl()
    b.add("Onderwerp" + sep).extend(c.fill(rng.choice(["{T}", "Voorbereiding bezoek {L}", "Gesprek met {O}", "{T} ({K})"]))).nl()
    if rng.random() < 0.4:
        b.add("Kenmerk" + sep + c.w.kenmerk()).nl()
    b.nl()
    for head in rng.sample(["Aanleiding", "Advies", "Kernpunten", "Toelichting", "Beslispunten", "Financiën", "Communicatie", "Vervolg"], rng.randint(1, 3)):
        b.add(head if rng.random() < 0.7 else head.upper()).nl()
        _body(c, b, 1, 3)


def gen_minutes(c: Ctx, b: Builder) -> None:
    rng = c.rng
    if rng.random() < 0.4:
        b.add(heading(rng)).nl()
    b.add(rng.choice(["Verslag ", "VERSLAG ", "Notulen ", "Verslag van het ", "Actie- en besluitenlijst "]))
    b.extend(c.fill(rng.choice(["overleg {T}", "stuurgroep {T}", "bestuurlijk overleg {O}", "vergadering {A}", "werkgroep {L}"]))).nl()
    b.add(rng.choice(["Datum: ", "Datum vergadering: ", ""]) + c.w.date()).nl()
    b.add(rng.choice(["Locatie: ", "Plaats: "])).extend(c.fill(rng.choice(["stadhuis {L}", "{O}, {L}", "Teams", "kamer 4.12", "{L}"]))).nl()
    att = [c.pick_person() for _ in range(rng.randint(3, 8))]
    b.add(rng.choice(["Aanwezig: ", "Aanwezigen:\n", "Aanwezig\t", "Deelnemers: "]))
    listsep = rng.choice([", ", "; ", "\n", "\n- "])
    form = rng.choice(["init", "full", "sur", None])
    for j, p in enumerate(att):
        if j:
            b.add(listsep)
        b.extend(person_segs(p, rng, form=form or None))
        r = rng.random()
        if j == 0 and r < 0.6:
            b.add(rng.choice([" (voorzitter)", " (vz)", ", voorzitter"]))
        elif r < 0.3:
            b.add(" (")
            b.add(c.pick_org(), "ORG")
            b.add(")")
        elif r < 0.45:
            b.add(f" ({rng.choice(FUNCTIONS).lower()})")
        elif r < 0.55:
            b.add(f" - {rng.choice(AFDELINGEN)}")
    b.nl()
    if rng.random() < 0.6:
        b.add(rng.choice(["Afwezig: ", "Afwezig met kennisgeving: ", "Afgemeld: "]))
        for j in range(rng.randint(1, 3)):
            if j:
                b.add(", ")
            b.extend(person_segs(c.pick_person(), rng))
        b.nl()
    if rng.random() < 0.6:
        b.add(rng.choice(["Notulist: ", "Verslag: ", "Verslaglegging: "]))
        b.extend(person_segs(c.pick_person(), rng, form=rng.choice(["full", "init", "sur"]))).nl()
    b.nl()
    items = ["Opening en mededelingen", "Vaststellen agenda", "Verslag vorige vergadering", "Stand van zaken",
             "Communicatie", "Planning", "Rondvraag en sluiting", "Financiën", "Actiepunten"]
    for k, head in enumerate(rng.sample(items, rng.randint(2, 5)), 1):
        b.add(f"{k}. {head}" if rng.random() < 0.7 else f"{k} {head.upper()}").nl()
        if rng.random() < 0.5:
            b.add(rng.choice(["De voorzitter", "Voorzitter"]))
            if rng.random() < 0.5:
                b.add(" ").extend(person_segs(att[0], rng, form="sur", title=False))
            b.add(rng.choice([" opent de vergadering om ", " heet iedereen welkom om "]) + c.w.time() + ".")
            b.nl()
        _body(c, b, 1, 3, para_break=0.3)
        if rng.random() < 0.5:
            b.add(rng.choice(["Actie: ", "Actiepunt: ", "ACTIE "]))
            b.extend(person_segs(rng.choice(att), rng, form=rng.choice(["sur", "init", "first", "full"]), title=False))
            b.nl()
    if rng.random() < 0.6:
        b.nl().add(rng.choice(["Actielijst", "ACTIEPUNTEN", "Actiepunten"])).nl()
        gen_table_rows(c, b, kind="actions", people=att)


def gen_letter(c: Ctx, b: Builder) -> None:
    rng = c.rng
    org = c.pick_org()
    b.add(org, "ORG").nl()
    if rng.random() < 0.6:
        b.add(rng.choice(AFDELINGEN)).nl()
    b.add(f"Postbus {rng.randint(100, 99999)}").nl().add(c.w.postcode() + " " if rng.random() < 0.8 else "").add(c.pick_place(), "LOC").nl(2)
    p = c.pick_person()
    r = rng.random()
    if r < 0.5:
        b.add(rng.choice(["Aan de heer ", "De heer ", "Aan mevrouw ", "Mevrouw ", "T.a.v. de heer ", "Dhr. ", "Mw. "]))
        b.extend(person_segs(p, rng, form=rng.choice(["init", "init", "full", "caps"]), title=False))
    elif r < 0.75:
        b.add(c.pick_org(), "ORG").nl()
        b.add(rng.choice(["T.a.v. ", "t.a.v. ", "Ter attentie van "]))
        b.extend(person_segs(p, rng, form=rng.choice(["init", "full"])))
    else:
        b.extend(person_segs(p, rng, form=rng.choice(["init", "full", "caps"])))
    b.nl()
    b.add(c.w.street()).nl().add(c.w.postcode() + rng.choice([" ", "  "]))
    place = c.pick_place()
    b.add(place.upper() if rng.random() < 0.4 else place, "LOC").nl(2)
    sep = rng.choice(["\t", ": ", "  "])
    b.add("Datum" + sep + c.w.date()).nl()
    b.add(rng.choice(["Ons kenmerk", "Kenmerk", "Zaaknummer"]) + sep + c.w.kenmerk()).nl()
    if rng.random() < 0.4:
        b.add("Uw kenmerk" + sep + c.w.kenmerk()).nl()
    b.add("Onderwerp" + sep + rng.choice(["Besluit op uw Woo-verzoek", "Ontvangstbevestiging", "Uw brief van " + c.w.date(),
                                         "Beslissing op bezwaar", "Aanvraag omgevingsvergunning", "Zienswijze"])).nl()
    if rng.random() < 0.5:
        b.add(rng.choice(["Bijlage(n)", "Bijlagen"]) + sep + str(rng.randint(1, 5))).nl()
    b.nl()
    b.add(rng.choice(["Geachte heer ", "Geachte mevrouw ", "Geachte heer/mevrouw ", "Beste "]))
    b.extend(person_segs(p, rng, form="sur" if rng.random() < 0.85 else "first", title=False))
    b.add(",").nl(2)
    _body(c, b, 2, 5)
    b.nl()
    b.add(rng.choice(["Hoogachtend,", "Met vriendelijke groet,", "Met vriendelijke groet,"])).nl()
    if rng.random() < 0.6:
        b.add(rng.choice(["namens het college van burgemeester en wethouders van ", "de burgemeester van ",
                          "namens de minister van ", "de secretaris van "]))
        b.add(c.pick_place(), "LOC").add(",").nl(2)
    signer = c.pick_person()
    b.extend(person_segs(signer, rng, form=rng.choice(["full", "init", "init"]), title=rng.random() < 0.5)).nl()
    b.add(rng.choice(FUNCTIONS)).nl()


def gen_table_rows(c: Ctx, b: Builder, kind: str = "people", people: list[Person] | None = None) -> None:
    rng = c.rng
    sep = rng.choice([" | ", "\t", "  ", " ; ", "   "])
    if kind == "actions":
        b.add(sep.join(["Nr", "Actie", "Wie", "Datum"])).nl()
        for k in range(rng.randint(2, 5)):
            b.add(f"{k + 1}{sep}")
            b.extend(c.fill(rng.choice(["Notitie over {T} opstellen", "Contact opnemen met {O}", "Agenda {L} afstemmen",
                                         "Reactie naar {P} sturen", "Planning bijwerken"])))
            b.add(sep)
            b.extend(person_segs(rng.choice(people or c.people), rng, form=rng.choice(["sur", "init", "first", "full"]), title=False))
            b.add(sep + c.w.date()).nl()
        return
    cols = rng.choice([["Naam", "Functie", "Organisatie"], ["Naam", "Organisatie", "E-mail"], ["Naam", "Rol"],
                       ["Datum", "Naam", "Afdeling"], ["Nr.", "Naam", "Woonplaats"]])
    b.add(sep.join(cols if rng.random() < 0.7 else [x.upper() for x in cols])).nl()
    for k in range(rng.randint(2, 7)):
        p = c.pick_person()
        for j, col in enumerate(cols):
            if j:
                b.add(sep)
            if col == "Naam":
                b.extend(person_segs(p, rng, form=rng.choice(["full", "init", "rev_init", "rev_first", "caps", "sur"]), title=rng.random() < 0.2))
            elif col == "Functie":
                b.add(rng.choice(FUNCTIONS))
            elif col in ("Organisatie",):
                b.add(c.pick_org(), "ORG")
            elif col == "E-mail":
                b.add(c.w.email(p))
            elif col == "Rol":
                b.add(rng.choice(["Voorzitter", "Lid", "Secretaris", "Adviseur", "Toehoorder", "Opdrachtgever"]))
            elif col == "Datum":
                b.add(c.w.date())
            elif col == "Afdeling":
                b.add(rng.choice(AFDELINGEN))
            elif col == "Nr.":
                b.add(str(k + 1))
            elif col == "Woonplaats":
                b.add(c.pick_place(), "LOC")
        b.nl()


def gen_table(c: Ctx, b: Builder) -> None:
    rng = c.rng
    if rng.random() < 0.5:
        b.add(rng.choice(["Deelnemerslijst", "Overzicht betrokkenen", "Presentielijst", "Contactpersonen", "Bijlage 1"])).nl()
    gen_table_rows(c, b)
    if rng.random() < 0.4:
        _body(c, b, 1, 2)


def gen_news(c: Ctx, b: Builder) -> None:
    """News-like narrative paragraphs (helps on running text such as CoNLL)."""
    rng = c.rng
    if rng.random() < 0.3:
        b.add(heading(rng)).nl()
    if rng.random() < 0.5:
        b.add(c.pick_place().upper() if rng.random() < 0.5 else c.pick_place(), "LOC")
        b.add(rng.choice([" - ", " — ", " (ANP) - "]))
    for _ in range(rng.randint(2, 7)):
        r = rng.random()
        segs = (c.fill(rng.choice(NEWS)) if r < 0.55 else c.fill(rng.choice(BODY)) if r < 0.85
                else [(rng.choice(O_SENTENCES), None)])
        if rng.random() < 0.25:
            segs = with_opener(rng, segs)
        if rng.random() < 0.08:
            b.add(heading(rng)).nl()
        b.extend(segs)
        b.add("\n\n" if rng.random() < 0.2 else " ")


def gen_decision(c: Ctx, b: Builder) -> None:
    rng = c.rng
    b.add(rng.choice(["Besluit op uw Woo-verzoek", "BESLUIT", "Besluit op bezwaar", "Inventarislijst"])).nl(2)
    b.add(rng.choice(["Verzoeker: ", "Aanvrager: ", "Bezwaarmaker: "]))
    b.extend(person_segs(c.pick_person(), rng, form=rng.choice(["init", "full", "caps"]))).nl()
    b.add("Kenmerk: " + c.w.kenmerk()).nl(2)
    _body(c, b, 2, 5)
    if rng.random() < 0.5:
        b.add("Nr | Datum | Document | Beoordeling | Weigeringsgrond").nl()
        for k in range(rng.randint(2, 5)):
            b.add(f"{k + 1} | {c.w.date()} | ")
            b.extend(c.fill(rng.choice(["E-mail van {P} aan {P}", "Verslag overleg {O}", "Nota aan {Prole}",
                                         "Brief {O}", "Appberichten {Pfirst} en {Pfirst}"])))
            b.add(" | " + rng.choice(["Deels openbaar", "Openbaar", "Niet openbaar"]) + " | " + rng.choice(["5.1.2e", "5.1.2i", "5.2", "-", "5.1.2e, 5.2"]))
            b.nl()


def kv_segs(c: Ctx, key: str, kind) -> Segs:
    rng = c.rng
    if isinstance(kind, list):
        return [(rng.choice(kind), None)]
    if kind == "FREE":
        cw = N.common_words() or ("onbekend",)
        r = rng.random()
        if r < 0.4:
            return [(cap_word(rng), None)]
        if r < 0.6:
            return [(f"{cap_word(rng)} {cap_word(rng)}", None)]
        if r < 0.8:
            return [(" ".join(rng.choice(cw) for _ in range(rng.randint(1, 4))), None)]
        return [(str(rng.randint(1, 5000)), None)]
    if kind == "P":
        return person_segs(c.pick_person(), rng, form=rng.choice(["full", "init", "rev_init", "rev_first", "caps", "sur"]))
    if kind == "TEL":
        return [(c.w.phone(), None)]
    if kind == "F":
        f = rng.choice(FUNCTIONS)
        return [(f.title() if rng.random() < 0.4 else f, None)]
    return c.fill("{" + kind + "}")


def gen_form(c: Ctx, b: Builder) -> None:
    """Key/value records: contact forms, registrations, case overviews."""
    rng = c.rng
    b.add(rng.choice(["Contactformulier", "Melding openbare ruimte", "Registratie", "Zaakgegevens",
                      "Gespreksverslag", "Klachtformulier", "Aanmelding", "Overzicht"])).nl(rng.choice([1, 2]))
    sep = rng.choice([": ", ":\t", "\t", " - "])
    for _ in range(rng.randint(1, 3)):
        fields = rng.sample(KV_FIELDS, rng.randint(3, 8))
        fields += [(cap_word(rng), "FREE") for _ in range(rng.randint(0, 4))]
        rng.shuffle(fields)
        for key, kind in fields:
            b.add(key + sep).extend(kv_segs(c, key, kind)).nl()
        if rng.random() < 0.5:
            b.add(rng.choice(["Omschrijving", "Toelichting", "Opmerkingen", "Vraag"]) + sep)
            _body(c, b, 1, 2, para_break=0.0)
            b.nl()
        b.nl()


def gen_chat(c: Ctx, b: Builder) -> None:
    """Chat / transcript exports: speaker name before a colon, short lines."""
    rng = c.rng
    people = [c.pick_person() for _ in range(rng.randint(2, 4))]
    style = rng.choice(["android", "transcript", "teams", "sms"])
    forms = {id(p): rng.choice(["full", "first", "first", "sur", "init"]) for p in people}
    if style == "transcript":
        b.add(rng.choice(["Transcript hoorzitting", "Verslag interview", "Uitwerking gesprek", "Gespreksverslag"])).nl(2)
    lines = O_SENTENCES + [x for x in BODY if len(x) < 90]
    date = f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.choice(['22', '23', '2023', '2024'])}"
    for _ in range(rng.randint(4, 12)):
        p = rng.choice(people)
        hm = f"{rng.randint(7, 23):02d}:{rng.randint(0, 59):02d}"
        if style == "android":
            b.add(f"{date} {hm} - ")
        elif style == "sms":
            b.add(f"{hm} ")
        segs = person_segs(p, rng, form=forms[id(p)], title=style == "transcript" and rng.random() < 0.3)
        b.extend(segs)
        if style == "teams":
            b.add(f"  {hm}\n")
        else:
            b.add(": ")
        t = rng.choice(lines)
        b.extend(c.fill(t) if "{" in t else [(t, None)])
        b.nl()


def gen_dossier(c: Ctx, b: Builder) -> None:
    """Mixed document: heading, field block, body, signature-like closing."""
    rng = c.rng
    b.add(rng.choice(CAP_O_WORDS) + rng.choice(["", "", " (concept)", " - versie 2"])).nl()
    b.add(rng.choice(O_SENTENCES)).nl()
    fields = rng.sample(KV_FIELDS, rng.randint(2, 5)) + [(cap_word(rng), "FREE") for _ in range(rng.randint(0, 3))]
    rng.shuffle(fields)
    for key, kind in fields:
        b.add(key + rng.choice([": ", ":\t"])).extend(kv_segs(c, key, kind)).nl()
    b.nl()
    _body(c, b, 2, 5)


# --------------------------------------------------------------------------------------
# newswire (generator v4): running newspaper text with many non-Dutch names, surname-only
# second mentions, names in comma lists and at sentence start, sports results and
# line-ups, foreign politics, courts, culture and business.  Templates written for this
# project; names from names.foreign_* (hand-written) and the Dutch train split.

FOREIGN_PLACES = [
    "Parijs", "Londen", "Berlijn", "Madrid", "Rome", "Wenen", "Warschau", "Praag", "Boedapest",
    "Boekarest", "Sofia", "Belgrado", "Zagreb", "Sarajevo", "Pristina", "Tirana", "Athene",
    "Ankara", "Moskou", "Kiev", "Minsk", "Tbilisi", "Jeruzalem", "Tel Aviv", "Gaza", "Ramallah",
    "Beiroet", "Damascus", "Bagdad", "Teheran", "Kaboel", "Islamabad", "New Delhi", "Peking",
    "Shanghai", "Hongkong", "Tokio", "Seoel", "Jakarta", "Manila", "Sydney", "Washington",
    "New York", "Chicago", "Los Angeles", "Ottawa", "Mexico", "Havana", "Bogotá", "Lima",
    "Buenos Aires", "Santiago", "Brasilia", "Rio de Janeiro", "Kinshasa", "Kigali",
    "Bujumbura", "Lubumbashi", "Nairobi", "Lagos", "Abuja", "Dakar", "Abidjan", "Accra",
    "Johannesburg", "Pretoria", "Kaapstad", "Algiers", "Tunis", "Tripoli", "Caïro", "Rabat",
    "Genève", "Zürich", "Lausanne", "Luxemburg", "Straatsburg", "Lyon", "Marseille", "Bordeaux",
    "Toulouse", "Nice", "Monaco", "Barcelona", "Valencia", "Sevilla", "Lissabon", "Porto",
    "Milaan", "Turijn", "Napels", "Florence", "München", "Hamburg", "Keulen", "Dortmund",
    "Frankfurt", "Stuttgart", "Manchester", "Liverpool", "Glasgow", "Edinburgh", "Dublin",
    "Belfast", "Stockholm", "Oslo", "Helsinki", "Kopenhagen", "Sint-Petersburg", "Grozny",
    "Luik", "Namen", "Charleroi", "Bergen", "Doornik", "Aarlen", "Bastenaken", "Moeskroen",
    "Waver", "Nijvel", "Verviers", "Hoei", "Halle", "Aalst", "Dendermonde", "Lokeren",
    "Waregem", "Harelbeke", "Geraardsbergen", "Oudenaarde", "Tienen", "Diest", "Tongeren",
    "Sint-Truiden", "Beringen", "Lommel", "Mol", "Geel", "Herentals", "Boom", "Zaventem",
    "Schaarbeek", "Anderlecht", "Molenbeek", "Elsene", "Ukkel", "Vorst", "Etterbeek",
]
COUNTRIES = [
    "België", "Nederland", "Frankrijk", "Duitsland", "Groot-Brittannië", "Engeland", "Schotland",
    "Ierland", "Spanje", "Portugal", "Italië", "Zwitserland", "Oostenrijk", "Denemarken",
    "Zweden", "Noorwegen", "Finland", "Polen", "Tsjechië", "Slowakije", "Hongarije",
    "Roemenië", "Bulgarije", "Joegoslavië", "Servië", "Kroatië", "Bosnië", "Kosovo",
    "Albanië", "Griekenland", "Turkije", "Rusland", "Oekraïne", "Wit-Rusland", "Tsjetsjenië",
    "Israël", "Libanon", "Syrië", "Irak", "Iran", "Afghanistan", "Pakistan", "India", "China",
    "Japan", "Indonesië", "Oost-Timor", "Australië", "Amerika", "de Verenigde Staten",
    "Canada", "Mexico", "Cuba", "Colombia", "Peru", "Argentinië", "Chili", "Brazilië",
    "Congo", "Rwanda", "Burundi", "Kenia", "Nigeria", "Senegal", "Ivoorkust", "Ghana",
    "Zuid-Afrika", "Algerije", "Tunesië", "Libië", "Egypte", "Marokko", "Europa", "Afrika",
    "Azië", "Vlaanderen", "Wallonië", "Brussel", "Limburg", "Henegouwen", "Luxemburg",
]
FOREIGN_ORGS = [
    "Europese Commissie", "Europees Parlement", "Europese Raad", "Navo", "VN", "Veiligheidsraad",
    "Wereldbank", "IMF", "Rode Kruis", "Amnesty International", "Greenpeace", "UNHCR", "OPEC",
    "OVSE", "Unesco", "WHO", "IOC", "Kamer", "Senaat", "Vlaams Parlement", "Vlaamse regering",
    "Waalse regering", "Europees Hof", "Hof van Cassatie", "Arbitragehof", "Raad van State",
    "Rijkswacht", "Gerechtelijke Politie", "Staatsveiligheid", "BRT", "RTBF", "Belga",
    "AFP", "Reuters", "Dow Jones", "Nasdaq", "Bel-20", "Lernout & Hauspie", "Gevaert",
    "Agfa-Gevaert", "Solvay", "Interbrew", "Delhaize", "GIB", "Generale Bank", "Petrofina",
    "Tractebel", "Cockerill", "Barco", "Bekaert", "Umicore", "Deutsche Bank", "Siemens",
    "Renault", "Peugeot", "Fiat", "Nokia", "Ericsson", "Sony", "Toyota", "Boeing", "Airbus",
    "Coca-Cola", "McDonald's", "Nike", "Adidas", "Mercedes", "BMW", "Ford", "General Motors",
    "Vivendi", "Alcatel", "Daimler-Chrysler", "Vodafone", "Mannesmann", "AOL", "Time Warner",
    "Hamas", "Fatah", "Likoed", "Labour", "de conservatieven", "SPD", "CDU", "PS", "PSC",
    "PRL", "VLD", "CVP", "SP", "Agalev", "Ecolo", "Volksunie", "Vlaams Blok", "FN",
]
CLUB_PATTERNS = ["FC {}", "KV {}", "Sporting {}", "Racing {}", "Olympic {}", "Real {}", "Dynamo {}",
                 "{} United", "{} City", "Lierse", "Union {}", "RC {}", "SK {}", "Inter {}", "AC {}",
                 "Cercle {}", "KSK {}", "Excelsior {}", "Eendracht {}", "VC {}", "Germinal {}"]
COMPETITIONS = ["Tour", "Giro", "Vuelta", "Ronde van Vlaanderen", "Wereldbeker", "Champions League",
                "UEFA-beker", "Europacup", "Olympische Spelen", "WK", "EK", "Roland Garros", "Wimbledon",
                "Paris-Roubaix", "Luik-Bastenaken-Luik", "Memorial Van Damme", "Beker van België"]
MISC_CAPS = ["Belgische", "Vlaamse", "Waalse", "Franstalige", "Nederlandstalige", "Europese", "Amerikaanse",
             "Britse", "Franse", "Duitse", "Russische", "Israëlische", "Palestijnse", "Congolese",
             "Servische", "Albanese", "Koerdische", "Joodse", "Islamitische", "Katholieke", "Engelstalige",
             "Internet", "Euro", "Kerstmis", "Pasen", "Ramadan", "Millennium", "Oscar", "Grammy",
             "Nobelprijs", "Gouden Schoen", "Ironman", "Formule 1", "Windows", "GSM", "Bourgondiërs"]
SPORT_WORDS = ["doelpunt", "strafschop", "gele kaart", "rode kaart", "hoekschop", "vrije trap", "rust",
               "verlengingen", "penalty's", "klassement", "tijdrit", "sprint", "bergrit", "etappe"]

NEWSWIRE = [
    # politics, foreign affairs
    "{P} heeft {D} zijn ontslag aangeboden als premier van {C}.",
    "De {NAT} president {P} ontving {D} zijn ambtgenoot {P} in {FL}.",
    "Volgens {S} is er geen sprake van een crisis.",
    "{S} zei dat {C} geen troepen zal sturen.",
    "In een interview met {O} verklaarde {P} dat hij niet opnieuw kandidaat is.",
    "{P}, de leider van de oppositie, eist nieuwe verkiezingen.",
    "Premier {S} en zijn minister van Buitenlandse Zaken {P} vertrekken {WD} naar {FL}.",
    "Minister {S} ({PARTY}) wil een akkoord voor de zomer.",
    "{S} ({PARTY}) kreeg de steun van {S} en {S}.",
    "De regering-{S} kwam {D} in {FL} samen.",
    "Oud-president {P} overleed {WD} op {N}-jarige leeftijd in {FL}.",
    "Het bezoek van {P} aan {C} werd op het laatste moment afgeblazen.",
    "De onderhandelingen tussen {S} en {S} liepen {WD} vast.",
    "{O} en {O} hebben in {FL} een akkoord bereikt over {C}.",
    "De Veiligheidsraad van de {O} vergadert {WD} over de toestand in {C}.",
    "In {FL} betoogden {WD} duizenden mensen tegen de regering van {P}.",
    "Ook {P} van {O} had kritiek op de plannen.",
    "Gisteren bevestigde een woordvoerder van {S} dat de gesprekken worden voortgezet.",
    "Bij de verkiezingen in {C} haalde de partij van {P} bijna de helft van de stemmen.",
    "{S} noemde de beslissing van {O} een vergissing.",
    "De {NAT} minister van Defensie, {P}, bezoekt de troepen in {C}.",
    "Na de val van {S} werd {P} aangesteld als interim-leider.",
    "{P} is de nieuwe voorzitter van {O}, als opvolger van {P}.",
    "Staatssecretaris {P} trekt in {M} naar {FL}.",
    "Vicepremier {S} en minister {S} botsten {WD} over de begroting.",
    "De {NAT} diplomaat {P} bemiddelt tussen {C} en {C}.",
    "{P} werd in {N} verkozen tot burgemeester van {FL}.",
    # courts and police
    "De rechtbank in {FL} veroordeelde {P} tot {N} jaar cel.",
    "{P} ({N}) uit {FL} werd vrijgesproken.",
    "Het assisenhof van {FL} sprak {WD} het vonnis uit in de zaak-{S}.",
    "Onderzoeksrechter {P} liet {P} aanhouden.",
    "Advocaat {P} pleitte de vrijspraak voor zijn cliënt {S}.",
    "{S} ontkent elke betrokkenheid bij de moord op {P}.",
    "De politie van {FL} zoekt nog naar {P}, die sinds {D} vermist is.",
    "Het parket van {FL} opende een onderzoek naar {O}.",
    "De procureur-generaal, {P}, wil het dossier opnieuw openen.",
    "{P} werd {WD} in {FL} opgepakt op verzoek van de {NAT} justitie.",
    # culture
    "{P} speelt de hoofdrol in de nieuwe film van {P}.",
    "Het nieuwe album van {P} verschijnt in {M}.",
    "De tentoonstelling over {P} loopt nog tot {D} in {FL}.",
    "Regisseur {P} won in {FL} de prijs voor de beste film.",
    "{S} schreef het boek na een reis door {C}.",
    "Dirigent {P} leidt {WD} het orkest van {O}.",
    "Auteur {P} overleed {WD} in {FL}; hij werd {N} jaar.",
    "Naast {P} en {P} treden ook {P} en {P} op.",
    "{P}, {P} en {P} zijn genomineerd voor de prijs.",
    "Het stuk van {S} wordt gespeeld door {P}, {P} en {P}.",
    "Met {S} als dirigent en {S} als solist werd het concert een succes.",
    # economy
    "{O} maakte {WD} bekend dat {N} banen verdwijnen.",
    "Topman {P} van {O} verwacht een hogere winst.",
    "Het aandeel {O} sloot {WD} {N} procent hoger.",
    "{O} neemt {O} over voor {N} miljard frank.",
    "Gedelegeerd bestuurder {P} verlaat {O}.",
    "{P}, financieel directeur van {O}, ontkent de berichten.",
    "De vakbonden van {O} voeren {WD} actie in {FL}.",
    "{O} en {O} praten over een fusie, bevestigde {P}.",
    # sport (running text)
    "{P} won {WD} de {COMP} na een solo van {N} kilometer.",
    "{S} werd tweede op {N} seconden, {S} derde.",
    "In de slotfase kwam {S} nog terug tot op één punt.",
    "{S} opende de score na {N} minuten, {S} zorgde voor de gelijkmaker.",
    "Trainer {P} van {TEAM} was na afloop niet tevreden.",
    "{TEAM} won met {N}-{N2} van {TEAM}.",
    "{TEAM} speelde gelijk tegen {TEAM}: {N2}-{N2}.",
    "Bij {TEAM} viel {S} uit met een blessure.",
    "{S} trekt voor {N} jaar naar {TEAM}.",
    "{P} ({TEAM}) is de nieuwe leider in het klassement.",
    "De {NAT} {P} won in {FL} voor {P} en {P}.",
    "{S} klopte {S} in drie sets.",
    "In de finale staat {P} tegenover {P}.",
    "{P} zette in {FL} een nieuw record neer.",
    "{S} en {S} liepen de hele rit samen op kop.",
    "Doelman {S} hield zijn netten schoon.",
    "Coach {S} koos voor {S} in de spits, naast {S}.",
    "Voorzitter {P} van {TEAM} bevestigde het vertrek van {S}.",
    "Ploegleider {P} zag zijn renner {S} winnen in {FL}.",
    "Na de {COMP} stopt {P} met koersen.",
    # no person (ORG/LOC/MISC heavy)
    "{C} en {C} tekenden {WD} in {FL} een verdrag.",
    "De {MISC} regering wil dat {O} ingrijpt in {C}.",
    "Het {MISC} leger trok zich terug uit {FL}.",
    "{O} verhuist van {FL} naar {FL}.",
    "In {C} vielen bij overstromingen {N} doden.",
    "De {COMP} start dit jaar in {FL}.",
    "Volgens {O} groeit de economie van {C} met {N} procent.",
    "{TEAM} speelt {WD} in {FL} tegen {TEAM}.",
    "De {MISC} media melden dat {O} de prijzen verhoogt.",
    "Tijdens de {COMP} in {FL} was het zeer warm.",
]


class NewsCast:
    """People in one news item: the first mention is usually the full name, later ones
    the surname only, as in newspaper style."""

    def __init__(self, c: Ctx) -> None:
        self.c = c
        self.rng = c.rng
        self.people: list[tuple[Person, bool]] = []  # (person, flemish capitalisation)
        self.mentioned: set[int] = set()
        self.origin_bias = self.rng.choice(list(N.foreign_surnames("train")) + ["nl", "nl", "nl", "be", "be"])

    def new_person(self) -> tuple[Person, bool]:
        rng = self.rng
        r = rng.random()
        fs = N.foreign_surnames("train")
        ff = N.foreign_first_names("train")
        origin = self.origin_bias if rng.random() < 0.5 else rng.choice(list(fs) + ["nl", "nl", "be", "be", "be"])
        if origin in ("nl", "be") or r < 0.1:
            p = self.c.w.person()
            p.middle = []
            return p, origin == "be" and rng.random() < 0.7
        first_pool = ff.get(origin) or ff[rng.choice(list(ff))]
        if rng.random() < 0.15:
            first_pool = N.first_names("train")
        core = rng.choice(fs[origin])
        return Person(rng.choice(first_pool), [], N.Surname("", core), None, rng.random() < 0.4), False

    def pick(self, reuse: float = 0.45) -> tuple[Person, bool]:
        if self.people and self.rng.random() < reuse:
            return self.rng.choice(self.people)
        pf = self.new_person()
        self.people.append(pf)
        return pf

    def render(self, pf: tuple[Person, bool], surname_only: bool | None = None) -> Segs:
        p, flemish = pf
        rng = self.rng
        seen = id(p) in self.mentioned
        self.mentioned.add(id(p))
        fam = p.family(True) if flemish else None
        if surname_only is None:
            surname_only = rng.random() < (0.75 if seen else 0.2)
        if surname_only:
            name = p.family(True)
        else:
            r = rng.random()
            if r < 0.82:
                name = f"{p.first} {fam or p.family(False)}"
            elif r < 0.94:
                name = f"{p.first[0]}. {fam or p.family(False)}"
            else:
                name = p.first
        if rng.random() < 0.01:
            name = name.upper()
        return [(name, "PER")]


def _team(c: Ctx) -> str:
    rng = c.rng
    pat = rng.choice(CLUB_PATTERNS)
    if "{}" not in pat:
        return pat
    return pat.format(rng.choice(FOREIGN_PLACES + list(c.w.places[:200])))


_CHOICE_SLOTS: dict[str, tuple[list[str], str | None]] = {
    "PARTY": (PARTIES, "ORG"),
    "T": (TOPICS, None),
    "A": (AFDELINGEN, None),
    "F": (FUNCTIONS, None),
    "WD": (WEEKDAYS, None),
    "M": (MONTHS, None),
    "ACR": (ACRONYMS, "ORG"),
    "NAT": (NATIONALITIES, None),
    "MIN": (MIN_SHORT, None),
    "CAP": (CAP_O_WORDS, None),
}


def _newswire_fill(c: Ctx, cast: NewsCast, template: str) -> Segs:
    return fill_slots(template, lambda slot: _newswire_slot(c, cast, slot))


def _newswire_slot(c: Ctx, cast: NewsCast, slot: str) -> Segs:
    rng = c.rng
    if slot == "P":
        return list(cast.render(cast.pick()))
    elif slot == "S":
        return list(cast.render(cast.pick(), surname_only=True))
    elif slot == "FL":
        return [(rng.choice(FOREIGN_PLACES) if rng.random() < 0.7 else c.pick_place(), "LOC")]
    elif slot == "C":
        ctry = rng.choice(COUNTRIES)
        if ctry.startswith("de "):
            return [("de ", None), (ctry[3:], "LOC")]
        return [(ctry, "LOC")]
    elif slot == "O":
        return [(rng.choice(FOREIGN_ORGS) if rng.random() < 0.6 else c.pick_org(), "ORG")]
    elif slot == "TEAM":
        return [(_team(c), "ORG")]
    elif slot == "COMP":
        return [(rng.choice(COMPETITIONS), None)]
    elif slot == "MISC":
        return [(rng.choice(MISC_CAPS), None)]
    elif slot == "N2":
        return [(str(rng.randint(0, 4)), None)]
    return c.fill("{" + slot + "}")


def _result_lines(c: Ctx, cast: NewsCast, b: Builder) -> None:
    """Sports results in several hand-made formats."""
    rng = c.rng
    kind = rng.choice(["ranking", "score", "lineup", "tennis", "scorers"])
    if kind == "ranking":
        b.add(rng.choice(["Uitslag", "UITSLAG", "Klassement", "Eindstand", "Resultaten", "Top tien"])
              + rng.choice([":", "", " " + rng.choice(COMPETITIONS) + ":"])).nl()
        sep = rng.choice(["\n", " ", "; "])
        for k in range(1, rng.randint(3, 10)):
            b.add(f"{k}. " if rng.random() < 0.85 else f"{k}) ")
            b.extend(cast.render(cast.pick(reuse=0.05), surname_only=rng.random() < 0.4))
            r = rng.random()
            if r < 0.4:
                b.add(" (")
                if rng.random() < 0.5:
                    b.add(_team(c), "ORG")
                else:
                    b.extend(_newswire_fill(c, cast, "{C}"))
                b.add(")")
            if rng.random() < 0.7:
                b.add(" " + rng.choice([f"{rng.randint(1, 5)}u{rng.randint(10, 59)}'{rng.randint(10, 59)}\"",
                                        f"op {rng.randint(1, 59)} sec.", f"{rng.randint(10, 99)},{rng.randint(10, 99)}",
                                        f"{rng.randint(2, 90)} ptn", "z.t.", f"{rng.randint(8, 12)}.{rng.randint(10, 99)}"]))
            b.add(sep)
        b.nl()
    elif kind == "score":
        for _ in range(rng.randint(2, 6)):
            b.add(_team(c), "ORG").add(rng.choice([" - ", " – ", "-"])).add(_team(c), "ORG")
            b.add(f" {rng.randint(0, 5)}-{rng.randint(0, 5)}")
            if rng.random() < 0.4:
                b.add(" (")
                for j in range(rng.randint(1, 3)):
                    if j:
                        b.add(", ")
                    b.extend(cast.render(cast.pick(reuse=0.1), surname_only=True))
                    b.add(f" {rng.randint(1, 90)}")
                b.add(")")
            b.nl()
    elif kind == "lineup":
        b.add(_team(c), "ORG").add(rng.choice([": ", ":\n"]))
        for j in range(rng.randint(8, 11)):
            if j:
                b.add(rng.choice([", ", ", ", ", ", "; ", " - "]))
            b.extend(cast.render(cast.pick(reuse=0.0), surname_only=rng.random() < 0.85))
            if rng.random() < 0.08:
                b.add(f" ({rng.randint(46, 89)}. ")
                b.extend(cast.render(cast.pick(reuse=0.0), surname_only=True))
                b.add(")")
        b.add(".").nl()
        if rng.random() < 0.5:
            b.add(rng.choice(["Scheidsrechter: ", "Ref: ", "Arbiter: ", "Leiding: "]))
            b.extend(cast.render(cast.pick(reuse=0.0), surname_only=rng.random() < 0.6))
            b.add(".").nl()
        if rng.random() < 0.5:
            b.add(rng.choice(["Doelpunten: ", "Goals: ", "Gele kaarten: ", "Toeschouwers: "]))
            for j in range(rng.randint(1, 4)):
                if j:
                    b.add(", ")
                b.extend(cast.render(cast.pick(reuse=0.3), surname_only=True))
                b.add(f" {rng.randint(1, 90)}'")
            b.add(".").nl()
    elif kind == "tennis":
        for _ in range(rng.randint(2, 6)):
            b.extend(cast.render(cast.pick(reuse=0.0), surname_only=rng.random() < 0.5))
            b.add(" (").extend(_newswire_fill(c, cast, "{C}")).add(rng.choice([") wint van ", ") - ", ") klopt "]))
            b.extend(cast.render(cast.pick(reuse=0.0), surname_only=rng.random() < 0.5))
            b.add(" (").extend(_newswire_fill(c, cast, "{C}")).add(") ")
            b.add(" ".join(f"{rng.randint(0, 7)}-{rng.randint(0, 7)}" for _ in range(rng.randint(2, 3)))).nl()
    else:  # scorers list
        b.add(rng.choice(["Topschutters", "Doelpuntenmakers", "Selectie", "Kern", "Ploeg"]) + ": ")
        for j in range(rng.randint(3, 9)):
            if j:
                b.add(", ")
            b.extend(cast.render(cast.pick(reuse=0.0), surname_only=rng.random() < 0.6))
            if rng.random() < 0.5:
                b.add(f" {rng.randint(1, 30)}")
        b.add(".").nl()


def gen_newswire(c: Ctx, b: Builder) -> None:
    """Running newspaper-style text (generator v4)."""
    rng = c.rng
    cast = NewsCast(c)
    if rng.random() < 0.4:
        b.add(heading(rng)).nl()
    if rng.random() < 0.3:
        b.add((rng.choice(FOREIGN_PLACES)).upper() if rng.random() < 0.5 else rng.choice(FOREIGN_PLACES), "LOC")
        b.add(rng.choice([" - ", " (Belga) - ", " (AFP) - ", " (Reuters) - ", " -- "]))
    for _ in range(rng.randint(2, 8)):
        r = rng.random()
        if r < 0.15:
            _result_lines(c, cast, b)
            continue
        if r < 0.2:
            segs = [(rng.choice(O_SENTENCES), None)]
        else:
            segs = _newswire_fill(c, cast, rng.choice(NEWSWIRE))
        if rng.random() < 0.15:
            segs = with_opener(rng, segs)
        if rng.random() < 0.08:
            segs = [("\"", None)] + segs[:-1] + [(segs[-1][0].rstrip(".") + "\", zegt ", segs[-1][1])] \
                if segs[-1][1] is None else segs
            if segs[0][0] == "\"":
                segs += cast.render(cast.pick(reuse=0.8), surname_only=True) + [(".", None)]
        b.extend(segs)
        b.add("\n" if rng.random() < 0.3 else " ")


GENRES: dict[str, tuple[Callable, float]] = {
    "email": (lambda c, b: gen_email(c, b, thread=False), 2.0),
    "thread": (lambda c, b: gen_email(c, b, thread=True), 1.5),
    "memo": (gen_memo, 1.5),
    "minutes": (gen_minutes, 1.5),
    "letter": (gen_letter, 1.5),
    "table": (gen_table, 1.0),
    "news": (gen_news, 2.0),
    "decision": (gen_decision, 0.8),
    "form": (gen_form, 1.0),
    "chat": (gen_chat, 0.8),
    "dossier": (gen_dossier, 0.8),
    "newswire": (gen_newswire, 3.0),
}


def generate_doc(rng: random.Random, world: World | None = None,
                 genres: tuple[str, ...] | None = None) -> tuple[str, list[Ent]]:
    world = world or World(rng)
    c = Ctx(world)
    b = Builder()
    keys = [k for k in GENRES if genres is None or k in genres]
    fn = rng.choices([GENRES[k][0] for k in keys], weights=[GENRES[k][1] for k in keys])[0]
    fn(c, b)
    text = b.text()
    # trim trailing whitespace, keep offsets valid
    stripped = text.rstrip()
    ents = [e for e in b.ents if e[1] <= len(stripped)]
    return stripped, ents


_TOKENIZER = None


def _tokenizer():
    global _TOKENIZER
    if _TOKENIZER is None:
        import spacy

        _TOKENIZER = spacy.blank("nl")
    return _TOKENIZER


def is_aligned(text: str, ents: list[Ent], nlp=None) -> bool:
    """True if every entity starts and ends on a token boundary of the Dutch tokenizer."""
    doc = (nlp or _tokenizer()).make_doc(text)
    return all(doc.char_span(s, e, alignment_mode="strict") is not None for s, e, _ in ents)


def generate_docs(n: int, seed: int = 0, split: str = "train",
                  aligned_only: bool = True, genres: tuple[str, ...] | None = None) -> Iterator[tuple[str, list[Ent]]]:
    """Yield ``n`` synthetic documents as ``(text, [(start, end, label), ...])``.

    With ``aligned_only`` (default) a document whose entity offsets do not fall on
    spaCy Dutch token boundaries (rare: e.g. "FvD." stays one token) is replaced by a
    newly generated one, so every yielded span is aligned.
    """
    rng = random.Random(seed)
    world = World(rng, split)
    made = 0
    while made < n:
        text, ents = generate_doc(rng, world, genres)
        if aligned_only and not is_aligned(text, ents):
            continue
        made += 1
        yield text, ents


def to_spacy_doc(nlp, text: str, ents: list[Ent]):
    """Tokenize with ``nlp`` and set the entities; returns ``(doc, n_misaligned)``."""
    doc = nlp.make_doc(text)
    spans = []
    bad = 0
    for s, e, lab in ents:
        span = doc.char_span(s, e, label=lab, alignment_mode="strict")
        if span is None:
            bad += 1
            continue
        spans.append(span)
    from spacy.util import filter_spans

    kept = filter_spans(spans)
    bad += len(spans) - len(kept)
    doc.ents = kept
    return doc, bad


def synth_spacy_docs(nlp, n: int, seed: int = 0, split: str = "train",
                     genres: tuple[str, ...] | None = None) -> tuple[list, int]:
    docs = []
    bad_total = 0
    for text, ents in generate_docs(n, seed, split, genres=genres):
        doc, bad = to_spacy_doc(nlp, text, ents)
        bad_total += bad
        if bad == 0:
            docs.append(doc)
    return docs, bad_total


if __name__ == "__main__":  # pragma: no cover - manual inspection
    import sys

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    for text, ents in generate_docs(n, seed=int(sys.argv[2]) if len(sys.argv) > 2 else 0):
        out = []
        last = 0
        for s, e, lab in ents:
            out.append(text[last:s])
            out.append(f"[{text[s:e]}]{lab}")
            last = e
        out.append(text[last:])
        print("".join(out))
        print("=" * 70)
