#!/usr/bin/env bash
# What woo-redact proposes, scored: redact an evaluation set with every review proposal boxed
# (benchmarks/policies/proposals_as_boxes.toml) and score it with the set's own scorer. The
# POLICY_OPINION and HEALTH figures are then "proposed for review or redacted" (issue 17's measure
# for 5.2 opinions, which are never boxed automatically by the default policy).
# usage: benchmarks/proposal_recall.sh SET_DIR OUT_DIR      e.g. ../shared/eval/woo_wide /tmp/wide_prop
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
SET=${1:?set folder, e.g. ../shared/eval/woo_wide}
OUT=${2:?output folder}
WR=${WOO_REDACT:-$HERE/../.venv/bin/woo-redact}
PY=${PYTHON:-$HERE/../.venv/bin/python}
mkdir -p "$OUT"
for part in docs bundle; do
  [ -d "$SET/$part" ] || continue
  rm -rf "${OUT:?}/$part"
  "$WR" redact "$SET/$part" --out "$OUT/$part" --policy "$HERE/policies/proposals_as_boxes.toml" >"$OUT/$part.log" 2>&1 \
    || echo "woo-redact exited $? on $part/ (log: $OUT/$part.log)" >&2
done
"$PY" "$SET/score.py" --redacted "$OUT" --set "$SET" --json "$OUT/report.json"
