#!/usr/bin/env bash
# Build vidfeedback's sdist and wheel into dist/, then install the wheel into a throwaway virtual
# environment and smoke-test it there, away from the source tree:
#   vidfeedback --version            the version matches the wheel's
#   vidfeedback handin --json ZIP    a Moodle download from ../shared/fixtures is read
#   the app, offscreen, on the demo  in Norwegian, with its icon (packaging/smoke_app.py)
# so a wheel that lacks the demo, the translations or the icon fails here.
#
# Usage: packaging/build.sh [--no-smoke]
# Environment: PYTHON (default python3, 3.11+), FIXTURES (default ../shared/fixtures).
# Needs the network or pip's cache: `build` and the app's dependencies (PySide6 is large) are
# installed into throwaway environments, never into .venv. See packaging/README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
fixtures="${FIXTURES:-$root/../shared/fixtures}"
smoke=1
case "${1:-}" in
    "") ;;
    --no-smoke) smoke=0 ;;
    -h | --help)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "usage: packaging/build.sh [--no-smoke]" >&2
        exit 2
        ;;
esac

say() { echo "build.sh: $*" >&2; }
fail() {
    say "FAILED: $*"
    exit 1
}

work="$(mktemp -d "${TMPDIR:-/tmp}/vidfeedback-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# --- build -------------------------------------------------------------------------------------
# `python -m build` (the PyPA front end) rather than `pip wheel`: pip cannot make an sdist, and
# build makes the wheel *from* the sdist, which proves the sdist is complete. It lives in a
# throwaway environment because neither the app nor its tests need it.
#
# It builds from a clean copy of the tree: the files git tracks plus new ones it does not ignore.
# Building in place would let setuptools reuse src/vidfeedback.egg-info from the editable install,
# whose file list can hide a file that pyproject.toml forgets to ship.
say "building the sdist and wheel ..."
mkdir "$work/source"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    (cd "$root" && git ls-files -z --cached --others --exclude-standard |
        while IFS= read -r -d '' f; do if [[ -e "$f" ]]; then printf '%s\0' "$f"; fi; done |
        tar -cf - --null -T -) | tar -xf - -C "$work/source"
else
    tar -C "$root" -cf - --exclude=.venv --exclude='*.egg-info' --exclude=__pycache__ \
        --exclude=dist --exclude=build . | tar -xf - -C "$work/source"
fi
"$python" -m venv "$work/tools"
"$work/tools/bin/python" -m pip install -q --disable-pip-version-check "build>=1.2"
"$work/tools/bin/python" -m build --outdir "$work/dist" "$work/source" >"$work/build.log" 2>&1 ||
    { cat "$work/build.log" >&2; fail "python -m build"; }

shopt -s nullglob
wheels=("$work"/dist/vidfeedback-*-py3-none-any.whl)
sdists=("$work"/dist/vidfeedback-*.tar.gz)
((${#wheels[@]} == 1 && ${#sdists[@]} == 1)) || fail "expected one wheel and one sdist"
wheel_name="$(basename "${wheels[0]}")"
sdist_name="$(basename "${sdists[0]}")"
version="${wheel_name#vidfeedback-}"
version="${version%%-*}"

# Distribution packagers start from the sdist: it must carry the desktop integration too.
sdist_dir="${sdist_name%.tar.gz}"
tar -tzf "${sdists[0]}" >"$work/sdist.txt"
for f in resources/vidfeedback.desktop packaging/install-desktop.sh \
    src/vidfeedback/resources/icons/vidfeedback.svg; do
    grep -qxF "$sdist_dir/$f" "$work/sdist.txt" || fail "$f is missing from $sdist_name"
done

mkdir -p "$root/dist"
cp -f "${wheels[0]}" "${sdists[0]}" "$root/dist/"
say "dist/$wheel_name ($(du -k "${wheels[0]}" | cut -f1) KiB)"
say "dist/$sdist_name ($(du -k "${sdists[0]}" | cut -f1) KiB)"
((smoke)) || exit 0

# --- smoke test --------------------------------------------------------------------------------
say "installing the wheel into a throwaway environment ..."
"$python" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q --disable-pip-version-check "$root/dist/$wheel_name"
bin="$work/venv/bin"
cd "$work" # nothing from the source tree can be imported from here
unset PYTHONPATH

where="$("$bin/python" -c 'import vidfeedback; print(vidfeedback.__file__)')"
[[ "$where" == "$work/venv/"* ]] || fail "vidfeedback was imported from $where, not the wheel"

said="$("$bin/vidfeedback" --version)"
[[ "$said" == "vidfeedback $version" ]] || fail "--version said '$said', the wheel is $version"
say "ok: $said"

handin="$fixtures/handins/moodle-4.1/NOR1234-Argumenterende tekst-5521.zip"
[[ -f "$handin" ]] || fail "no fixture at $handin (set FIXTURES=path/to/shared/fixtures)"
"$bin/vidfeedback" handin --json "$handin" >"$work/handin.json" || fail "vidfeedback handin"
"$bin/python" - "$work/handin.json" <<'EOF' || fail "vidfeedback handin read the zip wrongly"
import json, sys
found = json.load(open(sys.argv[1], encoding="utf-8"))
assert found["layout"] == "moodle", found["layout"]
assert len(found["students"]) == 5, [s["display_name"] for s in found["students"]]
EOF
say "ok: vidfeedback handin found the 5 students of the Moodle fixture"

"$bin/python" "$root/packaging/smoke_app.py" -- "$bin/vidfeedback" || fail "the app"
say "all good: dist/$wheel_name and dist/$sdist_name"
