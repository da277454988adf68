import { expect, test } from "@playwright/test";
import { baseUrl } from "./support/servers";
import { signInAsOwner } from "./support/sign-in";

// Another Beacon as a vendor: the journey server (3103) mirrors a component of the embedded server (3100), which
// both run on loopback (BEACON_MONITOR_ALLOW_PRIVATE_NETWORKS=true on the journey server, see start-server.sh).

test("an admin finds a vendor in the catalogue, mirrors another Beacon's component, and the page shows it as third-party", async ({
  page,
}) => {
  await signInAsOwner(page);
  await page.getByRole("link", { name: "Upstreams" }).first().click();
  await expect(page.getByRole("heading", { name: "Upstreams", level: 1 })).toBeVisible();

  await page.getByLabel("Find a vendor in the catalogue").fill("github");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("list", { name: "Catalogue results" }).getByRole("link", { name: "GitHub" })).toBeVisible();

  await page.getByLabel("Status page URL").fill("http://127.0.0.1:9/nothing-here");
  await page.getByRole("button", { name: "Add upstream" }).click();
  await expect(page.getByText(/does not answer a Statuspage v2 summary/)).toBeVisible();

  await page.getByLabel("Status page URL").fill(baseUrl("embedded"));
  await page.getByLabel(/Vendor name/).fill("Acme Platform");
  await page.getByRole("button", { name: "Add upstream" }).click();
  await expect(page.getByRole("heading", { name: "Acme Platform", level: 1 })).toBeVisible({ timeout: 20_000 });

  const offer = page.locator("form", { has: page.getByText("Frontend", { exact: true }) });
  await offer.getByRole("button", { name: "Mirror" }).click();
  // Mirrored, it leaves the offers and joins the mirrored components.
  await expect(page.getByText("Acme Platform Frontend", { exact: true })).toBeVisible();

  const row = page.locator('[data-component="Acme Platform Frontend"]');
  await expect(async () => {
    await page.goto("/");
    await expect(row).toContainText("Third-party · Acme Platform", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(row.getByRole("link", { name: "Acme Platform" })).toHaveAttribute("href", baseUrl("embedded"));

  // Silenced, the vendor no longer moves it: later journeys on this server see a steady page.
  await page.goto("/admin/upstreams");
  await page.getByRole("link", { name: "Acme Platform" }).click();
  await page.getByRole("button", { name: "Silence Acme Platform Frontend" }).click();
  await expect(page.getByText(/silenced: the vendor's status is ignored/)).toBeVisible();
});
