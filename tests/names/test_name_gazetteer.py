"""Gazetteer loading, normalisation and scoring."""

from __future__ import annotations

import importlib.util
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
                ("first_names.txt", "surnames.txt.gz", "common_words.txt", "ATTRIBUTION.md"))
    assert total < 2_000_000
    attribution = root.joinpath("ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Nederlandse Voornamenbank van het Meertens Instituut KNAW" in attribution
    assert "www.meertens.knaw.nl/nvb" in attribution


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
