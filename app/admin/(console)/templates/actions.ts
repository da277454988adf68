"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { type FormState, failureState } from "@/app/admin/(console)/form-state";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { createIncidentTemplate } from "@/lib/incident-templates/create";
import { deleteIncidentTemplate } from "@/lib/incident-templates/delete";
import { updateIncidentTemplate } from "@/lib/incident-templates/update";

// Each action: guard, one domain call, then refresh the admin pages that list templates.

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

// One checkbox per component, `component:<id>`, so a failed submit's typed values keep every tick.
function componentIdsFrom(form: FormData): string[] {
  return [...form.keys()].filter((key) => key.startsWith("component:")).map((key) => key.slice("component:".length));
}

function templateFormInput(form: FormData) {
  return {
    name: text(form, "name"),
    title: text(form, "title"),
    impact: text(form, "impact"),
    status: text(form, "status"),
    body: text(form, "body"),
    componentIds: componentIdsFrom(form),
  };
}

function refreshTemplatePages() {
  revalidatePath("/admin/templates");
  revalidatePath("/admin/incidents/new");
}

export const addTemplate = answeringStoreOutage(async function addTemplate(_previous: FormState, form: FormData): Promise<FormState> {
  const session = await requireAdmin();
  const result = await createIncidentTemplate(actorOf(session), templateFormInput(form));
  if (!result.ok) return failureState(result.error, form);
  refreshTemplatePages();
  return {};
});

export const editTemplate = answeringStoreOutage(async function editTemplate(
  templateId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const result = await updateIncidentTemplate(actorOf(session), templateId, templateFormInput(form));
  if (!result.ok) return failureState(result.error, form);
  refreshTemplatePages();
  // Back to the list, out of edit mode, where the saved template shows.
  redirect("/admin/templates");
});

export const removeTemplate = answeringStoreOutage(async function removeTemplate(
  templateId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const result = await deleteIncidentTemplate(actorOf(session), templateId);
  if (!result.ok) return failureState(result.error, form);
  refreshTemplatePages();
  // Deleting the template being edited leaves nothing to edit.
  redirect("/admin/templates");
});
