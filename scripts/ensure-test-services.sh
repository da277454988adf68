#!/usr/bin/env bash
# Makes sure the two things the tests need outside npm are here: a PostgreSQL server on 127.0.0.1:5432
# and Debian's Chromium. As root on Debian/Ubuntu it installs/starts them; otherwise it says what to do.
# It never lets the Postgres or browser tests be skipped silently.
set -euo pipefail

PG_HOST=127.0.0.1
PG_PORT=5432
CHROMIUM="${BEACON_CHROMIUM_PATH:-/usr/bin/chromium}"
is_root_on_debian() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

pg_up() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" 2>/dev/null || (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null; }

if ! pg_up; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    if is_root_on_debian; then
      echo "[tests] installing PostgreSQL (apt-get install postgresql)"
      DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >/dev/null
    else
      echo "[tests] PostgreSQL is required on $PG_HOST:$PG_PORT with trust auth for user postgres." >&2
      echo "        Install it (Debian/Ubuntu: sudo apt-get install -y postgresql) and start it, or set" >&2
      echo "        BEACON_TEST_POSTGRES_URL to a local server the tests may create databases on." >&2
      exit 1
    fi
  fi
  version=$(ls /etc/postgresql | sort -V | tail -1)
  echo "[tests] starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_up && break; sleep 1; done
  pg_up || { echo "[tests] PostgreSQL did not come up on $PG_HOST:$PG_PORT" >&2; exit 1; }
fi

if [ ! -x "$CHROMIUM" ]; then
  if is_root_on_debian; then
    echo "[tests] installing Chromium (apt-get install chromium)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null || {
      apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null
    }
  else
    echo "[tests] Chromium is required for the end-to-end tests at $CHROMIUM." >&2
    echo "        Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set BEACON_CHROMIUM_PATH." >&2
    exit 1
  fi
fi

if ! command -v prometheus >/dev/null 2>&1; then
  if is_root_on_debian; then
    echo "[tests] installing Prometheus (apt-get install prometheus) for the metrics scrape test"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus >/dev/null || {
      apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus >/dev/null
    }
  else
    echo "[tests] Prometheus is required for the metrics scrape test (Debian/Ubuntu: sudo apt-get install -y prometheus)." >&2
    exit 1
  fi
fi

if [ ! -x /usr/bin/prometheus-alertmanager ]; then
  if is_root_on_debian; then
    echo "[tests] installing Alertmanager (apt-get install prometheus-alertmanager) for the alert integration journey"
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus-alertmanager >/dev/null || {
      apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus-alertmanager >/dev/null
    }
  else
    echo "[tests] Alertmanager is required for the alert integration journey (Debian/Ubuntu: sudo apt-get install -y prometheus-alertmanager)." >&2
    exit 1
  fi
fi
