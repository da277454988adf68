// `npm run restore -- FILE [--force]`: loads a backup into the configured database (DATABASE_URL, or the embedded
// one in BEACON_DATA_DIR). It refuses a database holding data unless --force, which replaces that data.
import { parseArgs } from "node:util";
import { restoreBackup } from "@/lib/backup/restore";
import { openConfiguredDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
if (positionals.length !== 1) {
  console.error("usage: npm run restore -- FILE [--force]");
  process.exit(2);
}
const db = await openConfiguredDatabase(parseEnv());
try {
  const { counts, migratedAfter } = await restoreBackup(db, positionals[0], { force: values.force });
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`Restored ${rows} rows into ${Object.keys(counts).length} tables (${db.kind})`);
  if (migratedAfter.length > 0) console.log(`Then applied ${migratedAfter.length} newer migration(s): ${migratedAfter.join(", ")}`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
