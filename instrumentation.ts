// Opens, migrates and seeds the incident store once when the server starts, not on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build never opens the store

  const { getDatabase } = await import("@/lib/db/boot");
  const { MigrationError } = await import("@/lib/db/migrate");
  try {
    await getDatabase();
  } catch (error) {
    if (error instanceof MigrationError) {
      console.error(`[beacon] start-up stopped: migration ${error.migrationName} failed: ${error.databaseError}`);
      process.exit(1);
    }
    // The store is unreachable: serve the error page and retry on the next request.
    console.error("[beacon] incident store unavailable at start-up:", (error as Error).message);
  }
}
