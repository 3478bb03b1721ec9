"""Woo/Wob ground codes: parsing every notation, round trips, Wob mapping, invalid input."""

from __future__ import annotations

import pytest

from woo_redact.grounds import STYLES, Ground, find_grounds, known_grounds

NOTATIONS = [
    ("5.1, 2, e", "5.1.2e"),
    ("5.1.2e", "5.1.2e"),
    ("5.1.2E", "5.1.2e"),
    ("5.1.2.e", "5.1.2e"),
    ("(5.1.2.e)", "5.1.2e"),
    ("5.1.2 e", "5.1.2e"),
    ("5.1 lid 2 sub e", "5.1.2e"),
    ("5.1, lid 2, sub e", "5.1.2e"),
    ("5.1 lid 2e", "5.1.2e"),
    ("5.1lid2sube", "5.1.2e"),
    ("art. 5.1lid2e", "5.1.2e"),
    ("5. 1. 2e", "5.1.2e"),
    ("art. 5.1. lid 2 sub e", "5.1.2e"),
    ("Art. 5.1 lid 2 sub e", "5.1.2e"),
    ("art. 5.1, tweede lid, aanhef en onder e, Woo", "5.1.2e"),
    ("artikel 5.1, tweede lid, aanhef en onder e", "5.1.2e"),
    ("artikel 5.1 tweede lid onder e", "5.1.2e"),
    ("artikel 5.1 lid 2 onder e Woo", "5.1.2e"),
    ("5.1 lid 2 sub e Woo", "5.1.2e"),
    ("5.1 (2)(e)", "5.1.2e"),
    ("5.1 lid 2 sub i", "5.1.2i"),
    ("5.1.1e", "5.1.1e"),
    ("5.1 lid 1 sub c", "5.1.1c"),
    ("5. 1. 1c", "5.1.1c"),
    ("5.1.5", "5.1.5"),
    ("Art. 5. 1 lid 5", "5.1.5"),
    ("5.1.4", "5.1.4"),
    ("5.2", "5.2.1"),
    ("5.2.1", "5.2.1"),
    ("Art. 5.2 lid 1", "5.2.1"),
    ("5.2.2", "5.2.2"),
    ("5.4", "5.4"),
    ("5.4a.1", "5.4a.1"),
    ("4.1.4", "4.1.4"),
    ("buiten reikwijdte", "4.1.4"),
    ("Valt buiten de reikwijdte van het verzoek", "4.1.4"),
    ("10.2.e", "10.2e"),
    ("Art. 10.2.g", "10.2g"),
    ("10, 2, e", "10.2e"),
    ("10 lid 2 sub e", "10.2e"),
    ("art. 10 lid 2 sub e Wob", "10.2e"),
    ("artikel 10, tweede lid, onder e", "10.2e"),
    ("10.1.c", "10.1c"),
    ("10 lid 1 sub d", "10.1d"),
    ("11.1", "11.1"),
    ("11 lid 1", "11.1"),
    ("art. 11 lid 1 Wob", "11.1"),
    ("11.2", "11.2"),
]


@pytest.mark.parametrize("notation, code", NOTATIONS)
def test_parse_notation(notation: str, code: str) -> None:
    assert Ground.parse(notation).code == code


@pytest.mark.parametrize("notation, code", NOTATIONS)
def test_notation_round_trips_through_every_style(notation: str, code: str) -> None:
    g = Ground.parse(notation)
    for style in STYLES:
        assert Ground.parse(g.format(style)) == g


@pytest.mark.parametrize("ground", known_grounds() + [Ground.parse(c) for c in ("10.1a", "10.2f", "10.7b", "11.1", "11.2")])
@pytest.mark.parametrize("style", STYLES)
def test_format_round_trip(ground: Ground, style: str) -> None:
    assert Ground.parse(ground.format(style)) == ground  # type: ignore[arg-type]
    assert Ground.parse(ground.code) == ground


def test_styles() -> None:
    g = Ground.parse("5.1 lid 2 sub e")
    assert g == Ground("5.1", 2, "e", "woo")
    assert g.format("code") == "5.1.2e"
    assert g.format("comma") == "5.1, 2, e"
    assert g.format("dotted") == "5.1.2.e"
    assert g.format("long") == "art. 5.1, tweede lid, aanhef en onder e, Woo"
    assert Ground.parse("5.1.5").format("long") == "art. 5.1, vijfde lid, Woo"
    assert Ground.parse("10.2.e").format("dotted") == "10.2.e"
    assert str(g) == "5.1.2e"
    with pytest.raises(ValueError, match="unknown style"):
        g.format("fancy")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "wob, woo",
    [
        ("10.1a", "5.1.1a"),
        ("10.1b", "5.1.1b"),
        ("10.1c", "5.1.1c"),
        ("10.1d", "5.1.1d"),
        ("10.2a", "5.1.2a"),
        ("10.2b", "5.1.2b"),
        ("10.2c", "5.1.2c"),
        ("10.2d", "5.1.2d"),
        ("10.2e", "5.1.2e"),
        ("10.2f", "5.1.4"),
        ("10.2g", "5.1.5"),
        ("10.7a", "5.1.2g"),
        ("10.7b", "5.1.2h"),
        ("11.1", "5.2.1"),
        ("11.2", "5.2.2"),
    ],
)
def test_wob_mapping(wob: str, woo: str) -> None:
    g = Ground.parse(wob)
    assert g.regime == "wob"
    assert g.woo().code == woo
    assert g.woo().regime == "woo"
    assert g.title == g.woo().title


def test_woo_maps_to_itself_and_has_titles() -> None:
    g = Ground.parse("5.1.2e")
    assert g.woo() is g
    assert g.title == "Eerbiediging van de persoonlijke levenssfeer"
    assert Ground.parse("5.1.1e").title.startswith("Identificatienummers")
    assert Ground.parse("4.1.4").title.startswith("Buiten reikwijdte")
    assert not Ground.parse("4.1.4").is_refusal_ground
    assert all(g.title for g in known_grounds())


@pytest.mark.parametrize(
    "bad, message",
    [
        ("5.1.2z", "points a-i"),
        ("5.1.1f", "points a-e"),
        ("Art. 5.1 lid 1 sub f", "points a-e"),
        ("5.1.2", "needs a point"),
        ("5.1.3", "not a refusal ground"),
        ("5.3", "not a refusal ground"),
        ("5.1.5e", "no points"),
        ("5.1 lid e", "paragraph"),
        ("5.1.2.£", "unexpected characters"),
        ("10.2", "needs a point"),
        ("10.2.h", "points a-g"),
        ("10.2.e Woo", "Wob article"),
        ("5.1.2e Wob", "Woo article"),
        ("12.1", "not a Woo"),
        ("abc", "unrecognised"),
        ("", "empty"),
        ("5.1.2.e.h.i", "trailing"),
    ],
)
def test_invalid(bad: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Ground.parse(bad)


def test_constructor_validates() -> None:
    with pytest.raises(ValueError):
        Ground("5.1", 2, "z")
    with pytest.raises(ValueError):
        Ground("5.1", 2, "e", "wet")  # type: ignore[arg-type]
    assert Ground("10", 2, "e", "wob").code == "10.2e"


def test_find_grounds() -> None:
    text = (
        "Deels openbaar o.g.v. art. 5.1 lid 2 sub e Woo en 5.1.2i; eerder (10.2.e) en "
        "5.1, 2, e @rvo.nl. Zie paragraaf 5.2 en 11.1. Datum 10.2.2024."
    )
    found = [(text[s:e], g.code) for s, e, g in find_grounds(text)]
    assert found == [
        ("art. 5.1 lid 2 sub e Woo", "5.1.2e"),
        ("5.1.2i", "5.1.2i"),
        ("10.2.e", "10.2e"),
        ("5.1, 2, e", "5.1.2e"),
    ]
    bare = [(text[s:e], g.code) for s, e, g in find_grounds(text, bare=True)]
    assert ("5.2", "5.2.1") in bare and ("11.1", "11.1") in bare


def test_find_grounds_explicit_wob_lid_is_not_bare() -> None:
    text = "zie 11 lid 1 en 11.1 en 10 lid 2 sub e"
    assert [(text[s:e], g.code) for s, e, g in find_grounds(text)] == [("11 lid 1", "11.1"), ("10 lid 2 sub e", "10.2e")]


def test_find_grounds_skips_impossible_codes() -> None:
    assert find_grounds("5.1.2z en 5.1.1f") == []
