// `npm run db:check [-- --migrations-dir DIR --lock-timeout-ms N]`: a dry run of the pending migrations against the
// configured database (DATABASE_URL, or the embedded one in BEACON_DATA_DIR). Exits 1 when one would fail, 2 when the
// database cannot be reached; it never changes the database.
import { parseArgs } from "node:util";
import { openConfiguredDatabase } from "@/lib/db/boot";
import { dryRunMigrations, formatDryRun } from "@/lib/db/dry-run-migrations";
import { readMigrations } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";

const { values } = parseArgs({
  options: { "migrations-dir": { type: "string" }, "lock-timeout-ms": { type: "string" } },
});
const lockTimeoutMs = values["lock-timeout-ms"] === undefined ? undefined : Number(values["lock-timeout-ms"]);
if (lockTimeoutMs !== undefined && !(Number.isInteger(lockTimeoutMs) && lockTimeoutMs > 0)) {
  console.error("--lock-timeout-ms must be a positive whole number of milliseconds");
  process.exit(2);
}

const migrations = await readMigrations(values["migrations-dir"]);
const db = await openConfiguredDatabase(parseEnv());
try {
  const report = await db.withSession((session) => dryRunMigrations(session, migrations, { lockTimeoutMs }));
  console.log(formatDryRun(report));
  process.exitCode = report.ok ? 0 : 1;
} catch (error) {
  console.error(`db:check could not run against the database: ${(error as Error).message}`);
  process.exitCode = 2;
} finally {
  await db.close();
}
