import type { Metadata } from "next";
import { FormAlert } from "@/components/admin/form-alert";
import { OpenIncidentForm } from "@/components/admin/open-incident-form";
import { Card } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";
import { componentsOfAdmin } from "@/lib/editor-pages/components-of-admin";
import { listIncidentTemplates } from "@/lib/incident-templates/queries";
import { openIncident } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Open an incident" };

type Props = { searchParams: Promise<{ template?: string | string[] }> };

export default async function NewIncidentPage({ searchParams }: Props) {
  const session = await requireAdmin();
  const requested = (await searchParams).template;
  const templateId = typeof requested === "string" && requested ? requested : undefined;
  const [components, templates] = await Promise.all([componentsOfAdmin(session).then(listComponentChoices), listIncidentTemplates()]);
  const template = templateId ? templates.find((t) => t.id === templateId) : undefined;
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight">Open an incident</h1>
      {/* A stale link mid-outage still opens the form: say the template is gone rather than 404. */}
      {templateId && !template && <FormAlert message="That template no longer exists; start from another or fill in the form." />}
      <Card className="p-5 sm:p-6">
        {/* Keyed by template so choosing another one starts the form afresh. */}
        <OpenIncidentForm
          key={template?.id ?? "blank"}
          open={openIncident}
          components={components}
          templates={templates}
          template={template}
        />
      </Card>
    </>
  );
}
