"""Every odd and hostile PDF of ../shared/corpus through the real bundle pipeline.

Each document is redacted and verified, or fails alone with a clear, specific error — never a
crash of the bundle, never an unexpected exception type, never a hang (per-document limit).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from woo_redact.bundle import redact_bundle

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "pdfs"

# Clear outcomes a user can act on. "unexpected ..." errors are bugs.
CLEAR = {"EncryptedPDFError", "ExtractionError", "DocumentTimeout", "OCRUnavailableError", "VerificationError", "RedactionError"}
# Documents that cannot be published as they are (encrypted without password, not a PDF).
EXPECTED_FAILURES = {
    "ocrmypdf__invalid.pdf", "pdfplumber__empty.pdf", "pdfminer__aes-128-m.pdf",
    "pdfplumber__password-example.pdf", "pypdf__r4-user-password.pdf", "qpdf__empty.pdf",
    "ocrmypdf__hugemono.pdf",  # a huge page: may hit the per-document time limit on a loaded machine
}


@pytest.mark.slow
@pytest.mark.shared
def test_corpus_through_the_pipeline(tmp_path):
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    res = redact_bundle([CORPUS], tmp_path / "out", jobs=2, audit_key=tmp_path / "k", new_audit_key=True, ner=False, timeout=45, reports=False)
    n = len(list(CORPUS.glob("*.pdf")))
    assert len(res.results) == n
    by_name = {Path(r.source).name: r for r in res.results}
    for name, r in by_name.items():
        if not r.ok:
            assert r.error_type in CLEAR, f"{name}: {r.error_type}: {r.error}"
            assert name in r.error or "took longer" in r.error, f"{name}: the message does not name the document"
    unexpected = sorted(name for name, r in by_name.items() if not r.ok and name not in EXPECTED_FAILURES)
    assert not unexpected, f"documents that should redact but failed: {[(u, by_name[u].error) for u in unexpected]}"
    for name in ("pdfminer__aes-128-m.pdf", "pdfplumber__password-example.pdf"):
        assert "--password" in by_name[name].error
