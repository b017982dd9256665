#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian 12 machine: system libraries Qt needs,
# PostgreSQL and poppler (for the tests), and a virtual environment in .venv.
# Sourced by run-app.sh and run-tests.sh; safe to run again (it skips what is done).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$here/.venv"
want_tests="${1:-}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

apt_pkgs=(python3 python3-venv python3-pip libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6
  libglib2.0-0 libdbus-1-3 fonts-dejavu-core
  xvfb xauth libx11-xcb1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1)
if [ "$want_tests" = "--tests" ]; then
  apt_pkgs+=(postgresql poppler-utils)
fi
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing system packages: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

py=python3
stamp="$venv/.installed-$(sha1sum "$here/pyproject.toml" | cut -c1-12)${want_tests:+-tests}"
if [ ! -f "$stamp" ]; then
  echo "setup: preparing the Python environment in $venv" >&2
  [ -x "$venv/bin/python" ] || $py -m venv "$venv"
  "$venv/bin/pip" install -q --upgrade pip >/dev/null
  if [ "$want_tests" = "--tests" ]; then
    "$venv/bin/pip" install -q -e "$here[test]"
  else
    "$venv/bin/pip" install -q -e "$here"
  fi
  rm -f "$venv"/.installed-*
  touch "$stamp"
fi
