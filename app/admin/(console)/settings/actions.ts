"use server";
import { adminAction, EVERY_PAGE } from "@/lib/admin-actions/admin-action";
import { updatePageSettings } from "@/lib/page/update-settings";
import { updateReminderTimes } from "@/lib/reminders/settings";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/** Owners only: the page URL goes into every email's links and into the feeds. */
export const savePageSettings = adminAction({
  permission: "page-settings.edit",
  revalidate: { paths: [EVERY_PAGE] },
  run: ({ actor, form }) =>
    updatePageSettings(actor, {
      name: text(form, "name"),
      url: text(form, "url"),
      timeZone: text(form, "timeZone"),
      description: text(form, "description"),
      logoUrl: text(form, "logoUrl"),
      showSlaTable: form.get("showSlaTable") === "on",
    }),
});

/** Owners only: when admins are reminded of quiet incidents and coming maintenance (lib/reminders/settings.ts). */
export const saveReminderTimes = adminAction({
  permission: "page-settings.edit",
  revalidate: { paths: ["/admin/settings"] },
  run: ({ actor, form }) =>
    updateReminderTimes(actor, { quietMinutes: text(form, "quietMinutes"), maintenanceLeadMinutes: text(form, "maintenanceLeadMinutes") }),
});
