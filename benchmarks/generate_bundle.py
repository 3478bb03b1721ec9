"""Generate a synthetic Dutch Woo release bundle for the benchmark, with its gold standard.

Made entirely by code (ReportLab): memos (Aan/Van/Kopie aan), e-mail prints with headers and
signatures, letters to citizens with address blocks, minutes with attendee lists and action
lists, contact tables (Naam | Functie | Afdeling | Telefoon), intake forms and long appendices
(overviews of reports by residents). Every person, number and address is made up from the
small word lists below: BSNs pass the 11-proef and IBANs pass mod-97 but belong to nobody.

Writes ``OUT/docNNN_<type>.pdf`` and ``OUT/gold.json``::

    {"seed": 1, "pages": 203, "documents": 61,
     "files": {"doc001_memo.pdf": {"type": "memo", "pages": 2,
                                   "gold": [{"text": "Sanne de Wit", "type": "PERSON"}, ...],
                                   "keep": [{"text": "info@lindeveen.nl", "type": "GENERIC_MAILBOX"}, ...]}}}

``gold`` lists the personal-data strings that must be gone from the redacted output; ``keep``
lists strings the default policy keeps readable (office holders named in their role, generic
mailboxes, service numbers, the organisation's Postbus address), for an over-redaction check.

Deterministic: the same ``--seed`` and ``--pages`` give byte-identical PDFs.

    python benchmarks/generate_bundle.py --pages 200 --seed 1 --out benchmarks/out/bundle_200
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps or random IDs: byte-identical output per seed

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from xml.sax.saxutils import escape  # noqa: E402

# --------------------------------------------------------------------------- word lists
# Common Dutch given names and surnames, written for this generator.

FIRST_NAMES = """
Jan Pieter Kees Mark Thomas Sander Bas Joost Erik Martijn Ruben Daan Lars Tim Bram Hans Wim
Gerard Henk Frank Rob Niels Jeroen Dennis Marco Ahmed Mohamed Youssef Mehmet Rachid Willem
Koen Stefan Arjen Hugo Anna Sanne Lisa Eva Femke Marieke Esther Monique Ingrid Petra Linda
Karin Anouk Iris Sophie Lotte Fleur Nicole Miriam Fatima Samira Yasmina Ayse Charlotte
Hanneke Wilma Ellen Judith Renate Marloes Annemiek Bregje Joyce Nadia
""".split()

SURNAMES = [
    "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
    "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen",
    "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
    "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
    "van den Broek", "de Bruijn", "van der Heijden", "Schouten", "van Beek", "Willems",
    "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam",
    "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Jonge", "Kuipers", "van Veen",
    "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten", "van Wijk", "Postma",
    "Martens", "Vink", "de Ridder", "Yilmaz", "El Amrani", "Bouzid", "Kaya", "Sahin",
    "Wijnands", "Terpstra", "Groeneveld", "Oosterhuis", "ten Brink", "Haverkamp",
]

# Office holders: named in their role, kept readable by the default policy. Never in SURNAMES.
OFFICE_HOLDERS = [
    ("wethouder", "Karel van der Steen"),
    ("wethouder", "Ilse Brandsma"),
    ("burgemeester", "Margriet Hofstede"),
    ("gemeentesecretaris", "Ruud Lankhorst"),
    ("wethouder", "Otto Zandbergen"),
]

STREETS = [
    "Kerkstraat", "Molenweg", "Dorpsstraat", "Stationsweg", "Schoolstraat", "Julianalaan",
    "Beatrixlaan", "Wilhelminastraat", "Lindelaan", "Eikenlaan", "Beukenlaan", "Parallelweg",
    "Industrieweg", "Kastanjelaan", "Zuiderdijk", "Havenkade", "Marktplein", "Emmasingel",
    "Oranjestraat", "Vondelstraat", "Rembrandtlaan", "Populierenlaan", "Nieuwe Gracht",
    "Merelstraat", "Tulpstraat", "Watermolenpad", "Spoordreef", "Bloemhof",
]
PLACES = [
    "Utrecht", "Amersfoort", "Zwolle", "Deventer", "Haarlem", "Leiden", "Delft", "Gouda",
    "Alkmaar", "Hoorn", "Apeldoorn", "Arnhem", "Nijmegen", "Tilburg", "Breda", "Assen",
    "Lindeveen", "Middelburg", "Leeuwarden", "Veenendaal",
]
ORG = "Gemeente Lindeveen"
ORG_DOMAIN = "lindeveen.nl"
ORG_POSTBUS = "Postbus 1200"
ORG_POSTBUS_PC = "3900 BC"
ORG_SERVICE_PHONE = "14 0318"
GENERIC_MAILBOXES = ["info@lindeveen.nl", "woo@lindeveen.nl", "vergunningen@lindeveen.nl"]
PRIVATE_DOMAINS = ["gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "xs4all.nl"]

FUNCTIONS = [
    "beleidsmedewerker", "senior beleidsadviseur", "juridisch adviseur", "teamleider",
    "projectleider", "communicatieadviseur", "medewerker klantcontact", "handhaver",
    "toezichthouder", "financieel adviseur", "secretaresse", "afdelingshoofd",
    "programmamanager", "adviseur informatiebeheer", "casemanager",
]
DEPARTMENTS = [
    "Ruimtelijke Ordening", "Vergunningen, Toezicht en Handhaving", "Sociaal Domein",
    "Financien", "Communicatie", "Bestuursondersteuning", "Juridische Zaken",
    "Openbare Ruimte", "Publiekszaken", "Informatievoorziening",
]
SUBJECTS = [
    "herinrichting Marktplein", "subsidieaanvraag buurthuis De Linde", "handhavingsverzoek bouwwerk",
    "parkeerbeleid binnenstad", "Woo-verzoek raadsinformatie", "evaluatie winterdienst",
    "klacht afvalinzameling", "aanbesteding groenonderhoud", "zienswijze bestemmingsplan Noord",
    "opvang statushouders", "kwijtschelding gemeentelijke belastingen", "evenementenvergunning Koningsdag",
    "bezwaar omgevingsvergunning", "schuldhulpverlening", "energietoeslag",
]
BANKS = ["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"]
AREA2 = ["10", "13", "15", "20", "23", "24", "26", "30", "33", "35", "36", "38", "40", "43", "50", "53", "55", "58", "70", "71", "72", "73", "74", "76", "78"]
AREA3 = ["341", "318", "320", "294", "172", "252", "313", "345", "412", "481", "495"]
PLATE_LETTERS = "BDFGHJKLMNPRSTVXZ"

FILLER = [
    "Naar aanleiding van het overleg van vorige week is de planning op onderdelen bijgesteld.",
    "Het college heeft in zijn vergadering ingestemd met de hoofdlijnen van het voorstel.",
    "De financiele gevolgen worden meegenomen in de voorjaarsnota.",
    "Wij verwachten dat de uitvoering in het derde kwartaal kan starten.",
    "Over de precieze invulling van de werkzaamheden wordt nog overleg gevoerd met de betrokken partijen.",
    "De raad wordt hierover via een raadsinformatiebrief geinformeerd.",
    "Het risico op vertraging is beperkt, mits de aanbesteding binnen de gestelde termijn wordt afgerond.",
    "Uit de evaluatie blijkt dat de maatregelen grotendeels het beoogde effect hebben gehad.",
    "Bewoners zijn via een informatieavond en een nieuwsbrief op de hoogte gebracht.",
    "De juridische houdbaarheid van het besluit is getoetst door de afdeling Juridische Zaken.",
    "Er is nog geen definitief besluit genomen over de verdeling van de kosten.",
    "Wij adviseren om het voorstel in de volgende collegevergadering te agenderen.",
    "De provincie heeft aangegeven positief te staan tegenover een gezamenlijke aanpak.",
    "In de bijlage vindt u een overzicht van de ingekomen reacties.",
    "De termijn voor het indienen van een zienswijze is verstreken op de datum genoemd in de publicatie.",
    "Het budget voor dit project bedraagt 245.000 euro, exclusief btw.",
    "De werkgroep komt elke twee weken bijeen om de voortgang te bespreken.",
    "Tijdens de schouw zijn enkele gebreken geconstateerd die binnen zes weken hersteld moeten worden.",
    "De aanvraag is getoetst aan het geldende bestemmingsplan en de welstandsnota.",
    "Met de betrokken ondernemers zijn afspraken gemaakt over de bereikbaarheid tijdens de werkzaamheden.",
    "Wij stellen voor de regeling met een jaar te verlengen en daarna opnieuw te evalueren.",
    "De cijfers over het afgelopen jaar laten een lichte stijging van het aantal meldingen zien.",
    "Het definitieve advies volgt na afstemming met de ketenpartners.",
    "Er zijn geen signalen dat de maatregel tot onevenredige nadelen voor omwonenden leidt.",
    "De communicatie richting bewoners loopt via de gebruikelijke kanalen.",
]

# Sentences that mention people; {p} = full name, {q} = second full name, {r} = "de heer/mevrouw Surname".
PERSON_SENTENCES = [
    "{p} heeft aangegeven de stukken voor vrijdag aan te leveren.",
    "Graag afstemmen met {p} over de planning van de tweede fase.",
    "Volgens {r} is de melding al in januari gedaan.",
    "{p} en {q} nemen contact op met de aanvrager.",
    "In het gesprek met {r} is toegelicht waarom het verzoek is afgewezen.",
    "De concepttekst is gisteren door {p} voorgelegd aan de afdeling.",
    "Bij afwezigheid kunt u contact opnemen met {q}.",
    "{r} gaf aan het niet eens te zijn met de gevolgde procedure.",
    "Het dossier wordt overgedragen aan {p}.",
    "Zoals besproken met {q} sturen wij u hierbij de aangepaste versie.",
]


# --------------------------------------------------------------------------- generators of data


def bsn(rng: random.Random) -> str:
    while True:
        s = str(rng.randint(1, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        for last in range(10):
            total = sum(int(d) * w for d, w in zip(s, range(9, 1, -1))) - last
            if total % 11 == 0:
                return s + str(last)


def iban(rng: random.Random, spaced: bool = True) -> str:
    bank = rng.choice(BANKS)
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    digits = "".join(str(int(c, 36)) for c in bank + account + "NL00")
    raw = f"NL{98 - int(digits) % 97:02d}{bank}{account}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def mobile(rng: random.Random) -> str:
    # Dutch mobile numbers in use start 06-1 .. 06-6
    n = str(rng.randint(1, 6)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return rng.choice([f"06-{n}", f"06 {n[:4]} {n[4:]}", f"+31 6 {n}", f"06 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])


def landline(rng: random.Random) -> str:
    if rng.random() < 0.6:
        a = rng.choice(AREA2)
        n = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(6))
        return rng.choice([f"0{a}-{n}", f"0{a} {n[:3]} {n[3:]}", f"(0{a}) {n[:3]} {n[3:5]} {n[5:]}"])
    a = rng.choice(AREA3)
    n = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(5))
    return rng.choice([f"0{a}-{n}", f"0{a} {n[:2]} {n[2:4]} {n[4:]}"])


def postcode(rng: random.Random) -> str:
    while True:
        letters = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCDEGHJKLMNPRTVWXZ")
        if letters not in {"SA", "SD", "SS"}:
            return f"{rng.randint(1000, 9999)} {letters}"


def kenteken(rng: random.Random) -> str:
    L = lambda: rng.choice(PLATE_LETTERS)  # noqa: E731
    D = lambda: str(rng.randint(0, 9))  # noqa: E731
    shape = rng.choice(["99-XXX-9", "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "99-XX-XX"])
    return "".join(L() if c == "X" else D() if c == "9" else c for c in shape)


def birth_date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-{rng.randint(1940, 2004)}"


def meeting_date(rng: random.Random) -> str:
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    return f"{rng.randint(1, 28)} {rng.choice(months)} 2024"


def squash(s: str) -> str:
    return s.replace(" ", "").lower()


@dataclass
class Person:
    first: str
    tv: str  # tussenvoegsel ("van der", "de", "")
    last: str  # surname without tussenvoegsel
    gender: str  # "m" / "v"
    function: str = ""
    department: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    street: str = ""
    postcode: str = ""
    place: str = ""
    bsn: str = ""
    iban: str = ""
    dob: str = ""
    plate: str = ""

    @property
    def full(self) -> str:
        return " ".join(x for x in (self.first, self.tv, self.last) if x)

    @property
    def initials_name(self) -> str:
        return " ".join(x for x in (self.first[0] + ".", self.tv, self.last) if x)

    @property
    def surname_cap(self) -> str:
        s = " ".join(x for x in (self.tv, self.last) if x)
        return s[0].upper() + s[1:]

    @property
    def salutation(self) -> str:
        return ("de heer " if self.gender == "m" else "mevrouw ") + self.surname_cap

    @property
    def aanhef(self) -> str:  # "Geachte heer De Vries" / "Geachte mevrouw Bakker"
        return ("heer " if self.gender == "m" else "mevrouw ") + self.surname_cap


FEMALE = set("""Anna Sanne Lisa Eva Femke Marieke Esther Monique Ingrid Petra Linda Karin Anouk Iris Sophie Lotte
Fleur Nicole Miriam Fatima Samira Yasmina Ayse Charlotte Hanneke Wilma Ellen Judith Renate Marloes Annemiek Bregje Joyce Nadia""".split())


class People:
    """Pools of civil servants and residents; unique full names across the bundle."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.staff = [self._staff() for _ in range(40)]
        self.residents: list[Person] = []

    def _person(self, unique: bool = True) -> Person:
        while True:
            first = self.rng.choice(FIRST_NAMES)
            sur = self.rng.choice(SURNAMES)
            parts = sur.split(" ")
            tv, last = (" ".join(parts[:-1]), parts[-1]) if len(parts) > 1 and parts[0].islower() else ("", sur)
            p = Person(first, tv, last, "v" if first in FEMALE else "m")
            # staff: unique full name and surname+initial; residents may share a name with
            # someone elsewhere in the bundle (a large bundle has more residents than names)
            if not unique:
                return p
            if p.full not in self.used and p.initials_name not in self.used:
                self.used.update({p.full, p.initials_name})
                return p

    def _staff(self) -> Person:
        p = self._person()
        p.function = self.rng.choice(FUNCTIONS)
        p.department = self.rng.choice(DEPARTMENTS)
        p.phone = landline(self.rng)
        p.mobile = mobile(self.rng)
        p.email = f"{p.first[0].lower()}.{squash(p.tv + p.last)}@{ORG_DOMAIN}"
        return p

    def resident(self) -> Person:
        p = self._person(unique=False)
        r = self.rng
        p.street = f"{r.choice(STREETS)} {r.randint(1, 240)}{r.choice(['', '', '', 'a', 'b', '-II', ' A'])}"
        p.postcode = postcode(r)
        p.place = r.choice(PLACES)
        p.bsn = bsn(r)
        p.iban = iban(r, spaced=r.random() < 0.7)
        p.dob = birth_date(r)
        p.plate = kenteken(r)
        p.mobile = mobile(r)
        sep = r.choice([".", "", "_"])
        p.email = f"{p.first.lower()}{sep}{squash(p.tv + p.last)}{r.choice(['', '', str(r.randint(1, 99))])}@{r.choice(PRIVATE_DOMAINS)}"
        self.residents.append(p)
        return p

    def some_staff(self, k: int) -> list[Person]:
        return self.rng.sample(self.staff, k)


# --------------------------------------------------------------------------- document builder


class Fonts:
    def __init__(self) -> None:
        self.ttf = False
        dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
        dejavu_b = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
        if dejavu.is_file() and dejavu_b.is_file():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(dejavu)))
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(dejavu_b)))
            self.ttf = True

    def pick(self, rng: random.Random) -> tuple[str, str]:
        if self.ttf and rng.random() < 0.35:
            return "DejaVuSans", "DejaVuSans-Bold"
        return "Helvetica", "Helvetica-Bold"


@dataclass
class DocBuilder:
    """Flowables plus the gold and keep strings of one document."""

    rng: random.Random
    font: str
    bold: str
    kind: str
    flow: list = field(default_factory=list)
    gold: dict[str, str] = field(default_factory=dict)  # text -> type
    keep: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.body = ParagraphStyle("body", fontName=self.font, fontSize=10, leading=14, spaceAfter=6, alignment=TA_LEFT)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8.5, leading=11, spaceAfter=2)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=self.bold, fontSize=15, leading=19, spaceAfter=10)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=self.bold, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8.5, leading=10.5, spaceAfter=0)

    # gold bookkeeping ----------------------------------------------------
    def g(self, text: str, etype: str) -> str:
        self.gold.setdefault(text, etype)
        return text

    def k(self, text: str, etype: str) -> str:
        self.keep.setdefault(text, etype)
        return text

    def person_gold(self, p: Person, form: str = "full") -> str:
        if form == "initials":
            return self.g(p.initials_name, "PERSON")
        if form == "salutation":
            self.g(p.surname_cap, "PERSON")
            return p.salutation
        return self.g(p.full, "PERSON")

    # flowables ------------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle | None = None) -> None:
        self.flow.append(Paragraph(text, style or self.body))

    def lines(self, rows: list[str], style: ParagraphStyle | None = None) -> None:
        self.p("<br/>".join(escape(r) for r in rows), style)

    def space(self, h: float = 6) -> None:
        self.flow.append(Spacer(1, h))

    def kv_table(self, rows: list[tuple[str, str]], widths: tuple[float, float] = (35 * mm, 125 * mm)) -> None:
        ks = ParagraphStyle("kcell", parent=self.cell, fontName=self.bold)
        data = [[Paragraph(escape(k), ks), Paragraph(escape(v), self.cell)] for k, v in rows]
        t = Table(data, colWidths=list(widths), hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        self.flow.append(t)

    def grid(self, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        hs = ParagraphStyle("hcell", parent=self.cell, fontName=self.bold)
        data = [[Paragraph(escape(h), hs) for h in header]] + [[Paragraph(escape(c), self.cell) for c in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ee")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        self.flow.append(t)

    def filler(self, n: int, people: list[Person] | None = None, person_rate: float = 0.35) -> None:
        """n paragraphs of 2-5 sentences; some sentences name people (gold)."""
        for _ in range(n):
            sents = []
            for _ in range(self.rng.randint(2, 5)):
                if people and self.rng.random() < person_rate:
                    a = self.rng.choice(people)
                    b = self.rng.choice([x for x in people if x is not a] or people)
                    tpl = self.rng.choice(PERSON_SENTENCES)
                    form = self.rng.choice(["full", "full", "initials"])
                    s = tpl.format(
                        p=self.person_gold(a, form) if "{p}" in tpl else "",
                        q=self.person_gold(b) if "{q}" in tpl else "",
                        r=self.person_gold(a, "salutation") if "{r}" in tpl else "",
                    )
                    s = s[0].upper() + s[1:]
                    sents.append(s)
                else:
                    sents.append(self.rng.choice(FILLER))
            self.p(escape(" ".join(sents)))

    def signature(self, p: Person, with_mobile: bool = True) -> None:
        rows = [
            "Met vriendelijke groet,",
            "",
            self.person_gold(p),
            p.function,
            self.k(f"Afdeling {p.department}", "DEPARTMENT"),
            self.k(ORG, "ORGANIZATION"),
            f"T {self.g(p.phone, 'PHONE')}",
        ]
        if with_mobile:
            rows.append(f"M {self.g(p.mobile, 'PHONE')}")
        rows.append(f"E {self.g(p.email, 'EMAIL')}")
        if self.rng.random() < 0.5:
            rows.append(f"{self.k(ORG_POSTBUS, 'ORG_ADDRESS')}, {self.k(ORG_POSTBUS_PC, 'ORG_POSTCODE')} Lindeveen")
        self.flow.append(KeepTogether([Paragraph("<br/>".join(escape(r) for r in rows), self.body)]))

    def office_holder_mention(self) -> None:
        role, name = self.rng.choice(OFFICE_HOLDERS)
        self.k(name, "OFFICE_HOLDER")
        self.p(escape(f"Het voorstel is besproken met {role} {name}, die instemt met de voorgestelde aanpak."))

    def build(self, path: Path, title: str, docno: int) -> int:
        kind = self.kind
        font = self.font

        def on_page(canvas, doc):  # type: ignore[no-untyped-def]
            canvas.saveState()
            canvas.setFont(font, 7.5)
            canvas.drawString(20 * mm, 287 * mm, f"Woo-besluit 2024-0417 | document {docno:04d} | {kind}")
            canvas.drawRightString(190 * mm, 12 * mm, f"Pagina {doc.page}")
            canvas.restoreState()

        doc = SimpleDocTemplate(
            str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
            title=title, author="Gemeente Lindeveen", creator="Microsoft Word", invariant=1,
        )
        doc.build(self.flow, onFirstPage=on_page, onLaterPages=on_page)
        return int(doc.page)


# --------------------------------------------------------------------------- document types


def memo(b: DocBuilder, pp: People, size: int) -> str:
    aan, van, *kopie = pp.some_staff(2 + b.rng.randint(0, 3))
    subject = b.rng.choice(SUBJECTS)
    b.p("MEMO", b.h1)
    b.kv_table(
        [
            ("Aan", b.person_gold(aan) + f" ({aan.department})"),
            ("Van", b.person_gold(van) + f", {van.function}"),
            ("Kopie aan", ", ".join(b.person_gold(k, b.rng.choice(["full", "initials"])) for k in kopie) or "-"),
            ("Datum", meeting_date(b.rng)),
            ("Onderwerp", b.k(subject, "SUBJECT")),
            ("Telefoon", b.g(van.phone, "PHONE")),
        ]
    )
    b.space(10)
    people = [aan, van, *kopie]
    for i in range(size):
        b.p(["Aanleiding", "Kernboodschap", "Toelichting", "Advies", "Vervolg"][i % 5], b.h2)
        b.filler(b.rng.randint(2, 4), people)
        if b.rng.random() < 0.3:
            b.office_holder_mention()
        if b.rng.random() < 0.3:
            r = pp.resident()
            b.p(escape(f"Melder {b.person_gold(r)} ({b.g(r.street, 'ADDRESS')}, {b.g(r.postcode, 'POSTCODE')} {r.place}) is telefonisch bereikbaar op {b.g(r.mobile, 'PHONE')}."))
    return f"Memo {subject}"


def email_print(b: DocBuilder, pp: People, size: int) -> str:
    subject = b.rng.choice(SUBJECTS)
    staff = pp.some_staff(3)
    ext = pp.resident()
    thread = []
    for i in range(max(2, size * 2)):
        if i % 3 == 1:
            sender, to = ext, b.rng.choice(staff)
        else:
            sender = b.rng.choice(staff)
            to = b.rng.choice([ext] + [s for s in staff if s is not sender])
        thread.append((sender, to))
    for i, (sender, to) in enumerate(thread):
        cc = b.rng.choice([s for s in staff if s is not sender and s is not to] or staff)
        rows = [
            ("Van:", f"{b.person_gold(sender)} <{b.g(sender.email, 'EMAIL')}>"),
            ("Verzonden:", f"{['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'][i % 5]} {meeting_date(b.rng)} {b.rng.randint(8, 17)}:{b.rng.randint(0, 59):02d}"),
            ("Aan:", f"{b.person_gold(to)} <{b.g(to.email, 'EMAIL')}>"),
            ("CC:", f"{b.person_gold(cc)} <{b.g(cc.email, 'EMAIL')}>; {b.k(b.rng.choice(GENERIC_MAILBOXES), 'GENERIC_MAILBOX')}"),
            ("Onderwerp:", ("RE: " * min(i, 2)) + subject),
        ]
        b.kv_table(rows, (25 * mm, 140 * mm))
        b.space(4)
        if b.rng.random() < 0.5:
            greet = f"Beste {b.g(to.first, 'PERSON_FIRST_NAME')},"
        else:
            b.g(to.surname_cap, "PERSON")
            greet = f"Geachte {to.aanhef},"
        b.p(escape(greet))
        b.filler(b.rng.randint(1, 3), staff + [ext], 0.25)
        if sender is ext:
            if b.rng.random() < 0.6:
                b.p(escape(f"Mijn adres is {b.g(ext.street, 'ADDRESS')}, {b.g(ext.postcode, 'POSTCODE')} {ext.place}. U kunt mij bellen op {b.g(ext.mobile, 'PHONE')}."))
            if b.rng.random() < 0.4:
                b.p(escape(f"Het gaat om mijn auto met kenteken {b.g(ext.plate, 'LICENSE_PLATE')}."))
            b.lines(["Met vriendelijke groet,", b.person_gold(ext)])
        else:
            if b.rng.random() < 0.3:
                b.p(escape(f"Voor vragen kunt u ook het algemene nummer {b.k(ORG_SERVICE_PHONE, 'SERVICE_NUMBER')} bellen."))
            b.signature(sender, with_mobile=b.rng.random() < 0.6)
        b.space(6)
        b.p("-----Oorspronkelijk bericht-----" if i < len(thread) - 1 else "", b.small)
    return f"E-mail {subject}"


def letter(b: DocBuilder, pp: People, size: int) -> str:
    r = pp.resident()
    signer = b.rng.choice(pp.staff)
    handler = b.rng.choice(pp.staff)
    subject = b.rng.choice(["kwijtschelding gemeentelijke belastingen", "parkeervergunning", "bezwaar WOZ-beschikking", "aanvraag bijzondere bijstand", "terugbetaling leges"])
    b.lines([ORG, f"{b.k(ORG_POSTBUS, 'ORG_ADDRESS')}", f"{b.k(ORG_POSTBUS_PC, 'ORG_POSTCODE')} Lindeveen"], b.small)
    b.space(18)
    b.lines([
        ("De heer " if r.gender == "m" else "Mevrouw ") + b.person_gold(r, "initials"),
        b.g(r.street, "ADDRESS"),
        f"{b.g(r.postcode, 'POSTCODE')}  {r.place.upper()}",
    ])
    b.space(18)
    b.kv_table([
        ("Datum", meeting_date(b.rng)),
        ("Ons kenmerk", f"Z/24/{b.rng.randint(100000, 999999)}"),
        ("Behandeld door", b.person_gold(handler)),
        ("Telefoon", b.g(handler.phone, "PHONE")),
        ("Onderwerp", subject),
    ], (30 * mm, 120 * mm))
    b.space(12)
    b.g(r.surname_cap, "PERSON")
    b.p(escape(f"Geachte {r.aanhef},"))
    b.p(escape(f"Op {meeting_date(b.rng)} ontvingen wij uw aanvraag voor {subject}. Uw burgerservicenummer is {b.g(r.bsn, 'BSN')}, "
               f"geboren op {b.g(r.dob, 'DATE_OF_BIRTH')}."))
    for _ in range(size):
        b.filler(b.rng.randint(2, 3))
        b.p(escape(f"Het bedrag wordt binnen vier weken overgemaakt op rekeningnummer {b.g(r.iban, 'IBAN')} ten name van {b.person_gold(r, 'initials')}."))
        if b.rng.random() < 0.5:
            b.p(escape(f"De vergunning geldt voor het voertuig met kenteken {b.g(r.plate, 'LICENSE_PLATE')}."))
    b.p(escape(f"Heeft u vragen? Bel dan {b.k(ORG_SERVICE_PHONE, 'SERVICE_NUMBER')} of mail naar {b.k('info@lindeveen.nl', 'GENERIC_MAILBOX')}."))
    b.space(8)
    b.lines(["Met vriendelijke groet,", "namens het college van burgemeester en wethouders,", "", b.person_gold(signer), signer.function])
    return f"Brief {subject}"


def minutes(b: DocBuilder, pp: People, size: int) -> str:
    role, chair = b.rng.choice(OFFICE_HOLDERS)
    b.k(chair, "OFFICE_HOLDER")
    att = pp.some_staff(b.rng.randint(5, 9))
    absent = pp.some_staff(2)
    topic = b.rng.choice(SUBJECTS)
    b.p(f"Verslag projectoverleg {escape(topic)}", b.h1)
    b.kv_table([
        ("Datum", meeting_date(b.rng)),
        ("Locatie", "Stadhuis Lindeveen, kamer 2.14"),
        ("Voorzitter", f"{role} {chair}"),
        ("Aanwezig", "; ".join(f"{b.person_gold(a)} ({a.department})" for a in att)),
        ("Afwezig", ", ".join(b.person_gold(a, "initials") for a in absent) + " (met kennisgeving)"),
        ("Notulist", b.person_gold(att[-1])),
    ])
    b.space(8)
    for i in range(size * 2):
        b.p(f"{i + 1}. {['Opening en mededelingen', 'Verslag vorige vergadering', 'Voortgang', 'Financien', 'Communicatie', 'Rondvraag'][i % 6]}", b.h2)
        b.filler(b.rng.randint(1, 3), att, 0.4)
        if b.rng.random() < 0.2:
            r = pp.resident()
            b.p(escape(f"Naar aanleiding van de klacht van {b.person_gold(r)}, wonende aan de {b.g(r.street, 'ADDRESS')} te {r.place}, wordt een huisbezoek gepland."))
    b.p("Actielijst", b.h2)
    rows = [[f"A{j + 1}", b.rng.choice(FILLER)[:70], b.person_gold(b.rng.choice(att)), meeting_date(b.rng)] for j in range(b.rng.randint(3, 7))]
    b.grid(["Nr", "Actie", "Wie", "Wanneer"], rows, [12 * mm, 85 * mm, 40 * mm, 30 * mm])
    return f"Verslag {topic}"


def contact_table(b: DocBuilder, pp: People, size: int) -> str:
    b.p("Contactgegevens projectteam en ketenpartners", b.h1)
    b.p(escape("Onderstaand overzicht is bedoeld voor intern gebruik en wordt periodiek geactualiseerd."))
    rows = []
    for p in b.rng.sample(pp.staff, min(len(pp.staff), 14 * size)) if 14 * size <= len(pp.staff) else [b.rng.choice(pp.staff) for _ in range(14 * size)]:
        rows.append([b.person_gold(p), p.function, p.department, b.g(p.phone, "PHONE") if b.rng.random() < 0.6 else b.g(p.mobile, "PHONE")])
    # drop duplicate rows (sampled with replacement for large tables)
    seen, uniq = set(), []
    for r in rows:
        if r[0] not in seen:
            seen.add(r[0])
            uniq.append(r)
    b.grid(["Naam", "Functie", "Afdeling", "Telefoon"], uniq, [45 * mm, 40 * mm, 50 * mm, 30 * mm])
    b.space(10)
    b.p(escape(f"Algemene vragen: {b.k(ORG_SERVICE_PHONE, 'SERVICE_NUMBER')} of {b.k('info@lindeveen.nl', 'GENERIC_MAILBOX')}."))
    b.filler(2 * size)
    return "Contactlijst"


def intake_form(b: DocBuilder, pp: People, size: int) -> str:
    r = pp.resident()
    handler = b.rng.choice(pp.staff)
    b.p("Intakeformulier schuldhulpverlening", b.h1)
    b.kv_table([
        ("Naam", b.person_gold(r)),
        ("Adres", b.g(r.street, "ADDRESS")),
        ("Postcode", b.g(r.postcode, "POSTCODE")),
        ("Woonplaats", r.place),
        ("Geboortedatum", b.g(r.dob, "DATE_OF_BIRTH")),
        ("BSN", b.g(r.bsn, "BSN")),
        ("IBAN", b.g(r.iban, "IBAN")),
        ("Telefoon", b.g(r.mobile, "PHONE")),
        ("E-mail", b.g(r.email, "EMAIL")),
        ("Kenteken", b.g(r.plate, "LICENSE_PLATE")),
        ("Casemanager", b.person_gold(handler)),
    ])
    b.space(8)
    for _ in range(size):
        b.p("Situatieschets", b.h2)
        b.filler(b.rng.randint(3, 5), [r, handler], 0.3)
    return "Intakeformulier"


def _melding(b: DocBuilder, r: Person) -> str:
    m = b.rng.choice(["zwerfafval", "losliggende tegel", "geluidsoverlast", "foutparkeren", "kapotte lantaarnpaal", "wateroverlast"])
    return f"{m} {b.g(r.plate, 'LICENSE_PLATE')}" if m == "foutparkeren" else m


def appendix(b: DocBuilder, pp: People, size: int) -> str:
    """A long overview of reports by residents: the kind of appendix that makes a bundle big."""
    b.p("Bijlage: overzicht meldingen openbare ruimte", b.h1)
    b.p(escape("Overzicht van meldingen die in de verslagperiode zijn ontvangen, met de gegevens van de melder."))
    rows = []
    for _ in range(22 * size):
        r = pp.resident()
        rows.append([
            f"M-{b.rng.randint(10000, 99999)}",
            b.person_gold(r, b.rng.choice(["full", "initials"])),
            f"{b.g(r.street, 'ADDRESS')}, {b.g(r.postcode, 'POSTCODE')}",
            b.g(r.mobile, "PHONE") if b.rng.random() < 0.5 else b.g(r.email, "EMAIL"),
            _melding(b, r),
        ])
    b.grid(["Nr", "Melder", "Adres", "Contact", "Melding"], rows, [17 * mm, 35 * mm, 48 * mm, 42 * mm, 25 * mm])
    return "Bijlage meldingen"


KINDS = [
    ("memo", memo, (1, 3), 5),
    ("email", email_print, (1, 3), 6),
    ("letter", letter, (1, 2), 5),
    ("minutes", minutes, (1, 3), 3),
    ("contacts", contact_table, (1, 2), 2),
    ("intake", intake_form, (1, 2), 2),
    ("appendix", appendix, (2, 6), 1),
]


def generator_sha256() -> str:
    import hashlib

    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()


def generate(out: Path, pages: int, seed: int) -> dict:
    rng = random.Random(seed)
    fonts = Fonts()
    pp = People(rng)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    files: dict[str, dict] = {}
    total = 0
    n = 0
    weights = [w for *_, w in KINDS]
    while total < pages:
        n += 1
        kind, fn, (lo, hi), _ = rng.choices(KINDS, weights=weights)[0]
        size = rng.randint(lo, hi)
        font, bold = fonts.pick(rng)
        b = DocBuilder(rng, font, bold, kind)
        title = fn(b, pp, size)
        name = f"doc{n:03d}_{kind}.pdf"
        npages = b.build(out / name, title, n)
        total += npages
        # a kept string that is also gold (e.g. a first name) is not a keep check
        keep = {t: v for t, v in b.keep.items() if t not in b.gold}
        files[name] = {
            "type": kind,
            "pages": npages,
            "font": font,
            "gold": [{"text": t, "type": v} for t, v in b.gold.items()],
            "keep": [{"text": t, "type": v} for t, v in keep.items()],
        }
    gold = {"seed": seed, "pages": total, "documents": n, "generator_sha256": generator_sha256(), "files": files}
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=200, help="minimum number of pages (default 200)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out" / "bundle")
    a = ap.parse_args(argv)
    gold = generate(a.out, a.pages, a.seed)
    n_gold = sum(len(f["gold"]) for f in gold["files"].values())
    print(f"{a.out}: {gold['documents']} documents, {gold['pages']} pages, {n_gold} gold strings", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
