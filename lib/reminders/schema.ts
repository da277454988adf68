import { z } from "zod";

// What an owner may set for operator reminders; a blank field means "the environment's default".

const minutes = (field: string, min: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.coerce
      .number({ error: `${field} must be a number of minutes` })
      .int({ error: `${field} must be a whole number of minutes` })
      .min(min, { error: `${field} must be at least ${min} minutes` })
      .max(10_080, { error: `${field} must be at most 10,080 minutes (a week)` })
      .nullable(),
  );

/** The same bounds as BEACON_REMINDER_QUIET_MINUTES and BEACON_REMINDER_MAINTENANCE_LEAD_MINUTES (lib/env.ts). */
export const reminderSettingsInput = z.object({
  quietMinutes: minutes("quietMinutes", 5).default(null),
  maintenanceLeadMinutes: minutes("maintenanceLeadMinutes", 1).default(null),
});
