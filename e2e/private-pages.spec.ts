import { type APIRequestContext, expect, test } from "@playwright/test";
import { PUBLIC_ROUTES } from "../front-server/public-routes";
import { hashPagePassword } from "../lib/page-access/password-hash";
import { generateReadToken } from "../lib/page-access/read-token";
import { browseUntil, startOidcProvider } from "../lib/testing/oidc-provider";
import { PRIVATE_ORIGIN, sql, startPrivatePagesServer } from "./support/private-pages-server";

// Who may read a page, against the production build with two edge workers: for every kind, every public route of
// the route table refuses an anonymous reader without naming anything, and serves an allowed one, privately.

test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ baseURL: PRIVATE_ORIGIN });

let server: Awaited<ReturnType<typeof startPrivatePagesServer>>;
let oidc: Awaited<ReturnType<typeof startOidcProvider>>;
let urls: string[] = [];
let names: string[] = [];
const readToken = generateReadToken();

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await startPrivatePagesServer();
  oidc = await startOidcProvider({ clientId: "beacon", redirectUri: `${PRIVATE_ORIGIN}/access/oidc/callback` });
  const [incident] = await sql<{ id: string; name: string }>(`SELECT id, name FROM "Incident" ORDER BY "startedAt" LIMIT 1`);
  const [maintenance] = await sql<{ id: string; name: string }>(`SELECT id, name FROM "ScheduledMaintenance" LIMIT 1`);
  const components = await sql<{ slug: string; name: string }>(`SELECT slug, name FROM "Component" WHERE showcase ORDER BY position`);
  names = [incident.name, maintenance.name, ...components.map((c) => c.name)];
  const fill = (url: string) =>
    url.replace("{incident}", incident.id).replace("{maintenance}", maintenance.id).replace("{component}", components[0].slug);
  urls = PUBLIC_ROUTES.flatMap((route) => route.samples.map(fill));
  await sql(
    `INSERT INTO "PageSettings" (id, slug, name, url, "timeZone", "updatedAt") VALUES ('page', 'default', 'Acme Status', $1, 'UTC', now()) ON CONFLICT (id) DO NOTHING`,
    [PRIVATE_ORIGIN],
  );
});

test.afterAll(async () => {
  await oidc?.close();
  await server?.stop();
});

let epoch = 0;
/** Sets who may read the page, as an owner's save does, and waits until Beacon gates with it. */
async function setAccess(request: APIRequestContext, rule: Record<string, unknown>) {
  epoch += 1;
  const row = {
    kind: "public",
    passwordHash: null,
    cidrs: [],
    allowedEmails: [],
    allowedDomains: [],
    oidcIssuer: null,
    oidcClientId: null,
    oidcClientSecretSealed: null,
    ...rule,
  };
  await sql(
    `INSERT INTO "PageAccess" ("pageId", kind, epoch, "passwordHash", cidrs, "allowedEmails", "allowedDomains", "oidcIssuer", "oidcClientId", "readTokenHash", "updatedAt")
     VALUES ('page', $1, $2, $3, $4, $5, $6, $7, $8, $9, now())
     ON CONFLICT ("pageId") DO UPDATE SET kind = $1, epoch = $2, "passwordHash" = $3, cidrs = $4, "allowedEmails" = $5, "allowedDomains" = $6, "oidcIssuer" = $7, "oidcClientId" = $8, "readTokenHash" = $9, "updatedAt" = now()`,
    [row.kind, epoch, row.passwordHash, row.cidrs, row.allowedEmails, row.allowedDomains, row.oidcIssuer, row.oidcClientId, readToken.hash],
  );
  const expected = row.kind === "public" ? 200 : row.kind === "ip" ? 403 : 401;
  // Two kinds share a status (401): the sign-in page names its own form, so the wait ends on this very rule.
  const signInPath = expected === 401 ? `/access/${row.kind}` : "";
  await expect(async () => {
    const answer = await request.get("/", { headers: { "x-forwarded-for": "192.0.2.1" } });
    expect(answer.status()).toBe(expected);
    expect(await answer.text()).toContain(signInPath);
  }).toPass({ timeout: 20_000 });
}

async function expectRefusedEverywhere(request: APIRequestContext, headers: Record<string, string> = {}) {
  for (const url of urls) {
    const answer = await request.get(url, { headers, maxRedirects: 0 });
    expect([401, 403], url).toContain(answer.status());
    expect(answer.headers()["cache-control"], url).toBe("private, no-store");
    expect(answer.headers()["x-robots-tag"], url).toBe("noindex");
    const body = await answer.text();
    for (const name of names) expect(body, `${url} names ${name}`).not.toContain(name);
  }
}

async function expectServedEverywhere(request: APIRequestContext, headers: Record<string, string>) {
  for (const url of urls) {
    const answer = await request.get(url, { headers, maxRedirects: 0 });
    expect(answer.status(), url).toBe(200);
    expect(answer.headers()["cache-control"], url).toBe("private, no-store");
    expect(answer.headers()["x-robots-tag"], url).toBe("noindex");
  }
}

/**
 * Sign-in requests go through fetch, not the `request` fixture: its cookie jar would make every later "anonymous"
 * request a signed-in one. Answers the response and the viewer cookie it set ("name=value").
 */
async function signIn(path: string, form?: Record<string, string>, cookie?: string) {
  const response = await fetch(`${PRIVATE_ORIGIN}${path}`, {
    method: form ? "POST" : "GET",
    body: form ? new URLSearchParams(form) : undefined,
    headers: cookie ? { cookie } : {},
    redirect: "manual",
  });
  const viewer =
    response.headers
      .getSetCookie()
      .find((line) => line.startsWith("beacon_viewer_"))
      ?.split(";")[0] ?? "";
  return { response, viewer };
}

test("a public page is served to everyone, with a sitemap and robots.txt that invite crawlers", async ({ request }) => {
  await setAccess(request, { kind: "public" });
  expect((await request.get("/")).headers()["cache-control"]).not.toContain("private");
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
  expect(await (await request.get("/sitemap.xml")).text()).toContain(`<loc>${PRIVATE_ORIGIN}/</loc>`);
});

test("password: anonymous readers are refused on every public route; the password's cookie opens them all", async ({ request, page }) => {
  await setAccess(request, { kind: "password", passwordHash: await hashPagePassword("journey password") });
  await expectRefusedEverywhere(request);
  // A client navigation (RSC) and a server action's POST meet the same gate.
  expect((await request.get("/history", { headers: { rsc: "1" } })).status()).toBe(401);
  expect((await request.post("/subscribe", { headers: { "next-action": "x" }, data: "" })).status()).toBe(401);
  expect(await (await request.get("/robots.txt")).text()).toMatch(/^Disallow: \/$/m);
  expect(await (await request.get("/sitemap.xml")).text()).not.toContain("<url>");

  // In a browser: the sign-in page's form, as a reader uses it.
  await page.goto(`${PRIVATE_ORIGIN}/history`);
  await page.getByLabel("Password").fill("journey password");
  await page.getByRole("button", { name: "Open the page" }).click();
  await expect(page).toHaveURL(`${PRIVATE_ORIGIN}/history`);
  const cookie = (await page.context().cookies()).find((c) => c.name.startsWith("beacon_viewer_"))!;
  await expectServedEverywhere(request, { cookie: `${cookie.name}=${cookie.value}` });
});

test("password: a signed-in viewer keeps reading every route while the store is down; anonymous readers stay refused", async ({
  request,
}) => {
  const { viewer: cookie } = await signIn("/access/password", { page: "page", password: "journey password", next: "/" });
  expect(cookie).toMatch(/^beacon_viewer_page=/);
  server.proxy.cut();
  try {
    await expect(async () => {
      const answer = await request.get("/badge.json?label=outage", { headers: { cookie } });
      expect(answer.headers()["x-beacon-surface"]).toBe("stale");
    }).toPass({ timeout: 30_000 });
    await expectServedEverywhere(request, { cookie });
    await expectRefusedEverywhere(request);
  } finally {
    server.proxy.restore();
  }
});

test("the read token opens badges, feeds and the API, never the HTML pages", async ({ request }) => {
  for (const url of ["/badge.svg", "/history.atom", "/maintenance.ics", "/api/v2/summary.json"]) {
    expect((await request.get(`${url}?token=${readToken.plaintext}`)).status(), url).toBe(200);
  }
  expect((await request.get(`/?token=${readToken.plaintext}`)).status()).toBe(401);
  expect((await request.get("/badge.svg?token=bpr_wrong")).status()).toBe(401);
});

test("email link: only an allowed address is mailed a link, and the link opens every route", async ({ request }) => {
  await setAccess(request, { kind: "email", allowedDomains: ["acme.test"] });
  await expectRefusedEverywhere(request);
  server.smtp.mails.length = 0;
  for (const email of ["mallory@evil.test", "ann@acme.test"]) {
    const asked = await signIn("/access/email", { page: "page", email, next: "/history" });
    expect(await asked.response.text()).toContain("If this address may read the page");
  }
  await expect.poll(() => server.smtp.mails.length, { timeout: 15_000 }).toBe(1);
  expect(server.smtp.mails[0].envelopeTo).toEqual(["ann@acme.test"]);
  const link = new URL(server.smtp.mails[0].parsed.text!.match(/http:\/\/\S+/)![0]);
  const opened = await request.get(link.pathname + link.search);
  expect(opened.status()).toBe(200); // a button, so a mail scanner's visit uses nothing up
  const signedIn = await signIn("/access/link", { token: link.searchParams.get("token")!, next: "/history" });
  expect(signedIn.response.status).toBe(303);
  await expectServedEverywhere(request, { cookie: signedIn.viewer });
});

test("IP allowlist: addresses outside the ranges get 403 everywhere, those inside are served (behind the trusted proxy)", async ({
  request,
}) => {
  await setAccess(request, { kind: "ip", cidrs: ["198.51.100.0/24"] });
  await expectRefusedEverywhere(request, { "x-forwarded-for": "192.0.2.1" });
  await expectServedEverywhere(request, { "x-forwarded-for": "198.51.100.7" });
});

test("single sign-on: a reader signed in at a real OpenID Connect provider is served every route", async ({ request }) => {
  await setAccess(request, { kind: "oidc", oidcIssuer: oidc.issuer, oidcClientId: "beacon", allowedDomains: ["acme.test"] });
  await expectRefusedEverywhere(request);
  oidc.signInAs("ann", { email: "ann@acme.test", groups: [] });
  const started = await signIn("/access/oidc?page=page&next=/");
  expect(started.response.status).toBe(302);
  const back = await browseUntil(started.response.headers.get("location")!, `${PRIVATE_ORIGIN}/access/oidc/callback`);
  const pending = started.response.headers.getSetCookie()[0].split(";")[0];
  const signedIn = await signIn(back.pathname + back.search, undefined, pending);
  expect(signedIn.response.status).toBe(303);
  await expectServedEverywhere(request, { cookie: signedIn.viewer });
});
