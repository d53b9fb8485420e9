#!/usr/bin/env bash
# Set up everything vidfeedback needs on a Debian/Ubuntu machine: system packages, then a
# virtual environment in .venv with the package installed in editable mode.
# Usage: scripts/bootstrap.sh app|test
# Idempotent and quick when nothing changed (a stamp file records what was installed).
set -euo pipefail

purpose="${1:-app}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"

# What the app needs to run: PortAudio for the microphone, the Qt xcb platform libraries, a font.
app_packages=(
    libportaudio2 libasound2-plugins libpulse0 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3
    libfontconfig1 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xkb1
    libxcb-shape0 libxcb-xinerama0 libxcb-cursor0 libxcb-randr0 libxcb-xfixes0 fonts-dejavu-core
    libxcb-sync1
)
# What the tests add: a virtual screen (and a compositing manager for it) and microphone, a voice,
# hands (xdotool), a player, a browser, and the validators for the desktop entry and metainfo.
test_packages=(
    xvfb x11-utils x11-xserver-utils xcompmgr pulseaudio pulseaudio-utils espeak-ng sox ffmpeg xdotool
    chromium desktop-file-utils appstream
)

packages=("${app_packages[@]}")
if [[ "$purpose" == "test" ]]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if ((${#missing[@]})); then
    if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
        echo "vidfeedback: installing system packages: ${missing[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "vidfeedback: these system packages are missing: ${missing[*]}" >&2
        echo "Install them with:" >&2
        echo "    sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi

python="${PYTHON:-python3}"
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "vidfeedback: Python 3.11 or newer is needed (found: $("$python" --version 2>&1))." >&2
    exit 1
fi

stamp="$venv/.vidfeedback-stamp"
want="$(cat "$root/pyproject.toml" | sha256sum | cut -d' ' -f1)"
if [[ ! -x "$venv/bin/python" ]]; then
    if ! "$python" -m venv "$venv" 2>/dev/null; then
        echo "vidfeedback: could not create a virtual environment." >&2
        echo "Install venv support with:  sudo apt-get install -y python3-venv" >&2
        exit 1
    fi
fi
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    echo "vidfeedback: installing Python packages into .venv ..." >&2
    "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$venv/bin/python" -m pip install -q -e "$root[dev]"
    echo "$want" >"$stamp"
fi
