// Opens, migrates and seeds the incident store once when the server starts, not on the first request.
export async function register() {
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build never opens the store
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startIncidentStore } = await import("@/lib/db/start");
    await startIncidentStore();
  }
}
