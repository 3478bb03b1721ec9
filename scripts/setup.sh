#!/usr/bin/env bash
# Set up woo-redact on a fresh machine: the system packages it needs (poppler, qpdf, Tesseract
# with Dutch) and the Python package in .venv. Idempotent; run it again any time.
#   scripts/setup.sh          runtime install
#   scripts/setup.sh --dev    also the test dependencies
set -euo pipefail
cd "$(dirname "$0")/.."

extra=""
dev=0
[ "${1:-}" = "--dev" ] && { extra="[dev,dask]"; dev=1; }

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
if ! (command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx nld); then
  need+=(tesseract-ocr-nld)
fi
# The tests open the HTML report in a real headless browser.
[ "$dev" = 1 ] && ! command -v chromium >/dev/null 2>&1 && need+=(chromium)
if [ "${#need[@]}" -gt 0 ]; then
  echo "setup: installing system packages: ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

py=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$py" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e ".${extra}" 2>&1 | grep -v -e '^WARNING: Location' -e 'is ignored' >&2 || true
.venv/bin/python -c "import woo_redact, spacy, pikepdf, pypdfium2, presidio_analyzer" \
  || { echo "setup: the Python install failed (see above)" >&2; exit 1; }
echo "setup: ready (.venv/bin/woo-redact)" >&2
