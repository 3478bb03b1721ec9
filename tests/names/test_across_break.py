"""A first name ending a line and a family name opening the next: wrapped prose, not labels."""

from __future__ import annotations

import pytest

from woo_redact.detect.names import NameDetector


@pytest.mark.parametrize(
    "text",
    [
        "Schoolstraat\nOude Douwe\nHiemstra\nKerkpad",  # labels of a map drawing
        "Douwe\nHiemstra\nLindelaan",
    ],
)
def test_short_label_lines_are_not_joined_into_a_name(text):
    assert all("\n" not in text[d.start : d.end] for d in NameDetector().detect(text))


def test_wrapped_running_text_still_joins_the_name():
    text = "In de tweede kolom van het verslag schrijft Douwe\nHiemstra over de dorpen."
    assert "Douwe\nHiemstra" in [text[d.start : d.end] for d in NameDetector().detect(text)]
