"""Ordinary Woo decision text (made up) must yield no personal data, only printed ground codes."""

from __future__ import annotations

from recog_helpers import find

from woo_redact.detect.recognizers import dutch_recognizers

DECISION = """\
Besluit op uw Woo-verzoek van 12 maart 2024, kenmerk Z/25/071342, zaaknummer 2024-0012345.

Op 3 april 2024 heeft u op grond van artikel 4.1 van de Wet open overheid (Woo) verzocht om
documenten over de periode 2019-2023. In hoofdstuk 3 en paragraaf 5.2 van de bijlage leest u
hoe wij tot dit besluit zijn gekomen. Het gaat om 1.234 documenten met een totale omvang van
€ 123.456.789,00. De subsidie bedroeg EUR 2.500.000 in 2022 en 3,5 miljoen in 2023.

Wij maken de documenten deels openbaar. Persoonsgegevens zijn gelakt op grond van
artikel 5.1, tweede lid, aanhef en onder e, van de Woo. Zie pagina 2 en bijlage 3, versie 1.2.
De vergadering vond plaats om 10:30 uur in zaal 4.12. Het project liep van 01-01-2020 tot
31-12-2022 en valt onder de Ziektewet en het gezondheidsbeleid van de Rijksoverheid.
Zie ook https://www.rijksoverheid.nl/onderwerpen/wet-open-overheid en Postbus 20011.
Factuurnummer 2023-0456, projectnummer P-2024-17, ordernummer 4500012345.
In 2024 NL en EU-breed; COVID-19 maatregelen werden besproken via MS Teams.
"""

PERSONAL = {
    "BSN", "IBAN", "PHONE", "EMAIL", "ADDRESS", "LICENSE_PLATE", "DATE_OF_BIRTH", "ID_NUMBER",
    "IP_ADDRESS", "CREDIT_CARD", "URL", "KVK", "BTW", "HEALTH", "POSTCODE",
}  # fmt: skip


def test_no_personal_data_in_plain_decision_text() -> None:
    hits = []
    for rec in dutch_recognizers():
        for r in find(rec, DECISION):
            if r.entity_type in PERSONAL:
                hits.append((r.entity_type, DECISION[r.start : r.end]))
    assert hits == []


def test_printed_ground_found_in_decision_text() -> None:
    codes = [
        r.recognition_metadata["ground"]
        for rec in dutch_recognizers()
        for r in find(rec, DECISION)
        if r.entity_type == "EXISTING_CODE" and r.score >= 0.5
    ]
    assert codes == ["5.1.2e"]
