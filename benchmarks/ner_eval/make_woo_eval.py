"""Generate the Woo-style NER evaluation set (benchmarks/ner_eval/woo_eval.{spacy,conll}).

This generator is deliberately independent of the training generator
(``woo_ner_train.synth`` in the spaCy project ``training/``): its own document layouts and wording (chat logs,
phone notes, decision lists, council questions, Outlook print-outs with other field
names, key/value tables, ...), and person names / places drawn only from the *eval*
split of ``woo_ner_train.names`` (CRC32 split, disjoint from the train split).
Nothing here comes from the shared evaluation sets.

Annotation conventions are the same as in training: only the name is PER (titles such
as "mevr. drs." and roles such as "wethouder" are outside), organisations ORG, places LOC,
e-mail addresses, streets, departments and job titles are O.

    python benchmarks/ner_eval/make_woo_eval.py DATA_DIR [N_DOCS]

DATA_DIR is the NER data folder (the training project's ``data_dir``, e.g. ``../shared/data/ner``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
from woo_ner_train import names as N

OUT_DIR = Path(__file__).resolve().parent
SEED = 20260601

PREFIXES = ["de", "de", "de", "van", "van", "van der", "van den", "van de", "ter", "ten", "van 't", "'t", "in 't", "op den"]


class Doc:
    def __init__(self):
        self.buf = []
        self.ents = []
        self.n = 0

    def w(self, s, label=None):
        if label:
            self.ents.append((self.n, self.n + len(s), label))
        self.buf.append(s)
        self.n += len(s)
        return self

    def text(self):
        return "".join(self.buf)


class Cast:
    def __init__(self, rng):
        self.rng = rng
        self.first = N.first_names("eval")
        self.cbs = N.cbs_surnames("eval")
        self.mt = N.meertens_surnames("eval")
        self.places = N.places("eval")

    def sur(self):
        if self.rng.random() < 0.5:
            s = self.rng.choice(self.cbs)
            return N.Surname(self.rng.choice(PREFIXES) if self.rng.random() < 0.3 else "", s)
        return self.rng.choice(self.mt)

    def person(self):
        r = self.rng
        s = self.sur()
        if r.random() < 0.1:
            s2 = self.sur()
            s = N.Surname(s.prefix, f"{s.core}-{s2.natural()}")
        return {"first": r.choice(self.first), "sur": s,
                "ini": "".join(x + "." for x in [r.choice(self.first)[0] for _ in range(r.choice([1, 1, 2, 3]))]),
                "f": r.random() < 0.5}

    def place(self):
        return self.rng.choice(self.places)


def name(c: Cast, p, form):
    s = p["sur"]
    if form == "full":
        return f"{p['first']} {s.natural()}"
    if form == "ini":
        return f"{p['ini']} {s.natural()}"
    if form == "sur":
        return s.capitalised()
    if form == "first":
        return p["first"]
    if form == "rev":
        return f"{s.capitalised()}, {p['ini']}"
    if form == "revfirst":
        return f"{s.capitalised()}, {p['first']}"
    if form == "CAPS":
        return f"{p['first']} {s.natural()}".upper()
    raise ValueError(form)


def P(d: Doc, c: Cast, p, form=None, title=None):
    r = c.rng
    form = form or r.choice(["full", "full", "ini", "sur", "rev", "CAPS", "first", "revfirst"])
    if title:
        d.w(title + " ")
    d.w(name(c, p, form), "PER")


ORGS_FIXED = ["Raad voor de Kinderbescherming", "Inspectie Leefomgeving en Transport", "Staatstoezicht op de Mijnen",
              "Kamer van Koophandel", "Logius", "Dienst Justitiële Inrichtingen", "Waterschap Rivierenland",
              "Jeugdbescherming Noord", "Nederlandse Spoorwegen", "Centraal Planbureau", "Kiesraad",
              "Huurcommissie", "Rijksvastgoedbedrijf", "Koninklijke Marechaussee", "Havenbedrijf Rotterdam",
              "Fietsersbond", "Milieudefensie", "Greenpeace Nederland", "Vereniging Eigen Huis", "Aedes"]


def org(c: Cast):
    r = c.rng
    k = r.random()
    if k < 0.3:
        return f"gemeente {c.place()}"
    if k < 0.45:
        return r.choice(ORGS_FIXED)
    if k < 0.6:
        return f"{r.choice(['Bouwbedrijf', 'Adviesbureau', 'Transportbedrijf', 'Aannemersbedrijf'])} {c.sur().capitalised()} B.V."
    if k < 0.7:
        return f"Stichting {r.choice(['Dorpsbelang', 'Buurtwerk', 'Erfgoed', 'Natuurbehoud', 'Jeugdzorg'])} {c.place()}"
    if k < 0.8:
        return r.choice(["ministerie van Justitie en Veiligheid", "ministerie van Financiën", "het ministerie van Defensie",
                         "ministerie van Infrastructuur en Waterstaat", "ministerie van OCW"])
    if k < 0.9:
        return r.choice(["CDA", "VVD", "D66", "SP", "PvdA", "GroenLinks", "Partij voor de Dieren", "ChristenUnie"])
    return f"Politie {r.choice(['Midden-Nederland', 'Oost-Brabant', 'Rotterdam', 'Noord-Holland', 'Limburg'])}"


def ORG(d, c):
    o = org(c)
    if o.startswith("het "):
        d.w("het ")
        o = o[4:]
    d.w(o, "ORG")


MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def date(r):
    return r.choice([f"{r.randint(1, 28)}-{r.randint(1, 12)}-20{r.randint(19, 25)}",
                     f"{r.randint(1, 28)} {r.choice(MONTHS)} 20{r.randint(19, 25)}",
                     f"{r.choice(['Dinsdag', 'Woensdag', 'Vrijdag'])} {r.randint(1, 28)} {r.choice(['Maart', 'Juni', 'Oktober'])}"])


def mail_of(p):
    return f"{p['first'].lower()[:1]}.{p['sur'].core.lower().replace(' ', '').replace('-', '')}@{random.choice(['overheid.nl', 'provincie.nl', 'xs4all.nl'])}"


def g_outlook(d, c):
    r = c.rng
    a, b = c.person(), c.person()
    d.w("Van:\t")
    P(d, c, a, r.choice(["revfirst", "full"]))
    d.w(f" [{mail_of(a)}]\nGestuurd: {date(r)}\nAan:\t")
    P(d, c, b, r.choice(["full", "rev"]))
    d.w("\nOnderwerp:\tvraag over de vergunning\n\n")
    d.w(r.choice(["Goedemorgen ", "Goedemiddag ", "Dag "]))
    if r.random() < 0.5:
        P(d, c, b, "first")
        d.w(",\n\n")
    else:
        d.w(r.choice(["meneer ", "mevrouw "]))
        P(d, c, b, "sur")
        d.w(",\n\n")
    d.w("Vorige week sprak ik met ")
    P(d, c, c.person(), "full")
    d.w(" van ")
    ORG(d, c)
    d.w(" over de locatie in ")
    d.w(c.place(), "LOC")
    d.w(". Hij gaf aan dat de Omgevingsdienst nog geen besluit heeft genomen. ")
    d.w("Kun je voor Donderdag laten weten of ")
    P(d, c, c.person(), "sur", title=r.choice(["collega", "mevrouw", "de heer"]))
    d.w(" hierover al is geïnformeerd?\n\n")
    d.w(r.choice(["Alvast bedankt,", "Met hartelijke groet,", "Groeten,", "Vriendelijke groeten,"]) + "\n")
    P(d, c, a, r.choice(["full", "first", "ini"]))
    d.w("\nTeam Ruimte & Wonen | Afdeling Realisatie\n")


def g_chat(d, c):
    r = c.rng
    ppl = [c.person() for _ in range(r.randint(2, 3))]
    lines = ["ben je er morgen bij?", "Ja, ik rij met {X} mee.", "Heb je het stuk van {X} gelezen?",
             "Ik bel {X} straks wel even", "ok top", "De wethouder wil het vrijdag weten.", "Zit nu in {L}, later meer",
             "Volgens {X} is het dossier compleet", "Agenda staat klaar in Teams"]
    for _ in range(r.randint(4, 8)):
        p = r.choice(ppl)
        d.w(f"[{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-2023 {r.randint(8, 22):02d}:{r.randint(0, 59):02d}] ")
        P(d, c, p, r.choice(["full", "first"]))
        d.w(": ")
        t = r.choice(lines)
        if "{X}" in t:
            a, b = t.split("{X}")
            d.w(a)
            P(d, c, r.choice(ppl), r.choice(["first", "sur"]))
            d.w(b)
        elif "{L}" in t:
            a, b = t.split("{L}")
            d.w(a).w(c.place(), "LOC").w(b)
        else:
            d.w(t)
        d.w("\n")


def g_phone(d, c):
    r = c.rng
    d.w("TELEFOONNOTITIE\n\nGesprek met: ")
    P(d, c, c.person(), r.choice(["ini", "full"]), title=r.choice(["dhr.", "mevr.", None]))
    d.w(" (")
    ORG(d, c)
    d.w(")\nGenoteerd door: ")
    P(d, c, c.person(), r.choice(["ini", "sur", "full"]))
    d.w(f"\nDatum/tijd: {date(r)}, {r.randint(8, 17)}.{r.randint(10, 59)} uur\n\n")
    d.w("Beller meldt dat de buurman, ")
    P(d, c, c.person(), "full")
    d.w(", al maanden overlast veroorzaakt aan de Havenweg in ")
    d.w(c.place(), "LOC")
    d.w(". Zij heeft eerder contact gehad met wijkagent ")
    P(d, c, c.person(), "sur")
    d.w(". Afspraak: terugbellen na overleg met de Juridische Dienst.\n")


def g_besluiten(d, c):
    r = c.rng
    d.w("Besluitenlijst Portefeuillehoudersoverleg Sociaal Domein\n")
    d.w(f"Vergaderdatum {date(r)}\n\nDeelnemers\n")
    for _ in range(r.randint(3, 6)):
        p = c.person()
        d.w("- ")
        P(d, c, p, r.choice(["ini", "full", "sur"]), title=r.choice([None, "mw.", "dhr.", "wethouder", "drs."]))
        d.w(" (")
        ORG(d, c)
        d.w(")\n")
    d.w("\nBesluit 1: De Regiovisie wordt vastgesteld. Uitvoering door ")
    P(d, c, c.person(), r.choice(["sur", "ini"]))
    d.w(".\nBesluit 2: Het Convenant met ")
    ORG(d, c)
    d.w(" wordt in Januari ondertekend.\n")


def g_letter(d, c):
    r = c.rng
    p = c.person()
    d.w("Ter attentie van ")
    P(d, c, p, "ini", title=r.choice(["mevrouw", "de heer", "Mevr.", "Dhr."]))
    d.w(f"\nMolenweg {r.randint(1, 90)}\n{r.randint(1000, 9999)} KL  ")
    pl = c.place()
    d.w(pl.upper(), "LOC")
    d.w(f"\n\nBetreft: uw verzoek van {date(r)}\nZaaknummer: Z-{r.randint(10000, 99999)}\n\n")
    d.w(r.choice(["Geachte mevrouw ", "Geachte heer "]))
    P(d, c, p, "sur")
    d.w(",\n\nIn uw e-mail van ")
    d.w(date(r))
    d.w(" vraagt u om alle correspondentie tussen ")
    ORG(d, c)
    d.w(" en ")
    P(d, c, c.person(), "full", title=r.choice([None, "notaris", "advocaat"]))
    d.w(" openbaar te maken. ")
    d.w("Op grond van de Wet open overheid heb ik besloten uw verzoek gedeeltelijk toe te wijzen.\n\n")
    d.w("Hoogachtend,\nnamens deze,\n\n")
    P(d, c, c.person(), r.choice(["ini", "full"]), title=r.choice([None, "mr.", "ir."]))
    d.w("\nHoofd Bestuurlijke en Juridische Zaken\n")


def g_raadsvragen(d, c):
    r = c.rng
    d.w("Schriftelijke vragen ex artikel 42 RvO van raadslid ")
    P(d, c, c.person(), r.choice(["full", "ini"]))
    d.w(" (")
    d.w(r.choice(["SP", "VVD", "Lokaal Belang", "PvdA"]), "ORG")
    d.w(")\n\nOnderwerp: sluiting van de bibliotheek in ")
    d.w(c.place(), "LOC")
    d.w("\n\n1. Is het college bekend met het artikel in ")
    d.w(r.choice(["de Gelderlander", "het Noordhollands Dagblad", "de Stentor", "het Brabants Dagblad"]), "ORG")
    d.w(" waarin directeur ")
    P(d, c, c.person(), r.choice(["full", "sur"]))
    d.w(" stelt dat er geen geld meer is?\n2. Heeft wethouder ")
    P(d, c, c.person(), "sur")
    d.w(" hierover contact gehad met ")
    ORG(d, c)
    d.w("?\n")


def g_kv(d, c):
    r = c.rng
    for _ in range(r.randint(2, 4)):
        p = c.person()
        d.w("Naam: ")
        P(d, c, p, r.choice(["full", "rev", "CAPS", "ini"]))
        d.w("\nFunctie: " + r.choice(["Adviseur Bedrijfsvoering", "Medewerker Klantcontact", "Directeur-Bestuurder",
                                      "Senior Inkoper", "Jurist Omgevingsrecht"]))
        d.w("\nWerkgever: ")
        ORG(d, c)
        d.w("\nStandplaats: ")
        d.w(c.place(), "LOC")
        d.w("\n\n")


def g_csv(d, c):
    # tab-separated export (spaCy's Dutch tokenizer does not split "a;b", so ';' is avoided)
    r = c.rng
    d.w("achternaam\tvoorletters\torganisatie\twoonplaats\n")
    for _ in range(r.randint(3, 6)):
        p = c.person()
        d.w(p["sur"].capitalised(), "PER")
        d.w("\t" + p["ini"] + "\t")
        ORG(d, c)
        d.w("\t")
        d.w(c.place(), "LOC")
        d.w("\n")


def g_narr(d, c):
    r = c.rng
    d.w("Op verzoek van ")
    P(d, c, c.person(), r.choice(["full", "ini"]), title=r.choice(["minister", "staatssecretaris", "burgemeester", None]))
    d.w(" heeft ")
    ORG(d, c)
    d.w(" onderzocht hoe de aanpak in ")
    d.w(c.place(), "LOC")
    d.w(" en ")
    d.w(c.place(), "LOC")
    d.w(" verliep. Het onderzoeksteam, geleid door ")
    P(d, c, c.person(), "full", title=r.choice(["prof.", "dr.", None]))
    d.w(", sprak daarvoor met ")
    d.w(str(r.randint(5, 40)))
    d.w(" betrokkenen, onder wie ")
    P(d, c, c.person(), "full")
    d.w(". In Hoofdstuk 3 staan de Aanbevelingen.\n")


GENS = [g_outlook, g_chat, g_phone, g_besluiten, g_letter, g_raadsvragen, g_kv, g_csv, g_narr]


def generate(n_docs: int = 180, seed: int = SEED):
    rng = random.Random(seed)
    random.seed(seed)
    c = Cast(rng)
    out = []
    for i in range(n_docs):
        d = Doc()
        GENS[i % len(GENS)](d, c)
        out.append((d.text().rstrip(), d.ents))
    return out


def write(n_docs: int = 180) -> None:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("nl")
    db = DocBin()
    bad = 0
    conll_lines = []
    for text, ents in generate(n_docs):
        doc = nlp.make_doc(text)
        spans = []
        for s, e, lab in ents:
            sp = doc.char_span(s, e, label=lab, alignment_mode="strict")
            if sp is None:
                bad += 1
                continue
            spans.append(sp)
        doc.ents = spans
        db.add(doc)
        conll_lines.append("-DOCSTART- -DOCSTART- O")
        conll_lines.append("")
        for t in doc:
            if t.is_space:
                continue
            tag = "O" if t.ent_iob_ == "O" else f"{t.ent_iob_}-{t.ent_type_}"
            conll_lines.append(f"{t.text} _ {tag}")
        conll_lines.append("")
    db.to_disk(OUT_DIR / "woo_eval.spacy")
    (OUT_DIR / "woo_eval.conll").write_text("\n".join(conll_lines) + "\n", encoding="utf-8")
    print(f"wrote {n_docs} docs; misaligned spans dropped: {bad}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    N.set_data_dir(sys.argv[1])
    write(int(sys.argv[2]) if len(sys.argv) > 2 else 180)
