"""Property tests: checksums decide, whatever the number."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from recog_helpers import make_bsn, make_iban, spans

from woo_redact.detect.recognizers import BsnRecognizer, IbanRecognizer
from woo_redact.detect.recognizers._base import elfproef, mod97

BSN_REC = BsnRecognizer()
IBAN_REC = IbanRecognizer()


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=100_000_000, max_value=999_999_999))
def test_bsn_found_iff_elfproef(n: int) -> None:
    s = str(n)
    found = spans(BSN_REC, f"BSN: {s}") == [s]
    assert found == (elfproef(s) and len(set(s)) > 1)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
def test_generated_bsn_found(seed: int) -> None:
    b = make_bsn(seed)
    assert spans(BSN_REC, f"burgerservicenummer {b}") == [b]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789", min_size=10, max_size=10), st.sampled_from(["ABNA", "INGB", "RABO", "XYZB"]))
def test_iban_found_iff_mod97(digits: str, bank: str) -> None:
    iban = make_iban("NL", bank + digits)
    assert spans(IBAN_REC, f"IBAN {iban}") == [iban]
    broken = iban[:2] + f"{(int(iban[2:4]) + 1) % 100:02d}" + iban[4:]
    assert (spans(IBAN_REC, f"IBAN {broken}") == [broken]) == mod97(broken)
