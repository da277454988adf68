// `npm run import -- statuspage <page-url>`: imports components, groups, incidents with their updates and scheduled
// maintenance from any page that speaks Statuspage v2 (Atlassian, incident.io, another Beacon) into the configured
// database. Re-running it updates what it created instead of duplicating it.
import { openConfiguredDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { applyStatuspageImport } from "@/lib/importers/statuspage/apply";
import { fetchStatuspage } from "@/lib/importers/statuspage/documents";

const [source, location, ...rest] = process.argv.slice(2);
if (source !== "statuspage" || !location || rest.length > 0) {
  console.error("usage: npm run import -- statuspage <page-url>   (e.g. https://status.example.com)");
  if (source === "uptime-kuma") console.error("Uptime Kuma backups are not supported yet.");
  process.exit(2);
}

let docs: Awaited<ReturnType<typeof fetchStatuspage>>;
try {
  docs = await fetchStatuspage(location);
} catch (error) {
  console.error(`Could not read ${location}: ${(error as Error).message}`);
  process.exit(1);
}
const db = await openConfiguredDatabase(parseEnv());
try {
  const summary = await applyStatuspageImport(db.prisma, docs);
  console.log(`Imported from ${docs.origin}:`);
  for (const [kind, { created, updated }] of Object.entries(summary)) console.log(`  ${kind}: ${created} created, ${updated} updated`);
} catch (error) {
  console.error(`Import failed, nothing was written: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
