#!/usr/bin/env python3
"""Build the compact name gazetteers shipped in ``src/woo_redact/data/names/``.

Why a script: the shipped lists must be reproducible from their licensed sources and small
(well under 2 MB). Run from the repository root::

    python scripts/build_gazetteers.py [--source ../shared/data/ner]

Inputs (all under ``--source``):

* ``name-lists/first_names_meertens_nvb_seed.txt`` — Meertens Nederlandse Voornamenbank subset
  (open access with attribution, see ATTRIBUTION.md);
* ``meertens-family-names/family_names_freq_5_or_more.lst`` and
  ``meertens-family-names/top_1000_last_names_in_the_netherlands_2007.csv`` — CC0;
* ``name-lists/surnames_cbs_seed.txt`` — CBS public data;
* ``europeana-ner-nl/enp_NL.kb.bio`` — CC0 corpus, used only to count how often a name's
  lower-case form is an ordinary word (for ``common_words.txt``).

Outputs: ``first_names.txt`` (sources + project-authored international names),
``surnames.txt.gz`` (``name`` or ``name<TAB>count`` for the top 1000), ``common_words.txt``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import gzip
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "woo_redact" / "data" / "names"

# Project-authored: first names common in Dutch society that the NVB seed lacks (Turkish, Moroccan,
# Arabic, Polish and other Central/East European, Surinamese/Antillean/Hindustani, Chinese,
# Vietnamese, Indonesian, African, plus frequent Dutch short forms). Written from general knowledge.
EXTRA_FIRST_NAMES = """
Abdelaziz Abdelhak Abdelilah Abdellatif Abdelmajid Abdelouahid Abderrahim Abderrahman Abdessamad
Abdullah Abdulkadir Abdulrahman Abdeslam Achmed Adil Adnan Ahmad Aicha Aïcha Aischa Ali Alparslan
Amal Amin Amine Anas Anouar Anwar Asiye Aydin Aylin Ayoub Aziz Badr Bayram Bekir Berk Betül Bilal
Burak Büşra Cansu Cem Cemal Cengiz Ceylan Dilek Driss Ebru Ece Elif Emine Emir Erdal Erdem Erdoğan
Esma Ezgi Fadoua Fahd Fadime Farida Fatiha Fatima Fatma Fatna Fikret Fouzia Gökhan Gül Gülay Gülsen
Gülşen Hakan Halima Halil Hamza Hanane Hanan Hasna Hatice Hayat Hicham Hind Hüseyin Ibrahim İbrahim
Ihsane Ikram Ilias Ilyas Imane Iman Ismail İsmail Jamal Jamila Kadir Kadija Karim Kemal Khadija Latifa
Leila Loubna Mahmut Malika Meryem Merve Mehmet Mehmed Mimoun Mina Mohamed Mohammed Mohamad Mouad
Mounir Mourad Mustafa Nabil Nadia Naima Najat Naoual Nawal Nesrin Nihal Nora Nordin Noureddine
Nourdin Oguz Oğuz Orhan Osman Otman Othman Rabia Rachida Rajae Ramazan Rachid Redouan Redouane
Rida Saad Said Saïd Salah Samia Samir Sanae Selin Serdar Sevda Sevgi Siham Soufiane Soufyan Souad
Sultan Süleyman Taha Tarik Tuba Tülay Ufuk Umut Volkan Yasin Yassin Yassine Yavuz Yeliz Yusuf
Zakaria Zakia Zeynep Zineb Zohra Zoubida Youssef Younes Yunus Yıldız Şükrü Şerif Özlem Ömer Öznur
Agnieszka Aleksandra Andrzej Anna Barbara Beata Bartosz Dariusz Dorota Ewa Grzegorz Jacek Jakub
Janusz Jerzy Joanna Justyna Kamil Karolina Katarzyna Krzysztof Łukasz Lukasz Magdalena Małgorzata
Malgorzata Marcin Marek Mariusz Michał Michal Monika Natalia Paweł Pawel Piotr Przemysław Rafał
Renata Robert Sławomir Stanisław Sylwia Tomasz Wojciech Zbigniew Zofia Żaneta Agata Kinga Dominika
Iwona Irena Halina Elżbieta Wiesław Bogdan Dmitri Dmitry Olga Oksana Olena Irina Tatiana Svetlana
Sergei Sergey Vladimir Yulia Yuri Andrei Mihai Ionuț Elena Gheorghe Ioana Alina Florin Cristina
Radu Bogdana Nikolai Georgi Dimitar Ivanka Milena Petar Stefan Dragan Milan Nikola Ana Marija
Anil Anjali Ashok Chandra Dewkoemar Dinesh Ganesh Hemant Indra Kiran Kishan Krishna Lakshmi Mahesh
Naresh Nisha Pooja Prakash Priya Radjesh Rajesh Rakesh Ravi Reshma Rishi Roshni Sanjay Santosh
Shanti Sharda Shiva Sunil Sunita Suresh Usha Vijay Vikash Vishal Wiren Amrita Anushka Soenita
Radj Ramesh Sarita Soeniel Roy Ricardo Regillio Romano Gerson Glenn Clarence Ruud Edgar Marlon
Errol Humphrey Winston Ruben Jurgen Giovanni Sherida Shirley Chantal Chanel Natasha Naomi Ingrid
Kenneth Rudy Randy Sergio Jerrel Jermaine Xaviera Quincy Virgil Gerald Mitchell Sheila
Wei Li Ming Jun Hui Xiao Yan Lei Jing Ying Hong Mei-Ling Chen Hao Yang Qing Lan Feng Tao
Anh Binh Duc Dung Hanh Hoa Hung Huong Lan Linh Long Mai Minh Nam Ngoc Phuong Quang Thanh Thu Trang
Tuan Van Hai Hien Khanh Nhung Thao Vy Tien
Agus Budi Dewi Eko Hendra Indah Putri Rina Sri Wahyu Yanti Siti
Abdi Amina Ayan Fartun Hodan Hassan Mohamud Abdirahman Faduma Hawa Ifrah Samatar
Kwame Kofi Ama Akosua Yaw Efua Chidi Chinedu Ngozi Oluwaseun Tunde Amadou Mamadou Fatoumata Aminata
Awa Moussa Ousmane Issa Sekou Tesfaye Yonas Mehari Semhar Senait Filmon Haile Mulu Tsegay Winta
Ahmad Mohammad Reza Hossein Ali Zahra Maryam Fatemeh Sara Nasrin Parisa Farzaneh Mehdi Hamid
Omid Navid Arash Babak Shirin Leyla Rustam Aram Kurdistan Rojin Ronahi Hevin Dilan
Ad Ab Ank Annie Bep Bertie Carin Cees Chantal Cor Corry Dien Dina Diny Dirkje Ed Ellen Elly Ester
Fenny Fokke Gea Gerbrand Gerdien Gerjan Gert-Jan Gerrit-Jan Greet Hanny Hanneke Hannie Harrie Hedwig
Henk-Jan Hilde Ina Ineke Janny Jeanet Jet Jo Joke Jolanda Jopie Joop Jorien Jozien Karin Kitty
Klazina Koos Lia Liesbet Lotje Lucas Marga Margriet Mariska Marjo Marjolijn Marlou Marijke Mieke
Miep Nelleke Nicolien Nynke Pieternel Pietje Pim Rein Riek Rienk Riet Rietje Ria Rinske Rinze Rob
Ronald Ruud Sietse Simone Sjors Sonja Tiny Tjitske Ton Tonny Trees Trijntje Wendela Wies Willy
Wilma Wijnand Wubbo Ymkje Yde Jan-Willem Jan-Peter Anne-Marie Anne-Marije Marie-José Marie-Louise
Hans-Peter Jan-Kees Pieter-Jan Klaas-Jan Jeroen Gijsbert Arjen Sjaak Frits Huub Harry Hein Jaap
Twan Stijn Tijn Sjoerd Wout Bram Luuk Teun Sil Siem Guus Joep Mees Jip Fenna Fleur Lieke Noortje
Tessa Iris Isa Jasmijn Julia Lotte Mila Nina Roos Saar Sanne Sophie Vera Yara Zoë Evi Fien
"""

# Project-authored: capitalised words that occur in the name lists but in Dutch government text are
# usually ordinary words, places or labels. A hit on one of these is never evidence by itself; with a
# strong cue (title, salutation, header) the detector still accepts it ("de heer Kok").
EXTRA_COMMON = """
Van De Den Der Het Een Ter Ten Te El Al Bin La Le Du Da
Maart Mei Juni Juli April Augustus Januari Februari September Oktober November December
Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag
Plaats Zaken Bureau Raad Kamer Hof Staat Rijk Stad Dorp Land Wet Recht Regel Besluit Brief Nota Memo
Groot Klein Nieuw Oud Jong Lang Kort Hoog Laag Breed Goed Kwaad Best Beter Eerste Tweede Derde Laatste
Dan Wil Ben Mark Bas Roos Mei Juni Kim Guy Will Mini Major Majoor Miller Ster Zon Maan Hemel
Kok Bakker Visser Smit Smits Mulder Koster Schipper Boer Boer Timmerman Slager Molenaar Kuiper
Wagenaar Schouten Brouwer Koopman Schilder Verver Kramer Dekker Snijder Metselaar Voerman Koning
Prins Graaf Hertog Paus Bisschop Pastoor Koster Heer Vrouw Man Kind Vader Moeder Zoon Dochter
Wit Zwart Rood Groen Blauw Geel Bruin Grijs Vos Haas Wolf Beer Leeuw Valk Kraai Mol Mus Kat Hond
Vis Snoek Baars Berg Dijk Dam Brug Bos Veld Wijk Straat Laan Weg Plein Markt Haven Water Zee Meer
Beek Sloot Gracht Kade Toren Kerk School Huis Hof Poort Muur Hek Hoek Kant Rand Zijde Post
Amsterdam Rotterdam Utrecht Haag Den Haag Eindhoven Groningen Tilburg Almere Breda Nijmegen Arnhem
Haarlem Enschede Apeldoorn Amersfoort Zaanstad Zwolle Leiden Maastricht Dordrecht Zoetermeer Ede
Delft Alkmaar Venlo Deventer Leeuwarden Helmond Emmen Hilversum Oss Sittard Heerlen Roermond
Gouda Purmerend Schiedam Vlaardingen Lelystad Assen Middelburg Hoorn Almelo Hengelo Doetinchem
Zutphen Harderwijk Kampen Meppel Sneek Drachten Heerenveen Den Helder Vlissingen Goes Terneuzen
Baarn Soest Zeist Houten Nieuwegein Veenendaal Wageningen Tiel Culemborg Gorinchem
Katwijk Noordwijk Wassenaar Rijswijk Voorburg Leidschendam Westland Brabant Limburg Zeeland Holland
Friesland Drenthe Overijssel Gelderland Flevoland Nederland Nederlander Duitsland Belgie België Europa
Frankrijk Engeland Brussel Parijs Berlijn Londen Turkije Marokko Suriname Curaçao Aruba Bonaire Polen
Gemeente Provincie Ministerie Rijkswaterstaat Politie Justitie Defensie Financien Financiën Onderwijs
Team Afdeling Directie Dienst Cluster Sector Stadsdeel Stadsdelen College Commissie Griffie Staf
Datum Onderwerp Kenmerk Bijlage Bijlagen Pagina Versie Status Notitie Verslag Agenda Actiepunten
Besluitenlijst Inleiding Aanleiding Advies Voorstel Conclusie Samenvatting Toelichting Achtergrond
Naam Namen Functie Adres Telefoon Email Mail Website Postbus Postcode Referentie Zaaknummer
Inclusie Diversiteit Vergunningen Handhaving Toezicht Beleid Uitvoering Communicatie Juridische
Wethouder Burgemeester Minister Staatssecretaris Griffier Secretaris Directeur Voorzitter
Scenario Optie Fase Deel Hoofdstuk Artikel Lid Punt Paragraaf Bijgaand Geachte Beste
Hoi Hallo Dag Groet Groeten Vriendelijke Hartelijke Met Namens Aan Kopie Cc Bcc
Christus God Heere Jezus Maria Koningin Koning Prinses Kroon Rijksoverheid Overheid
Nog Niet Wel Ook Maar Want Dus Toch Zeer Veel Weinig Meer Minder Wat Wie Waar Hoe Waarom
Goedemorgen Goedemiddag Goedenavond Welkom Bedankt Dank Succes Graag Excuses Sorry Prima Oke Ok
Winter Zomer Lente Herfst Pasen Pinksteren Kerst Kerstmis Oud Nieuw Koningsdag
Wonen Werk Zorg Jeugd Sport Cultuur Economie Verkeer Vervoer Milieu Klimaat Energie Natuur Erfgoed
Veiligheid Openbare Orde Ruimte Ruimtelijke Ordening Bouwen Wonen Participatie Inkomen Armoede Schulden
Bedrijfsvoering Personeel Organisatie Informatie Automatisering Archief Inkoop Control Audit
"""


def _names(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name = line.replace("\t", ";").replace(",", ";").split(";")[0].strip()
        if name:
            out.append(name)
    return out


def _europeana_lower_counts(path: Path) -> collections.Counter[str]:
    counts: collections.Counter[str] = collections.Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word = line.split(" ", 1)[0]
            if word.isalpha() and word.islower():
                counts[word] += 1
    return counts


def build(source: Path, out: Path) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    # First names.
    first = set(_names(source / "name-lists" / "first_names_meertens_nvb_seed.txt"))
    extra = set(EXTRA_FIRST_NAMES.split())
    first |= extra
    first = {n for n in first if n[:1].isupper()}
    header = (
        "# Dutch first names for woo_redact (one per line).\n"
        "# Part from the Nederlandse Voornamenbank van het Meertens Instituut KNAW, www.meertens.knaw.nl/nvb\n"
        "# Part project-authored (international first names common in the Netherlands), EUPL-1.2.\n"
        "# Built by scripts/build_gazetteers.py; see ATTRIBUTION.md.\n"
    )
    (out / "first_names.txt").write_text(header + "\n".join(sorted(first)) + "\n", encoding="utf-8")

    # Surnames: Meertens freq>=5 (with tussenvoegsels), top-1000 counts, CBS seed cores.
    fam = source / "meertens-family-names"
    top: dict[str, int] = {}
    with (fam / "top_1000_last_names_in_the_netherlands_2007.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            top[row["natural name"].strip()] = int(row["count in 2007"])
    sur = set()
    for line in (fam / "family_names_freq_5_or_more.lst").read_text(encoding="utf-8").splitlines():
        name = line.strip()
        if name and not any(c.isdigit() for c in name) and any(c.isalpha() for c in name):
            sur.add(name)
    sur |= {n for n in _names(source / "name-lists" / "surnames_cbs_seed.txt") if not any(c.isdigit() for c in n)}
    sur |= set(top)
    buf = io.StringIO()
    buf.write("# Dutch family names; 'name' or 'name<TAB>count in 2007' (top 1000).\n")
    buf.write("# Meertens Nederlandse Familienamenbank via digitalheir/family-names-in-the-netherlands (CC0);\n")
    buf.write("# CBS surname seed (public data). Built by scripts/build_gazetteers.py.\n")
    for name in sorted(sur):
        buf.write(f"{name}\t{top[name]}\n" if name in top else f"{name}\n")
    with gzip.GzipFile(out / "surnames.txt.gz", "wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))

    # Common words: names whose lower-case form is an ordinary word in a CC0 Dutch corpus, plus a
    # project-authored list of labels, places and words that double as names.
    counts = _europeana_lower_counts(source / "europeana-ner-nl" / "enp_NL.kb.bio")
    cores = {n.split()[-1] for n in sur} | first
    common = {n for n in cores if n.isalpha() and counts[n.lower()] >= 5 and len(n) > 1}
    common |= set(EXTRA_COMMON.split())
    common -= {"Jan", "Piet", "Kees", "Henk", "Klaas"}  # frequent lower-case only as OCR noise
    header = (
        "# Capitalised words that are also names but in government text are usually not names.\n"
        "# A gazetteer hit on one of these is never evidence by itself. Derived from lower-case word\n"
        "# frequencies in Europeana Newspapers NER (CC0) plus a project-authored list (EUPL-1.2).\n"
    )
    (out / "common_words.txt").write_text(header + "\n".join(sorted(common)) + "\n", encoding="utf-8")
    return {"first_names": len(first), "surnames": len(sur), "common_words": len(common)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data" / "ner")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    print(build(args.source, args.out))


if __name__ == "__main__":
    main()
