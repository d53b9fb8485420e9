#!/usr/bin/env bash
# Run the vidfeedback app. With no argument it opens the built-in demo assignment;
# pass a hand-in folder or zip to open that. All sub-commands work too: ./run.sh --help
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$root/scripts/bootstrap.sh" app
exec "$root/.venv/bin/vidfeedback" "$@"
