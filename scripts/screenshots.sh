#!/usr/bin/env bash
# Render screenshots of the main screens (assignment view, preparation, recording toolbar with
# the planned points, review) into docs/screenshots/, in English, Norwegian bokmål and nynorsk,
# and Swedish, on a private Xvfb screen.
# Usage: scripts/screenshots.sh [output-folder]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/docs/screenshots}"
"$root/scripts/bootstrap.sh" test >/dev/null

display=""
for n in $(seq 120 160); do
    if [[ ! -e "/tmp/.X$n-lock" && ! -e "/tmp/.X11-unix/X$n" ]]; then display=":$n"; break; fi
done
[[ -n "$display" ]] || { echo "screenshots: no free X display" >&2; exit 1; }
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp -ac >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done

export DISPLAY="$display" QT_QPA_PLATFORM=xcb
unset PULSE_SERVER
for lang in en nb nn sv; do
    "$root/.venv/bin/python" "$root/scripts/screenshots.py" "$out" "$lang"
done
