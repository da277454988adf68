// `npm run backup -- FILE`: every row of the configured database (DATABASE_URL, or the embedded one in
// BEACON_DATA_DIR) into one portable file that `npm run restore` loads into either kind of database.

import { writeBackup } from "@/lib/backup/export";
import { openConfiguredDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error("usage: npm run backup -- FILE   (FILE must not exist yet)");
  process.exit(2);
}
const db = await openConfiguredDatabase(parseEnv());
try {
  const counts = await writeBackup(db, file);
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`Backed up ${rows} rows from ${Object.keys(counts).length} tables (${db.kind}) to ${file}`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
