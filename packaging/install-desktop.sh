#!/usr/bin/env bash
# Put vidfeedback into the Linux desktop's menus: installs the .desktop entry, the AppStream
# metainfo and the icon under PREFIX (default ~/.local, just for you; /usr/local for everyone,
# as root), then refreshes the menu and icon caches.
#
# Usage: packaging/install-desktop.sh [--exec COMMAND] [--uninstall] [PREFIX]
#   --exec COMMAND  what the menu entry runs (default: vidfeedback, found on PATH), e.g.
#                   --exec "$PWD/.venv/bin/vidfeedback" for a development checkout
#   --uninstall     remove what an earlier run installed under PREFIX
#
# The app itself is installed separately (pipx install vidfeedback, pip install --user, or a
# virtual environment); this script only adds the desktop integration around it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec_cmd="vidfeedback"
uninstall=0
prefix=""
while (($#)); do
    case "$1" in
        --exec)
            [[ $# -ge 2 ]] || { echo "--exec needs a command" >&2; exit 2; }
            exec_cmd="$2"
            shift 2
            ;;
        --uninstall) uninstall=1; shift ;;
        -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) prefix="$1"; shift ;;
    esac
done
prefix="${prefix:-$HOME/.local}"

desktop_id="vidfeedback.desktop" # the name the app gives Qt (setDesktopFileName)
metainfo_name="io.github.vidfeedback.vidfeedback.metainfo.xml"
apps="$prefix/share/applications"
metainfo="$prefix/share/metainfo"
icons="$prefix/share/icons/hicolor"
installed=("$apps/$desktop_id" "$metainfo/$metainfo_name" "$icons/scalable/apps/vidfeedback.svg")

refresh_caches() {
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$apps" || true
    fi
    touch "$icons" 2>/dev/null || true # icon themes notice a changed folder
    if command -v gtk-update-icon-cache >/dev/null && [[ -f "$icons/index.theme" ]]; then
        gtk-update-icon-cache -q -t "$icons" || true
    fi
}

if ((uninstall)); then
    rm -f "${installed[@]}"
    mkdir -p "$apps" "$icons"
    refresh_caches
    echo "removed vidfeedback's menu entry, metainfo and icon from $prefix"
    exit 0
fi

# Exec must be one word or a quoted path; the desktop entry spec escapes quotes and backslashes.
case "$exec_cmd" in
    *[\"\`\$\\%]*) echo "--exec: use a command without quotes, backquotes, \$, \\ or %" >&2; exit 2 ;;
    *" "*) exec_line="\"$exec_cmd\" %f" ;;
    *) exec_line="$exec_cmd %f" ;;
esac
if ! command -v "$exec_cmd" >/dev/null; then
    echo "note: '$exec_cmd' cannot be run here; the menu entry will not start until it can" >&2
    echo "      (install the app, or pass --exec /path/to/vidfeedback)" >&2
fi

# The user's current program for zip files: the entry offers vidfeedback for hand-in zips, and
# in a user's own prefix that would otherwise take over double-clicking every zip on some desktops.
zip_default=""
own_prefix=0
[[ "$prefix/share" == "${XDG_DATA_HOME:-$HOME/.local/share}" ]] && own_prefix=1
if ((own_prefix)) && command -v xdg-mime >/dev/null; then
    zip_default="$(xdg-mime query default application/zip 2>/dev/null || true)"
fi

mkdir -p "$apps" "$metainfo" "$icons/scalable/apps"
while IFS= read -r line; do
    [[ "$line" == Exec=* ]] && line="Exec=$exec_line"
    printf '%s\n' "$line"
done <"$root/resources/vidfeedback.desktop" >"$apps/$desktop_id.tmp"
chmod 644 "$apps/$desktop_id.tmp"
mv -f "$apps/$desktop_id.tmp" "$apps/$desktop_id"
install -m 644 "$root/resources/$metainfo_name" "$metainfo/$metainfo_name"
install -m 644 "$root/src/vidfeedback/resources/icons/vidfeedback.svg" \
    "$icons/scalable/apps/vidfeedback.svg"
refresh_caches

if [[ -n "$zip_default" && "$zip_default" != "$desktop_id" ]]; then
    now="$(xdg-mime query default application/zip 2>/dev/null || true)"
    if [[ "$now" != "$zip_default" ]]; then
        xdg-mime default "$zip_default" application/zip || true
    fi
fi

echo "installed vidfeedback's menu entry, metainfo and icon under $prefix (Exec=$exec_line)"
