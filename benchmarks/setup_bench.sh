#!/usr/bin/env bash
# Create the benchmark-only environment benchmarks/.venv-bench (gitignored).
#
# PyMuPDF is AGPL: it is installed HERE ONLY, to run the baseline a user would write, and is
# never a dependency of woo_redact. The venv gets pymupdf plus woo_redact (editable) so the
# baseline can use the same spaCy and Presidio versions and our Dutch recognizers.
# Idempotent: does nothing when the venv already imports both.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
venv="$here/.venv-bench"
py="${PYTHON:-python3}"

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "import pymupdf, woo_redact, presidio_analyzer, spacy" 2>/dev/null; then
  exit 0
fi
echo "setup_bench: creating $venv (pymupdf + woo_redact, benchmark use only)" >&2
"$py" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet pymupdf -e "$root"
"$venv/bin/python" -c "import pymupdf, woo_redact; print('setup_bench: pymupdf', pymupdf.VersionBind)" >&2
