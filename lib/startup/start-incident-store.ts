import "server-only";
import { backupBeforeMigrating } from "@/lib/backup/pre-migrate";
import { getDatabase, setStartupWork } from "@/lib/db/boot";
import { MigrationError } from "@/lib/db/migrate";
import { reportStoreHealth } from "@/lib/public-surface/bridge";
import { runStartupWork } from "./startup-work";

/**
 * Opens, migrates and sets up the store at server start, once `after` settles; a failed migration stops the server. The set-up also
 * runs when a later request opens the store (it was unreachable at start), so the first owner is never missed.
 */
export async function startIncidentStore(after: Promise<void> = Promise.resolve()) {
  // Set at once: a request reaching the store before `after` (an admin signing in) opens it with the same work.
  setStartupWork({
    beforeMigrating: (db, env) => backupBeforeMigrating(db, env.dataDir), // the embedded database only; keeps 3
    afterMigrating: runStartupWork,
  });
  await after;
  try {
    await getDatabase();
  } catch (error) {
    if (error instanceof MigrationError) {
      console.error(`[beacon] start-up stopped: migration ${error.migrationName} failed: ${error.databaseError}`);
      process.exit(1);
    }
    // The store is unreachable: known down from now on (public pages are marked stale, no longer merely "opening"),
    // and the next request tries again.
    reportStoreHealth(false);
    console.error("[beacon] incident store unavailable at start-up:", (error as Error).message);
  }
}
