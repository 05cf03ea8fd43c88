#!/usr/bin/env bash
# Install (Debian's package), start and prepare a local PostgreSQL server for the store tests.
# Prints the URL the tests use. Safe to run again: every step checks before it acts.
set -euo pipefail
# Only the URL goes to stdout (the caller captures it); every step's chatter (pg_ctlcluster prints
# "Removed stale pid file." on a restarted machine) goes to stderr.
exec 3>&1 1>&2
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q .; then
    pg_createcluster "$version" main >/dev/null
fi
cluster=$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')
if ! pg_lsclusters -h | head -1 | grep -q online; then
    # A socket lock left by a server that died with its machine names a PID the system may since have
    # given to another process; the server then refuses to start. Remove it unless a postgres owns it.
    lockport=$(pg_lsclusters -h | head -1 | awk '{print $3}')
    for lock in /var/run/postgresql/.s.PGSQL.$lockport.lock; do
        [ -e "$lock" ] || continue
        owner=$(head -1 "$lock")
        if [ "$(cat /proc/$owner/comm 2>/dev/null)" != postgres ]; then rm -f "$lock"; fi
    done
    # 3>&-: the server must not inherit the caller's stdout pipe, or the caller's $(...) never ends.
    pg_ctlcluster $cluster start 3>&-
fi
port=$(pg_lsclusters -h | head -1 | awk '{print $3}')
su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='rasd'\"" | grep -q 1 ||
    su postgres -c "psql -p $port -qc \"CREATE ROLE rasd LOGIN CREATEDB PASSWORD 'rasd'\""
su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_database WHERE datname='rasd_test'\"" | grep -q 1 ||
    su postgres -c "createdb -p $port -O rasd rasd_test"
echo "postgresql://rasd:rasd@127.0.0.1:$port/rasd_test" >&3
