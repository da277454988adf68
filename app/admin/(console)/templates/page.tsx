import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IncidentTemplateForm } from "@/components/admin/incident-template-form";
import { IncidentTemplateRow } from "@/components/admin/incident-template-row";
import { Card, SectionHeading } from "@/components/ui/card";
import { requireAdmin } from "@/lib/auth/session";
import { listComponentChoices } from "@/lib/components/queries";
import { listIncidentTemplates } from "@/lib/incident-templates/queries";
import { addTemplate, editTemplate, removeTemplate } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Incident templates" };

type Props = { searchParams: Promise<{ edit?: string | string[] }> };

// One form at a time (add, or edit the template `?edit=` names): the markdown field's id must be unique.
export default async function IncidentTemplatesPage({ searchParams }: Props) {
  await requireAdmin();
  const requested = (await searchParams).edit;
  const [templates, components] = await Promise.all([listIncidentTemplates(), listComponentChoices()]);
  const editing = typeof requested === "string" ? templates.find((t) => t.id === requested) : undefined;
  if (requested !== undefined && !editing) notFound();
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Incident templates</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Saved starting points for incidents you open often. Opening one copies it into the form; changing a template later leaves those
          incidents as they are.
        </p>
      </div>
      <section aria-labelledby="templates-heading">
        <SectionHeading id="templates-heading">Templates</SectionHeading>
        {templates.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No templates yet.</p>
        ) : (
          <Card>
            <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
              {templates.map((t) => (
                <IncidentTemplateRow key={t.id} template={t} components={components} remove={removeTemplate} />
              ))}
            </ul>
          </Card>
        )}
      </section>
      <section aria-labelledby="template-form" className="scroll-mt-4">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <SectionHeading id="template-form">{editing ? `Edit ${editing.name}` : "Add a template"}</SectionHeading>
          {editing && (
            <Link href="/admin/templates" className="text-sm underline">
              Cancel editing
            </Link>
          )}
        </div>
        <Card className="p-5 sm:p-6">
          {editing ? (
            <IncidentTemplateForm
              key={`${editing.id}:${editing.updatedAt.toISOString()}`}
              action={editTemplate.bind(null, editing.id)}
              template={editing}
              components={components}
            />
          ) : (
            // Keyed by the list, so a saved template clears the form and a refused one keeps what was typed.
            <IncidentTemplateForm key={templates.map((t) => t.id).join()} action={addTemplate} components={components} />
          )}
        </Card>
      </section>
    </>
  );
}
