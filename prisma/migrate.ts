// `npm run db:migrate`: applies pending migrations to the configured database, then exits.
import { migrateDatabase, openConfiguredDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";

const db = await openConfiguredDatabase(parseEnv());
try {
  const applied = await migrateDatabase(db);
  console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date");
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
