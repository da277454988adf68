// `npm run import -- statuspage <page-url>` imports components, groups, incidents with their updates and scheduled
// maintenance from any page that speaks Statuspage v2 (Atlassian, incident.io, another Beacon);
// `npm run import -- uptime-kuma <backup.json>` imports an Uptime Kuma backup's monitors as components with monitors,
// and its group monitors as component groups. Both write into the configured database and, run again, update what
// they created instead of duplicating it.
import { openConfiguredDatabase, provideDatabase } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { applyStatuspageImport } from "@/lib/importers/statuspage/apply";
import { fetchStatuspage } from "@/lib/importers/statuspage/documents";
import { applyKumaImport } from "@/lib/importers/uptime-kuma/apply";
import { readKumaBackup } from "@/lib/importers/uptime-kuma/backup-file";

const [source, location, ...rest] = process.argv.slice(2);
if (!["statuspage", "uptime-kuma"].includes(source) || !location || rest.length > 0) {
  console.error("usage: npm run import -- statuspage <page-url>\n       npm run import -- uptime-kuma <backup.json>");
  process.exit(2);
}

async function read() {
  try {
    return source === "statuspage" ? await fetchStatuspage(location) : await readKumaBackup(location);
  } catch (error) {
    console.error(`Could not read ${location}: ${(error as Error).message}`);
    process.exit(1);
  }
}

const input = await read();
const db = await openConfiguredDatabase(parseEnv());
provideDatabase(db);
try {
  if ("origin" in input) {
    const summary = await applyStatuspageImport(db.prisma, input);
    console.log(`Imported from ${input.origin}:`);
    for (const [kind, { created, updated }] of Object.entries(summary)) console.log(`  ${kind}: ${created} created, ${updated} updated`);
  } else {
    const report = await applyKumaImport(db, input.monitors);
    console.log(`Imported from Uptime Kuma ${input.version ?? "(unknown version)"} backup ${location}:`);
    console.log(`  groups: ${report.groups}, components: ${report.components}`);
    console.log(`  monitors: ${report.monitorsCreated} created, ${report.monitorsUpdated} updated, ${report.skipped} skipped`);
    for (const line of report.lines) console.log(line);
  }
} catch (error) {
  console.error(`Import failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
