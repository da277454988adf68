import { type APIRequestContext, expect, test } from "@playwright/test";
import { PUBLIC_ROUTES } from "../front-server/public-routes";
import { LOCALES, localeDirection } from "../lib/i18n/locales";

// Issue 21: readers in their own language. Every public HTML route answers in every shipped language at its
// ?lang= URL, a German browser is sent to the German page, the switcher works without JavaScript, Arabic is rtl.

/** The HTML routes of the front server's table, their samples filled with ids the page shows. */
async function htmlUrls(request: APIRequestContext): Promise<string[]> {
  const incidents = (await (await request.get("/api/v2/incidents.json")).json()).incidents as { id: string }[];
  const maintenances = (await (await request.get("/api/v2/scheduled-maintenances.json")).json()).scheduled_maintenances as { id: string }[];
  const fill = (url: string) => url.replace("{incident}", incidents[0]?.id ?? "").replace("{maintenance}", maintenances[0]?.id ?? "");
  return PUBLIC_ROUTES.filter((route) => route.html)
    .flatMap((route) => route.samples.slice(0, 1).map(fill))
    .filter((url) => !(url.includes("/maintenance/") && maintenances.length === 0));
}

test("every public HTML route answers in every shipped language, with its <html lang dir> and hreflang links", async ({ request }) => {
  for (const url of await htmlUrls(request)) {
    for (const locale of LOCALES) {
      const localized = `${url}${url.includes("?") ? "&" : "?"}lang=${locale}`;
      const answer = await request.get(localized, { maxRedirects: 0 });
      expect(answer.status(), localized).toBe(200);
      const html = await answer.text();
      expect(html, localized).toContain(`<html lang="${locale}" dir="${localeDirection(locale)}"`);
      if (url.startsWith("/embed")) continue; // not indexed: no alternates
      for (const other of LOCALES)
        expect(html, `${localized} hreflang ${other}`).toMatch(new RegExp(`hrefLang="${other}"|hreflang="${other}"`));
    }
  }
});

test.describe("a German reader", () => {
  test.use({ locale: "de-DE" });

  test("is sent to the German page and reads German status words", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\?lang=de$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.locator("#overall-status")).toHaveText(/Alle Systeme betriebsbereit|Ausfall|Wartung|Störung/);
    await expect(page.getByText("Betriebsbereit", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Verlauf", exact: true })).toHaveAttribute("href", /lang=de/);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/languages-de-${width}.png`, fullPage: true });
    }
  });
});

test.describe("a reader without JavaScript", () => {
  test.use({ javaScriptEnabled: false, locale: "en-US" });

  test("switches language with the switcher's plain links, and the choice is remembered", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Español" }).click();
    await expect(page).toHaveURL(/\?lang=es$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    // The cookie the front server set sends the plain URL to Spanish too.
    await page.goto("/history");
    await expect(page).toHaveURL(/\/history\?lang=es$/);
    // Back to English: named explicitly, so it beats the remembered Spanish.
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.goto("/");
    await expect(page).toHaveURL(/\/$/);
  });
});

test("an Arabic reader gets the page right to left", async ({ page }) => {
  await page.goto("/?lang=ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  const main = await page.locator("main").boundingBox();
  const heading = await page.getByRole("heading", { level: 2 }).first().boundingBox();
  expect(main && heading).toBeTruthy();
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/languages-ar-${width}.png`, fullPage: true });
  }
});
