import "server-only";
import { getDatabase } from "./boot";
import { MigrationError } from "./migrate";

/** Opens, migrates and seeds the store at server start; a failed migration stops the server. */
export async function startIncidentStore() {
  try {
    await getDatabase();
  } catch (error) {
    if (error instanceof MigrationError) {
      console.error(`[beacon] start-up stopped: migration ${error.migrationName} failed: ${error.databaseError}`);
      process.exit(1);
    }
    // The store is unreachable: pages show the store-down error and the next request tries again.
    console.error("[beacon] incident store unavailable at start-up:", (error as Error).message);
  }
}
