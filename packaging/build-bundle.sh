#!/usr/bin/env bash
# Build a one-folder bundle of CoopDesk in dist/coopdesk (PyInstaller).  Run on the target
# platform (Windows bundles are built on Windows).  The Linux target still needs the
# system GL/X/font libraries listed in setup-debian.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash packaging/setup-debian.sh
.venv/bin/pip install -q "pyinstaller>=6"
.venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/coopdesk.spec
echo "bundle: dist/coopdesk/coopdesk"
