// Runs only the private-pages journey, which starts its own server: `flock /tmp/beacon-e2e.lock npx playwright test -c e2e/support/private-pages.config.ts`.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "..",
  testMatch: /private-pages\.spec/,
  outputDir: "../../test-results",
  timeout: 120_000,
  expect: { timeout: 10_000 },
  workers: 1,
  reporter: [["list"]],
  use: {
    trace: "on-first-retry",
    launchOptions: {
      executablePath: process.env.BEACON_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
});
