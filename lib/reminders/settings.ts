import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reminderSettingsInput } from "./schema";

// One row with a fixed id, so there can never be two; a NULL time falls back to the environment's default.
const REMINDER_SETTINGS_ID = "reminders";

export interface ReminderTimes {
  quietMinutes: number;
  leadMinutes: number;
}

export interface ReminderTimesForAdmin {
  /** What an owner set, or null for the default. */
  quietMinutes: number | null;
  maintenanceLeadMinutes: number | null;
  defaults: ReminderTimes;
}

function envDefaults(): ReminderTimes {
  const env = parseEnv();
  return { quietMinutes: env.reminders.quietMinutes, leadMinutes: env.reminders.maintenanceLeadMinutes };
}

/** The times in force now: what an owner set, else the environment's. Read on every reminder tick. */
export async function reminderTimes(prisma: PrismaClient, defaults: ReminderTimes = envDefaults()): Promise<ReminderTimes> {
  const row = await prisma.reminderSettings.findUnique({ where: { id: REMINDER_SETTINGS_ID } });
  return {
    quietMinutes: row?.quietMinutes ?? defaults.quietMinutes,
    leadMinutes: row?.maintenanceLeadMinutes ?? defaults.leadMinutes,
  };
}

export async function getReminderTimesForAdmin(): Promise<ReminderTimesForAdmin> {
  const prisma = await getPrisma();
  const row = await prisma.reminderSettings.findUnique({ where: { id: REMINDER_SETTINGS_ID } });
  return { quietMinutes: row?.quietMinutes ?? null, maintenanceLeadMinutes: row?.maintenanceLeadMinutes ?? null, defaults: envDefaults() };
}

/** An owner sets the reminder times (blank: the default); validated and audited. */
export async function updateReminderTimes(
  actor: Actor,
  rawInput: unknown,
): Promise<MutationResult<{ quietMinutes: number | null; maintenanceLeadMinutes: number | null }>> {
  const parsed = reminderSettingsInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const input = parsed.data;
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ReminderSettings" WHERE id = ${REMINDER_SETTINGS_ID} FOR UPDATE`;
    const before = await tx.reminderSettings.findUnique({ where: { id: REMINDER_SETTINGS_ID } });
    const after = await tx.reminderSettings.upsert({
      where: { id: REMINDER_SETTINGS_ID },
      create: { id: REMINDER_SETTINGS_ID, ...input },
      update: input,
    });
    const shown = (row: typeof after | null) =>
      row && { quietMinutes: row.quietMinutes, maintenanceLeadMinutes: row.maintenanceLeadMinutes };
    await recordAudit(tx, {
      actor,
      action: "reminder_settings.update",
      entityType: "reminder_settings",
      entityId: REMINDER_SETTINGS_ID,
      before: shown(before),
      after: shown(after),
    });
    return succeeded({ quietMinutes: after.quietMinutes, maintenanceLeadMinutes: after.maintenanceLeadMinutes });
  });
}
