import type { Metadata } from "next";
import { PastIncidentForm } from "@/components/admin/past-incident-form";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";
import { componentsOfAdmin } from "@/lib/editor-pages/components-of-admin";
import { getPageSettings } from "@/lib/page/queries";
import { recordPast } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Record a past incident" };

export default async function PastIncidentPage() {
  const session = await requireAdmin({ permission: "incidents.manage" });
  const [components, settings] = await Promise.all([componentsOfAdmin(session).then(listComponentChoices), getPageSettings()]);
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Record a past incident</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          For incidents from before Beacon or written up afterwards: each update keeps its own date, the history shows it where it happened,
          and nobody is notified.
        </p>
      </div>
      <Card className="p-5 sm:p-6">
        <PastIncidentForm record={recordPast} components={components} pageTimeZone={settings.timeZone} />
      </Card>
    </>
  );
}
