#!/usr/bin/env bash
# Prepares a database for Groundswell on a local PostgreSQL server: starts the server if it is
# installed but down, then creates the role and the database when they are missing.
#
#   deploy/prepare-postgres.sh [--database NAME] [--user NAME] [--password PW] [--reset]
#
# Connects as $PGUSER (default postgres) to $PGHOST:$PGPORT (default 127.0.0.1:5432). --reset drops
# the database first (for test runs). Groundswell's own tables are created by its Flyway
# migrations on first start, not here.
set -euo pipefail

database=groundswell
user=groundswell
password=groundswell
reset=false
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --password) password=$2; shift 2 ;;
    --reset) reset=true; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

if ! pg_isready -q; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    echo "PostgreSQL is down; starting cluster $version/main"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
    for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
  fi
  pg_isready -q || { echo "PostgreSQL is not reachable at $PGHOST:$PGPORT" >&2; exit 1; }
fi

psql_admin() { psql -v ON_ERROR_STOP=1 -qtA -d postgres "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != 1 ]; then
  psql_admin -c "CREATE ROLE \"$user\" LOGIN PASSWORD '$password'"
  echo "created role $user"
fi
if [ "$reset" = true ]; then
  psql_admin -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]; then
  psql_admin -c "CREATE DATABASE \"$database\" OWNER \"$user\" ENCODING 'UTF8' TEMPLATE template0"
  echo "created database $database (owner $user)"
fi
echo "PostgreSQL ready: jdbc:postgresql://$PGHOST:$PGPORT/$database (user $user)"
