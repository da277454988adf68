import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const PAGES = ["/", "/history", "/incidents/not-a-real-one"];

// Brightness 0–255 of an element's background, whatever colour syntax the CSS uses (Tailwind 4 uses oklch).
const backgroundBrightness = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(element).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return (r + g + b) / 3;
  });

test("dark mode follows the system setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(await backgroundBrightness(page, "body")).toBeLessThan(30);
  await expect(page.getByRole("heading", { name: "All Systems Operational" })).toBeVisible();

  await page.emulateMedia({ colorScheme: "light" });
  expect(await backgroundBrightness(page, "body")).toBeGreaterThan(240);
});

test("the page fits a phone screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

// "demo incident" is resolved at run time: ids are generated when the demo is seeded.
const SCANNED = [...PAGES, "demo incident"];

for (const scheme of ["light", "dark"] as const) {
  for (const target of SCANNED) {
    test(`no serious accessibility violations on ${target} in ${scheme} mode`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme: scheme });
      if (target === "demo incident") {
        await page.goto("/");
        await page.locator('a[href^="/incidents/"]').first().click();
        await page.waitForURL(/\/incidents\//);
      } else {
        await page.goto(target);
      }
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze(); // 2.2: touch targets
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(
        serious.map(
          (v) =>
            `${v.id} — ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        ),
      ).toEqual([]);
    });
  }
}
