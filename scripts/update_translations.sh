#!/usr/bin/env bash
# Refresh the translation sources from the UI code (new strings appear as "unfinished" for the
# translators: open the .ts in pyside6-linguist) and compile them to the .qm files the app loads.
# Usage: scripts/update_translations.sh [--compile-only]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/.venv/bin"
dir="$root/src/vidfeedback/resources/translations"
if [[ "${1:-}" != "--compile-only" ]]; then
    "$bin/pyside6-lupdate" "$root"/src/vidfeedback/ui/*.py -no-obsolete -locations relative \
        -target-language nb_NO -ts "$dir/vidfeedback_nb.ts"
    "$bin/pyside6-lupdate" "$root"/src/vidfeedback/ui/*.py -no-obsolete -locations relative \
        -target-language en -ts "$dir/vidfeedback_en.ts"
fi
for ts in "$dir"/*.ts; do
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
