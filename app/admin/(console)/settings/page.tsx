import type { Metadata } from "next";
import { PageSettingsForm } from "@/components/admin/page-settings-form";
import { ReminderSettingsForm } from "@/components/admin/reminder-settings-form";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { getPageSettings } from "@/lib/page/queries";
import { supportedTimeZones } from "@/lib/page/schema";
import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { getReminderTimesForAdmin } from "@/lib/reminders/settings";
import { savePageSettings, saveReminderTimes } from "./actions";
import { PageAccessSection } from "./page-access-section";

export const metadata: Metadata = { title: "Page settings" };
export const dynamic = "force-dynamic";

export default async function PageSettingsPage() {
  await requireAdmin({ permission: "page-settings.edit" });
  const [settings, reminderTimes] = await Promise.all([getPageSettings(), getReminderTimesForAdmin()]);
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Page settings</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">The name, address and time zone of the public status page.</p>
      </div>
      <Card className="p-4">
        <PageSettingsForm save={savePageSettings} settings={settings} timeZones={supportedTimeZones()} />
      </Card>
      <section aria-labelledby="reminders-heading">
        <SectionHeading id="reminders-heading">Operator reminders</SectionHeading>
        <Card className="p-4">
          <ReminderSettingsForm save={saveReminderTimes} settings={reminderTimes} />
        </Card>
      </section>
      <PageAccessSection pageId={PAGE_SETTINGS_ID} />
    </>
  );
}
