"""Generate the demo PDFs in samples/ and samples/expected.json.

Modelled on real published Woo releases (a memo to a wethouder, a briefing form with a
participants table, an e-mail print with a signature, a decision letter to a citizen). Every
person, number and address is made up; BSNs pass the 11-proef and IBANs pass mod-97 but belong
to no one. Needs ReportLab (a dev dependency): ``python scripts/make_samples.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

OUT = Path(__file__).resolve().parents[1] / "samples"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def bsn(prefix: str) -> str:
    """Complete 8 digits to a 9-digit number that passes the 11-proef."""
    for last in range(10):
        s = prefix + str(last)
        total = sum(int(d) * w for d, w in zip(s[:8], range(9, 1, -1))) - int(s[8])
        if total % 11 == 0:
            return s
    raise ValueError(prefix)


def iban(bank: str, account: str) -> str:
    rearranged = bank + account + "NL00"
    digits = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(digits) % 97
    raw = f"NL{check:02d}{bank}{account}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


class Doc:
    def __init__(self, name: str, title: str, author: str, font: str = "Helvetica") -> None:
        self.c = Canvas(str(OUT / name), pagesize=A4)
        self.c.setTitle(title)
        self.c.setAuthor(author)
        self.c.setCreator("Microsoft Word")
        self.font = font
        self.y = 800.0

    def text(self, s: str, x: float = 70, size: float = 10.5, bold: bool = False, dy: float = 15) -> None:
        font = self.font
        if bold:
            font = "Helvetica-Bold" if self.font == "Helvetica" else self.font
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy

    def gap(self, dy: float = 8) -> None:
        self.y -= dy

    def para(self, s: str, width: int = 95) -> None:
        words, line = s.split(), ""
        for w in words:
            if len(line) + len(w) + 1 > width:
                self.text(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        if line:
            self.text(line)
        self.gap(4)

    def new_page(self) -> None:
        self.c.showPage()
        self.y = 800.0

    def save(self) -> None:
        self.c.save()


def memo() -> dict[str, list[str]]:
    citizen_bsn = bsn("17342856")
    d = Doc("memo_wethouder.pdf", "Memo evaluatie buurtbemiddeling", "Sanne de Wit")
    d.text("Gemeente Deventer", size=9)
    d.gap(10)
    d.text("Memo - Evaluatie pilot buurtbemiddeling", size=15, bold=True, dy=24)
    d.text("Aan        Karin Oosterveld, wethouder Sociaal Domein")
    d.text("Van        Team Wijkzaken")
    d.text("Kopie aan  Ruben Hoekstra, gemeentesecretaris")
    d.text("Datum      dinsdag 4 maart 2025")
    d.text("Kenmerk    Z/25/004417")
    d.gap(10)
    d.text("Aanleiding", bold=True)
    d.para(
        "In 2024 is in drie wijken een pilot buurtbemiddeling gestart. De wethouder heeft gevraagd om een "
        "evaluatie voordat over verlenging wordt besloten. De pilot kostte in totaal € 84.500."
    )
    d.text("Verloop", bold=True)
    d.para(
        "Projectleider Sanne de Wit heeft de pilot begeleid. Zij is bereikbaar op 06-41237795 en via "
        "s.dewit@deventer.nl. In de wijk Keizerslanden meldden zich 41 bewoners."
    )
    d.para(
        f"Een van de zaken betrof mevrouw J.M. Brinkman-Yilmaz, wonend aan de Kastanjelaan 14, 7415 BK Deventer "
        f"(BSN {citizen_bsn}). Haar buurman, de heer Van Leeuwen, diende eerder een klacht in."
    )
    d.para(
        "Mevrouw Brinkman-Yilmaz gaf aan dat zij de bemiddeling als prettig heeft ervaren. De heer Van Leeuwen "
        "wil in het voorjaar een vervolggesprek."
    )
    d.text("Voorstel", bold=True)
    d.para(
        "Wij stellen voor de pilot met een jaar te verlengen en uit te breiden naar de wijk Colmschate. "
        "Het team Wijkzaken werkt dit uit in een raadsinformatiebrief."
    )
    d.save()
    return {
        "redact": ["Sanne de Wit", "06-41237795", "s.dewit@", "J.M. Brinkman-Yilmaz", "Brinkman-Yilmaz",
                   "Kastanjelaan 14", "7415 BK", citizen_bsn, "Van Leeuwen"],
        "keep": ["Karin Oosterveld", "Ruben Hoekstra", "wethouder Sociaal Domein", "gemeentesecretaris",
                 "Team Wijkzaken", "deventer.nl", "Z/25/004417", "€ 84.500", "dinsdag 4 maart 2025",
                 "Keizerslanden", "Colmschate", "Evaluatie pilot buurtbemiddeling"],
        "metadata": ["Sanne de Wit"],
    }


def opstapformulier() -> dict[str, list[str]]:
    d = Doc("opstapformulier.pdf", "Opstapformulier werkbezoek", "Thomas Wolters")
    d.text("Opstapformulier werkbezoek", size=15, bold=True, dy=24)
    d.text("Onderwerp: werkbezoek aan de voedselbank, 12 mei 2025")
    d.text("Bestuurder: wethouder Karin Oosterveld")
    d.text("Contactpersoon: Thomas Wolters, t.wolters@deventer.nl, 0570 69 42 18")
    d.gap(12)
    d.text("Deelnemers", bold=True)
    rows = [
        ("Naam", "Functie", "Cluster"),
        ("Lotte Verhagen", "beleidsadviseur armoede", "Sociaal Domein"),
        ("Mehmet Kaya", "coördinator vrijwilligers", "Voedselbank Deventer"),
        ("Anouk ter Horst", "communicatieadviseur", "Bestuursondersteuning"),
        ("Jeroen Smit", "teamleider", "Inkomen en Schulden"),
    ]
    for i, (a, b, c) in enumerate(rows):
        bold = i == 0
        d.c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        d.c.drawString(70, d.y, a)
        d.c.drawString(220, d.y, b)
        d.c.drawString(390, d.y, c)
        d.y -= 16
    d.gap(12)
    d.text("Doel van het bezoek", bold=True)
    d.para(
        "De wethouder maakt kennis met de vrijwilligers en hoort welke knelpunten zij ervaren bij de "
        "uitgifte. Er is een persmoment van tien minuten. Vragen kunnen naar woo@deventer.nl."
    )
    d.save()
    return {
        "redact": ["Thomas Wolters", "t.wolters@", "0570 69 42 18", "Lotte Verhagen", "Mehmet Kaya",
                   "Anouk ter Horst", "Jeroen Smit"],
        "keep": ["Karin Oosterveld", "beleidsadviseur armoede", "Sociaal Domein", "Voedselbank Deventer",
                 "communicatieadviseur", "Bestuursondersteuning", "Inkomen en Schulden", "woo@deventer.nl",
                 "12 mei 2025", "Deelnemers"],
        "metadata": ["Thomas Wolters"],
    }


def email_print() -> dict[str, list[str]]:
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    account = iban("RABO", "0312874566")
    d = Doc("mailwisseling.pdf", "RE: Vraag over parkeervergunning", "Pieter van den Heuvel", font="DejaVuSans")
    d.text("Pieter van den Heuvel", size=12, dy=20)
    d.text("Van:         Pieter van den Heuvel <p.vandenheuvel@deventer.nl>", size=9.5)
    d.text("Verzonden: woensdag 19 februari 2025 10:42", size=9.5)
    d.text("Aan:          Fatma Şahin <fatma.sahin78@gmail.com>", size=9.5)
    d.text("CC:           Vergunningen <vergunningen@deventer.nl>", size=9.5)
    d.text("Onderwerp: RE: Vraag over parkeervergunning", size=9.5)
    d.gap(10)
    d.text("Beste Fatma,")
    d.gap(4)
    d.para(
        "Dank voor je bericht. Je aanvraag voor een bewonersvergunning voor het voertuig met kenteken "
        "HX-482-K is in behandeling. Wij nemen binnen zes weken een besluit."
    )
    d.text(f"De leges van € 58,00 worden afgeschreven van rekening {account}.")
    d.gap(4)
    d.para("Heb je nog vragen, bel dan het algemene nummer 14 0570.")
    d.gap(4)
    d.text("Met vriendelijke groet,")
    d.gap(4)
    d.text("Pieter van den Heuvel")
    d.text("Medewerker Vergunningen | Gemeente Deventer")
    d.text("M 06-28374651")
    d.gap(14)
    d.text("-----Oorspronkelijk bericht-----", size=9)
    d.text("Van: Fatma Şahin <fatma.sahin78@gmail.com>", size=9)
    d.text("Verzonden: maandag 17 februari 2025 21:15", size=9)
    d.gap(6)
    d.para("Goedenavond, ik woon sinds kort op de Brinkgreverweg 210 en wil graag een parkeervergunning aanvragen.")
    d.text("Groet, Fatma Şahin")
    d.text("06 19 28 37 46")
    d.save()
    return {
        "redact": ["Pieter van den Heuvel", "p.vandenheuvel@", "Fatma Şahin", "fatma.sahin78@gmail.com", "Fatma",
                   "HX-482-K", account, "06-28374651", "Brinkgreverweg 210", "06 19 28 37 46"],
        "keep": ["vergunningen@deventer.nl", "deventer.nl", "14 0570", "€ 58,00", "Medewerker Vergunningen",
                 "Gemeente Deventer", "RE: Vraag over parkeervergunning", "woensdag 19 februari 2025 10:42"],
        "metadata": ["Pieter van den Heuvel"],
    }


def besluit() -> dict[str, list[str]]:
    number = bsn("20471938")
    d = Doc("besluit_kwijtschelding.pdf", "Besluit kwijtschelding", "M. Dijkstra")
    d.text("Gemeente Deventer", size=9)
    d.text("Postbus 5000, 7400 GC Deventer", size=9)
    d.gap(30)
    d.text("De heer R.A. Mulder")
    d.text("Vechtstraat 37 A")
    d.text("7417 CE  DEVENTER")
    d.gap(24)
    d.text("Datum          28 januari 2025")
    d.text("Onderwerp    besluit op uw verzoek om kwijtschelding")
    d.text(f"BSN              {number[:4]}.{number[4:6]}.{number[6:]}")
    d.gap(14)
    d.text("Geachte heer Mulder,")
    d.gap(4)
    d.para(
        "Op 6 januari 2025 hebben wij uw verzoek om kwijtschelding van de gemeentelijke belastingen over "
        "2024 ontvangen. U bent geboren op 14-08-1961 en staat sinds 2019 op dit adres ingeschreven."
    )
    d.para(
        "Wij hebben besloten uw verzoek toe te kennen. Het bedrag van € 412,36 wordt kwijtgescholden. "
        "Tegen dit besluit kunt u binnen zes weken bezwaar maken."
    )
    d.gap(6)
    d.text("Met vriendelijke groet,")
    d.text("namens het college van burgemeester en wethouders,")
    d.gap(6)
    d.text("M. Dijkstra")
    d.text("teamleider Belastingen")
    d.save()
    return {
        "redact": ["R.A. Mulder", "Vechtstraat 37 A", "7417 CE", f"{number[:4]}.{number[4:6]}.{number[6:]}",
                   "Mulder", "14-08-1961", "M. Dijkstra"],
        "keep": ["Postbus 5000, 7400 GC Deventer", "28 januari 2025", "€ 412,36", "teamleider Belastingen",
                 "besluit op uw verzoek om kwijtschelding", "6 januari 2025"],
        "metadata": ["M. Dijkstra"],
    }


def main() -> None:
    OUT.mkdir(exist_ok=True)
    expected = {
        "memo_wethouder.pdf": memo(),
        "opstapformulier.pdf": opstapformulier(),
        "mailwisseling.pdf": email_print(),
        "besluit_kwijtschelding.pdf": besluit(),
    }
    (OUT / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(expected)} samples to {OUT}")


if __name__ == "__main__":
    main()
