#!/usr/bin/env bash
# `npm test`: unit and integration tests (vitest; integration against real Postgres and PGlite),
# then end-to-end tests (Playwright in Chromium) against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent lint
bash scripts/ensure-test-services.sh
npm run --silent generate
# Built before vitest: the static mirror's journey (front-server/mirror/) serves the production build.
npm run --silent build
npx vitest run
npx playwright test "$@"
