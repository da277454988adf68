// `npm run db:seed`: migrates, then seeds the BMAD-DEPLOY-001 demo into an empty database (never one with data).
import { migrateDatabase, openConfiguredDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { seedDatabase } from "@/lib/startup/startup-work";

const db = await openConfiguredDatabase(parseEnv());
try {
  await migrateDatabase(db);
  console.log((await seedDatabase(db)) ? "Seeded the demo incident BMAD-DEPLOY-001" : "Database already has data; nothing seeded");
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}
