import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Every admin and public page at a phone's and a laptop's width, light and dark: nothing scrolls sideways, and
// every element the keyboard reaches is on screen and not covered. Screenshots of the incident forms, the status page
// and a maintenance page are kept
// under test-results/layout/ for a person to look at. Each page is scanned with axe (WCAG 2.1 A and AA). Read-only: it runs beside the admin journey on its server.

const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "laptop", width: 1280, height: 800 },
] as const;
const SCHEMES = ["light", "dark"] as const;

const ADMIN_PAGES = [
  "/admin",
  "/admin/incidents",
  "/admin/incidents/new",
  "/admin/incidents/past",
  "/admin/templates",
  "/admin/components",
  "/admin/monitors",
  "/admin/maintenance",
  "/admin/settings",
  "/admin/badges",
  "/admin/subscribers",
  "/admin/deliveries",
  "/admin/audit",
  "/admin/users",
  "/admin/tokens",
  "/admin/account",
];
const PUBLIC_PAGES = ["/", "/history", "/subscribe", "/no-such-page"];
const MAX_TAB_STOPS = 60;

async function expectNoSidewaysScroll(page: Page, path: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${path} scrolls sideways (${scrollWidth} > ${clientWidth})`).toBeLessThanOrEqual(clientWidth);
}

/** Tabs through the page; each focused element must have a size, lie inside the viewport and be what is drawn at its centre. */
async function expectFocusAlwaysVisible(page: Page, path: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const seen = new Set<string>();
  for (let stop = 0; stop < MAX_TAB_STOPS; stop++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const rect = element.getBoundingClientRect();
      const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(rect.top + rect.height / 2, 0), window.innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      const label = `${element.tagName.toLowerCase()} "${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40)}"`;
      return {
        key: `${label}@${Math.round(rect.top + window.scrollY)}:${Math.round(rect.left)}`,
        label,
        sized: rect.width > 0 && rect.height > 0,
        inside: rect.right > 0 && rect.left < window.innerWidth && rect.bottom > 0 && rect.top < window.innerHeight,
        onTop: top !== null && (top === element || element.contains(top) || top.contains(element)),
      };
    });
    if (!focus || seen.has(focus.key)) break; // back at the start: every stop was visited
    seen.add(focus.key);
    expect(focus.sized && focus.inside && focus.onTop, `${path}: focused ${focus.label} is hidden ${JSON.stringify(focus)}`).toBe(true);
  }
  // Every page has at least the skip link, the home link and one more control: an empty walk proves nothing.
  expect(seen.size, `${path}: keyboard stops visited`).toBeGreaterThanOrEqual(3);
}

/** An axe scan of the page as loaded; each violation is listed with the elements it names. */
async function expectNoAxeViolations(page: Page, path: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  // Soft: one run lists every page's violations, not only the first page's.
  expect.soft(found, `${path}: axe violations`).toEqual([]);
}

async function checkPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(path === "/no-such-page" ? 500 : 400);
  await expectNoSidewaysScroll(page, path);
  await expectNoAxeViolations(page, path);
  await expectFocusAlwaysVisible(page, path);
}

/** The demo maintenance's public page, found from its card on the status page. */
async function demoMaintenancePath(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.locator('a[href^="/maintenance/"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

/** The demo incident's public page, found from the history. */
async function demoIncidentPath(page: Page): Promise<string> {
  await page.goto("/history");
  const href = await page.locator('a[href^="/incidents/"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

type Size = (typeof WIDTHS)[number];
type Scheme = (typeof SCHEMES)[number];

/** Sets the width and colour scheme; the demo incident's and maintenance's public paths. */
async function demoPathsAt(page: Page, size: Size, scheme: Scheme) {
  await page.setViewportSize({ width: size.width, height: size.height });
  await page.emulateMedia({ colorScheme: scheme });
  return { incident: await demoIncidentPath(page), maintenance: await demoMaintenancePath(page) };
}

/** Full-page screenshots under test-results/layout/, for a person to look at. */
async function keepScreenshots(page: Page, size: Size, scheme: Scheme, shots: readonly (readonly [name: string, path: string])[]) {
  for (const [name, path] of shots) {
    await page.goto(path);
    await page.screenshot({ path: `test-results/layout/${name}-${size.width}-${scheme}.png`, fullPage: true });
  }
}

// Public and admin pages are separate tests: together, one width and scheme took 3.6 of a 4-minute limit on a busy CI
// machine, and once went over it.
for (const size of WIDTHS) {
  for (const scheme of SCHEMES) {
    test(`every public page fits a ${size.name} (${size.width} px) in ${scheme} mode and keeps focus in view`, async ({ page }) => {
      test.setTimeout(240_000);
      const { incident, maintenance } = await demoPathsAt(page, size, scheme);
      for (const path of [...PUBLIC_PAGES, incident, maintenance]) await checkPage(page, path);
      // The public maintenance page and the status page's card that links to it.
      await keepScreenshots(page, size, scheme, [
        ["maintenance-page", maintenance],
        ["status-page", "/"],
      ]);
    });

    test(`every admin page fits a ${size.name} (${size.width} px) in ${scheme} mode and keeps focus in view`, async ({ page }) => {
      test.setTimeout(240_000);
      const { incident, maintenance } = await demoPathsAt(page, size, scheme);
      await signInAsOwner(page);
      const adminIncident = `/admin${incident}`;
      for (const path of [...ADMIN_PAGES, adminIncident, `/admin${maintenance}`]) await checkPage(page, path);
      // The forms used during every outage.
      await keepScreenshots(page, size, scheme, [
        ["open-incident", "/admin/incidents/new"],
        ["post-update", adminIncident],
      ]);
    });
  }
}

test("the admin menu on a phone opens, lists the grouped pages and closes on navigation", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsOwner(page);
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(page.getByRole("navigation", { name: "Admin" })).toBeHidden();
  await menu.click();
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Components" }).click();
  await expect(page.getByRole("heading", { name: "Components", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Admin" })).toBeHidden();
});

test("an unknown /api/v2 document is a JSON 404 in the v2 error shape", async ({ request }) => {
  for (const path of ["/api/v2/nope.json", "/api/v2/components/x/unknown.json"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect((await response.json()).error).toMatchObject({ code: "not_found", message: expect.stringContaining(path) });
  }
});
