"""Test helpers: generate made-up but valid identifiers, and run one recognizer on a text."""

from __future__ import annotations

import random
import string

from presidio_analyzer import EntityRecognizer, RecognizerResult


def make_bsn(seed: int, digits: int = 9) -> str:
    """A made-up number that passes the 11-proef (``digits=8``: one with a leading zero dropped)."""
    rng = random.Random(seed)
    while True:
        body = ("0" if digits == 8 else "") + str(rng.randint(1, 9))
        body += "".join(str(rng.randint(0, 9)) for _ in range(8 - len(body)))
        total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1)))
        check = total % 11
        if check < 10 and len(set(body)) > 2:
            n = body + str(check)
            return n[1:] if digits == 8 else n


def make_invalid_bsn(seed: int) -> str:
    """Nine digits that fail the 11-proef."""
    valid = make_bsn(seed)
    last = (int(valid[-1]) + 1) % 10
    return valid[:-1] + str(last)


def make_iban(country: str, bban: str) -> str:
    """An IBAN with correct check digits for ``bban``."""
    rearranged = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in rearranged.upper()))
    check = 98 - num % 97
    return f"{country}{check:02d}{bban}"


def make_nl_iban(seed: int, bank: str = "ABNA") -> str:
    rng = random.Random(seed)
    return make_iban("NL", bank + "".join(rng.choice(string.digits) for _ in range(10)))


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def find(rec: EntityRecognizer, text: str) -> list[RecognizerResult]:
    return rec.analyze(text, entities=[])


def spans(rec: EntityRecognizer, text: str) -> list[str]:
    return [text[r.start : r.end] for r in find(rec, text)]


def make_btw(seed: int) -> str:
    """A made-up Dutch btw-id whose 9 digits pass the 11-proef (old omzetbelastingnummer form)."""
    return f"NL{make_bsn(seed)}B01"


def make_card(prefix: str, length: int) -> str:
    """A Luhn-valid made-up card number with the given prefix and length."""
    body = prefix + "0" * (length - len(prefix) - 1)
    for check in "0123456789":
        candidate = body + check
        total = 0
        for i, ch in enumerate(reversed(candidate)):
            d = int(ch)
            if i % 2 == 1:
                d = d * 2 - 9 if d > 4 else d * 2
            total += d
        if total % 10 == 0:
            return candidate
    raise AssertionError("unreachable")
