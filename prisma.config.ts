import { defineConfig } from "prisma/config";

// Used by the Prisma CLI only (generate, and migrate deploy/status where its engine is available).
// The app applies prisma/migrations itself at start (lib/db/migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://127.0.0.1:5432/beacon" },
});
