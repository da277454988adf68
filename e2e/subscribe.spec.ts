import { type APIRequestContext, expect, test } from "@playwright/test";
import { signInAsOwner } from "./support/sign-in";

// Needs the "subscriptions" server (SMTP pointed at e2e/support/mail-catcher.ts) and the catcher's HTTP API.
const BEACON_URL = process.env.BEACON_E2E_SUBSCRIBE_URL ?? "http://127.0.0.1:3107";
const MAILS_URL = process.env.BEACON_E2E_MAILS_URL ?? "http://127.0.0.1:2526/mails";

test.use({ baseURL: BEACON_URL });

interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  listUnsubscribe: string | null;
  listUnsubscribePost: string | null;
}

/** Waits for the worker (polling every 2 s) to deliver a mail to `to` whose subject matches. */
async function mailTo(request: APIRequestContext, to: string, subject: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get(MAILS_URL)).json()) as CaughtMail[];
        found = mails.find((m) => m.to.includes(to) && subject.test(m.subject));
        return Boolean(found);
      },
      { timeout: 20_000, intervals: [250, 500, 1_000] },
    )
    .toBe(true);
  return found!;
}

test("a reader subscribes by email, confirms, and receives the incident an admin posts", async ({ page, request }) => {
  test.setTimeout(120_000);
  const email = `reader-${Date.now()}@example.com`;
  const incident = `Checkout failing ${Date.now()}`;

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Subscribe" }).click();
  await expect(page.getByRole("heading", { name: "Subscribe to updates" })).toBeVisible();
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByLabel("Email address").evaluate((input: HTMLInputElement) => (input.type = "text")); // reach the server's check
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.locator("#email-error")).toHaveText("Enter a valid email address.");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your inbox" })).toBeVisible();

  const confirmation = await mailTo(request, email, /^Confirm your subscription/);
  expect(confirmation.html).toContain("Confirm subscription");
  const confirmUrl = confirmation.text.match(/https?:\/\/\S+\/subscribe\/confirm\?token=\S+/)![0];
  // Opening the link (as a mail scanner does) confirms nothing; the button does.
  await page.goto(confirmUrl);
  await expect(page.getByRole("heading", { name: "Confirm your subscription" })).toBeVisible();
  await page.goto(confirmUrl);
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("heading", { name: "Subscription confirmed" })).toBeVisible();
  await page.goto(confirmUrl); // the link works once
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();

  await signInAsOwner(page);
  await page.goto("/admin/incidents/new");
  await page.getByLabel("Incident name").fill(incident);
  await page.getByLabel("Impact").selectOption("major");
  await page.getByLabel("First update (markdown)").fill("Payments fail at checkout; we are investigating.");
  await expect(page.getByLabel("Notify subscribers")).toBeChecked();
  await page.getByRole("button", { name: "Open incident" }).click();
  await expect(page.getByRole("heading", { level: 1, name: incident })).toBeVisible();
  await page.getByLabel("New status").selectOption("identified");
  await page.getByLabel("Message (markdown)").fill("The payment provider's certificate expired.");
  await page.getByRole("button", { name: "Post update" }).click();

  const opened = await mailTo(request, email, new RegExp(`New incident: ${incident}`));
  expect(opened.text).toContain("Payments fail at checkout; we are investigating.");
  expect(opened.html).toContain("Payments fail at checkout; we are investigating.");
  expect(opened.listUnsubscribePost).toBe("List-Unsubscribe=One-Click");
  const update = await mailTo(request, email, new RegExp(`${incident}: Identified`));
  expect(update.text).toContain("The payment provider's certificate expired.");

  // The incident's own page offers every channel the subscribe page does.
  const incidentId = new URL(page.url()).pathname.split("/").pop();
  await page.goto(`/incidents/${incidentId}`);
  const incidentForm = page.getByRole("form", { name: "Subscribe to this incident" });
  for (const channel of ["Email", "Webhook", "Microsoft Teams", "Google Chat", "Mattermost", "ntfy", "Telegram"]) {
    await expect(incidentForm.getByRole("radio", { name: channel, exact: true })).toBeVisible();
  }
  await incidentForm.getByRole("radio", { name: "ntfy", exact: true }).check();
  await incidentForm.getByLabel("Topic").fill(`beacon-e2e-incident-${Date.now()}`);
  await incidentForm.getByRole("button", { name: "Get updates" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ntfy https://ntfy.sh/be••••" })).toBeVisible();

  await page.goto("/admin/deliveries?state=delivered");
  await expect(page.getByText(email).first()).toBeVisible();

  // The List-Unsubscribe URL opened in a browser leads to that page, on the page's public URL.
  const listUnsubscribe = await request.get(opened.listUnsubscribe!.replace(/^<|>$/g, ""), { maxRedirects: 0 });
  expect(listUnsubscribe.status()).toBe(303);
  expect(listUnsubscribe.headers().location).toMatch(/^http:\/\/127\.0\.0\.1:3107\/subscribe\/unsubscribe\?token=/);

  // The unsubscribe link in the mail asks first, then stops the mails.
  await page.goto(update.text.match(/https?:\/\/\S+\/subscribe\/unsubscribe\?token=\S+/)![0]);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You are unsubscribed" })).toHaveText(
    "You are unsubscribed. Nothing more will be sent.",
  );

  await page.goto("/admin/subscribers");
  await page.getByLabel("Search by address or URL").fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No subscribers.")).toBeVisible();
});

test("a reader subscribes with ntfy, sees only a masked label, and an owner sends it a test message", async ({ page }) => {
  const topic = `beacon-e2e-${Date.now()}`;
  await page.goto("/subscribe");
  await page.getByRole("radio", { name: "ntfy" }).check();
  await page.getByLabel("Topic").fill("has spaces");
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.locator("#ntfyTopic-error")).toHaveText("Use 1 to 64 letters, digits, - or _.");
  await page.getByLabel("Topic").fill(topic);
  await page.getByLabel("Access token (optional)").fill("tk_e2esecret");
  await page.getByRole("button", { name: "Subscribe" }).click();
  const done = page.getByRole("status").filter({ hasText: "Subscribed: ntfy https://ntfy.sh/be•••• · token" });
  await expect(done).toBeVisible();
  await expect(page.getByText(topic)).toHaveCount(0);

  await signInAsOwner(page);
  await page.goto("/admin/subscribers");
  await page.getByLabel("Search by address or URL").fill("ntfy.sh/be");
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ hasText: "ntfy https://ntfy.sh/be••••" }).first();
  await expect(row).toBeVisible();
  await expect(page.getByText("tk_e2esecret")).toHaveCount(0);
  await row.getByRole("button", { name: "Send test" }).click();
  await expect(row.getByRole("status")).toHaveText("Queued: see Deliveries.");
});
