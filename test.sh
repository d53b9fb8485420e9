#!/usr/bin/env bash
# Run the whole test suite (unit, widget and end-to-end on Xvfb with a virtual microphone),
# then ruff and mypy. Extra arguments go to pytest, e.g. ./test.sh -k chapters
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/scripts/bootstrap.sh" test
cd "$root"
status=0
.venv/bin/python -m pytest "$@" || status=$?
if [[ $# -eq 0 ]]; then
    dirs=(src tests)
    [[ -d benchmarks ]] && dirs+=(benchmarks)
    .venv/bin/ruff check "${dirs[@]}" || status=1
    .venv/bin/ruff format --check "${dirs[@]}" || status=1
    .venv/bin/mypy "${dirs[@]}" || status=1
    .venv/bin/lint-imports || status=1
fi
exit $status
