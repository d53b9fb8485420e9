#!/usr/bin/env bash
# Refresh the translation sources from the UI code (new strings appear as "unfinished" for the
# translators: open the .ts in pyside6-linguist) and compile them to the .qm files the app loads.
# Qt's own words (Cancel, Yes, No, …) come from Qt's translations, which have nynorsk and
# Swedish but no bokmål: qtbase_nb.ts holds those few words, written by hand, and is only
# compiled here.
# Usage: scripts/update_translations.sh [--compile-only]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="$root/.venv/bin"
dir="$root/src/vidfeedback/resources/translations"
if [[ "${1:-}" != "--compile-only" ]]; then
    for target in nb:nb_NO nn:nn_NO sv:sv_SE en:en; do
        "$bin/pyside6-lupdate" "$root"/src/vidfeedback/ui/*.py -no-obsolete -locations relative \
            -target-language "${target#*:}" -ts "$dir/vidfeedback_${target%%:*}.ts"
    done
fi
for ts in "$dir"/*.ts; do
    "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
