import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Another site (a different origin: 127.0.0.2) embeds Beacon's badge, widget and script; an incident opened in
// the admin shows up there without a reload. Runs against its own server ("embed" project), which it changes.

const NAME = "Checkout API returning 502 errors";
let thirdParty: Server;
let hostUrl = "";

function hostPage(beacon: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme shop</title>
<style>* { color: red !important; } div { display: none !important; }</style></head>
<body><h1>Acme shop</h1>
<img id="badge" alt="Service status" src="${beacon}/badge.svg">
<iframe id="widget" title="Service status" src="${beacon}/embed?theme=dark" width="320" height="140" style="border:0"></iframe>
<script src="${beacon}/embed.js" data-refresh-seconds="5" async></script>
</body></html>`;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  thirdParty = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(hostPage(baseURL!));
  });
  await new Promise<void>((resolve) => thirdParty.listen(0, "127.0.0.2", resolve));
  hostUrl = `http://127.0.0.2:${(thirdParty.address() as AddressInfo).port}/`;
});

test.afterAll(() => new Promise<void>((resolve) => thirdParty.close(() => resolve())));

async function openIncident(browser: Browser, beacon: string): Promise<{ admin: Page; url: string }> {
  const context = await browser.newContext({ baseURL: beacon });
  const admin = await context.newPage();
  await signInAsOwner(admin);
  await admin.getByRole("link", { name: "Open an incident" }).click();
  await admin.getByLabel("Incident name").fill(NAME);
  await admin.getByLabel("Impact").selectOption("critical");
  await admin.getByLabel("Backend API", { exact: true }).selectOption("major_outage");
  await admin.getByLabel("First update (markdown)").fill("We are investigating 502 errors from the checkout API.");
  await admin.getByRole("button", { name: "Open incident" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: NAME })).toBeVisible({ timeout: 30_000 }); // scrypt + render on a busy machine
  return { admin, url: admin.url() };
}

/** Leaves the server operational again, so a retry starts from the same state. */
async function resolveIncident(admin: Page, url: string) {
  await admin.goto(url);
  await admin.getByLabel("New status").selectOption("resolved");
  await admin.getByLabel("Message (markdown)").fill("Resolved.");
  await admin.getByRole("button", { name: "Post update" }).click();
  await expect(admin.locator("[data-update-status]").first()).toHaveAttribute("data-update-status", "resolved");
}

test("only the widget may be framed", async ({ request }) => {
  const home = await request.get("/");
  expect(home.headers()["x-frame-options"]).toBe("DENY");
  expect(home.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  const widget = await request.get("/embed");
  expect(widget.status()).toBe(200);
  expect(widget.headers()["x-frame-options"]).toBeUndefined();
  expect(widget.headers()["content-security-policy"]).toContain("frame-ancestors *");
});

for (const theme of ["light", "dark"] as const) {
  test(`the ${theme} widget fits a 320×140 frame with no serious accessibility violations`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 140 });
    await page.goto(`/embed?theme=${theme}`);
    await expect(page.locator("#embed-overall-status")).toHaveText("All Systems Operational");
    expect(await page.locator("main").getAttribute("data-embed-theme")).toBe(theme);
    const overflow = await page.evaluate(() => [
      document.documentElement.scrollWidth - innerWidth,
      document.documentElement.scrollHeight - innerHeight,
    ]);
    expect(overflow).toEqual([0, 0]);
    const links = await page.locator("a").evaluateAll((all) => all.map((a) => [a.getAttribute("target"), a.getAttribute("rel")]));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links.map(String))).toEqual(new Set(["_blank,noopener"]));
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });
}

test("another site's badge, widget and script follow an incident without a reload", async ({ page, browser, baseURL, request }) => {
  test.setTimeout(120_000);
  const beacon = baseURL!;
  const summaryLoaded = page.waitForResponse((r) => r.url() === `${beacon}/api/v2/summary.json` && r.ok());
  await page.goto(hostUrl);

  // Before: a badge, an operational widget, and no notice from the script.
  await expect.poll(() => page.locator("#badge").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const widget = page.frameLocator("#widget");
  await expect(widget.locator("#embed-overall-status")).toHaveText("All Systems Operational");
  await summaryLoaded;
  await expect(page.locator("beacon-status-notice")).toHaveCount(0);
  const badgeBefore = await (await request.get("/badge.svg")).text();
  expect(badgeBefore).toMatch(/operational/i);

  // The public page, open in another tab, keeps itself current too.
  const statusPage = await page.context().newPage();
  await statusPage.goto(beacon);
  await expect(statusPage.locator('[data-live-updates="live"]')).toContainText(/Last updated \d\d:\d\d:\d\d/);

  const { admin, url } = await openIncident(browser, beacon);
  try {
    // After: the widget and the script's notice show the incident within a few polls, with no reload.
    await expect(widget.locator("[data-embed-headline]")).toContainText(NAME, { timeout: 15_000 });
    await expect(widget.locator("#embed-overall-status")).toHaveText("Major Service Outage");
    const notice = page.locator("beacon-status-notice").getByRole("status");
    await expect(notice).toContainText(NAME, { timeout: 15_000 });
    await expect(notice).toContainText("Investigating");
    await expect(notice.getByRole("link", { name: NAME })).toHaveAttribute("href", new RegExp(`^${beacon}/incidents/`));
    await expect(statusPage.locator("#overall-status")).toHaveText("Major Service Outage", { timeout: 15_000 });

    // The badge changes, for a fresh request and for the page's image.
    const badgeAfter = await (await request.get(`/badge.svg?t=${Date.now()}`)).text();
    expect(badgeAfter).not.toBe(badgeBefore);
    expect(badgeAfter).toMatch(/outage/i);
    await page.locator("#badge").evaluate((img: HTMLImageElement, src) => (img.src = src), `${beacon}/badge.svg?t=${Date.now()}`);
    await expect
      .poll(() => page.locator("#badge").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);

    // Dismissing the notice is remembered across a reload of the host page.
    await notice.getByRole("button", { name: "Dismiss status notice" }).click();
    await expect(page.locator("beacon-status-notice")).toHaveCount(0);
    const reloaded = page.waitForResponse((r) => r.url() === `${beacon}/api/v2/summary.json` && r.ok());
    await page.reload();
    await reloaded;
    await expect(widget.locator("[data-embed-headline]")).toContainText(NAME);
    await expect(page.locator("beacon-status-notice")).toHaveCount(0);
  } finally {
    await resolveIncident(admin, url);
  }
});
