"""Generate licence-clean training clauses for the statement classifier (HEALTH, OPINION).

Every sentence is built here from templates and slot lists written for this project (no text
from any evaluation set, no third-party corpus), so the data and the model trained on it carry
the project's licence (EUPL-1.2). Seeded: the same seed gives the same file.

Labels per clause (multi-label, usually one):
  HEALTH   the clause reveals something about an identifiable person's health: sick leave,
           hospital stay, medication, therapy, pregnancy (leave), injury, disability, care need,
           diagnosis, addiction - in first person, third person or reported speech.
  OPINION  a personal policy opinion of a civil servant in internal deliberation (5.2.1):
           first person (``ik vind``, ``persoonlijk``, ``mijn inschatting``) or reported
           (``X vindt dat``), including hedged advice.
Negatives: health policy, hospitals as organisations, aggregate statistics, negations,
figurative uses, facts, prognoses, decisions, official positions of a body, and plain
administrative text of every register.

Each example records its template id, so evaluation can hold out whole templates
(``--holdout``): the held-apart score then measures phrasings the model never saw.

usage: python training/statements/generate.py --out data.jsonl [--n 24000] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

# ----------------------------------------------------------------------------- slot lists
FIRST = (
    "Anna", "Bram", "Chantal", "Daan", "Esra", "Fenna", "Gijs", "Hamza", "Iris", "Joost", "Kim", "Lotte",
    "Mohamed", "Noor", "Olaf", "Priya", "Ruben", "Sanne", "Tim", "Yasmina", "Wim", "Zeynep", "Bart", "Ilse",
    "Jeroen", "Marloes", "Nadia", "Kees", "Sevda", "Thijs", "Wouter", "Demi", "Rachid", "Elif", "Lars", "Romy",
    "Koen", "Mila", "Stijn", "Fatima", "Dewi", "Jelle", "Sietske", "Rik", "Aylin", "Pieter", "Mirjam",
)  # fmt: skip
SUR = (
    "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
    "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
    "van der Meer", "Kok", "Jacobs", "Vermeulen", "van den Berg", "Yilmaz", "El Idrissi", "Kaya", "Nguyen",
    "Wijnands", "Schouten", "Postma", "Hoekstra", "Verbeek", "Koster", "Prins", "Huisman", "Boukhari", "Çelik",
    "Tahiri", "Ramdin", "Kramer", "Veenstra", "Willems", "van Dam", "Sarmo", "Kuipers", "Lammers",
)  # fmt: skip
HONOR = ("mevrouw", "de heer", "mw.", "dhr.", "meneer", "Mevrouw", "De heer")
ROLE_NOUN = (
    "betrokkene", "de cliënt", "cliënt", "de medewerker", "de aanvrager", "de verzoeker", "de bewoner",
    "de huurder", "de jongere", "het kind", "de moeder", "de vader", "zijn partner", "haar partner", "de zoon",
    "de dochter", "haar man", "zijn vrouw", "de oudste zoon", "de jongste dochter", "de werknemer", "collega",
    "de bezwaarmaker", "appellant", "de belanghebbende", "de leerling", "de student", "de stagiair",
    "de buurman", "de buurvrouw", "de echtgenote", "de mantelzorger", "de vriendin van betrokkene",
)  # fmt: skip
PRON = ("hij", "zij", "ze")
REPORTER = (
    "de moeder", "de vader", "de huisarts", "de bedrijfsarts", "de wijkverpleegkundige", "de casemanager",
    "de jeugdconsulent", "de consulent", "de leidinggevende", "de school", "zijn begeleider", "haar begeleider",
    "de buurvrouw", "de mentor", "de partner", "de zus", "de broer", "de ambulant begeleider", "de wijkagent",
    "de Wmo-consulent", "de trajectbegeleider", "de schuldhulpverlener", "de arbeidsdeskundige",
)  # fmt: skip
WHEN = (
    "sinds vorige week", "sinds maandag", "sinds 3 maart", "sinds begin dit jaar", "al drie weken",
    "vanaf 12 januari", "sinds de zomer", "sinds enkele maanden", "sinds gisteren", "per 1 april",
    "sinds half oktober", "al geruime tijd", "sinds het voorjaar", "vanaf vandaag", "sinds 17-02",
    "al twee maanden", "sinds eind november", "opnieuw", "sinds kort",
)  # fmt: skip
DATE = (
    "1 juni", "15 maart", "2 september", "20 januari", "maandag 4 november", "28-08", "1 februari 2025",
    "10 oktober", "eind deze maand", "volgende week", "half mei", "6 december",
)  # fmt: skip
COND = (
    "een hernia", "een burn-out", "rugklachten", "een depressie", "longkanker", "borstkanker", "diabetes",
    "hartklachten", "een longontsteking", "migraine", "een angststoornis", "COPD", "reuma", "een hartinfarct",
    "een herseninfarct", "PTSS", "long covid", "een whiplash", "nierproblemen", "een hersenschudding",
    "psychische klachten", "spanningsklachten", "een zware griep", "corona", "slaapproblemen", "artrose",
    "een darmontsteking", "epilepsie", "een eetstoornis", "paniekaanvallen", "chronische pijn", "MS",
    "een tumor", "hoge bloeddruk", "astma", "de ziekte van Crohn", "een knieblessure", "overspannenheid",
    "een chronische vermoeidheid", "hoofdpijnklachten", "een alcoholverslaving", "een gokverslaving",
    "schildklierproblemen", "een bekkeninstabiliteit", "een lichte hersenbeschadiging", "een beroerte",
    "psoriasis", "ADHD", "autisme", "een bipolaire stoornis", "een psychose", "dementie", "een gebroken heup",
    "ernstige vermoeidheid", "duizeligheidsklachten", "tinnitus", "een tennisarm", "een RSI-blessure",
)  # fmt: skip
COND_ADJ = (
    "ziek", "overspannen", "depressief", "ernstig ziek", "terminaal ziek", "suïcidaal", "verslaafd",
    "slechtziend", "slechthorend", "doof", "rolstoelgebonden", "bedlegerig", "psychisch instabiel",
    "herstellende", "opgebrand", "arbeidsongeschikt", "zwanger", "hoogzwanger", "chronisch ziek",
    "licht dementerend", "ernstig vermoeid", "nog niet belastbaar", "beperkt belastbaar",
)  # fmt: skip
MED = (
    "antidepressiva", "insuline", "bloedverdunners", "methadon", "slaapmedicatie", "pijnstillers",
    "oxazepam", "ritalin", "antipsychotica", "morfine", "prednison", "lithium", "bètablokkers",
    "zware pijnmedicatie", "medicatie tegen angst", "een inhalator", "chemotherapie", "medicijnen voor zijn hart",
    "medicijnen voor haar schildklier", "kalmeringsmiddelen", "paracetamol met codeïne",
)  # fmt: skip
CARE_PLACE = (
    "het ziekenhuis", "het UMC", "een psychiatrische kliniek", "de GGZ-kliniek", "een revalidatiecentrum",
    "het verpleeghuis", "een verslavingskliniek", "de intensive care", "de afdeling cardiologie",
    "een crisisopvang van de GGZ", "het hospice", "een psychiatrisch ziekenhuis", "de spoedeisende hulp",
    "het academisch ziekenhuis", "een herstellingsoord", "de eerstehulpafdeling",
)  # fmt: skip
THERAPIST = (
    "een psycholoog", "de psychiater", "een fysiotherapeut", "de GGZ", "een psychotherapeut", "de huisarts",
    "een oncoloog", "de POH-GGZ", "een ergotherapeut", "de neuroloog", "een verslavingsarts", "de cardioloog",
    "een logopedist", "een haptotherapeut", "de longarts", "een diëtist", "de revalidatiearts",
    "een kinderpsychiater", "een orthopedagoog", "de jeugd-GGZ",
)  # fmt: skip
THERAPY = (
    "EMDR-therapie", "cognitieve gedragstherapie", "fysiotherapie", "een revalidatietraject",
    "een behandeling bij de GGZ", "traumabehandeling", "een afkickprogramma", "bestraling", "dialyse",
    "een chemokuur", "psychomotorische therapie", "schematherapie", "een ontwenningskuur",
    "een pijnrevalidatieprogramma", "speltherapie", "een intensief behandeltraject", "ergotherapie",
)  # fmt: skip
BODY = (
    "zijn enkel", "haar pols", "zijn been", "haar arm", "zijn schouder", "haar heup", "zijn rug",
    "haar knie", "zijn sleutelbeen", "twee ribben", "haar voet", "zijn hand", "haar nek",
)  # fmt: skip
SURGERY = (
    "een knieoperatie", "een heupoperatie", "een operatie aan zijn rug", "een operatie aan haar schouder",
    "een bypassoperatie", "een galblaasoperatie", "een staaroperatie", "een borstamputatie",
    "een hernia-operatie", "een ingreep aan haar hart", "een darmoperatie", "een nieuwe heup",
    "een amputatie van zijn onderbeen", "een niertransplantatie", "een maagverkleining", "een kijkoperatie",
)  # fmt: skip
ADL_VERB = (
    "douchen", "wassen", "aankleden", "uitkleden", "koken", "boodschappen doen", "traplopen",
    "naar het toilet gaan", "in en uit bed komen", "eten bereiden", "de medicatie beheren",
    "buiten de deur komen", "het huishouden doen", "zijn post bijhouden", "haar financiën regelen",
    "verplaatsen in huis", "zich verzorgen", "de trap op komen",
)  # fmt: skip
ADL_NOUN = (
    "de persoonlijke verzorging", "het douchen", "het aan- en uitkleden", "de medicatie",
    "het huishouden", "de wondverzorging", "het steunkousen aantrekken", "de maaltijden",
    "het opstaan", "de toiletgang", "het insuline spuiten", "de dagstructuur",
)  # fmt: skip
AID = (
    "een rollator", "een rolstoel", "een scootmobiel", "een traplift", "een hoog-laagbed", "een tillift",
    "een douchestoel", "een aangepaste woning", "een gehoorapparaat", "een blindengeleidehond",
    "een aangepast toilet", "een elektrische rolstoel",
)  # fmt: skip
DISABILITY = (
    "een licht verstandelijke beperking", "een lichamelijke beperking", "een visuele beperking",
    "een auditieve beperking", "niet-aangeboren hersenletsel", "een spierziekte", "een dwarslaesie",
    "een ontwikkelingsachterstand", "een meervoudige beperking", "een chronische aandoening",
    "een psychiatrische aandoening", "een verstandelijke beperking", "een hartafwijking",
)  # fmt: skip
DUR = ("drie weken", "twee maanden", "zes weken", "een half jaar", "vier dagen", "ruim een jaar", "tien dagen")
PCT = ("50%", "volledig", "gedeeltelijk", "voor 80 procent", "voor de helft", "100%", "voor 35%")
ORG_HOSP = (
    "het Rijnstate", "het Maasziekenhuis", "het Spaarne Gasthuis", "Amphia", "het Deventer Ziekenhuis",
    "het Martini Ziekenhuis", "het Isala", "Gelre", "het Catharina Ziekenhuis", "het Zuyderland", "het Antonius",
    "het Tergooi MC", "het Jeroen Bosch Ziekenhuis", "het ETZ", "de Noordwest Ziekenhuisgroep",
)  # fmt: skip
ORG_BODY = (
    "het college", "de raad", "het college van B en W", "het kabinet", "de minister", "de staatssecretaris",
    "het dagelijks bestuur", "Gedeputeerde Staten", "de gemeente", "de provincie", "het ministerie",
    "het waterschap", "de directie", "het bestuur", "de burgemeester", "de wethouder", "de gemeenteraad",
    "het algemeen bestuur", "de inspectie", "de toezichthouder", "de commissie",
)  # fmt: skip
AMOUNT = ("€ 12.500", "€ 1,2 miljoen", "€ 340.000", "€ 85", "€ 4.750", "2,5 miljoen euro", "€ 600", "€ 18.000")
YEAR = ("2024", "2025", "2026", "2027", "2028", "2030")
TOPIC = (
    "de herinrichting van het centrum", "het nieuwe parkeerbeleid", "de subsidieregeling", "de aanbesteding",
    "de verduurzaming van het zwembad", "de uitbreiding van het bedrijventerrein", "het windpark",
    "de opvang van statushouders", "het armoedebeleid", "de sluiting van de bibliotheek", "de nieuwe sporthal",
    "het stikstofdossier", "de dijkversterking", "de reorganisatie", "het handhavingsverzoek",
    "de begroting", "het bestemmingsplan", "de fusie van de scholen", "het inkoopkader jeugdhulp",
    "de tariefverhoging", "de pilot met deelauto's", "het evenementenbeleid", "de woonvisie",
    "het beheer van de groenstroken", "de aanpak van ondermijning", "de Woo-procedure", "variant B",
    "het voorstel van de adviseur", "de concept-nota", "de planning", "het scenario met extra budget",
)  # fmt: skip
ACTION_INF = (
    "het besluit uit te stellen tot na de zomer", "de inwoners eerst te raadplegen", "de subsidie te verlagen",
    "niet in te stemmen met het voorstel", "de aanbesteding opnieuw te doen", "variant A te kiezen",
    "het gesprek met de provincie aan te gaan", "geen extra budget vrij te maken", "de raad eerder te informeren",
    "de handhaving te intensiveren", "het project te stoppen", "een externe partij in te huren",
    "de tekst van de brief te verzachten", "pas na de verkiezingen te besluiten", "de zienswijze af te wijzen",
    "juridisch advies in te winnen", "de deadline los te laten", "de kosten bij de initiatiefnemer te leggen",
    "de wethouder te adviseren niet te tekenen", "het dossier over te dragen aan een ander team",
    "de pilot te verlengen", "het convenant niet te ondertekenen", "meer tijd te nemen voor de afweging",
)  # fmt: skip
PROP_SUB = (
    "het voorstel onvoldoende is uitgewerkt", "we de raad te laat hebben betrokken", "variant B de betere keuze is",
    "de kosten onderschat worden", "dit politiek gevoelig ligt", "de provincie hier te weinig doet",
    "we beter kunnen wachten op de evaluatie", "de communicatie beter had gekund", "de planning niet realistisch is",
    "het risico op bezwaren groot is", "de aanpak te voorzichtig is", "we hiermee een precedent scheppen",
    "de wethouder dit beter niet kan toezeggen", "het budget niet toereikend is", "dit de verkeerde prioriteit is",
    "de adviseur te optimistisch is", "het draagvlak in de wijk te klein is", "we de regeling moeten versoberen",
    "het plan te duur wordt", "de externe adviseur zijn rol te ruim opvat", "de brief te stellig is geformuleerd",
    "we het signaal van de bewoners serieus moeten nemen", "de gekozen route juridisch kwetsbaar is",
    "de samenwerking met de partner moeizaam verloopt", "we dit niet aan de pers moeten melden",
)  # fmt: skip
PROP_MAIN_INV = (  # main clause with inversion, after a fronted phrase ("Naar mijn mening ...")
    "is het voorstel onvoldoende uitgewerkt", "moeten we de raad eerder betrekken", "is variant B de betere keuze",
    "worden de kosten onderschat", "ligt dit politiek gevoelig", "kunnen we beter wachten op de evaluatie",
    "is de planning niet realistisch", "is het risico op bezwaren groot", "scheppen we hiermee een precedent",
    "moet de wethouder dit niet toezeggen", "is het budget niet toereikend", "is dit de verkeerde prioriteit",
    "wordt het plan te duur", "moeten we de regeling versoberen", "is de gekozen route juridisch kwetsbaar",
    "zouden we de aanbesteding opnieuw moeten doen", "is het verstandiger om te wachten",
    "moeten we niet akkoord gaan", "is de brief te stellig geformuleerd", "kan de pilot beter stoppen",
)  # fmt: skip
EVAL_ADJ = (
    "onverstandig", "een slecht idee", "te riskant", "niet haalbaar", "een goede zaak", "te duur",
    "onnodig ingewikkeld", "politiek onhandig", "de beste optie", "onvoldoende onderbouwd", "te vroeg",
    "niet uit te leggen", "een gemiste kans", "prima verdedigbaar", "zwak", "te vrijblijvend", "disproportioneel",
    "onredelijk tegenover de bewoners", "overdreven", "weinig kansrijk", "onevenredig zwaar", "te ambitieus",
)  # fmt: skip
INIT = ("JdV", "AvdB", "MK", "PS", "TvL", "RB", "EH", "KdJ", "SvD", "WM", "LB", "NvdH")
FUNCTION = (
    "de beleidsadviseur", "de jurist", "de projectleider", "de teamleider", "de afdelingshoofd",
    "de concerncontroller", "de adviseur communicatie", "de senior adviseur", "de programmamanager",
    "de strategisch adviseur", "de accountmanager", "de woordvoerder", "de beleidsmedewerker",
)  # fmt: skip
MEETING = (
    "het MT-overleg", "het bestuurlijk overleg", "het projectteamoverleg", "de stuurgroep", "het portefeuillehoudersoverleg",
    "het ambtelijk vooroverleg", "de werkgroep", "het afstemmingsoverleg",
)  # fmt: skip
PLACE = ("Utrecht", "Zwolle", "Leiden", "Almere", "Venlo", "Sneek", "Roermond", "Goes", "Hoorn", "Emmen", "Breda", "Assen")
STREET = ("Kerkstraat", "Molenweg", "Dorpsstraat", "Stationsplein", "Julianalaan", "Vijverhof", "Raadhuisplein")


def name(r: random.Random) -> str:
    roll = r.random()
    if roll < 0.35:
        return f"{r.choice(HONOR)} {r.choice(SUR)}"
    if roll < 0.55:
        return f"{r.choice(FIRST)} {r.choice(SUR)}"
    if roll < 0.7:
        return r.choice(FIRST)
    if roll < 0.82:
        return f"{r.choice('ABCDEFGHJKLMNPRSTW')}.{r.choice(['', 'J.', 'M.'])} {r.choice(SUR)}"
    return f"{r.choice(HONOR)} {r.choice('ABCDEHJKLMPRSTW')}. {r.choice(SUR)}"


def subject(r: random.Random) -> str:
    roll = r.random()
    if roll < 0.4:
        return name(r)
    if roll < 0.7:
        return r.choice(ROLE_NOUN)
    return r.choice(PRON)


SLOTS: dict[str, object] = {
    "S": subject, "N": name, "REP": REPORTER, "WHEN": WHEN, "DATE": DATE, "COND": COND, "CADJ": COND_ADJ,
    "MED": MED, "PLACE": CARE_PLACE, "THER": THERAPIST, "THERAPY": THERAPY, "BODY": BODY, "SURG": SURGERY,
    "ADL": ADL_VERB, "ADLN": ADL_NOUN, "AID": AID, "DIS": DISABILITY, "DUR": DUR, "PCT": PCT, "HOSP": ORG_HOSP,
    "BODYORG": ORG_BODY, "AMOUNT": AMOUNT, "YEAR": YEAR, "TOPIC": TOPIC, "INF": ACTION_INF, "SUB": PROP_SUB,
    "INV": PROP_MAIN_INV, "ADJ": EVAL_ADJ, "INIT": INIT, "FUNC": FUNCTION, "MEET": MEETING, "CITY": PLACE,
    "STREET": STREET, "FIRST": FIRST, "PRON": PRON, "NUM": ("3", "12", "27", "140", "8", "61", "2.300", "45"),
}  # fmt: skip

# ----------------------------------------------------------------------------- templates
# (label, register, template). Label "" is a negative. Templates are grouped by their index:
# a held-out split leaves whole templates out.
HEALTH_T = [
    # sick leave / verzuim
    ("verzuim", "{S} heeft zich {WHEN} ziek gemeld."),
    ("verzuim", "{S} is {WHEN} ziek thuis met {COND}."),
    ("verzuim", "{S} zit {WHEN} thuis met {COND}."),
    ("verzuim", "{S} verzuimt al {DUR} vanwege {COND}."),
    ("verzuim", "{S} is {PCT} arbeidsongeschikt verklaard."),
    ("verzuim", "{S} werkt sinds {DATE} weer op arbeidstherapeutische basis, twee ochtenden per week."),
    ("verzuim", "{S} bouwt de uren langzaam op na {COND}."),
    ("verzuim", "De bedrijfsarts schat in dat {S} over {DUR} weer voor de helft kan werken."),
    ("verzuim", "{S} is {WHEN} gedeeltelijk hersteld gemeld en werkt 20 uur."),
    ("verzuim", "Ziek sinds {DATE}, reden: {COND}."),
    ("verzuim", "Reden verzuim: {COND}."),
    ("verzuim", "Uit het gesprek met de bedrijfsarts blijkt dat {S} voorlopig niet belastbaar is."),
    ("verzuim", "{S} valt {WHEN} uit met {COND} en is niet inzetbaar."),
    ("verzuim", "{S} is na {DUR} ziekte weer volledig hersteld."),
    ("verzuim", "{S} heeft {WHEN} een terugval gehad en is opnieuw uitgevallen."),
    ("verzuim", "Het verzuim van {S} duurt inmiddels {DUR} en is gerelateerd aan {COND}."),
    ("verzuim", "{S} kan door {COND} voorlopig alleen aangepast werk doen."),
    ("verzuim", "In de probleemanalyse staat dat {S} {CADJ} is en rust nodig heeft."),
    ("verzuim", "{S} is {CADJ} en kan de komende weken niet werken."),
    ("verzuim", "{S} meldde zich op {DATE} ziek."),
    ("verzuim", "{S} belde {WHEN} om zich ziek te melden."),
    ("verzuim", "{FIRST} is per {DN} ziekgemeld."),
    ("verzuim", "Op {DATE} heeft {S} zich ziek gemeld met {COND}."),
    ("verzuim", "{S} is na {DUR} weer begonnen, maar valt regelmatig uit door {COND}."),
    # hospital
    ("zorg", "{S} is {WHEN} opgenomen in {PLACE}."),
    ("zorg", "{S} ligt {WHEN} in {PLACE} na {SURG}."),
    ("zorg", "{S} is met spoed naar {PLACE} gebracht."),
    ("zorg", "{S} wordt op {DATE} geopereerd aan {BODY}."),
    ("zorg", "{S} heeft {WHEN} {SURG} ondergaan."),
    ("zorg", "{S} is {WHEN} ontslagen uit {PLACE} en herstelt thuis."),
    ("zorg", "Na de opname in {PLACE} verblijft {S} tijdelijk bij familie."),
    ("zorg", "{S} is gedwongen opgenomen op grond van de Wvggz."),
    ("zorg", "Voor {S} is een crisismaatregel afgegeven en een opname gevolgd."),
    ("zorg", "{S} verblijft {WHEN} op de gesloten afdeling van {PLACE}."),
    ("zorg", "Opname {PLACE} van {DATE} tot {DATE}."),
    # medication
    ("zorg", "{S} gebruikt {WHEN} {MED}."),
    ("zorg", "{S} slikt dagelijks {MED} voor {COND}."),
    ("zorg", "{S} is {WHEN} gestopt met {MED}."),
    ("zorg", "De huisarts heeft {S} {MED} voorgeschreven."),
    ("zorg", "Medicatie: {MED}."),
    ("zorg", "{S} krijgt {MED} en is daardoor overdag suf."),
    ("zorg", "{S} vergeet vaak de {MED} in te nemen."),
    # therapy
    ("zorg", "{S} is {WHEN} in behandeling bij {THER}."),
    ("zorg", "{S} volgt {WHEN} {THERAPY}."),
    ("zorg", "{S} heeft wekelijks gesprekken met {THER}."),
    ("zorg", "{S} staat op de wachtlijst voor {THERAPY}."),
    ("zorg", "{S} is doorverwezen naar {THER} voor {THERAPY}."),
    ("zorg", "De behandeling van {S} bij {THER} loopt nog tot {DATE}."),
    ("zorg", "{S} is {WHEN} gestart met {THERAPY} vanwege {COND}."),
    ("zorg", "Behandeling: {THERAPY} bij {THER}."),
    # pregnancy
    ("verzuim", "{S} is zwanger en uitgerekend op {DATE}."),
    ("verzuim", "Haar zwangerschapsverlof begint op {DATE}."),
    ("verzuim", "{S} gaat per {DATE} met zwangerschapsverlof."),
    ("verzuim", "{S} is {WHEN} met zwangerschaps- en bevallingsverlof."),
    ("verzuim", "{S} is op {DATE} bevallen van een dochter."),
    ("verzuim", "{S} heeft {WHEN} een miskraam gehad."),
    ("verzuim", "Vanwege zwangerschapsklachten werkt {S} tijdelijk minder uren."),
    ("verzuim", "{S} is in verwachting van het tweede kind."),
    ("verzuim", "Verlof i.v.m. zwangerschap vanaf {DATE}."),
    # injury
    ("zorg", "{S} heeft {BODY} gebroken bij een val."),
    ("zorg", "{S} is van de trap gevallen en heeft {BODY} gekneusd."),
    ("zorg", "{S} liep bij het ongeval een hersenschudding op."),
    ("zorg", "Na het auto-ongeluk houdt {S} last van {COND}."),
    ("zorg", "{S} is op het werk gevallen en heeft {BODY} bezeerd."),
    ("zorg", "{S} heeft {BODY} in het gips na een sportblessure."),
    ("zorg", "Door de mishandeling heeft {S} blijvend letsel aan {BODY}."),
    ("zorg", "{S} raakte gewond aan {BODY} en moest worden gehecht."),
    # disability
    ("wmo", "{S} heeft {DIS}."),
    ("wmo", "{S} is {CADJ} en woont zelfstandig met hulp."),
    ("wmo", "{S} is sinds de geboorte bekend met {DIS}."),
    ("wmo", "{S} gebruikt {AID} om zich te verplaatsen."),
    ("wmo", "{S} is aangewezen op {AID}."),
    ("wmo", "{S} heeft een indicatie voor een Wlz-verblijf vanwege {DIS}."),
    ("wmo", "{S} kan door {DIS} niet met het openbaar vervoer reizen."),
    ("wmo", "Vanwege {DIS} heeft {S} {AID} aangevraagd."),
    # care need
    ("wmo", "{S} kan zich niet zelfstandig {ADL}."),
    ("wmo", "{S} kan niet meer zelfstandig {ADL}."),
    ("wmo", "{S} heeft hulp nodig bij {ADLN}."),
    ("wmo", "{S} krijgt dagelijks thuiszorg voor {ADLN}."),
    ("wmo", "De mantelzorger helpt {S} elke ochtend met {ADLN}."),
    ("wmo", "De wijkverpleging komt twee keer per dag voor {ADLN}."),
    ("wmo", "{S} is voor {ADLN} volledig afhankelijk van de partner."),
    ("wmo", "Zonder hulp lukt het {S} niet om te {ADL}."),
    ("wmo", "{S} valt regelmatig en durft niet meer alleen te {ADL}."),
    ("wmo", "{S} is vergeetachtig en heeft toezicht nodig bij {ADLN}."),
    ("wmo", "Beperkingen: kan niet zelfstandig {ADL}, loopt met {AID}."),
    ("wmo", "Ondersteuningsbehoefte: hulp bij {ADLN}."),
    ("wmo", "Ik kan mezelf niet meer {ADL} sinds mijn {COND2}."),
    ("wmo", "{S} kan na {SURG} nog maar korte stukjes lopen."),
    ("wmo", "ik kan sinds mijn {COND2} niet verder lopen dan de brievenbus"),
    # mental / diagnosis / addiction
    ("jeugd", "{S} heeft last van {COND}."),
    ("jeugd", "{S} is gediagnosticeerd met {COND}."),
    ("jeugd", "Bij {S} is {WHEN} {COND} vastgesteld."),
    ("jeugd", "{S} lijdt aan {COND}."),
    ("jeugd", "{S} is bekend met {COND} en {DIS}."),
    ("jeugd", "{S} heeft suïcidale gedachten geuit tegen de mentor."),
    ("jeugd", "{S} is somber, slaapt slecht en eet nauwelijks."),
    ("jeugd", "{S} heeft een ernstig alcoholprobleem en drinkt dagelijks."),
    ("jeugd", "{S} gebruikt dagelijks cannabis en is daarvoor in behandeling."),
    ("jeugd", "{S} heeft een verslavingsverleden en is {WHEN} teruggevallen."),
    ("jeugd", "{S} kampt {WHEN} met {COND}."),
    ("jeugd", "{S} heeft een autismespectrumstoornis en raakt snel overprikkeld."),
    ("jeugd", "{S} is psychisch kwetsbaar en heeft eerder een psychose gehad."),
    ("jeugd", "{S} heeft een IQ van 68 en functioneert op het niveau van een twaalfjarige."),
    ("jeugd", "Diagnose: {COND}."),
    ("jeugd", "Gezondheid: {COND}, {MED}."),
    ("jeugd", "{S} heeft een hartinfarct gehad en moet het rustig aan doen."),
    ("jeugd", "{S} is {CADJ} volgens de verwijsbrief."),
    ("jeugd", "{S} heeft kanker en krijgt {THERAPY}."),
    ("jeugd", "{S} heeft een trauma opgelopen en heeft nachtmerries."),
    # reported speech
    ("report", "{REP} vertelt dat {S} {WHEN} ziek thuis zit."),
    ("report", "{REP} geeft aan dat {S} in {PLACE} ligt."),
    ("report", "Volgens {REP} heeft {S} {COND}."),
    ("report", "Volgens {REP} gebruikt {S} {MED}."),
    ("report", "{REP} meldt dat {S} zich niet zelfstandig kan {ADL}."),
    ("report", "{REP} maakt zich zorgen omdat {S} {COND} heeft."),
    ("report", "{N} vertelde dat {PRON} {WHEN} in behandeling is bij {THER}."),
    ("report", "{N} laat weten dat {PRON} {CADJ} is."),
    ("report", "{REP} heeft laten weten dat {S} is opgenomen."),
    ("report", "{REP} zegt dat {S} sinds het ongeluk {AID} gebruikt."),
    ("report", "Uit de informatie van {REP} blijkt dat {S} {DIS} heeft."),
    ("report", "{N} gaf tijdens het gesprek aan dat {PRON} last heeft van {COND}."),
    ("report", "{N} belde om te zeggen dat {PRON} morgen wordt geopereerd."),
    ("report", "{REP} signaleert dat {S} sterk is afgevallen en niet goed eet."),
    ("report", "Naar zeggen van {REP} is {S} zwanger."),
    ("report", "{N} zegt: \"Ik ben {CADJ} en kan niet komen.\""),
    # letters (u-form)
    ("brief", "U heeft ons laten weten dat u door {COND} niet kunt werken."),
    ("brief", "In uw bezwaarschrift schrijft u dat u {CADJ} bent."),
    ("brief", "Uit de medische stukken blijkt dat u {COND} heeft."),
    ("brief", "U geeft aan dat u sinds {DATE} in behandeling bent bij {THER}."),
    ("brief", "U bent op {DATE} opgenomen geweest in {PLACE}."),
    ("brief", "Vanwege uw {COND2} kunt u zich niet zelfstandig {ADL}."),
    ("brief", "U gebruikt {AID} en kunt de trap niet op."),
    ("brief", "Het medisch advies stelt dat u vanwege {COND} beperkt belastbaar bent."),
    ("brief", "Wij hebben begrip voor uw situatie nu uw partner ernstig ziek is."),
    ("brief", "U heeft {DUR} in {PLACE} gelegen en daardoor de termijn gemist."),
    # chat / first person
    ("chat", "ik lig plat met {COND}, ben er vandaag niet"),
    ("chat", "sorry, moet naar {PLACE} voor controle"),
    ("chat", "ben {CADJ}, meld me af voor het overleg"),
    ("chat", "kan morgen niet, word geopereerd aan mijn knie"),
    ("chat", "zit bij de huisarts, bel je later"),
    ("chat", "ik ben zwanger! nog niet doorvertellen"),
    ("chat", "mijn rug speelt weer op, werk vandaag thuis met pijnstillers"),
    ("chat", "ik heb {COND} en ga eerst een paar weken rust nemen"),
    ("chat", "mijn dochter ligt in {PLACE}, ik ben er de rest van de week niet"),
    ("chat", "{FIRST} is ziek, ze heeft {COND}"),
    ("chat", "heb je gehoord dat {FIRST} een burn-out heeft?"),
    ("chat", "ik sta op de wachtlijst bij {THER}"),
    ("chat", "ik slik sinds kort {MED}, dus ben wat trager"),
    ("chat", "mijn therapeut zegt dat ik het rustiger aan moet doen"),
    ("chat", "{FIRST} zit weer in de kliniek"),
    ("chat", "Ik ben {WHEN} ziek thuis."),
    ("chat", "Ik heb {WHEN} {COND} en ben onder behandeling."),
    # table cells and register rows
    ("cel", "{VOORZ}; {CB}"),
    ("cel", "{VOORZ} i.v.m. {CB}"),
    ("cel", "{VOORZ} vanwege {CB}"),
    ("cel", "{CB}"),
    ("cel", "{CODE} {N} {BIRTH} {VOORZ}; {CB} {DN}"),
    ("cel", "{CODE} {N} {VOORZ} i.v.m. {CB} {DN}"),
    ("cel", "Medische grondslag: {CB}"),
    ("cel", "Grondslag aanvraag: {CB}"),
    ("cel", "Reden aanvraag: {CB}, kan niet zelfstandig {ADL}"),
    ("cel", "{CADJ}, gebruikt {AID}"),
    ("cel", "{N} {BIRTH} {VOORZ}; {CADJ}"),
    ("cel", "{N}, {CODE} {VOORZ}; {CB}"),
    ("cel", "{VOORZ}; {CADJ}"),
    ("cel", "Ziekte-/hersteldatum: ziek per {DN}"),
    ("cel", "Verzuim: {DUR}, oorzaak {CB}"),
    # health as the reason in a complaint, objection or request
    ("klacht", "Door {NUIS} slaapt {S} slecht en gebruikt sindsdien {MED}."),
    ("klacht", "Mijn {FAM} heeft {COND} en {NUIS} maakt dat nog erger."),
    ("klacht", "Ik ben {CADJ} en kan door {NUIS} niet meer slapen."),
    ("klacht", "De {CB} van {S} wordt erger door {NUIS}."),
    ("klacht", "{S} heeft {COND} en heeft veel last van {NUIS}."),
    ("klacht", "Sinds {NUIS} heeft {S} {COND} gekregen, aldus de huisarts."),
    ("klacht", "{S} heeft op medische gronden een urgentieverklaring gekregen."),
    ("klacht", "Wegens {COND} kon {S} de hoorzitting niet bijwonen."),
    ("klacht", "Ik verzoek om uitstel omdat ik {WHEN} {CADJ} ben."),
    ("klacht", "Mijn {FAM} is {CADJ} en ik zorg dag en nacht voor haar."),
    ("klacht", "Ik vraag bijzondere bijstand voor een gebitsprothese voor mijn {FAM} na {SURG}."),
    ("klacht", "De eigen bijdrage is te hoog nu ik door {COND} niet kan werken."),
    ("klacht", "{S} is hoogzwanger en kan de trap naar de woning niet meer op."),
    ("klacht", "Ik ben in verwachting en maak me zorgen over {NUIS}."),
    ("klacht", "{S} heeft door de explosie blijvende gehoorschade opgelopen."),
    ("klacht", "{S} liep bij de aanrijding een gebroken {BODYPART} op."),
]


def _nh_inverted(r: random.Random) -> str:
    """A non-health predicate after a fronted phrase: "Volgens X heeft hij ..." (verb first)."""
    subj = r.choice(("hij", "zij", "betrokkene", "de bewoner"))
    verb, rest = r.choice(NH_PRED).split(" ", 1)
    return f"{verb} {subj} {rest}"


SLOTS["NHP_INV"] = _nh_inverted
SLOTS["NH_ADJ"] = ("met vakantie", "ter plaatse", "boos", "verhuisd", "niet bereikbaar", "afwezig", "op cursus",
                   "met ouderschapsverlof", "druk met de verbouwing", "teleurgesteld", "in het buitenland", "thuis aan het werk")
SLOTS["NH_CHAT"] = ("ben er om 10 uur", "kijk mee", "bel je zo", "heb niets gedaan, laptop ligt thuis", "zit in de trein",
                    "heb het stuk doorgestuurd", "ben er morgen niet, vrije dag", "sta in de file", "ben ter plaatse")
SLOTS["BODYPART"] = ("pols", "enkel", "arm", "sleutelbeen", "heup", "neus", "knie")
COND_BARE = (
    "reuma", "artrose in de heup", "beginnende alzheimer", "COPD", "hartfalen", "diabetes type 2", "NAH",
    "chronische rugpijn", "een spierziekte", "psychose in voorgeschiedenis", "depressieve klachten",
    "angststoornis", "MS", "ALS", "licht verstandelijke beperking", "blindheid", "slechthorendheid",
    "long covid", "na herseninfarct", "na heupfractuur", "alcoholproblematiek", "verslavingsproblematiek",
    "autismespectrumstoornis", "ADHD", "niet-aangeboren hersenletsel", "fibromyalgie", "kanker (in behandeling)",
    "dwarslaesie", "zware astma", "evenwichtsstoornis", "ernstige vermoeidheid na chemo", "epilepsie",
    "cognitieve achteruitgang", "zwangerschapsdiabetes", "psychiatrische problematiek", "hartritmestoornis",
)  # fmt: skip
VOORZ = (
    "individuele begeleiding", "hulp bij het huishouden 4 uur", "dagbesteding 2 dagdelen", "woningaanpassing",
    "rolstoel", "vervoersvoorziening", "collectief vervoer", "beschermd wonen", "traplift", "scootmobiel",
    "gehandicaptenparkeerkaart", "maatwerkvoorziening", "hulp bij het huishouden", "kortdurend verblijf",
    "begeleiding groep", "verhuiskostenvergoeding", "douchestoel", "persoonsgebonden budget",
)  # fmt: skip
NUISANCE = (
    "het geluid van de bouwplaats", "de trillingen van het heien", "de stank van de fabriek", "het lawaai van de buren",
    "de overlast van het café", "het verkeer voor de deur", "de schimmel in de woning", "het vocht in de slaapkamer",
    "de bouwwerkzaamheden", "de nachtelijke herrie", "de zorgen over de schuld", "de dreigende uitzetting",
)  # fmt: skip
FAM = ("vrouw", "man", "zoon", "dochter", "moeder", "vader", "partner", "buurvrouw", "schoonmoeder")
CODE = ("W-2025-0143", "Z/24/88112", "WMO-25-0391", "C-1187", "2025-00412", "ZK25.0917", "J/25/301")
DATE_NUM = ("03-02-2025", "14-11-2024", "27-06-2025", "01-09-2024", "2025-01-15", "09-12-2024")
BIRTH = ("12-04-1951", "03-11-1968", "29-07-1944", "18-01-1990", "06-06-1975", "21-10-1939")
FACT_SUB = (
    "de stukken op tijd zijn verzonden", "de provincie een derde van de kosten draagt", "er twaalf bezwaren zijn binnengekomen",
    "de vergunning vorig jaar is verleend", "het overleg is verplaatst naar donderdag", "de aanvraag compleet is",
    "de raad in juni een besluit neemt", "de kosten ruim twee ton bedragen", "de aannemer in week 14 begint",
    "het rapport vrijdag wordt opgeleverd", "de subsidie in twee termijnen is uitbetaald", "de wethouder het dossier kent",
    "de inspraakavond druk bezocht was", "de termijn op 1 mei verloopt", "de gemeente eigenaar is van de grond",
    "de stichting een nieuwe directeur heeft", "het contract in december afloopt", "de raming is bijgesteld",
)  # fmt: skip
EMAIL = ("j.devries@gemeente.nl", "info@stichting.nl", "p.bakker@provincie.nl", "kim83@gmail.com", "secretariaat@waterschap.nl")
FUNCT = ("beleidsadviseur", "projectleider", "jurist", "notulist", "teamleider", "adviseur", "casemanager", "controller")
ORG = ("het UWV", "de arbodienst", "het wijkteam", "de woningcorporatie", "het CJG", "Veilig Thuis", "de GGD", "het Juridisch Loket")
HEAD = (
    "Ziekmelding", "Verzuimhistorie", "Medische gegevens", "Re-integratie", "Probleemanalyse", "Plan van aanpak",
    "Bedrijfsarts", "Gezondheid", "Verzuimgesprek", "Terugkoppeling bedrijfsarts", "Zorg en ondersteuning",
    "Hersteldmelding", "Wmo-melding", "Arbeidsdeskundig onderzoek", "Keukentafelgesprek", "Actiepunten",
    "Spreekuur bedrijfsarts", "Evaluatie re-integratie", "Medisch advies", "Verslag casusoverleg",
)  # fmt: skip
SHORT = (
    "Niet openbaar", "Deels openbaar", "Openbaar", "Kopie aan", "Vraag", "Antwoord", "Opening en mededelingen",
    "Rondvraag en sluiting", "Verworpen", "Aangenomen", "Meldkamer", "Bijlagen", "Toelichting", "Status", "Inleiding",
    "Voorstel", "Beslispunten", "Financiële gevolgen", "Onderwerp", "Kenmerk", "Afzender", "Geen gehoor; voicemail ingesproken",
    "Prijsstijgingen en onvoorzien", "Communicatie", "Vervolg", "Planning", "Samenvatting", "Contactpersoon",
    "Weigeringsgrond", "Documentnummer", "In behandeling", "Afgehandeld", "Telefoon", "Notitie", "E-mail",
    "Terugbelverzoek", "Zie bijlage", "Akkoord", "RE: verlof", "FW: stukken", "Vertrouwelijk", "Nog niet bekend",
)  # fmt: skip
SURCAPS = ("JANSEN", "DE VRIES", "BAKKER", "VAN DAM", "YILMAZ", "NGUYEN", "VAN DER LINDEN", "POSTMA", "EL AMRANI")
INITIALS = ("A.", "J.P.", "M.E.", "K.", "R.S.T.", "H.J.", "W.")
MONTH = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december")
NH_PRED = (  # things said about a person that are not about health
    "heeft de huur al drie maanden niet betaald", "is het niet eens met de hoogte van de boete",
    "voelde zich niet serieus genomen door de consulent", "vond de toon van de brief kleinerend",
    "heeft een dakkapel geplaatst zonder vergunning", "parkeert de bedrijfsbus steeds op de stoep",
    "heeft verklaard dat de schuur al twintig jaar zo staat", "werkt sinds kort als zzp'er in de bouw",
    "heeft twee kinderen die op de basisschool zitten", "woont sinds 2019 in de wijk", "is verhuisd naar een kleinere woning",
    "heeft een betalingsregeling getroffen met de Belastingdienst", "heeft schulden bij de energieleverancier",
    "is boos omdat de afvalcontainer niet is geleegd", "wil dat de gemeente de bomen snoeit",
    "heeft de buren er zelf op aangesproken", "heeft een klacht ingediend over de behandeling van haar aanvraag",
    "vraagt om uitstel van de betaling", "staat op de wachtlijst voor een sociale huurwoning",
    "heeft een auto op naam van zijn broer", "heeft de sleutel bij de buurman afgegeven", "was niet thuis tijdens de controle",
    "deed de deur niet open", "wil graag op de hoogte blijven van de voortgang", "regelt de administratie voor haar moeder",
    "heeft zijn laptop thuis laten liggen", "heeft de stukken te laat ingeleverd", "zegt dat de overlast 's nachts erger is",
    "heeft een bedrijf aan huis", "krijgt een bijstandsuitkering", "verdient boven de inkomensgrens", "is gescheiden en woont alleen",
    "volgt een opleiding tot verpleegkundige", "werkt als verzorgende in een verpleeghuis", "is mantelzorgmakelaar bij de gemeente",
    "heeft de vergadering voorgezeten", "heeft verlof opgenomen voor een verhuizing", "gaat met pensioen",
    "heeft vakantie tot eind augustus", "is naar een andere afdeling overgeplaatst", "heeft ontslag genomen",
    "heeft een nieuwe baan bij een zorgverzekeraar", "heeft de huisarts als referentie opgegeven",
    "was aanwezig bij de bewonersavond", "spreekt slecht Nederlands en had een tolk nodig", "heeft een strafblad",
    "is eerder gewaarschuwd voor hetzelfde feit", "heeft de boete betaald", "is eigenaar van het pand",
    "heeft een hond die veel blaft", "rijdt dagelijks met de auto naar Utrecht", "heeft de buurvrouw geholpen met verhuizen",
    "is boos over de lange wachttijd", "ging akkoord met het voorstel van de corporatie", "heeft niets gedaan",
    "kwam te laat op de afspraak", "heeft zijn excuses aangeboden", "houdt zich niet aan de afspraken",
)  # fmt: skip
NH_SUB = (  # the same in a subordinate clause ("dat ...")
    "de huur al drie maanden niet is betaald", "zij het niet eens is met de boete", "hij de schuur zelf heeft gebouwd",
    "zij zich niet gehoord voelde", "de overlast vooral 's nachts is", "hij de bus van zijn broer gebruikt",
    "zij graag op de hoogte blijft", "hij niet thuis was", "de toon van het gesprek onprettig was",
    "zij de aanvraag te laat heeft ingediend", "hij een bedrijf aan huis heeft", "zij haar moeder helpt met de administratie",
    "de buren vaak ruzie hebben", "hij zijn excuses heeft aangeboden", "zij de boete heeft betaald",
)  # fmt: skip
PP = ("afgebouwd", "uitgesteld", "geschrapt", "heroverwogen", "versoberd", "opgeschort", "overgedragen", "herzien")
COND2 = ("hernia", "heupoperatie", "beroerte", "val", "ziekte", "knieblessure", "longziekte", "hartoperatie", "reuma")
SLOTS.update({
    "COND2": COND2, "CB": COND_BARE, "VOORZ": VOORZ, "NUIS": NUISANCE, "FAM": FAM, "CODE": CODE, "DN": DATE_NUM,
    "BIRTH": BIRTH, "FSUB": FACT_SUB, "PP": PP, "EMAIL": EMAIL, "FUNCT": FUNCT, "ORG": ORG, "HEAD": HEAD,
    "SHORT": SHORT, "NHP": NH_PRED, "NHS": NH_SUB, "SURCAPS": SURCAPS, "INITIALS": INITIALS, "MONTH": MONTH,
})

NOT_HEALTH_T = [
    # health policy, hospitals as organisations, aggregate statistics
    ("beleid", "De gemeente investeert {AMOUNT} in de preventie van overgewicht bij jongeren."),
    ("beleid", "{HOSP} opent in {YEAR} een nieuwe vleugel voor de spoedeisende hulp."),
    ("beleid", "Het overleg vindt plaats in de vergaderzaal van {HOSP}."),
    ("beleid", "{HOSP} heeft een vergunning aangevraagd voor een helikopterplatform."),
    ("beleid", "Het ziekteverzuim in de organisatie daalde in {YEAR} naar 4,8 procent."),
    ("beleid", "In {YEAR} meldden {NUM} medewerkers zich ziek, minder dan het jaar ervoor."),
    ("beleid", "De GGD roept inwoners op zich te laten vaccineren tegen griep."),
    ("beleid", "Het budget voor huishoudelijke hulp in de Wmo stijgt met {AMOUNT}."),
    ("beleid", "Zorgaanbieders moeten vanaf {YEAR} voldoen aan het nieuwe inkoopkader."),
    ("beleid", "De huisartsenpost verhuist per {DATE} naar het gezondheidscentrum."),
    ("beleid", "Het verzuimbeleid wordt in {YEAR} herzien."),
    ("beleid", "Het verzuimpercentage van het team bedraagt 5,1%."),
    ("beleid", "De bedrijfsarts is bereikbaar via de arbodienst."),
    ("beleid", "Ziekmeldingen gaan voortaan via het digitale portaal."),
    ("beleid", "Medewerkers die ziek zijn, melden zich voor 9.00 uur bij hun leidinggevende."),
    ("beleid", "De regio werkt aan een aanpak voor mensen met verward gedrag."),
    ("beleid", "De wachtlijsten in de jeugd-GGZ zijn opnieuw gegroeid."),
    ("beleid", "Het aantal Wmo-cliënten in {CITY} is met 6% toegenomen."),
    ("beleid", "De gemeente koopt de hulpmiddelen in via een regionale aanbesteding."),
    ("beleid", "De subsidie voor het hospice wordt met {DUR} verlengd."),
    ("beleid", "Het RIVM meldt een stijging van het aantal besmettingen."),
    ("beleid", "Het ziekenhuis is bereikbaar met buslijn {NUM}."),
    ("beleid", "Parkeren bij {HOSP} is betaald."),
    ("beleid", "De Ziektewet regelt de uitkering bij ziekte na het einde van een dienstverband."),
    ("beleid", "Diabetes en overgewicht zijn speerpunten in de lokale gezondheidsnota."),
    ("beleid", "De campagne richt zich op depressie bij ouderen en eenzaamheid."),
    ("beleid", "Het college wil de toegang tot de GGZ verbeteren."),
    ("beleid", "De ambulancezorg in de regio haalt de normtijd niet altijd."),
    ("beleid", "De verpleeghuizen in de regio kampen met personeelstekorten."),
    ("beleid", "Het project kampte met kinderziektes in de software."),
    ("beleid", "De begroting ligt op de intensive care, aldus de wethouder."),
    ("beleid", "De aanvraag voor een traplift wordt beoordeeld door een onafhankelijk adviseur."),
    ("beleid", "Een rolstoel wordt in bruikleen verstrekt via de gemeente."),
    ("beleid", "De verzekeraar vergoedt fysiotherapie vanaf de tiende behandeling."),
    ("beleid", "Het zorgkantoor gaat over de indicaties in de Wet langdurige zorg."),
    ("beleid", "Bij ziekte van de voorzitter neemt de vicevoorzitter het over."),
    ("beleid", "Het protocol ziekteverzuim is bijgevoegd als bijlage 3."),
    ("beleid", "De raad vraagt aandacht voor de mentale gezondheid van studenten."),
    ("beleid", "De GGD-inspecteur heeft de kinderopvang op {DATE} bezocht."),
    ("beleid", "De inzet van de wijkverpleging wordt gefinancierd uit de Zorgverzekeringswet."),
    ("beleid", "Onderzoek wijst uit dat burn-outklachten onder jonge werknemers toenemen."),
    ("beleid", "De locatie van het voormalige ziekenhuis wordt herontwikkeld tot woningen."),
    ("beleid", "Het revalidatiecentrum zoekt een nieuwe huurder voor de begane grond."),
    ("beleid", "De gemeente sluit een convenant met {HOSP} over de zorg voor ouderen."),
    ("beleid", "Ouderen die slecht ter been zijn, kunnen gebruikmaken van de regiotaxi."),
    ("beleid", "Het team Wmo beoordeelt aanvragen binnen acht weken."),
    # negations and absence
    ("negatie", "Er is geen sprake van ziekte of verzuim."),
    ("negatie", "Medische redenen zijn in het bezwaar niet aangevoerd."),
    ("negatie", "Er zijn geen medische gegevens in het dossier opgenomen."),
    ("negatie", "Verzuim speelt in deze zaak geen rol."),
    ("negatie", "De aanvraag bevat geen gezondheidsinformatie."),
    ("negatie", "Een medisch advies is voor deze voorziening niet nodig."),
    ("negatie", "{S} heeft geen medische beperkingen aangegeven."),
    ("negatie", "Het ongeval heeft niet tot letsel geleid."),
    ("negatie", "Niemand raakte gewond bij de brand."),
    # same words, nothing about a person's health
    ("ruis", "{S} heeft de stukken op {DATE} per post verstuurd."),
    ("ruis", "{S} werkt als verpleegkundige in {HOSP}."),
    ("ruis", "{S} is werkzaam als fysiotherapeut in {CITY}."),
    ("ruis", "{S} was {WHEN} met vakantie en reageerde daardoor later."),
    ("ruis", "{S} is verhuisd naar de {STREET} in {CITY}."),
    ("ruis", "{S} neemt het dossier over van {N}."),
    ("ruis", "{N} is de contactpersoon namens {HOSP}."),
    ("ruis", "{S} heeft bezwaar gemaakt tegen de naheffingsaanslag."),
    ("ruis", "{S} is lid van de cliëntenraad."),
    ("ruis", "{S} heeft de zorgaanbieder gevraagd om een offerte."),
    ("ruis", "{S} is {WHEN} in dienst als medewerker Wmo."),
    ("ruis", "{S} is de casemanager van de familie."),
    ("ruis", "{N} is {WHEN} met ouderschapsverlof op woensdag."),
    ("ruis", "{S} heeft vakantie van {DATE} tot {DATE}."),
    ("ruis", "{S} woont sinds {YEAR} aan de {STREET} in {CITY}."),
    ("ruis", "{S} heeft een huurachterstand van {AMOUNT}."),
    ("ruis", "{S} heeft de aanvraag voor bijzondere bijstand ingetrokken."),
    ("ruis", "{N} heeft de vergadering namens de cliëntenraad bijgewoond."),
    ("ruis", "De bedrijfsarts, {N}, is vanaf {DATE} met pensioen."),
    ("ruis", "{S} loopt elke ochtend naar het station."),
    ("ruis", "{S} kan zich niet vinden in het besluit."),
    ("ruis", "{S} is niet bereikbaar op het opgegeven telefoonnummer."),
    ("ruis", "{S} heeft hulp nodig bij het invullen van de aanvraag."),
    ("ruis", "{S} heeft {DUR} geleden een nieuwe baan gevonden."),
    ("ruis", "Het team is onderbezet omdat {NUM} vacatures openstaan."),
    ("persoon", "{S} {NHP}."),
    ("persoon", "{S} {NHP}."),
    ("persoon", "{S} {NHP}."),
    ("persoon", "{N} {NHP}."),
    ("persoon", "{REP} vertelt dat {NHS}."),
    ("persoon", "{N} geeft aan dat {NHS}."),
    ("persoon", "Volgens {REP} {NHP_INV}."),
    ("persoon", "Ik heb vastgesteld dat {NHS}."),
    ("persoon", "{N} heeft telefonisch laten weten dat {NHS}."),
    ("persoon", "Ik ben {WHEN} {NH_ADJ}."),
    ("persoon", "{S} is {NH_ADJ}."),
    ("persoon", "Mijn {FAM} {NHP}."),
    ("persoon", "ik {NH_CHAT}"),
    ("persoon", "{S} was {WHEN} {NH_ADJ} en reageerde daarom niet."),
    ("cel", "{CODE} {N} {BIRTH} {VOORZ} {DN}"),
    ("cel", "{CODE} {DN} {N} in behandeling"),
    ("cel", "{CODE} {DN} {TOPIC} afgehandeld"),
    ("cel", "in behandeling"),
    ("cel", "{VOORZ}"),
    ("cel", "Status: in behandeling bij team Wmo"),
    ("cel", "Besluit: toegekend per {DN}"),
    ("cel", "{N}, {STREET} {NUM}, {CITY}"),
    ("klacht", "Door {NUIS} kan ik mijn werk thuis niet doen."),
    ("klacht", "Ik ben boos over {NUIS} en wil een klacht indienen."),
    ("klacht", "{S} vraagt de gemeente om handhaving tegen {NUIS}."),
    ("klacht", "Mijn {FAM} heeft de melding op {DATE} gedaan."),
]

OPINION_T = [
    # first person
    ("eigen", "Ik vind dat {SUB}."),
    ("eigen", "Persoonlijk vind ik {TOPIC} {ADJ}."),
    ("eigen", "Persoonlijk zou ik kiezen voor {TOPIC}, omdat {SUB}."),
    ("eigen", "Mijn inschatting is dat {SUB}."),
    ("eigen", "Als je het mij vraagt, {INV}."),
    ("eigen", "Naar mijn mening {INV}."),
    ("eigen", "Ik zou adviseren om {INF}."),
    ("eigen", "Het lijkt mij verstandig om {INF}."),
    ("eigen", "Wat mij betreft {INV}."),
    ("eigen", "Ik ben er geen voorstander van om {INF}."),
    ("eigen", "Ik denk dat {SUB}."),
    ("eigen", "Mijns inziens {INV}."),
    ("eigen", "Ik heb mijn twijfels over {TOPIC}."),
    ("eigen", "Volgens mij {INV}."),
    ("eigen", "Ik zou er niet voor kiezen om {INF}."),
    ("eigen", "Mijn advies zou zijn om {INF}."),
    ("eigen", "Eerlijk gezegd vind ik {TOPIC} {ADJ}."),
    ("eigen", "Ik maak me zorgen dat {SUB}."),
    ("eigen", "Ik ben bang dat {SUB}."),
    ("eigen", "Ik ben van mening dat {SUB}."),
    ("eigen", "Ik zou {TOPIC} niet steunen."),
    ("eigen", "Mijn voorkeur gaat uit naar {TOPIC}."),
    ("eigen", "Ik neig ertoe om {INF}."),
    ("eigen", "Ik adviseer je om {INF}."),
    ("eigen", "Mij lijkt het beter om {INF}."),
    ("eigen", "Zelf zou ik {TOPIC} laten vallen."),
    ("eigen", "Ik sta niet achter {TOPIC}."),
    ("eigen", "Ik vind het onverstandig om {INF}."),
    ("eigen", "Ik zou het zonde vinden als {SUB}."),
    ("eigen", "Mijn gevoel zegt dat {SUB}."),
    ("eigen", "Ik proef weinig enthousiasme, en ik denk dat {SUB}."),
    ("eigen", "Ik zou de wethouder adviseren om {INF}."),
    ("eigen", "Om eerlijk te zijn geloof ik niet in {TOPIC}."),
    ("eigen", "Ik ben kritisch over {TOPIC}, omdat {SUB}."),
    ("eigen", "Mijn persoonlijke opvatting is dat {SUB}."),
    ("eigen", "Zou het niet beter zijn om {INF}? Ik denk van wel."),
    ("eigen", "Volgens mij moeten we {TOPIC} heroverwegen."),
    ("eigen", "Ik zie meer in {TOPIC} dan in het alternatief."),
    ("eigen", "Ik kan me niet vinden in {TOPIC}."),
    ("eigen", "Naar mijn idee {INV}."),
    # chat register
    ("chat", "ik vind het echt {ADJ} eerlijk gezegd"),
    ("chat", "als je het mij vraagt moeten we {TOPIC} gewoon parkeren"),
    ("chat", "persoonlijk zou ik het niet doen"),
    ("chat", "ik denk dat {SUB}, maar jij?"),
    ("chat", "mijn inschatting: {SUB}"),
    ("chat", "lijkt me geen goed plan om {INF}"),
    ("chat", "ik zou er nog even mee wachten"),
    # reported
    ("gerapporteerd", "{N} vindt dat {SUB}."),
    ("gerapporteerd", "{FUNC} vindt dat {SUB}."),
    ("gerapporteerd", "{N} is van mening dat {SUB}."),
    ("gerapporteerd", "{N} pleit ervoor om {INF}."),
    ("gerapporteerd", "Volgens {N} {INV}."),
    ("gerapporteerd", "{N} adviseert om {INF}."),
    ("gerapporteerd", "{N} geeft aan {TOPIC} {ADJ} te vinden."),
    ("gerapporteerd", "{N} zet vraagtekens bij {TOPIC}."),
    ("gerapporteerd", "{N} is geen voorstander van {TOPIC}."),
    ("gerapporteerd", "{INIT} vindt {TOPIC} {ADJ}."),
    ("gerapporteerd", "{INIT} merkt op dat {PRON} {TOPIC} {ADJ} vindt."),
    ("gerapporteerd", "{FUNC} is kritisch: {SUB}."),
    ("gerapporteerd", "{N} denkt dat {SUB}."),
    ("gerapporteerd", "{N} betwijfelt of {TOPIC} haalbaar is."),
    ("gerapporteerd", "{N} zou liever zien dat {SUB}."),
    ("gerapporteerd", "{FUNC} waarschuwt dat {SUB}."),
    ("gerapporteerd", "{N} heeft er weinig vertrouwen in dat {TOPIC} slaagt."),
    ("gerapporteerd", "{N} stelt voor om {INF}, omdat {SUB}."),
    ("gerapporteerd", "Naar het oordeel van {FUNC} {INV}."),
    ("gerapporteerd", "{INIT} is er geen voorstander van om {INF}."),
    ("gerapporteerd", "{N} zegt persoonlijk weinig te zien in {TOPIC}."),
    ("gerapporteerd", "{N} en {N} vinden dat {SUB}."),
    ("gerapporteerd", "In de ogen van {N} {INV}."),
    ("gerapporteerd", "{N} vreest dat {SUB}."),
    ("gerapporteerd", "{N} vond dat {SUB}."),
    ("gerapporteerd", "{N} merkte op dat {SUB}."),
    ("gerapporteerd", "Hierover merkt {N} op dat {SUB}."),
    ("gerapporteerd", "{N} geeft aan dat naar haar idee {SUB}."),
    ("gerapporteerd", "{N} gaf aan dat naar zijn mening {SUB}."),
    ("gerapporteerd", "Naar de mening van {N} {INV}."),
    ("gerapporteerd", "{N} is het daar niet mee eens en vindt dat {SUB}."),
    ("gerapporteerd", "{INIT}: {SUB_CAP}, als je het mij vraagt."),
    ("gerapporteerd", "{N} zegt dat het volgens haar beter is om {INF}."),
    ("gerapporteerd", "De meningen waren verdeeld; {N} vond juist dat {SUB}."),
    ("normatief", "{SUB_CAP}."),
    ("normatief", "{TOPIC_CAP} kan beter worden {PP}."),
    ("normatief", "Het is verstandiger om {INF}."),
    ("normatief", "{TOPIC_CAP} verdient de voorkeur boven {TOPIC}."),
    ("normatief", "We zouden {TOPIC} moeten heroverwegen."),
    ("normatief", "Beter is het om {INF}."),
    ("normatief", "{TOPIC_CAP} is eigenlijk {ADJ}."),
    ("normatief", "Notitie: {SUB}."),
]


def _capitalised(items: tuple[str, ...]) -> object:
    def pick(r: random.Random) -> str:
        t = r.choice(items)
        return t[0].upper() + t[1:]

    return pick


SLOTS["SUB_CAP"] = _capitalised(PROP_SUB)
SLOTS["TOPIC_CAP"] = _capitalised(TOPIC)

NOT_OPINION_T = [
    # facts
    ("feit", "De aanvraag is op {DATE} ontvangen."),
    ("feit", "{TOPIC} kost in totaal {AMOUNT}."),
    ("feit", "{N} heeft de stukken op {DATE} aan de raad gestuurd."),
    ("feit", "Er zijn {NUM} zienswijzen binnengekomen."),
    ("feit", "{TOPIC} staat op de agenda van {MEET} van {DATE}."),
    ("feit", "Op {DATE} heeft {MEET} plaatsgevonden met {NUM} deelnemers."),
    ("feit", "De termijn voor bezwaar verloopt op {DATE}."),
    ("feit", "{N} meldt dat de stukken zijn verzonden."),
    ("feit", "{N} geeft aan dat de vergadering is verplaatst naar {DATE}."),
    ("feit", "{INIT} licht toe dat de subsidie in {YEAR} is verleend."),
    ("feit", "De provincie heeft {AMOUNT} bijgedragen aan {TOPIC}."),
    ("feit", "Het contract loopt tot {DATE} {YEAR}."),
    ("feit", "{FUNC} heeft de offerte op {DATE} ontvangen."),
    ("feit", "Het verzoek is ingediend op grond van de Woo."),
    ("feit", "In {YEAR} zijn {NUM} vergunningen verleend."),
    ("feit", "{N} vraagt wanneer het advies gereed is."),
    ("feit", "{N} vertelt dat de bewonersavond goed bezocht was."),
    ("feit", "Volgens het rapport zijn de kosten {AMOUNT} hoger uitgevallen."),
    ("feit", "Volgens de planning is {TOPIC} in {YEAR} afgerond."),
    ("feit", "Het college van {CITY} heeft op {DATE} vergaderd."),
    ("feit", "{N} merkt op dat {FSUB}."),
    ("feit", "Hierover merkt {N} op dat {FSUB}."),
    ("feit", "{N} geeft aan dat {FSUB}."),
    ("feit", "{N} vertelde dat {FSUB}."),
    ("feit", "{INIT} meldt dat {FSUB}."),
    ("feit", "{N} bevestigt dat {FSUB}."),
    ("feit", "Uit het overzicht blijkt dat {FSUB}."),
    ("feit", "{N} is boos over {TOPIC} en wil een klacht indienen."),
    ("feit", "Dossier besproken in {MEET}."),
    ("feit", "{DN} · Telefoon · {N}"),
    ("feit", "Terugkoppeling aan {N} over {TOPIC}."),
    ("feit", "Het college wil {INF}."),
    ("feit", "De gemeente moet op grond van de wet {INF}."),
    # prognoses
    ("prognose", "Naar verwachting is {TOPIC} in {YEAR} gereed."),
    ("prognose", "De verwachting is dat de kosten met {NUM} procent stijgen."),
    ("prognose", "Het CBS verwacht dat de bevolking tot {YEAR} blijft groeien."),
    ("prognose", "De oplevering wordt in het voorjaar van {YEAR} verwacht."),
    ("prognose", "Volgens de prognose daalt het aantal aanvragen in {YEAR}."),
    ("prognose", "De raming gaat uit van {AMOUNT} aan extra kosten."),
    # decisions and action items
    ("besluit", "Het college heeft besloten om {INF}."),
    ("besluit", "Besluit: {TOPIC} wordt aangehouden tot {DATE}."),
    ("besluit", "De raad stemt in met {TOPIC}."),
    ("besluit", "Afgesproken wordt dat {INIT} een notitie opstelt over {TOPIC}."),
    ("besluit", "Actie: {INIT} stuurt de planning rond voor {DATE}."),
    ("besluit", "{MEET} besluit om {INF}."),
    ("besluit", "Het dagelijks bestuur stelt de begroting {YEAR} vast."),
    ("besluit", "De wethouder zegt toe de raad voor {DATE} te informeren."),
    ("besluit", "Conclusie: {TOPIC} gaat door volgens planning."),
    ("besluit", "Gedeputeerde Staten hebben ingestemd met {TOPIC}."),
    # official positions
    ("standpunt", "Het college is van mening dat {SUB}."),
    ("standpunt", "{BODYORG} vindt dat {SUB}."),
    ("standpunt", "Het kabinet is van oordeel dat {SUB}."),
    ("standpunt", "De gemeente vindt het belangrijk dat inwoners worden betrokken."),
    ("standpunt", "Het standpunt van {BODYORG} is dat {SUB}."),
    ("standpunt", "Het college adviseert de raad om {INF}."),
    ("standpunt", "Wij stellen u voor om {INF}."),
    ("standpunt", "De minister heeft in de Kamer gezegd dat {SUB}."),
    ("standpunt", "{BODYORG} acht het niet wenselijk om {INF}."),
    ("standpunt", "In de beantwoording stelt {BODYORG} dat {SUB}."),
    ("standpunt", "Het advies van de commissie bezwaarschriften is om het bezwaar ongegrond te verklaren."),
    ("standpunt", "De Raad van State oordeelt dat het besluit onvoldoende is gemotiveerd."),
    ("standpunt", "Wij zijn van mening dat uw bezwaar ongegrond is."),
    # administrative text of every register
    ("admin", "Met vriendelijke groet,"),
    ("admin", "Onderwerp: {TOPIC}"),
    ("admin", "Agendapunt {NUM}: {TOPIC}"),
    ("admin", "Bijlage: conceptbesluit {TOPIC}"),
    ("admin", "Aanwezig: {N}, {N} en {N}"),
    ("admin", "Datum: {DATE} {YEAR}"),
    ("admin", "Geachte heer {FIRST},"),
    ("admin", "Hierbij ontvangt u het verslag van {MEET}."),
    ("admin", "Uw kenmerk: Z/{YEAR}/{NUM}"),
    ("admin", "{N}, {FUNC}"),
    ("admin", "Bezoekadres: {STREET} {NUM}, {CITY}"),
    ("admin", "Heeft u vragen? Bel dan met het Klantcontactcentrum."),
    ("admin", "De notulen van de vorige vergadering worden ongewijzigd vastgesteld."),
    ("admin", "Rondvraag: geen."),
    ("admin", "De voorzitter opent de vergadering om 19.30 uur."),
    ("admin", "[10:4{NUM}] {FIRST}: zie bijlage"),
    ("admin", "{FIRST}: top, dank je!"),
    ("admin", "{FIRST}: zullen we om 14.00 uur bellen?"),
    ("admin", "ok, ik stuur het stuk vanmiddag door"),
    ("admin", "Verzonden: {DATE} {YEAR} 09:14"),
    ("admin", "Wij verzoeken u binnen zes weken te reageren."),
    ("admin", "Tegen dit besluit kunt u binnen zes weken bezwaar maken."),
    ("admin", "De vergunning is verleend voor de duur van vijf jaar."),
    ("admin", "{N} is aangewezen als toezichthouder."),
    ("admin", "De controle vond plaats op {DATE} om 10.15 uur."),
    ("admin", "Ik stuur je de stukken voor {MEET} morgen toe."),
    ("admin", "Ik heb het verzoek doorgezet naar het juridisch team."),
    ("admin", "Ik heb {N} gevraagd de cijfers te controleren."),
    ("admin", "Ik ben volgende week afwezig; {N} vervangt mij."),
    ("admin", "Ik bel je na het overleg even terug."),
    ("admin", "Mijn excuses voor de late reactie."),
    ("admin", "Ik verwijs naar de bijgevoegde planning."),
    ("admin", "{N}; {N}; {N}"),
    ("admin", "{N} <{EMAIL}>; {N}"),
    ("admin", "{N}; {N}; {EMAIL}"),
    ("admin", "Aan: {N} <{EMAIL}>; {EMAIL}"),
    ("admin", "{N} ({INIT}), {FUNCT}; {N} ({INIT}), {FUNCT}; {N} ({INIT}), {FUNCT}"),
    ("admin", "Telefonisch contact met {N}; afspraak gemaakt voor {DATE}."),
    ("admin", "Afstemming met {ORG}; zij nemen contact op met {N}."),
    ("admin", "Gesprek met {N} en {FUNC} over de voortgang."),
    ("admin", "Mail aan {N} gestuurd met de uitnodiging."),
    ("admin", "{HEAD}"),
    ("admin", "{HEAD} ({DATE})"),
    ("admin", "{HEAD} {N}"),
    ("admin", "{SHORT}"),
    ("admin", "{SHORT}"),
    ("admin", "{SHORT}."),
    ("admin", "{SURCAPS}, {INITIALS}"),
    ("admin", "{SURCAPS} {INITIALS}"),
    ("admin", "{FIRST}, {STREET} {NUM}"),
    ("admin", "{MONTH} {YEAR}"),
]


@dataclass(frozen=True)
class Example:
    text: str
    labels: tuple[str, ...]
    template: str  # group id for held-out splits
    register: str


_SLOT = re.compile(r"\{([A-Z0-9_]+)\}")


def fill(template: str, r: random.Random) -> str:
    def one(m: re.Match[str]) -> str:
        src = SLOTS[m.group(1)]
        return src(r) if callable(src) else r.choice(src)  # type: ignore[arg-type]

    text = _SLOT.sub(one, template)
    if text and text[0].islower() and not text.startswith(("ik ", "ben ", "mijn ", "sorry", "kan ", "zit ", "heb ", "lijkt ", "ok", "als ", "persoonlijk ")):
        text = text[0].upper() + text[1:]
    return text


def _vary(text: str, r: random.Random, register: str) -> str:
    """Surface noise a page gives: case of a chat, a wrapped line, a bullet, a label prefix."""
    roll = r.random()
    if roll < 0.08:
        words = text.split(" ")
        if len(words) > 6:
            k = r.randint(2, len(words) - 2)
            text = " ".join(words[:k]) + "\n" + " ".join(words[k:])
    elif roll < 0.12:
        text = text.rstrip(".")
    elif roll < 0.15:
        text = text[0].lower() + text[1:]
    elif roll < 0.18 and register != "chat":
        text = "- " + text
    elif roll < 0.26:  # a speaker in a chat export or minutes: "[09:12] Name: ...", "AK: ..."
        speaker = r.choice((f"{r.choice(FIRST)}: ", f"[{r.randint(8, 17)}:{r.randint(10, 59)}] {name(r)}: ",
                            f"{r.choice(INIT)}: ", f"{name(r)}: "))
        text = speaker + (text[0].lower() + text[1:] if text.startswith(("Ik ", "Mijn ")) and r.random() < 0.5 else text)
    return text


TEMPLATE_SETS = (
    ("HEALTH", HEALTH_T),
    ("", NOT_HEALTH_T),
    ("OPINION", OPINION_T),
    ("", NOT_OPINION_T),
)


def generate(n: int, seed: int) -> list[Example]:
    """``n`` examples, about 30 % HEALTH, 20 % OPINION, 50 % negatives."""
    r = random.Random(seed)
    weights = (0.30, 0.22, 0.20, 0.28)
    out: list[Example] = []
    seen: set[str] = set()
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        k = r.choices(range(4), weights)[0]
        label, templates = TEMPLATE_SETS[k]
        idx = r.randrange(len(templates))
        register, tpl = templates[idx]
        text = _vary(fill(tpl, r), r, register)
        if text in seen:
            continue
        seen.add(text)
        out.append(Example(text, (label,) if label else (), f"{k}:{idx}", register))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--n", type=int, default=30000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rows = generate(a.n, a.seed)
    with a.out.open("w", encoding="utf-8") as f:
        for e in rows:
            f.write(json.dumps({"text": e.text, "labels": list(e.labels), "template": e.template, "register": e.register}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} examples -> {a.out}")


if __name__ == "__main__":
    main()
