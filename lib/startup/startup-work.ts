import "server-only";
import { ensureFirstOwner, type FirstOwner } from "@/lib/auth/bootstrap-owner";
import type { Database } from "@/lib/db/database";
import { readDemoPostmortem, seedDemoData } from "@/lib/demo/seed";
import type { BeaconEnv } from "@/lib/env";

/** Seeds the demo incident, only into an empty database. */
export async function seedDatabase(db: Database): Promise<boolean> {
  const { seeded } = await seedDemoData(db.prisma, { postmortemMarkdown: await readDemoPostmortem() });
  return seeded;
}

/** What a freshly opened store needs before it serves: the demo incident (when asked for) and the first owner. */
export async function runStartupWork(db: Database, env: BeaconEnv): Promise<void> {
  if (env.seedDemo && (await seedDatabase(db))) console.log("[beacon] demo incident BMAD-DEPLOY-001 seeded");
  announceFirstOwner(await ensureFirstOwner(db.prisma, { email: env.adminEmail, password: env.adminPassword }));
}

function announceFirstOwner(owner: FirstOwner) {
  if (!owner.created) return;
  const password = owner.generatedPassword ?? "(the BEACON_ADMIN_PASSWORD you set)";
  console.log(
    [
      "",
      "  ┌──────────────────────────────────────────────────────────",
      "  │ Beacon admin account created (shown once)",
      `  │   sign in at /admin with ${owner.email}`,
      `  │   password: ${password}`,
      "  └──────────────────────────────────────────────────────────",
      "",
    ].join("\n"),
  );
}
