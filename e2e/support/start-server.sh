#!/usr/bin/env bash
# Starts one production server (server.ts) for the journeys with a fresh store: embedded | postgres | pages | pages-postgres | admin-journey | empty-store | alerts | embed | subscriptions | behind-nginx | mail-catcher | outage | store-down.
set -euo pipefail
cd "$(dirname "$0")/../.."
kind=$1
export BEACON_DB_CONNECT_TIMEOUT_MS=1000
export BEACON_ADMIN_EMAIL=owner@example.com BEACON_ADMIN_PASSWORD=correct-horse-battery-staple
case "$kind" in
  embedded)
    rm -rf .e2e-data/pglite
    BEACON_DATA_DIR=.e2e-data/pglite exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3100 ;;
  postgres)
    psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE IF EXISTS beacon_e2e WITH (FORCE)' -c 'CREATE DATABASE beacon_e2e'
    rm -rf .e2e-data/postgres
    BEACON_DATA_DIR=.e2e-data/postgres DATABASE_URL=postgresql://postgres@127.0.0.1:5432/beacon_e2e exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3101 ;;
  admin-journey)
    rm -rf .e2e-data/admin-journey
    BEACON_DATA_DIR=.e2e-data/admin-journey BEACON_MONITOR_ALLOW_PRIVATE_NETWORKS=true exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3103 ;;
  empty-store)
    rm -rf .e2e-data/empty-store
    BEACON_SEED_DEMO=false BEACON_DATA_DIR=.e2e-data/empty-store exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3104 ;;
  alerts)
    rm -rf .e2e-data/alerts
    BEACON_DATA_DIR=.e2e-data/alerts exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3109 ;;
  embed)
    rm -rf .e2e-data/embed
    BEACON_DATA_DIR=.e2e-data/embed exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3105 ;;
  subscriptions)
    rm -rf .e2e-data/subscriptions
    BEACON_DATA_DIR=.e2e-data/subscriptions BEACON_PUBLIC_URL=http://127.0.0.1:3107 \
      BEACON_SMTP_HOST=127.0.0.1 BEACON_SMTP_PORT=2525 BEACON_SMTP_SECURE=false BEACON_SMTP_FROM="Beacon <status@beacon.test>" \
      exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3107 ;;
  behind-nginx)
    rm -rf .e2e-data/behind-nginx
    BEACON_DATA_DIR=.e2e-data/behind-nginx BEACON_PUBLIC_URL=http://127.0.0.1 BEACON_TRUSTED_PROXIES=127.0.0.1/32 \
      exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3108 ;;
  mail-catcher)
    exec node --import tsx e2e/support/mail-catcher.ts 2525 2526 ;;
  pages)
    rm -rf .e2e-data/pages
    BEACON_DATA_DIR=.e2e-data/pages exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3115 ;;
  pages-postgres)
    psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP DATABASE IF EXISTS beacon_e2e_pages WITH (FORCE)' -c 'CREATE DATABASE beacon_e2e_pages'
    rm -rf .e2e-data/pages-postgres
    BEACON_DATA_DIR=.e2e-data/pages-postgres DATABASE_URL=postgresql://postgres@127.0.0.1:5432/beacon_e2e_pages exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3116 ;;
  outage)
    rm -rf .e2e-data/outage
    exec node --import tsx e2e/support/outage-harness.ts 3106 3190 ;;
  store-down)
    rm -rf .e2e-data/store-down # no public surface kept from an earlier run: this server has never seen its store
    BEACON_DATA_DIR=.e2e-data/store-down DATABASE_URL=postgresql://postgres@127.0.0.1:1/unreachable exec node .next/beacon/server.mjs -H 127.0.0.1 -p 3102 ;;
esac
