"""Table-driven tests for the rule/gazetteer person-name detector.

All names here are made up for these tests. Each positive case gives a page text, the exact span
text expected and a fragment of the explanation (which cue fired).
"""

from __future__ import annotations

import pytest

from woo_redact.detect.names import NameDetector
from woo_redact.types import Detection, EntityType

DET = NameDetector()


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[d.start:d.end], d.explanation) for d in DET.detect(text)]


def _check_invariants(text: str, dets: list[Detection]) -> None:
    prev_end = -1
    for d in dets:
        assert d.entity is EntityType.PERSON
        assert d.detector == "woo.names"
        assert 0.0 < d.score <= 1.0
        assert d.explanation
        span = text[d.start:d.end]
        assert "\n" not in span
        assert span == span.strip() and span[-1] not in ",;:!?)"
        assert d.start >= prev_end, "overlapping spans"
        prev_end = d.end


POSITIVES: list[tuple[str, str, str, str]] = [
    # (case id, text, expected span, explanation fragment)
    # e-mail headers
    ("from-angle", "Van: Sjoerd Hoekstra <s.hoekstra@voorbeeld.nl>\nOnderwerp: planning", "Sjoerd Hoekstra", "e-mail header Van:"),
    ("to-quoted", 'Aan: "Lotte Brinkman" <l.brinkman@voorbeeld.nl>', "Lotte Brinkman", "e-mail header Aan:"),
    ("cc-semicolon-1", "CC: Daan Verhoef; Noor Kuipers", "Daan Verhoef", "e-mail header CC:"),
    ("cc-semicolon-2", "CC: Daan Verhoef; Noor Kuipers", "Noor Kuipers", "e-mail header CC:"),
    ("cc-lower", "Cc: Willemijn Terpstra", "Willemijn Terpstra", "e-mail header Cc:"),
    ("bcc", "BCC: Joost Hendriksen", "Joost Hendriksen", "e-mail header BCC:"),
    ("from-english", "From: Femke Dijkhuizen <f.d@voorbeeld.nl>", "Femke Dijkhuizen", "e-mail header From:"),
    ("to-english", "To: Ruben Oosterhuis", "Ruben Oosterhuis", "e-mail header To:"),
    ("last-first", "Van: Hoekstra, Sjoerd <s.hoekstra@voorbeeld.nl>", "Hoekstra, Sjoerd", "e-mail header Van:"),
    ("last-initials", "Aan: Brinkman, L.M.", "Brinkman, L.M.", "e-mail header Aan:"),
    ("caps-initials", "Aan: BRINKMAN, L.", "BRINKMAN, L.", "e-mail header Aan:"),
    ("role-in-header", "Aan:\tWethouder van Ommeren", "van Ommeren", "e-mail header Aan:"),
    ("tab-header", "Van:\tMarloes Wijnberg", "Marloes Wijnberg", "e-mail header Van:"),
    ("comma-two-names", "Aan: Daan Verhoef, Noor Kuipers", "Noor Kuipers", "e-mail header Aan:"),
    # memo headers
    ("memo-aan", "Aan Griet van Ommeren, wethouder Wonen\nDatum 3 juni 2025", "Griet van Ommeren", "memo header Aan"),
    ("memo-kopie", "Kopie aan Maarten Velthuis, gemeentesecretaris", "Maarten Velthuis", "memo header Kopie aan"),
    ("memo-van-colon-less", "Van Jorien Boekhout, beleidsadviseur", "Jorien Boekhout", "memo header Van"),
    ("memo-cc", "Cc Tijmen Roelofsen", "Tijmen Roelofsen", "memo header Cc"),
    # signature blocks
    ("sig-mvg", "Met vriendelijke groet,\n\nAnnelies Westerveld\nAdviseur Vergunningen\nGemeente Voorbeeld", "Annelies Westerveld", "signature block"),
    ("sig-groeten", "Met vriendelijke groeten,\nJ.W. Oudshoorn", "J.W. Oudshoorn", ""),
    ("sig-hartelijk", "Hartelijke groet,\nBregje", "Bregje", "signature block"),
    ("sig-groet", "Groet,\nThijs Molenkamp", "Thijs Molenkamp", ""),
    ("sig-vriendelijke", "Vriendelijke groet\n\nSaskia Lammers | Team Subsidies", "Saskia Lammers", ""),
    ("sig-inline-mvg", "Mvg Hidde", "Hidde", "signature block"),
    ("sig-groetjes", "Groetjes, Fenna", "Fenna", "signature block"),
    ("sig-title", "Met vriendelijke groet,\n\nmr. drs. K.L. Verschuur\nDirecteur", "K.L. Verschuur", ""),
    ("sig-unknown-first", "Met vriendelijke groet,\n\nXandrijn Poelgeest", "Xandrijn Poelgeest", "signature block"),
    # salutations
    ("sal-beste", "Beste Jan,\n\nHierbij de stukken.", "Jan", "salutation"),
    ("sal-hoi", "Hoi Fatima,", "Fatima", "salutation"),
    ("sal-hallo", "Hallo Pieter, hoe gaat het?", "Pieter", "salutation"),
    ("sal-geachte-heer", "Geachte heer De Vries,", "De Vries", "salutation"),
    ("sal-geachte-mevrouw", "Geachte mevrouw Van den Berg-Smit,", "Van den Berg-Smit", "salutation"),
    ("sal-heer-mevrouw", "Geachte heer/mevrouw Jansen,", "Jansen", "salutation"),
    ("sal-dag", "Dag Jan,", "Jan", "salutation"),
    ("sal-unknown", "Beste Xandrijn,", "Xandrijn", "salutation"),
    ("sal-two-1", "Hoi Fatima en Sven,", "Sven", "salutation"),
    ("sal-full", "Beste Karin Smulders,", "Karin Smulders", "salutation"),
    # titles and honorifics
    ("t-dhr", "Het gesprek met dhr. J. Hoogeveen is verplaatst.", "J. Hoogeveen", "title dhr."),
    ("t-de-heer", "Namens de gemeente sprak de heer Brouwers met de bewoners.", "Brouwers", "title de heer"),
    ("t-mevr", "Volgens mevr. Yıldırım is de aanvraag compleet.", "Yıldırım", "title mevr."),
    ("t-mevrouw", "Wij hebben mevrouw Van der Plas gebeld.", "Van der Plas", "title mevrouw"),
    ("t-mw", "Het dossier van mw. A.C. Kowalski is aangevuld.", "A.C. Kowalski", "title mw."),
    ("t-drs", "Het advies van drs. Hendriks volgt.", "Hendriks", "title drs."),
    ("t-ir", "Het ontwerp van ir. P. Nguyễn is goedgekeurd.", "P. Nguyễn", "title ir."),
    ("t-mr", "Uw advocaat mr. El Idrissi heeft bezwaar gemaakt.", "El Idrissi", "title mr."),
    ("t-dr", "Het rapport van dr. Şahin volgt.", "Şahin", "title dr."),
    ("t-prof", "Volgens prof. dr. Lindeboom is dat onjuist.", "Lindeboom", "title prof."),
    ("t-ing", "De tekening van ing. R. ten Brinke is bijgevoegd.", "R. ten Brinke", "title ing."),
    ("t-common-surname", "Wij spraken dhr. Kok over de planning.", "Kok", "title dhr."),
    ("t-caps", "Betreft: dossier DHR. HOOGEVEEN", "HOOGEVEEN", "title"),
    # roles (span excludes the role)
    ("role-full", "Het voorstel van wethouder Jan de Vries is aangenomen.", "Jan de Vries", ""),
    ("role-surname", "Het gesprek met burgemeester Oudejans is gepland.", "Oudejans", "role burgemeester"),
    ("role-tv", "Kamer van wethouder van Ommeren", "van Ommeren", "role wethouder"),
    # initials and name shape
    ("init-1", "Het verzoek is ingediend door J. Hoogeveen op 3 mei.", "J. Hoogeveen", "initials + surname"),
    ("init-3", "Aanvrager J.W.M. van der Sluis heeft gebeld.", "J.W.M. van der Sluis", ""),
    ("init-spaced", "Getekend door A. B. Lindeboom namens het bestuur.", "A. B. Lindeboom", "initials + surname"),
    ("init-tv", "Contact met P. de Boer gehad.", "P. de Boer", "initials + surname"),
    ("init-vant", "Het bezwaar van H. van 't Hof is ontvangen.", "H. van 't Hof", "initials + surname"),
    ("hyphen-double", "Het advies van Anna Jansen-de Boer wordt gevolgd.", "Anna Jansen-de Boer", "gazetteer first+surname"),
    ("surname-initials", "Behandelaar: Jansen, P.", "Jansen, P.", ""),
    ("surname-initials-inline", "Het bezwaar van Hoogeveen, J.W. is ontvangen.", "Hoogeveen, J.W.", "surname, initials"),
    ("surname-first", "Bakker, Ruud\tAdviseur", "Bakker, Ruud", "surname, first name"),
    ("caps-surname-initials", "JANSEN, P. heeft bezwaar gemaakt.", "JANSEN, P.", "surname, initials"),
    ("caps-tv-surname-initials", "VAN DEN BERG, J.W.", "VAN DEN BERG, J.W.", "surname, initials"),
    ("caps-full", "Bezwaarmaker JAN HOOGEVEEN verzoekt om uitstel.", "JAN HOOGEVEEN", "gazetteer first+surname"),
    ("tv-sentence-start", "Het advies is positief. De Vries stemt in met het plan.", "De Vries", "tussenvoegsel + surname"),
    ("tv-van-der", "Van der Plas stemt in met het plan.", "Van der Plas", "tussenvoegsel + surname"),
    ("diacritics", "Het verslag van Ayşe Yıldırım is ontvangen.", "Ayşe Yıldırım", "gazetteer first+surname"),
    ("el-name", "Het verzoek van Mohamed El Idrissi is ontvangen.", "Mohamed El Idrissi", "gazetteer first+surname"),
    ("polish", "Een melding van Agnieszka Kowalski is binnengekomen.", "Agnieszka Kowalski", "gazetteer first+surname"),
    ("vietnamese", "De aanvraag van Thanh Nguyễn is compleet.", "Thanh Nguyễn", "gazetteer first+surname"),
    ("first-plus-shape", "Het idee van Sanne Wolterbeek wordt uitgewerkt.", "Sanne Wolterbeek", "gazetteer first+surname"),
    ("first-tv-shape", "Hester van Buren opende de vergadering.", "Hester van Buren", ""),
    ("middle-names", "Akte opgesteld voor Jan Willem Hoogeveen.", "Jan Willem Hoogeveen", "gazetteer first+surname"),
    ("unknown-first-title", "Daarna sprak mevrouw Gijsbertha van Ommeren over de plannen.", "Gijsbertha van Ommeren", "title mevrouw"),
    # lone first name only with a cue
    ("mention", "@Sanne kun jij dit oppakken?", "Sanne", "@mention"),
    ("mention-full", "Graag reactie van @Karin Smulders voor vrijdag.", "Karin Smulders", "@mention"),
    ("chat", "Jan: klopt dat?", "Jan", "chat line prefix"),
    ("chat-time", "[10:15] Pieter de Wit: ja, dat klopt", "Pieter de Wit", "chat line prefix"),
    ("chat-date", "12-03-2024 09:41 - Fenna: ik bel hem morgen", "Fenna", "chat line prefix"),
    ("collega", "Ik heb het nagevraagd bij collega Marieke.", "Marieke", "after collega"),
    # attendee lists and labels
    ("aanwezig-1", "Aanwezig: Jan Hoogeveen (voorzitter), P. de Boer (notulist), Fatma Yılmaz", "Jan Hoogeveen", "attendee list Aanwezig:"),
    ("aanwezig-2", "Aanwezig: Jan Hoogeveen (voorzitter), P. de Boer (notulist), Fatma Yılmaz", "P. de Boer", "attendee list"),
    ("aanwezig-3", "Aanwezig: Jan Hoogeveen (voorzitter), P. de Boer (notulist), Fatma Yılmaz", "Fatma Yılmaz", "attendee list"),
    ("afwezig", "Afwezig: Kees Pietersma", "Kees Pietersma", "attendee list Afwezig:"),
    ("mka", "Met kennisgeving afwezig: Thijs Molenkamp, Lotte Brinkman", "Lotte Brinkman", "attendee list"),
    ("deelnemers-lines-1", "Deelnemers:\nSjoerd Hoekstra (Team Wonen)\nNoor Kuipers (Juridische Zaken)\n\nAgenda", "Noor Kuipers", "attendee list Deelnemers:"),
    ("deelnemers-surname-init", "Deelnemers: Hoekstra, S.; Kuipers, N.", "Kuipers, N.", "attendee list"),
    ("deelnemers-surname-init-nocomma", "Aanwezig: Hoekstra S., Kuipers N.J. (notulist)", "Kuipers N.J.", "attendee list"),
    ("deelnemers-en", "Aanwezig: Sjoerd Hoekstra en Noor Kuipers", "Noor Kuipers", "attendee list"),
    ("behandeld", "Behandeld door: A.B. Smulders", "A.B. Smulders", "label Behandeld door:"),
    ("contactpersoon", "Contactpersoon: mevrouw T. van 't Hof", "T. van 't Hof", ""),
    ("steller", "Steller: Bregje Wolterbeek", "Bregje Wolterbeek", "label Steller:"),
    ("auteur", "Auteur: Hidde Roelofsen", "Hidde Roelofsen", "label Auteur:"),
    ("opgesteld", "Opgesteld door: Ruben Oosterhuis", "Ruben Oosterhuis", "label Opgesteld door:"),
    ("ondertekend", "Ondertekend: Maarten Velthuis", "Maarten Velthuis", "label Ondertekend:"),
    ("tav", "T.a.v. Bregje Wolterbeek", "Bregje Wolterbeek", "label T.a.v."),
    ("tav-title", "t.a.v. de heer J. Hoogeveen\nDorpsstraat 1", "J. Hoogeveen", ""),
    ("degree-suffix", "Met vriendelijke groet,\nmevr. drs. A.B. van den Berg-de Vries MSc", "A.B. van den Berg-de Vries", ""),
    ("namens", "Namens Jorien Boekhout, beleidsadviseur", "Jorien Boekhout", "label Namens"),
    # tables with a Naam column
    ("table-tab-1", "Naam\tFunctie\tAfdeling\nSjoerd Hoekstra\tAdviseur\tTeam Wonen\nNoor Kuipers\tJurist\tJuridische Zaken", "Sjoerd Hoekstra", "table Naam column"),
    ("table-tab-2", "Naam\tFunctie\tAfdeling\nSjoerd Hoekstra\tAdviseur\tTeam Wonen\nNoor Kuipers\tJurist\tJuridische Zaken", "Noor Kuipers", "table Naam column"),
    ("table-col2", "Nr\tNaam\tFunctie\n1\tMarloes Wijnberg\tAdviseur", "Marloes Wijnberg", "table Naam column"),
    ("table-spaces", "Naam            Functie\nBregje Wolterbeek    Projectleider", "Bregje Wolterbeek", "table Naam column"),
    ("table-single-space", "Naam Functie Cluster\nThijs Molenkamp Adviseur Sociaal Domein", "Thijs Molenkamp", ""),
    ("table-first-only", "Naam\tFunctie\nFenna\tStagiair", "Fenna", "table Naam column"),
    ("table-caps", "NAAM\tFUNCTIE\nHOEKSTRA, S.\tADVISEUR", "HOEKSTRA, S.", ""),
    ("table-empty-cells", "Naam\tFunctie\tCluster\nNoor Kuipers\t\tSociaal - Werk\n\t\tDII - Data office", "Noor Kuipers", "table Naam column"),
    # more name shapes
    ("caps-header", "Aan: VAN DEN BERG", "VAN DEN BERG", "e-mail header Aan:"),
    ("bin", "Het verzoek van Khalid bin Laden-Amrani is ontvangen.", "Khalid bin Laden-Amrani", "gazetteer first+surname"),
    ("al", "Volgens de heer Al Haddad klopt het.", "Al Haddad", "title de heer"),
    ("in-t", "Namens de buurt sprak Gerrit in 't Veld.", "Gerrit in 't Veld", "gazetteer first+surname"),
    ("op-den", "Het bezwaar van Joost op den Brink is ongegrond.", "Joost op den Brink", "gazetteer first+surname"),
    ("jhr", "Het landgoed van jhr. W.F. van Rappard", "W.F. van Rappard", "title jhr."),
    ("sig-namens", "Met vriendelijke groet,\n\nNamens burgemeester en wethouders,\nde secretaris,\n\n\nTijmen Roelofsen", "Tijmen Roelofsen", "signature block"),
    ("sig-hoogachtend", "Hoogachtend,\n\nM.A. Verschuur", "M.A. Verschuur", ""),
    ("sig-role-after", "Groet,\nJorien\nTeamleider Vergunningen", "Jorien", "signature block"),
    # form fields, also OCR'd without tabs or colons
    ("form-voornaam", "Voornaam Agnieszka\nGeboortedatum 14-06-1990", "Agnieszka", "label Voornaam"),
    ("form-achternaam-voorletters", "Achternaam en voorletters: Kowalczyk, A.", "Kowalczyk, A.", "label Achternaam en voorletters:"),
    ("form-roepnaam-tab", "Roepnaam\tKees", "Kees", "label Roepnaam"),
]


@pytest.mark.parametrize(("case", "text", "span", "why"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_positive(case: str, text: str, span: str, why: str) -> None:
    dets = DET.detect(text)
    _check_invariants(text, dets)
    found = [(text[d.start:d.end], d.explanation) for d in dets]
    assert any(s == span and why in w for s, w in found), f"{case}: expected {span!r} ({why}); got {found}"


NEGATIVES: list[tuple[str, str, str]] = [
    # (case id, text, a substring that must not be (part of) any detection)
    ("month", "Op 12 Maart 2024 is het besluit genomen.", "Maart"),
    ("weekday", "Donderdag 21 maart 2024 16:00 - 17:00 uur", "Donderdag"),
    ("gemeente", "De Gemeente Amsterdam heeft het plan vastgesteld.", "Amsterdam"),
    ("ministerie", "Het Ministerie van Binnenlandse Zaken heeft gereageerd.", "Binnenlandse"),
    ("minister-portfolio", "De minister van Financiën heeft de Kamer geïnformeerd.", "Financiën"),
    ("provincie", "Provincie Utrecht en Gemeente Zeist werken samen.", "Utrecht"),
    ("bv", "Jansen Bouw B.V. heeft de offerte ingediend.", "Jansen"),
    ("stichting", "De Stichting Groen Wonen organiseert een avond.", "Groen"),
    ("instituut", "Het Verwey-Jonker Instituut deed onderzoek.", "Verwey"),
    ("team", "Team Vergunningen beoordeelt de aanvraag.", "Vergunningen"),
    ("afdeling", "De afdeling Juridische Zaken adviseert.", "Juridische"),
    ("wethouder-alone", "De wethouder heeft het besluit genomen.", "wethouder"),
    ("role-portfolio", "Wethouder Financiën en burgemeester Amsterdam", "Financiën"),
    ("memo-org", "Van Bureau Inclusie & Diversiteit\nAan Team Vergunningen", "Bureau"),
    ("doc-words", "Onderwerp: Besluit\nDatum: 3 juni\nKenmerk: 2024-123\nBijlage: 2", "Besluit"),
    ("place-te", "gevestigd te Den Haag", "Haag"),
    ("place-in", "Het overleg vond plaats in Den Bosch.", "Bosch"),
    ("street", "Het Jan van Galenplein en de Jacob Bontiusplaats worden heringericht.", "Jacob"),
    ("compound", "De Vries-regeling is niet van toepassing.", "Vries"),
    ("lone-first", "Mark het vakje aan als u akkoord bent.", "Mark"),
    ("lone-surname", "Bakker en Visser zijn beroepen.", "Bakker"),
    ("van-sentence", "Van de 42 aanvragen zijn er 12 toegekend.", "Van"),
    ("aan-sentence", "Aan de hand van de criteria is een selectie gemaakt.", "Aan"),
    ("salutation-generic", "Geachte leden van de raad,\nBeste collega's,\nGeachte heer/mevrouw,", "raad"),
    ("salutation-college", "Geachte College,", "College"),
    ("closing-then-org", "Met vriendelijke groet,\n\nNamens burgemeester en wethouders,\nde secretaris", "secretaris"),
    ("chat-label", "Datum: 3 juni\nOnderwerp: overleg\nStatus: concept", "Status"),
    ("table-no-names", "Stadsdeel\tAantal\nNoord\t12\nCentrum\t8", "Noord"),
    ("table-naam-org", "Naam\tFunctie\tCluster\n\t\tSociaal - Werk en Participatie\n\t\tDII - Data office", "Sociaal"),
    ("acronym", "De GGD Amsterdam en de VNG adviseren.", "GGD"),
    ("surname-initials-org", "Zie bijlage A. Daarna volgt het besluit.", "Daarna"),
    ("redacted", "Van:\t5.1, 2, e Bureau Inclusie en Diversiteit , 5.1, 2, e @amsterdam.nl", "Bureau"),
    ("kamer", "De Tweede Kamer en de Raad van State zijn geïnformeerd.", "State"),
    ("heading-caps", "BESLUIT OP BEZWAAR\nINLEIDING", "BESLUIT"),
    ("initials-bv", "De opdracht gaat naar B.V. Nederland.", "Nederland"),
    ("royal", "In aanwezigheid van H.M. de Koningin en Z.K.H. de Prins", "Koning"),
    ("street-initials", "Het kantoor aan de J.P. Coenstraat 12 is gesloten.", "Coenstraat"),
    ("in-city", "In Gent en Bij de Franse grens", "Gent"),
    ("minister-van-org", "De minister van Ruimtelijke Ordening was aanwezig.", "Ruimtelijke"),
    ("de-plus-word", "De Tour de France begint. De Franse regering reageert.", "Tour"),
    ("sig-org", "Met vriendelijke groet,\n\nRijkswaterstaat\nPostbus 2232", "Rijkswaterstaat"),
    ("list-end", "Deelnemers:\nSjoerd Hoekstra\nMededelingen\nRondvraag", "Mededelingen"),
    ("variant-letter", "Hierbij is gekozen voor Variant B. Daarna volgt de uitwerking.", "Variant"),
    ("postbus", "Postbus 202, 1000 AE Amsterdam", "Amsterdam"),
    ("after-table-prose", "Naam\tFunctie\nNoor Kuipers\tJurist\nSociaal Domein en Openbare Ruimte", "Sociaal"),
    ("form-label-prose", "Voornaam en achternaam van de aanvrager worden gevraagd.", "achternaam"),
]


@pytest.mark.parametrize(("case", "text", "bad"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_negative(case: str, text: str, bad: str) -> None:
    dets = DET.detect(text)
    _check_invariants(text, dets)
    found = [text[d.start:d.end] for d in dets]
    assert not any(bad in s for s in found), f"{case}: {bad!r} detected in {found}"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("wethouder Jan de Vries", "Jan de Vries"),
        ("dhr. J. Jansen", "J. Jansen"),
        ("mevrouw drs. K. van Dijk-Smit", "K. van Dijk-Smit"),
        ("burgemeester Oudejans,", "Oudejans"),
        ("Geachte heer De Vries.", "De Vries"),
        ("(P. de Boer)", "P. de Boer"),
    ],
)
def test_span_excludes_titles_roles_and_punctuation(text: str, span: str) -> None:
    assert [text[d.start:d.end] for d in DET.detect(text)] == [span]


PROSE = """\
Het college van burgemeester en wethouders heeft op 12 maart 2024 besloten het bestemmingsplan
Centrum-Oost vast te stellen. De gemeenteraad wordt hierover per brief geïnformeerd. Op grond van
artikel 5.1, tweede lid, onder e, van de Wet open overheid zijn persoonsgegevens verwijderd.

De Provincie Noord-Holland en het Ministerie van Infrastructuur en Waterstaat hebben in een
bestuurlijk overleg afspraken gemaakt over de financiering. Rijkswaterstaat voert het project uit.
De Raad van State heeft op woensdag 4 april uitspraak gedaan in het hoger beroep.

Team Vergunningen, Toezicht en Handhaving heeft de aanvraag beoordeeld. Juridische Zaken adviseert
om het bezwaar ongegrond te verklaren. De afdeling Communicatie stelt een persbericht op. In Den
Haag en in Utrecht zijn vergelijkbare besluiten genomen. Gemeente Groningen, Gemeente Zwolle en
Provincie Utrecht werken samen in de Regio Deal.

Van de 42 aanvragen zijn er 12 toegekend. Aan de hand van de criteria is een selectie gemaakt. Met
het oog op de veiligheid is besloten de bijeenkomst uit te stellen. Dit besluit is genomen door de
minister van Binnenlandse Zaken en Koninkrijksrelaties. De staatssecretaris van Financiën heeft de
Tweede Kamer geïnformeerd. Het Koninklijk Besluit van 1 mei 2020 en de Algemene wet bestuursrecht
zijn leidend. De Autoriteit Persoonsgegevens houdt toezicht. Volgens de Nationale ombudsman is dit
onvoldoende. Op maandag 10 maart 2025 om 14.00 uur vindt het overleg plaats in het Stadhuis.

Onderwerp: Verzoek om informatie op grond van de Woo
Datum: 15 januari 2025
Kenmerk: 2025-0012345
Bijlage: 3
"""


PROSE_2 = """\
Gelet op de Algemene wet bestuursrecht, de Wet ruimtelijke ordening en de Gemeentewet besluit het college als volgt. Het plangebied ligt tussen Bergen op Zoom, Alphen aan den Rijn en Capelle aan den IJssel. Ook Hoek van Holland, Wijk bij Duurstede en Ouder-Amstel vallen onder de regeling.
Koning Willem-Alexander opende op 27 april het nieuwe gebouw. Het Rijksmuseum en het Van Gogh Museum ontvingen samen 3 miljoen bezoekers. De Nederlandse Voedsel- en Warenautoriteit (NVWA) en de Inspectie Leefomgeving en Transport (ILT) hielden toezicht.
Zie ook ECLI:NL:RVS:2023:1234 en de uitspraak van de Afdeling bestuursrechtspraak van de Raad van State van 5 juli 2023. Het Europees Hof voor de Rechten van de Mens oordeelde anders. Artikel 2:1 BW en artikel 6 EVRM zijn van toepassing.
Het Nationaal Programma Groningen, de Regio Deal Zuid-Limburg en het Deltaprogramma Zoetwater lopen door. In het Besluit kwaliteit leefomgeving (Bkl) en het Omgevingsbesluit staan de normen. Het Interprovinciaal Overleg (IPO) en de Vereniging van Nederlandse Gemeenten (VNG) zijn gehoord.
De Staat der Nederlanden, vertegenwoordigd door de Minister van Justitie en Veiligheid, is verweerder. Op de Hoge Veluwe en in het Nationaal Park De Biesbosch gelden aanvullende regels. De Eerste Kamer stemde op Dinsdag 12 December in.
De Jong Bouw B.V. en Van der Valk Hotels zijn aangeschreven. De Vries & Partners Advocaten stond de verzoeker bij. Het Sint Antonius Ziekenhuis en het Jeroen Bosch Ziekenhuis hebben de zorg overgenomen. De Prins Bernhard Cultuurfonds subsidie is verleend.
"""


@pytest.mark.parametrize("text", [PROSE, PROSE_2], ids=["administrative", "legal-and-places"])
def test_prose_without_names_has_no_detections(text: str) -> None:
    assert _found(text) == []


def test_crlf_lines() -> None:
    text = "Van: Sjoerd Hoekstra\r\nAan: Noor Kuipers\r\n\r\nBeste Noor,\r\n"
    dets = DET.detect(text)
    _check_invariants(text, dets)
    assert [text[d.start:d.end] for d in dets] == ["Sjoerd Hoekstra", "Noor Kuipers", "Noor"]


MEMO = """\
## **Memo - Evaluatie werkbezoeken**

Aan Griet van Ommeren, wethouder Wonen
Van Bureau Wonen & Leefomgeving
Kopie aan Maarten Velthuis, gemeentesecretaris
Datum donderdag 6 maart 2025

### **Inleiding**

In aanloop naar het werkbezoek heeft de wethouder gesprekken gevoerd met medewerkers van de gemeente.
Het voorstel van Bureau Wonen & Leefomgeving is om de gesprekken voort te zetten.

Aan:\tWethouder van Ommeren
Plaats / adres:\tKamer van wethouder van Ommeren
"""


def test_seed_style_memo_header() -> None:
    found = _found(MEMO)
    spans = [s for s, _ in found]
    assert ("Griet van Ommeren", "memo header Aan") in found
    assert ("Maarten Velthuis", "memo header Kopie aan") in found
    assert spans.count("van Ommeren") == 2
    # Functions, departments and the organisation stay.
    assert not any(w in s for s in spans for w in ("wethouder", "Wethouder", "Bureau", "Wonen", "gemeentesecretaris", "Kamer"))
    assert len(found) == 4


def test_empty_and_whitespace() -> None:
    assert DET.detect("") == []
    assert DET.detect("\n\n  \t\n") == []


def test_offsets_on_multiline_page() -> None:
    text = "Onderwerp: overleg\n\nBeste Jan,\n\nGroet,\nThijs Molenkamp\n"
    dets = DET.detect(text)
    _check_invariants(text, dets)
    assert [text[d.start:d.end] for d in dets] == ["Jan", "Thijs Molenkamp"]


def test_detector_identity() -> None:
    assert NameDetector.name == "woo.names"
    assert NameDetector.version == "1"


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Jan van der Sluis", {"Jan van der Sluis", "Jan", "van der Sluis", "Van der Sluis", "J. van der Sluis",
                               "Van der Sluis, Jan", "Sluis, Jan van der", "Van der Sluis, J.", "Sluis, J. van der",
                               "JAN VAN DER SLUIS", "VAN DER SLUIS"}),
        ("Anna Jansen-de Boer", {"Anna Jansen-de Boer", "Jansen-de Boer", "Jansen", "A. Jansen-de Boer", "A. Jansen",
                                 "Jansen-de Boer, Anna", "Jansen-de Boer, A.", "ANNA JANSEN-DE BOER"}),
        ("dhr. J.W. Kowalski", {"J.W. Kowalski", "J. Kowalski", "Kowalski", "Kowalski, J.W.", "KOWALSKI"}),
        ("Jansen, P.", {"Jansen, P.", "P. Jansen", "Jansen", "JANSEN, P."}),
        ("Sluis, Jan van der", {"Jan van der Sluis", "van der Sluis", "Van der Sluis"}),
        ("Jan Willem Hoogeveen", {"Jan Willem Hoogeveen", "J.W. Hoogeveen", "J. Hoogeveen", "Hoogeveen, Jan", "Jan"}),
    ],
)
def test_name_variants(full: str, expected: set[str]) -> None:
    from woo_redact.detect.names import name_variants

    got = name_variants(full)
    assert expected <= got, expected - got
    assert all(v and v == v.strip() and "  " not in v for v in got)
    assert not any(v.lower().startswith(("dhr", "mevr", "de heer")) for v in got if v != " ".join(full.split()))


def test_name_variants_empty() -> None:
    from woo_redact.detect.names import name_variants

    assert name_variants("   ") == set()


def test_speed_at_least_one_megabyte_per_second() -> None:
    """Government-style pages (prose, memo header, e-mail headers, a signature), every line made
    unique so the per-line cache cannot help.

    The design target is >= 1 MB/s of CPU time on one idle core. Shared CI machines are often
    two or three times slower, so the assertion is a regression guard at half the target (a
    quadratic slip, for example, drops far below it).
    """
    import time

    mail = "Van: Sjoerd Hoekstra <s@x.nl>\nAan: Noor Kuipers\nOnderwerp: planning\n\nBeste Noor,\n\nGroet,\nSjoerd\n"
    page = PROSE + "\n" + MEMO + "\n" + mail
    parts = []
    size = 0
    i = 0
    while size < 600_000:
        block = "\n".join(f"{line} {i}" if line.strip() else line for line in page.split("\n"))
        parts.append(block)
        size += len(block) + 1
        i += 1
    text = "\n".join(parts)
    DET.detect("Jan Jansen")  # load gazetteers outside the timing
    t0 = time.process_time()
    DET.detect(text)
    elapsed = time.process_time() - t0
    assert len(text) / elapsed > 500_000, f"{len(text) / elapsed / 1e6:.2f} MB/s"


MAIL_THREAD = """\
Van: Hoekstra, Sjoerd (DWO) <s.hoekstra@voorbeeld.nl>
Verzonden: maandag 3 juni 2024 10:15
Aan: Kuipers, Noor; Team Wonen <wonen@voorbeeld.nl>; 'Brinkman, L.M.' <l.brinkman@x.nl>
CC: Secretariaat DWO
Onderwerp: RE: Overleg Woningbouw Noord

Hoi Noor,

Zoals besproken met Thijs en mevrouw Lammers van de Provincie Utrecht sturen we de notitie
vóór vrijdag naar de wethouder. Kun je @Bregje Wolterbeek vragen om de cijfers te checken?
Wethouder Van Ommeren heeft aangegeven dat zij de stukken wil zien. Graag ook afstemmen met
collega Fenna van Juridische Zaken.

Met vriendelijke groet,

Sjoerd Hoekstra
Senior beleidsadviseur | Directie Wonen en Ontwikkeling
Gemeente Voorbeeld
T 06 12345678

-----Oorspronkelijk bericht-----
From: Noor Kuipers
Sent: Friday, May 31, 2024 4:02 PM
To: Hoekstra, S.
Subject: Overleg

Dag Sjoerd,

Aanwezig: Sjoerd Hoekstra (DWO), Noor Kuipers (JZ), T. Molenkamp, mw. drs. A.C. de Graaf-Pronk
Afwezig met bericht: Jan-Willem van Dijk
Notulist: Fenna

Actiepunten
1. Noor vraagt advies bij Juridische Zaken.
2. Bespreken met de heer Yılmaz en Mohamed El Amrani (bewonerscommissie).

Groetjes,
Noor
"""


def test_realistic_mail_thread() -> None:
    dets = DET.detect(MAIL_THREAD)
    _check_invariants(MAIL_THREAD, dets)
    spans = [MAIL_THREAD[d.start:d.end] for d in dets]
    expected = [
        "Hoekstra, Sjoerd", "Kuipers, Noor", "Brinkman, L.M.", "Noor", "Lammers", "Bregje Wolterbeek",
        "Van Ommeren", "Fenna", "Sjoerd Hoekstra", "Noor Kuipers", "Hoekstra, S.", "Sjoerd", "Sjoerd Hoekstra",
        "Noor Kuipers", "T. Molenkamp", "A.C. de Graaf-Pronk", "Jan-Willem van Dijk", "Fenna",
        "Noor",  # "1. Noor vraagt advies": the speaker before a reporting verb
        "Yılmaz",
        "Mohamed El Amrani", "Noor",
    ]
    assert spans == expected
    # Known weakness, kept visible: a lone first name in running text without a cue ("met Thijs").
    assert "Thijs" not in spans
