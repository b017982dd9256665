#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine: installs what it needs (system
# packages, a venv in .venv), starts a private PostgreSQL server on loopback, runs
# ruff and pytest (SQLite + PostgreSQL + GUI offscreen + CLI end to end), stops the server.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash packaging/setup-debian.sh --tests

PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGROOT=$(mktemp -d /tmp/coopdesk-pg.XXXXXX)
PGPORT=${COOPDESK_TEST_PG_PORT:-54329}
install -d -o postgres -g postgres -m 700 "$PGROOT/data" "$PGROOT/run"
chown postgres "$PGROOT"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT/run -c fsync=off" start >/dev/null
stop_pg() { kill -INT "$(head -1 "$PGROOT/data/postmaster.pid")" 2>/dev/null || true; }
trap stop_pg EXIT

export COOPDESK_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PGPORT/postgres"
export COOPDESK_REQUIRE_PG=1
export QT_QPA_PLATFORM=offscreen

.venv/bin/ruff check coopdesk tests
.venv/bin/lint-imports
.venv/bin/python -m pytest "$@"
