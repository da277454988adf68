// The production servers the journeys run against (all server.ts on one `next build`).
export const SERVERS = {
  embedded: { port: 3100, note: "embedded PGlite in a fresh data folder" },
  postgres: { port: 3101, note: "real Postgres, a fresh database" },
  storeDown: { port: 3102, note: "DATABASE_URL pointing at a port where nothing listens" },
  emptyStore: { port: 3104, note: "embedded PGlite without the demo: an admin sets the page up from nothing" },
  adminJourney: { port: 3103, note: "embedded PGlite of its own, so incidents posted here change no other test's page" },
  embed: { port: 3105, note: "embedded PGlite of its own, for the third-party embedding journey" },
  subscriptions: { port: 3107, note: "embedded PGlite with SMTP pointed at the test mail catcher (SMTP 2525, mails at :2526/mails)" },
  behindNginx: { port: 3108, note: "embedded PGlite behind nginx configured as the README says (e2e/support/nginx-front.ts)" },
  alerts: { port: 3109, note: "embedded PGlite of its own: alert integrations open, publish and recover incidents here" },
  pages: { port: 3115, note: "embedded PGlite of its own: two more pages on two host names (e2e/pages.spec.ts)" },
  pagesPostgres: { port: 3116, note: "real Postgres (database beacon_e2e_pages): the same journey of several pages" },
  outage: { port: 3106, note: "Postgres behind a TCP proxy the journey cuts and freezes (e2e/support/outage-harness.ts)" },
} as const;

export const E2E_DATABASE = "beacon_e2e";

/** The outage journey's harness: its control port and database (reached directly, not through the proxy). */
export const OUTAGE = {
  controlPort: Number(process.env.BEACON_E2E_OUTAGE_CONTROL_PORT ?? 3190),
  database: process.env.BEACON_E2E_OUTAGE_DATABASE ?? "beacon_outage",
};
export const E2E_DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${E2E_DATABASE}`;
export const baseUrl = (server: keyof typeof SERVERS) => `http://127.0.0.1:${SERVERS[server].port}`;

/** The first owner each journey server is started with (e2e/support/start-server.sh). */
export const OWNER = { email: "owner@example.com", password: "correct-horse-battery-staple" };

/** Where nginx listens in front of the behindNginx server: port 80, as in the README (its Host $host has no port). */
export const NGINX_FRONT_URL = "http://127.0.0.1";
