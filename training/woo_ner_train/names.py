"""Name, place and organisation material for the synthetic NER data.

Sources (all licence-clean for the shipped model):

- first names: ``name-lists/first_names_meertens_nvb_seed.txt`` -- Nederlandse
  Voornamenbank van het Meertens Instituut KNAW, www.meertens.knaw.nl/nvb (attribution
  required, open access);
- surnames: ``name-lists/surnames_cbs_seed.txt`` (CBS, public data) and
  ``meertens-family-names/family_names_freq_5_or_more.lst`` (Meertens
  Nederlandse Familienamenbank, CC0 per the scraping repository);
- a small hand-written list of non-Dutch first names, place names and organisation
  parts written for this module (common knowledge; no external source).

Every list is split deterministically (CRC32 of the lower-cased name) into a *train*
part (4/5) and an *eval* part (1/5).  :mod:`woo_ner_train.synth` uses the train
part; the Woo-style evaluation set in ``benchmarks/ner_eval`` uses the eval part, so no
evaluation name occurs in the training text as a generated name.
"""

from __future__ import annotations

import os
import re
import zlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Where the name lists and corpora are: the project variable ``data_dir`` (project.yml), passed
# as ``--data-dir`` to every command, or ``WOO_NER_DATA``. There is no default: a path that only
# exists on one machine would make the training silently differ elsewhere.
_DATA_DIR: Path | None = None

FIRST_NAMES = ("name-lists", "first_names_meertens_nvb_seed.txt")
SURNAMES_CBS = ("name-lists", "surnames_cbs_seed.txt")
SURNAMES_MEERTENS = ("meertens-family-names", "family_names_freq_5_or_more.lst")
EUROPEANA = ("europeana-ner-nl", "enp_NL.kb.bio")
CONLL_TRAIN = ("conll2002-nl", "ned.train")
WIKINEURAL = (("wikineural-nl", "val.conllu"), ("wikineural-nl", "test.conllu"))


class DataDirError(RuntimeError):
    """The training data folder was not given, or lacks a file."""


def set_data_dir(path: str | Path) -> None:
    """Use ``path`` (the layout of ``shared/data/ner``) for every list and corpus; clears caches."""
    global _DATA_DIR
    p = Path(path).expanduser()
    if not p.is_dir():
        raise DataDirError(f"NER data folder {p} does not exist; set the project variable data_dir "
                           "(spacy project run ... --vars.data_dir PATH) or pass --data-dir")
    _DATA_DIR = p
    for fn in (first_names, cbs_surnames, meertens_surnames, places, common_words,
               foreign_first_names, foreign_surnames):
        fn.cache_clear()


def data_dir() -> Path:
    """The folder set by :func:`set_data_dir`, else ``$WOO_NER_DATA``; an error otherwise."""
    if _DATA_DIR is None:
        env = os.environ.get("WOO_NER_DATA")
        if not env:
            raise DataDirError("no NER data folder: pass --data-dir (project variable data_dir) or set WOO_NER_DATA")
        set_data_dir(env)
    assert _DATA_DIR is not None
    return _DATA_DIR


def data_file(parts: tuple[str, ...]) -> Path:
    """A file under the data folder, e.g. ``data_file(EUROPEANA)``."""
    return data_dir().joinpath(*parts)

FIRST_NAME_ATTRIBUTION = (
    "Nederlandse Voornamenbank van het Meertens Instituut KNAW, www.meertens.knaw.nl/nvb"
)

# Hand-written: first names common in Belgium, France, the UK/US, Germany, Morocco,
# Turkey, Suriname, Poland etc. (not from any data set).
EXTRA_FIRST_NAMES = """
Jean Pierre Jean-Luc Jean-Pierre Jean-Marie Marc Luc Guy Philippe Patrick Didier Frédéric
François Françoise Michel Michèle Christophe Dominique Bernard Alain Yves Serge Olivier
Nathalie Sophie Isabelle Céline Véronique Chantal Brigitte Martine Sylvie Valérie Geert
Wouter Bart Dirk Filip Kris Koen Tom Stijn Jef Jos Lieven Wim Rik Jan-Peter Steven Johan
Herman Karel Leo Guido Frank Hugo Erik Rudy Freddy Walter Eddy Luc-Paul Pieter-Jan
Annemie Marleen Hilde Veerle Ilse Griet Katrien Leen An Els Kaat Lut Mieke Ria Godelieve
John James Michael David Robert William Richard Thomas Charles George Paul Mark Steve
Mary Elizabeth Sarah Emily Jennifer Susan Margaret Hillary Tony Gordon Bill Barack
Hans Klaus Jürgen Wolfgang Helmut Gerhard Angela Ursula Heike Stefan Matthias Uwe
Giovanni Marco Luca Francesco Giuseppe Alessandro Silvio Romano Carlos José Juan Miguel
Antonio Manuel Pedro Luis Javier Sergio Vladimir Boris Dmitri Igor Sergej Olga Natasja
Mohamed Mohammed Mustafa Youssef Rachid Khalid Hassan Hamid Said Karim Nordin Fatima
Khadija Samira Nadia Naima Latifa Malika Soufiane Bilal Ayoub Imane Houda Zakaria Ibrahim
Mehmet Mustafa Hüseyin Ali Emre Burak Murat Fatma Ayşe Elif Zeynep Özlem Hatice Esra
Anil Rajesh Priya Ravi Sunita Kiran Wei Li Ming Chen Hiroshi Yuki Kofi Kwame Ama Abena
Piotr Krzysztof Tomasz Agnieszka Katarzyna Małgorzata Andrzej Marek Pawel Ewa Jolanta
Rodney Romano Errol Glenn Ruud Clarence Edgar Orlando Winston Sharon Priscilla Rosita
Lars Sven Nils Anders Ingrid Astrid Björn Mikael Kaj Jens Søren Mette Pekka Jukka
""".split()

# Hand-written Dutch and Belgian municipalities / cities / regions and some foreign places.
PLACES = """
Amsterdam Rotterdam Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn
Haarlem Arnhem Enschede Amersfoort Zaanstad Haarlemmermeer Zwolle Zoetermeer Leiden
Maastricht Dordrecht Ede Emmen Westland Venlo Delft Deventer Leeuwarden Alkmaar Sittard-Geleen
Helmond Heerlen Hilversum Oss Amstelveen Súdwest-Fryslân Hengelo Purmerend Roosendaal
Schiedam Lelystad Alphen aan den Rijn Leidschendam-Voorburg Almelo Spijkenisse Hoorn
Gouda Vlaardingen Assen Capelle aan den IJssel Bergen op Zoom Veenendaal Katwijk Zeist
Nieuwegein Roermond Den Helder Doetinchem Hoogeveen Terneuzen Middelburg Vlissingen
Kampen Harderwijk Wageningen Barneveld Woerden Houten IJsselstein Culemborg Tiel Zutphen
Winterswijk Oldenzaal Meppel Steenwijk Heerenveen Sneek Drachten Harlingen Dokkum Franeker
Hoogezand Veendam Winschoten Stadskanaal Delfzijl Coevorden Hardenberg Ommen Raalte
Nijkerk Bunschoten Baarn Soest Bussum Naarden Huizen Laren Blaricum Weesp Diemen
Uithoorn Aalsmeer Heemstede Bloemendaal Zandvoort Velsen IJmuiden Beverwijk Heemskerk
Castricum Heiloo Schagen Enkhuizen Medemblik Edam Volendam Monnickendam Wormerland
Wassenaar Voorschoten Oegstgeest Noordwijk Lisse Hillegom Rijswijk Pijnacker Nootdorp
Maassluis Ridderkerk Barendrecht Papendrecht Sliedrecht Gorinchem Zwijndrecht
Hellevoetsluis Brielle Goes Zierikzee Hulst Sluis Oosterhout Waalwijk Dongen Etten-Leur
Boxtel Veghel Uden Cuijk Boxmeer Best Veldhoven Valkenswaard Geldrop Weert Venray
Kerkrade Brunssum Valkenburg Meerssen Vaals Eijsden Gulpen Echt Tegelen Blerick
Drenthe Friesland Fryslân Groningen Overijssel Gelderland Flevoland Limburg Zeeland
Noord-Holland Zuid-Holland Noord-Brabant Brabant Twente Achterhoek Veluwe Betuwe
Randstad Texel Vlieland Terschelling Ameland Schiermonnikoog Den Haag 's-Gravenhage
's-Hertogenbosch Den Bosch Bergen Hattem Elburg Putten Ermelo Epe Heerde Voorst Lochem
Antwerpen Brussel Gent Brugge Leuven Mechelen Hasselt Genk Kortrijk Oostende Aalst
Sint-Niklaas Roeselare Turnhout Ieper Lier Vilvoorde Luik Namen Charleroi Bergen Doornik
Vlaanderen Wallonië België Nederland Duitsland Frankrijk Engeland Spanje Italië Polen
Luxemburg Oostenrijk Zwitserland Marokko Turkije Suriname Curaçao Aruba Bonaire Indonesië
Rusland Oekraïne China Japan Amerika Verenigde Staten Canada Brazilië Zuid-Afrika Europa
Berlijn Parijs Londen Madrid Rome Wenen Warschau Praag Kopenhagen Stockholm Oslo Dublin
Lissabon Athene Istanboel Moskou Kiev Washington New York Peking Tokio Rabat Casablanca
Keulen Düsseldorf Aken Hamburg München Frankfurt Lille Straatsburg Genève Milaan Barcelona
Schiphol Maasvlakte Waddenzee Noordzee IJsselmeer Markermeer Maas Rijn Schelde Waal
Lek IJssel Amstel Vecht Zuidas Bijlmer Kralingen Overvecht Leidsche Rijn Vathorst
""".split("\n")

MULTIWORD_PLACES = [
    "Alphen aan den Rijn", "Capelle aan den IJssel", "Bergen op Zoom", "Den Haag",
    "Den Helder", "Den Bosch", "Leidsche Rijn", "New York", "Verenigde Staten",
    "Hof van Twente", "Krimpen aan den IJssel", "Ouder-Amstel", "Sint-Michielsgestel",
    "Wijk bij Duurstede", "Nieuwegein-Zuid", "Stichtse Vecht", "De Bilt", "De Ronde Venen",
    "Goeree-Overflakkee", "Hoeksche Waard", "Land van Cuijk", "Midden-Delfland",
    "Kaag en Braassem", "Oude IJsselstreek", "Berg en Dal", "Lansingerland",
]


def _split_places() -> list[str]:
    out: list[str] = []
    multi = set(MULTIWORD_PLACES)
    parts = set()
    for m in multi:
        parts.update(m.split())
    for line in PLACES:
        for w in line.split():
            if w and w not in parts and w not in ("aan", "den", "op", "'s"):
                out.append(w)
    out.extend(MULTIWORD_PLACES)
    out.append("'s-Gravenhage")
    out.append("'s-Hertogenbosch")
    return sorted(set(out))


def in_eval_split(name: str) -> bool:
    """Deterministic split: about 1 in 5 names belongs to the evaluation side."""
    return zlib.crc32(name.lower().encode("utf-8")) % 5 == 0


def _choose(items, split: str) -> list[str]:
    if split == "all":
        return list(items)
    want_eval = split == "eval"
    return [x for x in items if in_eval_split(x) == want_eval]


def _read_list(path: Path) -> list[str]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            line = re.split(r"[;,\t]", line)[0].strip()
            if line:
                out.append(line)
    return out


@dataclass(frozen=True)
class Surname:
    prefix: str  # tussenvoegsel in lower case ("van der", "de", "" ...)
    core: str  # "Berg"

    def natural(self) -> str:
        return f"{self.prefix} {self.core}" if self.prefix else self.core

    def capitalised(self) -> str:
        """Surname without a preceding first name/initials: "De Vries", "Van 't Hof"."""
        if not self.prefix:
            return self.core
        p = self.prefix
        if p.startswith("'"):
            return f"{p} {self.core}"
        return f"{p[0].upper()}{p[1:]} {self.core}"


_NAME_OK = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ'’ .\-]+$")


def _parse_surname(name: str) -> Surname | None:
    if not _NAME_OK.match(name) or any(ch.isdigit() for ch in name):
        return None
    words = name.split()
    i = 0
    while i < len(words) - 1 and (words[i][0].islower() or words[i][0] in "'’"):
        i += 1
    core = " ".join(words[i:])
    if not core or not core[0].isupper() or len(core) < 2:
        return None
    return Surname(" ".join(words[:i]), core)


@cache
def first_names(split: str = "train") -> tuple[str, ...]:
    names = _read_list(data_file(FIRST_NAMES)) + EXTRA_FIRST_NAMES
    names = [n for n in names if _NAME_OK.match(n)]
    return tuple(sorted(set(_choose(names, split))))


@cache
def cbs_surnames(split: str = "train") -> tuple[str, ...]:
    return tuple(sorted(set(_choose(_read_list(data_file(SURNAMES_CBS)), split))))


@cache
def meertens_surnames(split: str = "train") -> tuple[Surname, ...]:
    out = []
    for raw in _read_list(data_file(SURNAMES_MEERTENS)):
        s = _parse_surname(raw)
        if s is None:
            continue
        # split on the core so that "de Vries" and "Vries" fall on the same side
        if split != "all" and in_eval_split(s.core) != (split == "eval"):
            continue
        out.append(s)
    return tuple(out)


@cache
def places(split: str = "train") -> tuple[str, ...]:
    return tuple(_choose(_split_places(), split))


def all_surname_cores(split: str = "train") -> set[str]:
    return set(cbs_surnames(split)) | {s.core for s in meertens_surnames(split)}


_WORD_OK = re.compile(r"^[a-zà-öø-ÿ]{4,}$")


@cache
def common_words(min_count: int = 2) -> tuple[str, ...]:
    """Lower-case common words harvested from the O tokens of the Europeana corpus (CC0).

    Used capitalised as *non-entity* words (headings, field names, sentence openers) in the
    synthetic text, so the model learns that a capitalised unknown word is not
    automatically a name.  Words whose capitalised form is a known first name or surname
    are left out to avoid contradicting the PER examples.
    """
    from collections import Counter

    counts: Counter = Counter()
    try:
        with open(data_file(EUROPEANA), encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").rsplit(" ", 1)
                if len(parts) == 2 and parts[1] == "O" and _WORD_OK.match(parts[0]):
                    counts[parts[0]] += 1
    except FileNotFoundError:  # pragma: no cover - data not present
        return ()
    names = {n.lower() for n in first_names("all")} | {n.lower() for n in cbs_surnames("all")}
    names |= {s.core.lower() for s in meertens_surnames("all")}
    return tuple(sorted(w for w, c in counts.items() if c >= min_count and w not in names))


# --------------------------------------------------------------------------------------
# Non-Dutch names for news-style text (hand-written, common knowledge; no data set).
# Kept apart from first_names()/cbs_surnames() so that the eval split used by the
# Woo-style evaluation set (benchmarks/ner_eval) does not change.

FOREIGN_FIRST = {
    "fr": """Jacques Laurent Nicolas Thierry Gérard Claude Daniel Éric Pascal Vincent Julien
        Sébastien Stéphane Emmanuel Lionel Fabien Arnaud Benoît Raymond Gilles Hervé René Rémi
        Anne Marie Catherine Hélène Monique Sandrine Aurélie Élodie Juliette Laetitia Amélie
        Ségolène Josiane Danielle Mireille Odile Geneviève Colette Jean-Claude Jean-Michel
        Pierre-Yves Marie-Claire Anne-Marie Jean-Louis Jean-François Marie-Christine""",
    "en": """Andrew Peter Stephen Ian Neil Kevin Gary Alan Colin Graham Tim Matthew Jonathan
        Christopher Joseph Brian Sean Liam Harry Jack Oliver Edward Henry Frederick Ronald
        Donald Emma Kate Helen Rachel Laura Jessica Linda Karen Nancy Diana Margaret Victoria
        Charlotte Lucy Hannah Megan Ashley""",
    "de": """Dieter Günter Horst Manfred Rainer Joachim Volker Jörg Ralf Torsten Oliver Markus
        Sabine Petra Monika Gabriele Birgit Renate Claudia Karin Heinz Otto Franz Joschka""",
    "it": """Roberto Paolo Andrea Stefano Massimo Fabio Claudio Giorgio Gianluca Alberto Enrico
        Lorenzo Matteo Davide Filippo Maria Giulia Francesca Chiara Elena Paola Laura Valentina""",
    "es": """Jorge Fernando Alejandro Rafael Pablo Raúl Diego Alfonso Ramón Felipe Enrique
        Carmen Isabel Pilar Lucía Dolores Teresa Rosa Ana Beatriz Inés João Rui Nuno Tiago""",
    "east": """Aleksandr Nikolaj Andrej Jevgeni Viktor Oleg Pjotr Joeri Michail Anatoli Goran
        Zoran Dragan Milan Slobodan Zlatko Pavel Václav Miroslav Tomáš Lajos László Zoltán
        István Ion Mircea Nicolae Vasile Adrian Ivan Stojan Todor Jaroslav Bohdan Taras Irina
        Svetlana Tatjana Jelena Ljoedmila Anna Marta Zuzana Katalin Ioana Mihaela Vesna Dragana""",
    "af": """Amadou Moussa Mamadou Ibrahima Ousmane Abdoulaye Seydou Cheikh Youssouf Kwabena
        Samuel Patrice Nelson Thabo Desmond Nnamdi Chidi Emeka Tunde Kofi Yaw Aminata
        Fatoumata Mariama Awa Grace Esther Blessing Chiamaka Ngozi Makena Wanjiru""",
    "ar": """Ahmed Omar Abdel Tarik Nabil Walid Jamal Farid Mounir Driss Abdelkader Yasser
        Hosni Bashar Leila Amina Salma Yasmina Rania Souad""",
    "as": """Hiroshi Takeshi Kenji Yuki Akira Haruki Jin Wei Jian Xiao Min-jun Ji-woo Arjun
        Vikram Sanjay Rahul Anjali Deepa Thanh Minh""",
}

FOREIGN_SURNAMES = {
    "fr": """Dubois Lefebvre Moreau Laurent Leroy Roux Bertrand Morel Fournier Girard Bonnet
        Dupont Lambert Fontaine Rousseau Vincent Faure Mercier Blanc Guérin Boyer Garnier
        Chevalier Legrand Gauthier Perrin Robin Clément Morin Roussel Mathieu Masson Marchand
        Duval Dumont Lemaire Noël Dufour Meunier Brun Blanchard Giraud Joly Rivière Brunet
        Gaillard Barbier Arnaud Renard Roche Leroux Colin Vidal Caron Picard Fabre Aubert
        Lemoine Renaud Dumas Lacroix Bourgeois Benoît Leclerc Rolland Leclercq Guillaume
        Lecomte Dupuy Guillot Hubert Carpentier Dupuis Moulin Deschamps Vasseur Boucher Fleury
        Jacquet Poirier Marty Aubry Guyot Charpentier Ménard Maillard Bertin Bailly Hervé
        Le Gall Collet Léger Bouvier Prévost Perrot Le Roux Germain Besson Langlois Pelletier
        Lévêque Perrier Leblanc Lebrun Marchal Mallet Boulanger Michaud Gillet Étienne Delvaux
        Piron Collard Jacquemin Wathelet Delhaize Lejeune Daerden Happart Onkelinx Ducarme
        Delcroix Gendebien Deprez Moureaux Lizin Dehaene Mathot Dardenne Poncelet Delpérée""",
    "en": """Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore
        Jackson White Harris Thompson Clark Lewis Walker Hall Young King Wright Hill Scott Green
        Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards
        Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Reed Bailey Bell Kelly Howard
        Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Ross
        Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Hamilton Graham
        Wallace Hayes Gibson Ellis Marshall O'Brien O'Neill McDonald MacLeod Fitzgerald Kennedy
        Blair Major Thatcher Prescott Cook Straw Brady Lynch Flanagan Shearer Beckham Owen""",
    "de": """Müller Schmidt Schneider Fischer Weber Wagner Becker Schulz Hoffmann Schäfer Koch
        Bauer Richter Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann
        Lange Werner Schmitz Krause Lehmann Schmid Schulze Maier Köhler Herrmann König Mayer
        Huber Kaiser Fuchs Scholz Möller Weiß Jung Hahn Vogel Friedrich Keller Günther Winkler
        Roth Beck Lorenz Baumann Franke Albrecht Schuster Ludwig Böhm Kraus Schumacher Krämer
        Vogt Jäger Sommer Groß Seidel Brandt Haas Schreiber Graf Dietrich Ziegler Kühn Pohl
        Engel Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Kohl Fischer Stoiber Lafontaine""",
    "it": """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo
        Conti De Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro
        Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale
        Serra Coppola De Santis D'Angelo Marchetti Parisi Villa Ferraro Ferri Fabbri Bianco
        Marini Grasso Valentini Messina Sala De Angelis Gatti Pellegrini Palumbo Sanna Farina
        Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi Carbone Giuliani
        Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Fiore De Rosa
        Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini
        Milani Pagano Sorrentino D'Amico Prodi Berlusconi D'Alema Amato Pantani Cipollini""",
    "es": """García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Jiménez
        Ruiz Hernández Díaz Moreno Álvarez Muñoz Romero Alonso Gutiérrez Navarro Torres
        Domínguez Vázquez Ramos Ramírez Serrano Suárez Molina Morales Ortega Delgado Castro
        Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Santos Castillo Cortés Lozano
        Guerrero Cano Prieto Méndez Calvo Gallego León Herrera Márquez Peña Cabrera Flores
        Campos Vega Fuentes Carrasco Caballero Nieto Reyes Aguilar Pascual Herrero Santana
        Hidalgo Montero Ibáñez Giménez Ferrer Durán Benítez Mora Arias Vargas Carmona Crespo
        Pastor Soto Velasco Soler Moya Esteban Parra Bravo Gallardo Rojas Silva Pereira
        Oliveira Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida
        Ribeiro Pinto Carvalho Teixeira Moreira Correia Mendes Nunes Soares Vieira Monteiro
        Cardoso Rocha Neves Coelho Cunha Pires Reis Simões Antunes Aznar Zapatero Indurain""",
    "east": """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński
        Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski
        Grabowski Pawłowski Michalski Nowicki Adamczyk Dudek Zając Wieczorek Jabłoński Król
        Majewski Olszewski Jaworski Wróbel Malinowski Pawlak Witkowski Walczak Górski
        Rutkowski Sikora Ostrowski Baran Duda Tomaszewski Pietrzak Marciniak Zalewski
        Jakubowski Zawadzki Sadowski Czarnecki Sawicki Kubiak Szczepański Kalinowski Wysocki
        Ivanov Smirnov Koeznetsov Popov Petrov Sokolov Novikov Morozov Volkov Lebedev Pavlov
        Kozlov Stepanov Orlov Andrejev Makarov Nikitin Zacharov Borisov Jakovlev Romanov
        Sergejev Koezmin Frolov Aleksandrov Korolev Goesev Iljin Maksimov Poljakov Sorokin
        Vinogradov Belov Medvedev Antonov Tarasov Baranov Komarov Davydov Bogdanov Sidorov
        Titov Markov Mironov Krylov Koelikov Karpov Vlasov Melnikov Denisov Kazakov Danilov
        Jeltsin Poetin Primakov Lebed Tsjernomyrdin Zjoeganov Kasparov Kafelnikov
        Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović
        Milošević Popović Kovačević Horvat Kovačić Babić Marić Jurić Knežević Vuković Perić
        Tomić Hadžić Mehmedović Begić Izetbegović Tudjman Karadžić Mladić Koštunica Rugova
        Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Havel Klaus
        Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Orbán
        Popescu Ionescu Popa Radu Dumitru Stoica Gheorghe Constantin Munteanu Iliescu
        Dimitrov Georgiev Petkov Todorov Stojanov Kostov Kuchma Kravtsjoek Sjevtsjenko""",
    "af": """Diallo Traoré Koné Camara Touré Keita Sow Bah Barry Cissé Coulibaly Ouédraogo
        Sylla Kouyaté Mensah Owusu Boateng Asante Appiah Osei Okafor Okonkwo Adeyemi Balogun
        Eze Nwosu Mbeki Zuma Dlamini Ndlovu Nkosi Mokoena Kamau Otieno Mwangi Odhiambo
        Kagame Kabila Tshisekedi Lumumba Mukendi Kabongo Ilunga Tshibangu Mbala Nzeza
        Habyarimana Nkurunziza Museveni Bongo Mugabe Annan Sankara Obasanjo Abacha Mandela
        Buyoya Bizimungu Ndadaye Mpongo Kalonji Mulamba Tshimanga Mbuyi Lukaku Mpenza""",
    "ar": """El Amrani Benali Bouzid El Idrissi Amrani Bakkali Azzouzi El Khattabi Haddad
        Mansour Khalil Nasser Aziz Rahman Hussein Abbas Arafat Mubarak Assad Bouteflika
        Saleh Hamdan Barak Netanyahu Sharon Peres Rabin Khatami Rafsanjani Saddam Chirac
        Ben Yahia Zeroual Hassani Kaddouri Cherif Benjelloun Tazi Alaoui Fassi""",
    "tr": """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan
        Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Ecevit Erbakan Demirel Çiller Yılmazer""",
    "as": """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Tanaka Suzuki Sato Takahashi
        Watanabe Kim Lee Park Choi Nguyen Tran Pham Singh Kumar Sharma Patel Gupta Obuchi
        Hashimoto Mori Koizumi Jiang Zhu Habibie Suharto Wahid Estrada Vajpayee Musharraf""",
    "nordic": """Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Hansen
        Jensen Nielsen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Virtanen
        Korhonen Mäkinen Nieminen Halvorsen Lipponen Ahtisaari Bildt Persson Stoltenberg""",
}


def _foreign(table: dict, split: str) -> dict[str, tuple[str, ...]]:
    out = {}
    for k, v in table.items():
        items = [x.replace("_", " ") for x in v.split()]
        out[k] = tuple(sorted(set(_choose(items, split))))
    return out


def _multiword(table: dict) -> dict:
    """Re-join two-word surnames written with a space in the tables above."""
    joined = {}
    for k, v in table.items():
        v = re.sub(r"\b(Le|De|El|D'|Da|Ben|Mac|Van) (\w)", r"\1_\2", v)
        joined[k] = v
    return joined


@cache
def foreign_first_names(split: str = "train") -> dict[str, tuple[str, ...]]:
    """Non-Dutch first names by origin (``fr``, ``en``, ``de`` ...), CRC32 split."""
    return _foreign(FOREIGN_FIRST, split)


@cache
def foreign_surnames(split: str = "train") -> dict[str, tuple[str, ...]]:
    """Non-Dutch surnames by origin, CRC32 split; multi-word ones such as ``De Luca``
    stay one item."""
    return _foreign(_multiword(FOREIGN_SURNAMES), split)
