"""Gazetteer loading, normalisation and scoring."""

from __future__ import annotations

import importlib.util
import time
from importlib import resources
from pathlib import Path

import pytest

from woo_redact.detect import gazetteer as gz


@pytest.mark.parametrize(
    ("raw", "norm"),
    [("Şahin", "sahin"), ("YILDIRIM", "yildirim"), ("Yıldırım", "yildirim"), ("Nguyễn", "nguyen"),
     ("  van  den Berg ", "van den berg"), ("Łukasz", "lukasz"), ("’t Hart", "'t hart")],
)
def test_normalize(raw: str, norm: str) -> None:
    assert gz.normalize(raw) == norm


@pytest.mark.parametrize("name", ["Jan", "Fatima", "Pieter", "Ruud", "Mohamed", "Agnieszka", "Jan-Willem", "JAN", "Ayşe"])
def test_first_names(name: str) -> None:
    assert gz.is_first_name(name)


@pytest.mark.parametrize("word", ["Gemeente", "Onderwerp", "Xqzt"])
def test_not_first_names(word: str) -> None:
    assert not gz.is_first_name(word)


@pytest.mark.parametrize(
    "name", ["Jansen", "van den Berg", "Berg", "De Vries", "Şahin", "Yıldırım", "Nguyen", "Kowalski", "El Idrissi",
             "Jansen-de Boer", "JANSEN"],
)
def test_surnames(name: str) -> None:
    assert gz.is_surname(name)


@pytest.mark.parametrize("name", ["Kaya-de", "Jansen-van den Berg", "Nowak-Kowalska"])
def test_hyphenated_surnames(name: str) -> None:
    assert gz.is_surname(name)


def test_bare_surnames() -> None:
    assert gz.is_bare_surname("Bakker") and gz.is_bare_surname("Jansen")
    assert gz.is_surname("Zuid-Holland") and not gz.is_bare_surname("Zuid-Holland")  # only with a particle


def test_particles_alone_are_not_surnames() -> None:
    assert not gz.is_surname("de-van")


@pytest.mark.parametrize(
    ("first", "origin"),
    [("Dimitar", "bg"), ("Timofey", "ru"), ("Xiaohong", "cn"), ("Jianming", "cn"), ("Lieven", "be"),
     ("Hessel", "fy")],
)
def test_rule_and_source_coverage(first: str, origin: str) -> None:
    """Transliterated Cyrillic lists, the Chinese syllable rule, Flemish and Frisian lists."""
    assert gz.is_first_name(first) and origin in gz.name_origins(first)


def test_surname_score_orders_evidence() -> None:
    assert gz.surname_score("Xqztplk") == 0.0
    assert gz.surname_score("Kok") == pytest.approx(0.3)  # also an ordinary word
    assert gz.surname_score("Jansen") == pytest.approx(0.9)  # top-1000
    assert 0.3 < gz.surname_score("Kowalski") < 0.9


@pytest.mark.parametrize("word", ["Groot", "Kok", "Visser", "Maart", "Plaats", "Gemeente"])
def test_common_words(word: str) -> None:
    assert gz.is_common_word(word)


def test_strip_tussenvoegsel() -> None:
    assert gz.strip_tussenvoegsel("van den berg") == "berg"
    assert gz.strip_tussenvoegsel("van") == "van"


def test_shipped_data_is_small_and_attributed() -> None:
    root = resources.files("woo_redact").joinpath("data").joinpath("names")
    total = sum(len(root.joinpath(f).read_bytes()) for f in
                ("first_names.txt", "surnames.txt.gz", "common_words.txt", "ATTRIBUTION.md",
                 "first_names_intl.txt", "surnames_intl.txt.gz", "name_words.txt"))
    assert total < 2_000_000
    attribution = root.joinpath("ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Nederlandse Voornamenbank van het Meertens Instituut KNAW" in attribution
    assert "www.meertens.knaw.nl/nvb" in attribution
    for needle in ("sigpwned/popular-names-by-country-dataset", "eb62e13d4d62dd96cdfae79d293a02066352205f",
                   "Faker", "MIT", "CC0", "OpenTaal"):
        assert needle in attribution, needle


# Invented full names in the spelling each community uses; every part must be on a list.
@pytest.mark.parametrize(
    ("first", "surname"),
    [
        ("Kwabena", "Owusu"),  # Ghanaian
        ("Sherwin", "Doelwijt"),  # Surinamese Creole
        ("Radjendra", "Jagesar"),  # Surinamese Hindustani
        ("Soedjono", "Karijopawiro"),  # Surinamese Javanese
        ("Meiling", "Tjon-A-Fat"),  # Chinese-Surinamese
        ("Shurandy", "Girigorie"),  # Antillean
        ("Khaoula", "El Khattabi"),  # Moroccan
        ("Berkay", "Yıldırım"),  # Turkish
        ("Małgorzata", "Wiśniewska"),  # Polish
        ("Oleksandr", "Bondarenko"),  # Ukrainian
        ("Hodan", "Warsame"),  # Somali
        ("Merhawi", "Tesfamariam"),  # Eritrean
        ("Yazan", "Al Khatib"),  # Syrian
        ("Arlindo", "Semedo"),  # Cape Verdean
        ("Welmoed", "Pattipeilohy"),  # Moluccan
        ("Wytse", "Hiemstra"),  # Frisian
        ("Agus", "Hidayat"),  # Indonesian
    ],
)
def test_names_of_every_origin(first: str, surname: str) -> None:
    assert gz.is_first_name(first), first
    assert gz.is_surname(surname), surname
    assert not gz.is_common_word(first) and gz.surname_score(surname) >= 0.7


@pytest.mark.parametrize(
    ("name", "tag"),
    [("Owusu", "gh"), ("Jagesar", "sr-hi"), ("Girigorie", "an"), ("Bondarenko", "ua"), ("Sjoerd", "fy"),
     ("Jansen", "nl"), ("van den Berg", "nl"), ("Tesfamariam", "er")],
)
def test_name_origins(name: str, tag: str) -> None:
    assert tag in gz.name_origins(name)


def test_unknown_name_has_no_origin() -> None:
    assert gz.name_origins("Xqztplk") == frozenset()


@pytest.mark.parametrize(
    "word",
    # listed as names somewhere, but ordinary Dutch or English words: never evidence alone
    ["Hope", "Will", "Joy", "Keer", "Bank", "Buurt", "Kantoor", "Klant", "Noord", "Rechter", "Bos", "Koning"],
)
def test_words_in_name_lists_are_ambiguous(word: str) -> None:
    assert gz.is_first_name(word) or gz.is_surname(word)  # it is on a name list ...
    assert gz.is_common_word(word)  # ... and marked as an ordinary word
    assert gz.surname_score(word) <= 0.3


@pytest.mark.parametrize("name", ["Jansen", "de Vries", "Bakker", "Mohamed", "Yilmaz", "Nguyen"])
def test_frequent_surnames_keep_their_score(name: str) -> None:
    # the extension must not demote the top-1000 family names (Bakker stays "also a word": 0.3)
    before = {"Jansen": 0.9, "de Vries": 0.9, "Bakker": 0.3, "Mohamed": 0.7, "Yilmaz": 0.9, "Nguyen": 0.9}
    assert gz.surname_score(name) == pytest.approx(before[name])


def test_international_lists_are_latin_script() -> None:
    root = resources.files("woo_redact").joinpath("data").joinpath("names")
    text = root.joinpath("first_names_intl.txt").read_text(encoding="utf-8")
    names = [ln.split("\t")[0] for ln in text.splitlines() if ln and not ln.startswith("#")]
    assert len(names) > 5000
    assert not any("\u0400" <= c <= "\u04ff" or "\u0600" <= c <= "\u06ff" for n in names for c in n)
    assert all("\t" in ln for ln in text.splitlines() if ln and not ln.startswith("#"))


def test_gazetteers_load_quickly() -> None:
    """Cold load of every list costs well under half a second of CPU."""
    for fn in (gz.first_names, gz._surname_table, gz.common_words, gz._intl_table):
        fn.cache_clear()
    t0 = time.process_time()
    gz.preload()
    assert time.process_time() - t0 < 0.5


@pytest.mark.shared
def test_build_script_reproduces_shipped_lists(tmp_path: Path) -> None:
    """The shipped lists are exactly what scripts/build_gazetteers.py makes from ../shared."""
    root = Path(__file__).resolve().parents[2]
    source = root.parent / "shared" / "data" / "ner"
    if not source.is_dir():
        pytest.skip("../shared is not beside the checkout")
    spec = importlib.util.spec_from_file_location("build_gazetteers", root / "scripts" / "build_gazetteers.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.build(source, tmp_path)
    shipped = root / "src" / "woo_redact" / "data" / "names"
    for name in ("first_names.txt", "surnames.txt.gz", "common_words.txt"):
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name


def test_build_script_reproduces_international_lists(tmp_path: Path) -> None:
    """The international lists are what the script makes from the pinned sources (when present)."""
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("build_gazetteers", root / "scripts" / "build_gazetteers.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    sig = Path("/work/.mirror/sigpwned+popular-names-by-country-dataset/repo")
    wheel = Path(f"/tmp/h7/faker/faker-{mod.FAKER_VERSION}-py3-none-any.whl")
    if not (sig.is_dir() and wheel.is_file()):
        pytest.skip("pinned sources (name dataset mirror, Faker wheel) are not on this machine")
    mod.build_international(sig, wheel, tmp_path)
    shipped = root / "src" / "woo_redact" / "data" / "names"
    for name in ("first_names_intl.txt", "surnames_intl.txt.gz"):
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), name


def test_ukrainian_transliteration() -> None:
    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("build_gazetteers", root / "scripts" / "build_gazetteers.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.translit_cyrillic("Олександр") == "Oleksandr"
    assert mod.translit_cyrillic("Юлія") == "Yuliia"
    assert mod.translit_cyrillic("Шевченко") == "Shevchenko"
