#!/usr/bin/env bash
# Install (Debian's package), start and prepare a local PostgreSQL server for the store tests.
# Prints the URL the tests use. Safe to run again: every step checks before it acts.
set -euo pipefail
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
    pg_ctlcluster $cluster start
fi
port=$(pg_lsclusters -h | head -1 | awk '{print $3}')
su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='rasd'\"" | grep -q 1 ||
    su postgres -c "psql -p $port -qc \"CREATE ROLE rasd LOGIN CREATEDB PASSWORD 'rasd'\""
su postgres -c "psql -p $port -qtAc \"SELECT 1 FROM pg_database WHERE datname='rasd_test'\"" | grep -q 1 ||
    su postgres -c "createdb -p $port -O rasd rasd_test"
echo "postgresql://rasd:rasd@127.0.0.1:$port/rasd_test"
