#!/usr/bin/env bash
# Start CoopDesk on a fresh Debian 12 machine: installs what it needs on first run
# (system libraries for Qt, a venv in .venv), then opens the app on the SQLite file in
# the user's data folder (~/.local/share/CoopDesk/coopdesk.db), or under Xvfb when there
# is no display.  Extra arguments go to the app (e.g. --db PATH, --lang en).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/packaging/setup-debian.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting on a virtual screen (Xvfb)." >&2
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$here/.venv/bin/coopdesk" "$@"
fi
exec "$here/.venv/bin/coopdesk" "$@"
