import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

// Only the several-pages journey and its two servers: `npx playwright test -c e2e/support/several-pages.config.ts`.
const wanted = new Set(["pages", "pages-postgres"]);
export default defineConfig({
  ...base,
  testDir: "..",
  outputDir: "../../test-results",
  projects: base.projects?.filter((project) => wanted.has(project.name ?? "")),
  // Started from the repository root, as from the main config.
  webServer: (Array.isArray(base.webServer) ? base.webServer : [])
    .filter((server) => / pages(-postgres)?$/.test(server.command))
    .map((server) => ({ ...server, cwd: fileURLToPath(new URL("../..", import.meta.url)) })),
});
