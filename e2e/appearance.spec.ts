import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = ["/", "/history", "/incidents/not-a-real-one"];

test("dark mode follows the system setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const background = await page.locator("body").evaluate((b) => getComputedStyle(b).backgroundColor);
  const [r, g, b] = background.match(/[\d.]+/g)!.map(Number);
  expect(r + g + b).toBeLessThan(60);

  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.locator("body").evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(light.match(/[\d.]+/g)!.slice(0, 3).map(Number).every((c) => c > 240)).toBe(true);
});

test("the page fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const scheme of ["light", "dark"] as const) {
  test(`no serious accessibility violations in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const incidentLink = async () => {
      await page.goto("/");
      return page.locator('a[href^="/incidents/"]').first().getAttribute("href");
    };
    for (const path of [...PAGES, (await incidentLink())!]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    }
  });
}
