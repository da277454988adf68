import { defineConfig } from "@playwright/test";
import { baseUrl, NGINX_FRONT_URL } from "./e2e/support/servers";

const chromium = process.env.BEACON_CHROMIUM_PATH ?? "/usr/bin/chromium";

const server = (kind: string, name: Parameters<typeof baseUrl>[0]) => ({
  command: `bash e2e/support/start-server.sh ${kind}`,
  // A static file: ready even when the store-down server answers pages with its error page.
  url: `${baseUrl(name)}/icon.svg`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: "ignore" as const,
});

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: 1,
  workers: 2,
  reporter: [["list"]],
  use: {
    trace: "on-first-retry",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  projects: [
    {
      name: "embedded",
      use: { baseURL: baseUrl("embedded") },
      testIgnore:
        /postgres-only|store-down|admin-journey|empty-store|third-party-embed|resilience|subscribe|maintenance-page|alert-integrations|behind-nginx|two-factor|private-pages|several-pages/,
    },
    {
      name: "postgres",
      use: { baseURL: baseUrl("postgres") },
      testIgnore:
        /store-down|admin-journey|empty-store|third-party-embed|resilience|subscribe|maintenance-page|alert-integrations|behind-nginx|two-factor|private-pages|several-pages/,
    },
    // Two more pages on two host names: their own servers, so no other journey's page shows these incidents.
    { name: "pages", use: { baseURL: baseUrl("pages") }, testMatch: /several-pages\.spec/ },
    { name: "pages-postgres", use: { baseURL: baseUrl("pagesPostgres") }, testMatch: /several-pages\.spec/ },
    { name: "admin-journey", use: { baseURL: baseUrl("adminJourney") }, testMatch: /admin-journey\.spec/ },
    // Same server, after the journey: both change its overall status.
    {
      name: "admin-api",
      use: { baseURL: baseUrl("adminJourney") },
      testMatch: /admin-journey-(api|roles)/,
      dependencies: ["admin-journey"],
    },
    { name: "empty-store", use: { baseURL: baseUrl("emptyStore") }, testMatch: /empty-store/ },
    { name: "embed", use: { baseURL: baseUrl("embed") }, testMatch: /third-party-embed/ },
    { name: "alerts", use: { baseURL: baseUrl("alerts") }, testMatch: /alert-integrations\.spec/ },
    // Maintenance in progress changes the overall status: on this server no other journey looks at it.
    { name: "subscriptions", use: { baseURL: baseUrl("subscriptions") }, testMatch: /subscribe\.spec|maintenance-page\.spec/ },
    { name: "behind-nginx", use: { baseURL: NGINX_FRONT_URL }, testMatch: /behind-nginx\.spec/ },
    // Same server, after the journey: the owner's sign-in asks for a code from then on.
    { name: "two-factor", use: { baseURL: NGINX_FRONT_URL }, testMatch: /two-factor\.spec/, dependencies: ["behind-nginx"] },
    { name: "outage", use: { baseURL: baseUrl("outage") }, testMatch: /resilience/ },
    { name: "store-down", use: { baseURL: baseUrl("storeDown") }, testMatch: /store-down/ },
    // Starts its own server (e2e/support/private-pages-server.ts): Postgres behind a proxy it cuts, SMTP, an OIDC provider.
    { name: "private-pages", testMatch: /private-pages\.spec/ },
  ],
  webServer: [
    server("embedded", "embedded"),
    server("postgres", "postgres"),
    server("store-down", "storeDown"),
    server("admin-journey", "adminJourney"),
    server("empty-store", "emptyStore"),
    server("embed", "embed"),
    server("alerts", "alerts"),
    server("outage", "outage"),
    server("subscriptions", "subscriptions"),
    server("pages", "pages"),
    server("pages-postgres", "pagesPostgres"),
    server("behind-nginx", "behindNginx"),
    {
      command: `node --import tsx e2e/support/nginx-front.ts ${new URL(baseUrl("behindNginx")).port}`,
      url: `${NGINX_FRONT_URL}/icon.svg`,
      reuseExistingServer: false,
      timeout: 180_000, // may install nginx-light first
      stdout: "ignore" as const,
    },
    {
      command: "bash e2e/support/start-server.sh mail-catcher",
      url: "http://127.0.0.1:2526/health",
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore" as const,
    },
  ],
});
