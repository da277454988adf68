import type { Metadata } from "next";
import { OpenIncidentForm } from "@/components/admin/open-incident-form";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Open an incident" };

export default async function NewIncidentPage() {
  await requireAdmin();
  const components = await listComponentChoices();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Open an incident</h1>
      <Card className="p-5 sm:p-6">
        <OpenIncidentForm components={components} />
      </Card>
    </>
  );
}
