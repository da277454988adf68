#!/usr/bin/env bash
# Starts one production server for the journeys with a fresh store: embedded | postgres | admin-journey | empty-store | store-down.
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=$1
export BEACON_DB_CONNECT_TIMEOUT_MS=1000
export BEACON_ADMIN_EMAIL=owner@example.com BEACON_ADMIN_PASSWORD=correct-horse-battery-staple
case "$kind" in
  embedded)
    rm -rf .e2e-data/pglite
    BEACON_DATA_DIR=.e2e-data/pglite exec npx next start -H 127.0.0.1 -p 3100 ;;
  postgres)
    psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE IF EXISTS beacon_e2e WITH (FORCE)' -c 'CREATE DATABASE beacon_e2e'
    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/beacon_e2e exec npx next start -H 127.0.0.1 -p 3101 ;;
  admin-journey)
    rm -rf .e2e-data/admin-journey
    BEACON_DATA_DIR=.e2e-data/admin-journey exec npx next start -H 127.0.0.1 -p 3103 ;;
  empty-store)
    rm -rf .e2e-data/empty-store
    BEACON_SEED_DEMO=false BEACON_DATA_DIR=.e2e-data/empty-store exec npx next start -H 127.0.0.1 -p 3104 ;;
  store-down)
    DATABASE_URL=postgresql://postgres@127.0.0.1:1/unreachable exec npx next start -H 127.0.0.1 -p 3102 ;;
esac
