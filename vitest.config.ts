import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // lib/ modules guard against client bundles with `import "server-only"`; tests run on the server.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
      // Pages called as functions run outside React Server Components, where next-intl/server refuses to run.
      "next-intl/server": fileURLToPath(new URL("./lib/testing/next-intl-server-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts", "front-server/**/*.test.ts", "probe/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
