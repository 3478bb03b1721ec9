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
import sys
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


# ---------------------------------------------------------------------------------------------
# International names (second list): the Netherlands' population of every origin.
# Project-authored blocks (EUPL-1.2), written from general knowledge of naming in each community;
# "tag: names" per line, tags are ISO country codes or: sr-cr (Surinamese Creole), sr-hi
# (Surinamese Hindustani), sr-jv (Surinamese Javanese), sr-cn (Chinese-Surinamese), an
# (Antillean/Aruban), ml (Moluccan), fy (Frisian), ku (Kurdish), ber (Amazigh).
INTL_FIRST_AUTHORED = """
fy: Sjoerd Wytse Jelle Auke Hylke Tjeerd Sjouke Durk Gerben Haitske Tsjitske Sytske Baukje Janke Froukje Aukje
fy: Hiltsje Wiebren Jildou Marrit Rixt Sjoukje Geartsje Wytske Ytsje Jouke Oane Reinder Sipke Taeke Wiebe Bauke
fy: Eelke Folkert Harmen Hidde Jehannes Lolke Mindert Rintje Sybren Tsjalle Ulbe Watse Jetske Anneke Lieuwe Doutzen
so: Abdi Abdullahi Asha Ayaan Deeqa Faadumo Hamdi Hibo Ilhan Khadra Muna Nimco Sahra Sagal Ubah Warsan Xamse
so: Zamzam Liban Guled Mahad Mustafe Abdikarim Abdiwali Abdirizak Bashir Hodan Fartun Ifrah Sucaad Najma Maryan
er: Yonas Semere Tesfay Mebrahtu Senait Luwam Winta Selam Tsega Ruta Mussie Filmon Merhawi Dawit Yohannes Kibrom
er: Amanuel Biniam Habtom Tekle Medhanie Goitom Samrawit Hiwet Rahel Feven Senayt Meron Tsehaye Abrehet Letay Mehret
er: Ermias Henok Yemane Kidane Berhane Teklit Temesghen Saron Mihret Selamawit Tsigereda
sy: Abdulrahman Abdulkarim Ammar Bashar Feras Ghaith Hazem Iyad Jihad Khaled Louay Mahmoud Marwan Muhannad Nizar
sy: Qusai Rami Raed Samer Tarek Wael Yazan Zaid Alaa Amani Bushra Dima Ghada Hala Hiba Lina Nour Rasha Reem Rima
sy: Rola Safaa Suha Walaa Yara Majd Mohannad Humam Ayham Fadi Firas Hussam Kinan Maher Nabil Obada Tamer Yamen
af: Farid Hamid Habib Jawed Khalid Mirwais Nasir Qadir Sohail Wahid Zabihullah Freshta Mursal Parwana Shabnam
af: Soraya Zarmina Mariam Ahmadullah Najibullah Rahmatullah Shafiq Sayed Wali Zahir Hamed Nargis Mahboba Lailuma
ua: Oleksandr Oleksandra Andrii Mykola Mykhailo Serhii Volodymyr Vasyl Yurii Dmytro Taras Bohdan Oleh Ihor Vitalii
ua: Yaroslav Kateryna Olha Nataliia Iryna Tetiana Oksana Yuliia Svitlana Liudmyla Halyna Viktoriia Anastasiia
ua: Daryna Sofiia Mariia Khrystyna Solomiia Maksym Artem Denys Roman Yevhen Pavlo Vadym Ruslan Valentyna Larysa
sr-cr: Rinaldo Romeo Jairzinho Gianni Sherwin Shurandy Clyde Dwight Orlando Rignald Urwin Jerrel Shaquille Gerwin
sr-cr: Iwan Rudsel Shanice Chanella Sharleen Kimberley Sharon Glenda Marlene Maritza Yvette Esmeralda Yolanda
sr-cr: Anouska Ulrich Hugo Hensley Ronny Dennis Ivan Stanley Harvey Orville Lucien Sheryl Jerrycho Wensley Romario
an: Shurwin Jurgen Jurick Dyron Giliano Jean-Julien Raysheline Sulay Rudsell Shanaira Jonathan Rudy Elvis
an: Gregorio Ignacio Juancho Ramoncito Eugenio Edsel Chesron Shuaïra Ruthmila Gisela Marisela Solange Ivette Zuleika
sr-hi: Anand Arvind Deepak Dhiraj Girish Harish Jitendra Kailash Manoj Mukesh Pradeep Rajendra Ramesh Sanjiv Satish
sr-hi: Shailesh Vinod Anita Geeta Kavita Meena Rekha Savitri Shanti Sushila Radha Rani Indira Nirmala Devika
sr-hi: Soenil Ravin Rajiv Shivani Sunaina Aniel Dewanand Hardeo Ramdew Soeresh Shamila Sharmila Roshni Ashwin
sr-hi: Rakesh Chandrika Soenita Nandini Renuka Reshma Sandjai Radjendra Prem Roshan Rishi Vishnu Devi Lalita
sr-jv: Soekarno Soedjono Soeparman Karijo Sastro Wagino Paidi Tomo Samidin Soekirman Partini Sri Wagiyem Soemi
sr-cn: Chin Fung Kwie Tjon Lie Siu Kon Meiling Liauw Tjin Sang Wing Kam Lai Pao Hoi
cv: Adilson Arlindo Edson Elton Helder Hélio Jailson Nilton Odair Valdemar Wilson Zeferino Djenifer Ivone Jandira
cv: Lucinda Mirian Nelida Zenaida Aristides Ildo Jorge Manuel Maria Arlinda Domingas Ermelinda Gracinda Nilsa
gh: Kwame Kofi Kwabena Kwaku Kwadwo Kojo Kwasi Akua Abena Adwoa Afua Akosua Yaa Efua Esi Ekua Nana Ebo Fiifi
gh: Selasi Elikem Mawuli Edem Dzifa Kwesi Kobina Yaw Ama Araba Abla Enyonam Ewurabena Nhyira Kwamena
ma: Bouchra Btissam Chaimae Dounia Fadwa Ghizlane Hajar Houda Ikram Jihane Kaoutar Khaoula Latifa Loubna Malak
ma: Meryem Nisrine Oumaima Safae Salma Soukaina Wafae Yousra Zineb Abdelkader Abdelilah Brahim Driss Hamid
ma: Hassan Hicham Hamza Ilyas Jamal Khalid Lahcen Mohssine Mounir Mustapha Nabil Omar Othmane Rachid Reda Said
ma: Samir Tarik Yassine Younes Zakaria Abdessamad Mimoun Mohand Ayoub Anass Ismail Mehdi Soufiane Bilal Imad
ber: Amazigh Massinissa Tiziri Tafsut Idir Juba Aksil Anir Tanirt Dihya Tilelli Yuba Tamazight Nuna
tr: Ahmet Baran Berkay Cihan Deniz Emre Enes Eren Furkan Hasan Kerem Mert Murat Okan Onur Ozan Selim Serkan Sinan
tr: Tolga Zeki Arzu Aynur Beyza Derya Dilara Eda Emel Esra Gamze Gizem Hande İrem Özge Sibel Songül Yasemin Zehra
ku: Rojda Berivan Şirin Welat Azad Serhat Zana Rojhat Delal Hêvî Nûdem Ronî Bêrîvan Heval Diyar Zilan Jiyan
cn: Wei Jie Ming Hui Xiaoming Xiaoli Jian Jun Lei Hong Yong Qiang Ping Xin Yan Ying Yu Zhen Jing Hao Tao
id: Agus Budi Dewi Eko Hendra Indah Putri Rina Wahyu Yanti Siti Bambang Joko Suharto Slamet Sutrisno Wati
ml: Johannes Josina Elisabeth Coos Dominggus Frans Jopie Bram Nus Semmy Thijs Chris Marinus Welmoed Yopie
pl: Agnieszka Aleksandra Andrzej Bartosz Dariusz Dorota Grzegorz Jacek Jakub Janusz Jerzy Joanna Justyna
pl: Kamil Karolina Katarzyna Krzysztof Łukasz Magdalena Małgorzata Marcin Marek Mariusz Michał Paweł Piotr
pl: Przemysław Rafał Sławomir Stanisław Sylwia Tomasz Wojciech Zbigniew Zofia Żaneta Wiktoria Szymon Mateusz
nl: Aaltje Akke Alida Anje Annigje Ans Arie Arjan Bart Berend Betsy Bregje Dirk Diederik Dorien Eelco Elbert
nl: Ellis Evert Femke Floor Fokje Gerda Gerdien Geertje Gijs Grietje Harm Hendrika Hennie Hester Ietje Ilse
nl: Jacoba Janneke Jelmer Joost Jorrit Klaasje Lammert Lieke Maaike Marieke Marjan Martijn Meindert Mirjam Nel
nl: Nienke Rianne Roelof Rutger Sietske Sybrand Teunis Thijs Tineke Wietske Willemijn Wim Wouter Geesje Hillegonda
fy: Abe Atsje Beitske Douwe Eeltsje Fedde Fetsje Gerlof Gosse Hessel Hinke Hiske Ids Jitske Lutske Minke Pyt
fy: Rimmer Romke Sieds Sjerp Sytse Tetje Tjitte Tsjerk Uilke Wiepkje Wopke Ype Yfke Foppe Gurbe Jeltsje Marijke
ma: Asmae Bochra Chaima Ferdaous Hafsa Imane Insaf Jamila Kawtar Lamya Manal Nadia Nawal Noura Rania Sabrina
ma: Safia Samira Sanaa Wiam Yasmina Zahra Hanae Ilham Fatiha Naima Houria Malika Rkia Aicha Adnane Amine Anouar
ma: Ayman Badr Chakib Fouad Hakim Karim Larbi Mahjoub Marouane Oussama Rayan Saad Sofiane Walid Yahya Zouhair
tr: Ayşe Kübra Rabia Sümeyye Esma Sena Nurten Gülsüm Hülya Necla Nurcan Sevim Şerife Abdullah Alparslan Barış
tr: Batuhan Çağlar Efe Erkan Fatih Kaan Levent Metin Recep Sedat Tayfun Uğur Yunus Mehmet Hüseyin İbrahim
sr-jv: Sumiati Suparmi Tukinem Paini Rubiyem Sarinah Surip Sukarmin Paimin Ngadimin Ponirah Waginah Suripto Prayitno
"""
INTL_SURNAMES_AUTHORED = """
fy: Hoekstra Dijkstra Bosma Wiersma Zijlstra Hiemstra Postma Terpstra Sijtsma Jellema Veenstra Haagsma Tjeerdsma
fy: Reitsma Nauta Hettinga Wijbenga Feenstra Boersma Bergsma Hofstra Kingma Rienstra Siebenga Westra Wierda
fy: Wouda Yntema Zandstra Anema Dotinga Elzinga Fokkema Galama Heeringa Tolsma Kooistra Banga
sr-cr: Doelwijt Sordam Pinas Vlijter Wijngaarde Zeefuik Venetiaan Brunings Lont Fraenkel Adipi Aloema Nelom
sr-cr: Biswane Oosterwolde Cairo Eersel Deekman Esajas Fonkel Gefferie Hasselbaink Kanhai Leeflang Linger Misiedjan
sr-cr: Nijman Olmberg Pengel Rozenblad Simson Sabajo Tjin-Asjoe Veira Wolfram Zebeda Fernandes Abena Amatsaleh
sr-hi: Ramdin Jagesar Ramcharan Bhagwandin Mahabier Ramlal Sewnath Jhinkoe Ramsaran Badloe Kalpoe Chotkan
sr-hi: Soekhlal Ramkisoen Sitaldin Gangadin Baldew Bisoen Jadnanansing Lachmon Mahadew Raghoebar Ramautar Sewdien
sr-hi: Tewari Mungra Ramjiawan Jairam Kanhai Ramsoedh Autar Sital Bhoelai Doerga Ganga Kisoensingh Mohan Parbhoe
sr-hi: Rambaran Ramnath Ramphal Ramsahai Sardjoe Sewgobind Sookhoo Tjokroredjo Oedit Biharie Gobardhan Hanoeman
sr-jv: Kasanmoentalib Karijopawiro Soemodihardjo Kromodimedjo Sarmo Karso Wongsosoetomo Pawirodikromo Sastrodimedjo
sr-jv: Kartodikromo Setrowidjojo Soemita Sonowidjojo Tosari Wirjodrono Moestadja Kasantaroeno Partodikromo
sr-cn: Tjon Liauw Kon Fung Tjin Tjong Lie Kwie Sang Akum Chang Tsang Jie Wong Phoa Tai Tjon-A-Fat Chin-A-Lien
sr-cn: Jong-A-Lock Lo-A-Njoe Fong-Poen Tjoe-Awie Chin-A-Foeng Tjong-Ayong Kwie-A-Sang Lie-A-Ling Akiemboto
an: Martina Rosaria Doran Pietersz Maduro Leito Koeiman Croes Wever Isenia Cijntje Balentien Sulvaran Statia
an: Girigorie Bernabela Profas Sambo Fecunda Francisca Juliana Ignacio Hodge Richardson Arrindell Rojer Pieters
an: Jacobs Eman Arends Tromp Henriquez Coffie Bakhuis Constancia Dijkhoff Elisabeth Felida Gijsbertha Kwidama
ma: Amrani Bouzid Idrissi Benali Boukhari Azzouzi Khattabi Bakkali Ouali Aharouay Boulahrouz Abdellaoui Chahid
ma: Hamdaoui Lamrabet Yassini Ouaali Tahiri Haddouchi Akhandaf Mokhtari Azarkan Marzouki Bennani Alaoui Chaouch
ma: Karrouch Bouchtaoui Aboutaleb Achahbar Ahmadi Akalay Ammari Belhaj Benhaddou Bouali Bouzambou Chakroun
ma: Daoudi Elmaati Essaidi Fahmi Hammouti Harrak Jaadar Lahlali Mansouri Moussaoui Najjari Ouahabi Saadouni
ma: Tabarkit Touzani Yahyaoui Zaari Zeroual Ziani Boussaid Bousaid Allouchi Benaissa Bouhlal Jabri Kaddouri
tr: Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan Cetin Kara Koc
tr: Kurt Ozkan Simsek Polat Korkmaz Ucar Erdogan Aktas Gunes Bulut Keskin Altun Acar Akbulut Aksoy Avci Balci
tr: Bozkurt Cakir Coban Duman Erdem Eren Gok Gul Guler Isik Kahraman Karaca Kocak Oz Ozer Sari Tekin Tas Toprak
pl: Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak Dabrowski
pl: Kozlowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawlowski Michalski Nowicki
pl: Adamczyk Dudek Zajac Wieczorek Jablonski Krol Majewski Olszewski Jaworski Wrobel Malinowski Pawlak Witkowski
pl: Walczak Stepien Gorski Rutkowski Michalak Kowalska Wisniewska Wojcikowa Lewandowska Zielinska Szymanska
pl: Wozniakowa Dabrowska Kozlowska Jankowska Kwiatkowska Piotrowska Grabowska Nowakowska Pawlowska Michalska
ua: Melnyk Shevchenko Boyko Kovalenko Bondarenko Tkachenko Kovalchuk Kravchenko Oliynyk Shevchuk Koval
ua: Polishchuk Bondar Tkachuk Moroz Marchenko Lysenko Rudenko Savchenko Petrenko Kushnir Pavlenko Ponomarenko
ua: Kharchenko Klymenko Levchenko Karpenko Vasylenko Romanenko Yakovenko Hrytsenko Sydorenko Tymoshenko
so: Warsame Jama Osman Abdullahi Hussein Nur Aden Egal Hersi Dirie Guled Samatar Elmi Mohamud Abdirahman Duale
so: Farah Abdi Ismail Yusuf Hirsi Mahamed Shire Barre Gedi Ugas Abdulle Hashi Isse Noor Roble Gabow
er: Tesfay Tesfamariam Ghebremedhin Haile Berhane Kidane Mebrahtu Tekle Gebremichael Ghebreyesus Woldemariam
er: Habte Tsegay Mehari Yohannes Andemariam Fessehaye Weldemichael Tewolde Asmerom Gebrehiwet Negash Abraha
er: Teklehaimanot Ogbazghi Kahsay Ghirmay Zerai Tesfazghi Mengisteab Okbay Gebremariam Weldegiorgis Araya
sy: Haddad Khoury Mansour Hamdan Masri Darwish Hamwi Halabi Kassab Nasser Saleh Youssef Ibrahim Othman
sy: Sabbagh Shami Hammoud Alhussein Alali Alahmad Almohammad Alkhalil Qasem Zein Alhamad Alaboud Alsayed
sy: Aljasem Alomar Alhasan Alabdullah Kurdi Najjar Hallak Jabbour Atassi Kabbani Sheikh Mustafa Hamoud
af: Ahmadi Hashimi Rahimi Sultani Popal Karimi Azizi Noori Hakimi Rasuli Safi Wardak Stanekzai Mohammadi
af: Sharifi Amiri Haidari Jalali Nazari Hosseini Rezaei Samadi Sadat Sediqi Yousufzai Mangal Zazai
cv: Lopes Fortes Tavares Gomes Semedo Monteiro Andrade Silva Varela Delgado Rodrigues Mendes Fernandes Correia
cv: Pina Barros Spencer Brito Moreira Veiga Duarte Cabral Furtado Livramento Rocha Sanches Evora Neves Lima
gh: Mensah Owusu Boateng Asante Osei Agyeman Addo Appiah Amoah Darko Ofori Badu Acheampong Kwarteng Ansah Quaye
gh: Adjei Opoku Danso Sarpong Frimpong Yeboah Nkrumah Tetteh Amponsah Boakye Antwi Gyamfi Ampofo Asamoah
ml: Pattipeilohy Latuheru Tuhumury Sahetapy Pattinama Wattimena Pattiasina Manuputty Leatemia Soumokil Nanlohy
ml: Tahapary Lekatompessy Matulessy Huwae Siahaya Tehupeiory Ririmasse Ferdinandus Tanasale Pattiruhu Sopacua
ml: Lewerissa Nikijuluw Parinussa Pelupessy Riupassa Sapulette Tahitu Wairata Loppies Hitipeuw Uneputty
id: Hidayat Kusuma Santoso Wijaya Saputra Nugroho Setiawan Pratama Gunawan Susanto Hartono Halim Tanoto
cn: Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Lin Luo Gao Liang Zheng Xie Tang Feng Deng Cao
cn: Cheung Leung Chan Lau Yeung Wong Ngai Tsang Kwok Ho Lam Tam Tse Yip Fong Chow Siu Mak Lai
vn: Nguyen Tran Pham Hoang Phan Huynh Vo Dang Bui Do Ngo Duong Ly Trinh Truong Dinh Lam Mai Ha Vu Luong
pl: Baran Borkowski Chmielewski Czarnecki Domański Gajewski Głowacki Jakubowski Jasiński Kalinowski Kołodziej
pl: Krajewski Kubiak Kucharski Lis Maciejewski Makowski Marciniak Mazurek Nowacki Ostrowski Pietrzak Przybylski
pl: Sadowski Sikora Szczepański Szewczyk Tomaszewski Urbański Wasilewski Wawrzyniak Zalewski Zawadzki Ziółkowski
pl: Kaczmarek Kaczmarczyk Czerwiński Błaszczyk Górecki Mróz Sobczak Wójtowicz Kołodziejczyk Dziedzic Lewicki
pl: Sawicki Wilk Kowalewski Piątek Cieślak Szulc Duda Adamski Bielecki Brzeziński Chojnacki Fijałkowski Zając
ro: Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Constantin Munteanu Marin Florea
ro: Dinu Tudor Moldovan Rusu Lungu Mihai Dobre Ene Serban Nistor Toma Dragomir Preda Voicu Georgescu Stanciu
ro: Cojocaru Dumitrescu Marinescu Nedelcu Enache Neagu Barbu Vasile Ilie Manole Sandu Oprea Anghel Petrescu
ro: Zamfir Craciun Badea Constantinescu Iordache Lupu Avram Mocanu Andrei Grigore Radulescu Paraschiv Ungureanu
ma: Amezian Aouragh Belkadi Bouazza Boukhris Chafik Dahmani Fassi Haddaoui Hankouri Essafi Fathi Ghalbzouri
ma: Hajji Hamdi Jaouhari Khadiri Laghmouchi Lahrichi Mahdaoui Moumni Nouri Ouchan Rahmouni Sabri Skalli Zerouali
id: Siregar Nasution Lubis Harahap Hutapea Sinaga Situmorang Panjaitan Pardede Manurung Hutagalung Sitompul
id: Tambunan Napitupulu Simanjuntak Pasaribu
sr-jv: Atmodikoro Sodikromo Kromowidjojo Karsowidjojo Pawirosentono Sarmoredjo Dikromo Wongsodikromo Amatdiredjo
sr-jv: Setropawiro Mangoenkarso Towirjo Djojo Sastrowidjojo Kasiem Mardjan
"""

# Chinese given names are mostly two syllables written as one word: a product of common
# given-name syllables (project-authored rule, not a list of people).
CN_GIVEN_FIRST = "Xiao Zhi Jia Yu Hui Wen Jun Mei Xin Yi Hong Ming Jian Wei Ya Yan Zi Hao Chun Shu Jing Li"
CN_GIVEN_SECOND = ("ling wei hua ming hong yan ying jie jun qiang lin fang mei na yi xin hao yu ting jing lei bo "
                   "tao feng qing hui rong ping xia chen long yun juan min")

# Faker person providers (MIT) used for the second list; tag = our origin tag. Latin script only
# (Ukrainian is transliterated). English-speaking locales are left out: their names collide with
# English words on English pages.
FAKER_LOCALES = {
    "tr_TR": "tr", "pl_PL": "pl", "uk_UA": "ua", "id_ID": "id", "en_IN": "in", "en_PK": "pk", "tw_GH": "gh",
    "yo_NG": "ng", "ig_NG": "ng", "ha_NG": "ng", "fr_DZ": "dz", "pt_PT": "pt", "pt_BR": "br", "ro_RO": "ro",
    "hr_HR": "hr", "cs_CZ": "cz", "sk_SK": "sk", "hu_HU": "hu", "lt_LT": "lt", "lv_LV": "lv", "vi_VN": "vn",
    "de_DE": "de", "fr_FR": "fr", "es_ES": "es", "it_IT": "it", "bg_BG": "bg", "ru_RU": "ru", "nl_NL": "nl",
    "nl_BE": "be",
}
FAKER_VERSION = "40.63.0"
SIGPWNED_COMMIT = "eb62e13d4d62dd96cdfae79d293a02066352205f"

_UK = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
       "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
       "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
       "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ъ": "", "ы": "y", "э": "e", "ё": "io"}
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


_BG = {**_UK, "г": "g", "и": "i", "й": "y", "х": "h", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya"}
_RU = {**_UK, "г": "g", "е": "e", "ё": "e", "и": "i", "й": "y", "х": "kh", "ы": "y", "э": "e", "ю": "yu",
       "я": "ya", "ь": "", "ъ": ""}


def translit_cyrillic(name: str, lang: str = "uk") -> str:
    """Cyrillic to Latin: Ukrainian national system (2010), Bulgarian official system (2009) for
    ``bg``, the common passport style for ``ru``."""
    table = {"bg": _BG, "ru": _RU}.get(lang, _UK)
    out = []
    for i, ch in enumerate(name):
        low = ch.lower()
        initial = i == 0 or not name[i - 1].isalpha()
        rep = (_UK_INITIAL.get(low) if initial and lang == "uk" else None) or table.get(low, ch)
        out.append(rep.capitalize() if ch.isupper() else rep)
    return "".join(out)


def _latin(name: str) -> bool:
    import unicodedata

    return all(c in " -'" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in name)


def _authored(block: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = collections.defaultdict(set)
    for line in block.strip().splitlines():
        tag, _, names = line.partition(":")
        for name in names.split():
            out[name].add(tag.strip())
    return out


def _faker_names(wheel: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    import importlib
    import sys

    sys.path.insert(0, str(wheel))
    first: dict[str, set[str]] = collections.defaultdict(set)
    last: dict[str, set[str]] = collections.defaultdict(set)
    try:
        for loc, tag in FAKER_LOCALES.items():
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider

            def names(attrs: tuple[str, ...], prov: type = prov) -> set[str]:
                out: set[str] = set()
                for a in attrs:
                    v = getattr(prov, a, ())
                    out |= set(v.keys() if hasattr(v, "keys") else v)
                return out

            lang = {"bg_BG": "bg", "ru_RU": "ru"}.get(loc, "uk")
            for n in names(("first_names", "first_names_male", "first_names_female")):
                first[translit_cyrillic(n, lang)].add(tag)
            for n in names(("last_names", "last_names_male", "last_names_female")):
                last[translit_cyrillic(n, lang)].add(tag)
    finally:
        sys.path.remove(str(wheel))
        for mod in [m for m in sys.modules if m == "faker" or m.startswith("faker.")]:
            del sys.modules[mod]
    return first, last


def _sigpwned_names(repo: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    import subprocess

    first: dict[str, set[str]] = collections.defaultdict(set)
    last: dict[str, set[str]] = collections.defaultdict(set)
    for fname, target, col in (("common-forenames-by-country.csv", first, "Romanized Name"),
                               ("common-surnames-by-country.csv", last, "Romanized Name")):
        raw = subprocess.run(["git", "--git-dir", str(repo), "show", f"{SIGPWNED_COMMIT}:{fname}"],
                             check=True, capture_output=True).stdout.decode("utf-8-sig")
        for row in csv.DictReader(io.StringIO(raw)):
            target[row[col].strip()].add(row["Country"].strip().lower())
    return first, last


def _clean(names: dict[str, set[str]], single_token: bool) -> dict[str, set[str]]:
    out: dict[str, set[str]] = collections.defaultdict(set)
    for raw, tags in names.items():
        name = " ".join(raw.replace("’", "'").split())
        if any("\u0400" <= c <= "\u04ff" for c in name):
            name = translit_cyrillic(name)
        if not name or not _latin(name) or (single_token and " " in name):
            continue
        core = name.split()[-1]
        if len(core.replace("-", "")) <= 2 or not core[:1].isupper():
            continue
        out[name] |= tags
    return out


def build_international(sigpwned_repo: Path, faker_wheel: Path, out: Path) -> dict[str, int]:
    """Write ``first_names_intl.txt`` and ``surnames_intl.txt.gz`` (``name<TAB>tags``)."""
    first: dict[str, set[str]] = collections.defaultdict(set)
    last: dict[str, set[str]] = collections.defaultdict(set)
    for f, l in (_sigpwned_names(sigpwned_repo), _faker_names(faker_wheel),
                 (_authored(INTL_FIRST_AUTHORED), _authored(INTL_SURNAMES_AUTHORED))):
        for n, t in f.items():
            first[n] |= t
        for n, t in l.items():
            last[n] |= t
    for a in CN_GIVEN_FIRST.split():
        for b in CN_GIVEN_SECOND.split():
            first[a + b].add("cn")
    for n, t in list(last.items()):  # Polish family names have a feminine form: -ski/-ska, -cki/-cka
        if "pl" in t:
            for m, f in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
                if n.endswith(m):
                    last[n[: -len(m)] + f].add("pl")
                elif n.endswith(f):
                    last[n[: -len(f)] + m].add("pl")
    first_c, last_c = _clean(first, single_token=True), _clean(last, single_token=False)
    header = (
        "# International first names common in the Netherlands' population, name<TAB>origin tags.\n"
        f"# Sources: sigpwned/popular-names-by-country-dataset@{SIGPWNED_COMMIT[:12]} (CC0),\n"
        f"# Faker {FAKER_VERSION} person providers (MIT), project-authored lists (EUPL-1.2). See ATTRIBUTION.md.\n"
    )
    (out / "first_names_intl.txt").write_text(
        header + "".join(f"{n}\t{','.join(sorted(first_c[n]))}\n" for n in sorted(first_c)), encoding="utf-8")
    header = header.replace("first names", "family names")
    body = header + "".join(f"{n}\t{','.join(sorted(last_c[n]))}\n" for n in sorted(last_c))
    with gzip.GzipFile(out / "surnames_intl.txt.gz", "wb", mtime=0) as gz:
        gz.write(body.encode("utf-8"))
    return {"first_names_intl": len(first_c), "surnames_intl": len(last_c)}


def build_name_words(out: Path, wordlist: Path = Path("/usr/share/dict/dutch")) -> int:
    """Write ``name_words.txt``: listed names whose lower-case form is an ordinary word.

    A name is flagged when its lower-case form is in the OpenTaal word list (Debian ``wdutch``,
    BSD/CC-BY 3.0; used here only to decide, never shipped) and frequent in Dutch
    (``wordfreq`` Zipf >= 4.5 for the Dutch lists, >= 3.8 for international-only names), unless it
    is a top-1000 family name or a Dutch first name; names that are mainly English words
    (``Hope``, ``Will``) are flagged too, with the same exceptions. ``build`` adds these to ``common_words.txt``.
    """
    import wordfreq  # build-time only

    words = {w.strip() for w in wordlist.read_text(encoding="utf-8").splitlines() if w[:1].islower()}
    lines = gzip.decompress((out / "surnames.txt.gz").read_bytes()).decode("utf-8").splitlines()
    top = {ln.split("\t")[0].split()[-1] for ln in lines if "\t" in ln}
    dutch_first = set(_names(out / "first_names.txt"))
    dutch = {ln.split("\t")[0].split()[-1] for ln in lines if ln and not ln.startswith("#")} | dutch_first
    intl_first = set(_tagged((out / "first_names_intl.txt").read_text(encoding="utf-8")))
    intl_sur = _tagged(gzip.decompress((out / "surnames_intl.txt.gz").read_bytes()).decode("utf-8"))
    intl = ({n.split()[-1] for n in intl_sur} | intl_first) - dutch
    flagged = set()
    for n in dutch | intl:
        if not (n.isalpha() and n[:1].isupper()) or n in top or n in dutch_first:
            continue
        zipf = wordfreq.zipf_frequency(n.lower(), "nl")
        if n.lower() in words and zipf >= (4.5 if n in dutch else 3.8):
            flagged.add(n)
    flagged |= _english_words({n for n in intl | (dutch - dutch_first - top) if n.isalpha()})
    header = ("# Listed names whose lower-case form is an ordinary (Dutch or English) word; derived with\n"
              "# scripts/build_gazetteers.py (OpenTaal word list and wordfreq used to decide only).\n")
    (out / "name_words.txt").write_text(header + "\n".join(sorted(flagged)) + "\n", encoding="utf-8")
    return len(flagged)


def build_surname_words(out: Path, wordlist: Path = Path("/usr/share/dict/dutch")) -> int:
    """Write ``surname_words.txt``: family names (Dutch and international, also their cores
    without a particle) whose lower-case form is a word of the OpenTaal list (Debian ``wdutch``,
    BSD/CC-BY 3.0; used to decide only): ``Motie``, ``Venster``, ``Tip``. A family name that is
    a dictionary word is no evidence of a person on its own; ``Zhang`` and ``Rienstra`` are."""
    sys.path.insert(0, str(ROOT / "src"))
    from woo_redact.detect import gazetteer

    words = {w.strip() for w in wordlist.read_text(encoding="utf-8").splitlines() if w[:1].islower()}
    flagged = sorted(n for n in gazetteer.surnames() if " " not in n and n in words)
    header = ("# Family names whose lower-case form is a Dutch dictionary word; derived with\n"
              "# scripts/build_gazetteers.py from the OpenTaal word list (BSD/CC-BY 3.0), used to decide only.\n")
    (out / "surname_words.txt").write_text(header + "\n".join(flagged) + "\n", encoding="utf-8")
    return len(flagged)


def _tagged(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, tags = line.partition("\t")
            out[name] = tags
    return out


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


ENGLISH_WORDLIST = Path("/usr/share/dict/american-english")  # Debian wamerican (SCOWL), build-time only


def _english_words(names: set[str]) -> set[str]:
    """Names that are mainly English words (``Hope``, ``Will``, ``Faith``): common on English pages.

    The lower-case form must be an English dictionary word (so ``Johnson`` is not) and clearly
    more frequent in English than in Dutch text (``wordfreq``).
    """
    import wordfreq  # build-time only

    words = {w.strip() for w in ENGLISH_WORDLIST.read_text(encoding="utf-8").splitlines() if w[:1].islower()}
    out = set()
    for n in names:
        if n.lower() not in words:
            continue
        en, nl = wordfreq.zipf_frequency(n.lower(), "en"), wordfreq.zipf_frequency(n.lower(), "nl")
        if en >= 4.5 and en - nl >= 0.5:
            out.add(n)
    return out


def build(source: Path, out: Path, intl_dir: Path = OUT) -> dict[str, int]:
    """Build the Dutch lists from ``source``; ``intl_dir`` holds the (shipped) international lists,
    whose name-like common words are added to ``common_words.txt``."""
    out.mkdir(parents=True, exist_ok=True)
    intl_first = set(_tagged((intl_dir / "first_names_intl.txt").read_text(encoding="utf-8")))
    intl_sur = set(_tagged(gzip.decompress((intl_dir / "surnames_intl.txt.gz").read_bytes()).decode("utf-8")))
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
    intl_cores = ({n.split()[-1] for n in intl_sur} | intl_first) - cores
    common = {n for n in cores | intl_cores if n.isalpha() and counts[n.lower()] >= 5 and len(n) > 1}
    if (intl_dir / "name_words.txt").is_file():
        common |= set(_names(intl_dir / "name_words.txt"))
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
    ap.add_argument("--intl", action="store_true", help="rebuild the international lists first")
    ap.add_argument("--sigpwned-repo", type=Path,
                    default=Path("/work/.mirror/sigpwned+popular-names-by-country-dataset/repo"))
    ap.add_argument("--faker-wheel", type=Path, default=Path(f"/tmp/h7/faker/faker-{FAKER_VERSION}-py3-none-any.whl"))
    args = ap.parse_args()
    if args.intl:
        print(build_international(args.sigpwned_repo, args.faker_wheel, args.out))
        build(args.source, args.out, args.out)
        print({"name_words": build_name_words(args.out)})
    print(build(args.source, args.out, args.out))
    print({"surname_words": build_surname_words(args.out)})


if __name__ == "__main__":
    main()
