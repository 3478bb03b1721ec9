"""File-name redaction checks every name of a bundle against every file name: it must stay
cheap (no regex compiled for a name that cannot occur) and find exactly what a pattern per
name finds."""

from __future__ import annotations

import re

import pytest

from woo_redact.outputs import names as N


def _reference_spans(text: str, secrets: list[str]) -> list[tuple[int, int]]:
    """The definition: one word-bounded pattern per secret, searched in the folded text."""
    spans: list[tuple[int, int]] = []
    folded = text.casefold()
    for s in secrets:
        words = N._as_words(s).split()
        if not words or sum(len(w) for w in words) < 3:
            continue
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w.casefold()) for w in words) + r"(?!\w)"
        spans.extend((m.start(), m.end()) for m in re.finditer(pattern, folded))
    return spans


SECRETS = [
    "Marieke Olthof", "M. Olthof", "Olthof", "Jo", "de Wit", "Straße Groß", "Ömer Kaya-Şahin", "K. van 't Riet",
    "jansen_p", "06-1234 5678", "Ab", "ÅSA LINDQVIST", "a.b", "Olthof-Kaya",
]
TEXTS = [
    "bezwaar marieke olthof 2024", "Bezwaar  Marieke\tOlthof", "olthofje en molthof", "STRASSE GROSS memo", "strasse groß",
    "notitie omer kaya-sahin", "ömer kaya şahin brief", "k van t riet", "verslag jansen p", "tel 06 1234 5678",
    "asa lindqvist åsa lindqvist", "a b c", "mail olthof kaya", "", "M  Olthof en M Olthof",
]


@pytest.mark.parametrize("text", TEXTS)
def test_secret_spans_match_one_pattern_per_secret(text: str) -> None:
    text = N._as_words(text)
    assert N._secret_spans(text, SECRETS) == _reference_spans(text, SECRETS)


def test_no_pattern_is_built_for_a_name_that_is_not_there() -> None:
    N._secret_regex.cache_clear()
    names = [f"Persoon{i} Achternaam{i}" for i in range(300)]
    assert N._secret_spans("verslag overleg 12 maart", names) == []
    assert N._secret_regex.cache_info().currsize == 0
    assert N._secret_spans("brief persoon7  achternaam7", names) == [(6, 27)]
    assert N._secret_regex.cache_info().currsize == 1
