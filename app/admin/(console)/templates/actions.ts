"use server";
import { adminAction } from "@/lib/admin-actions/admin-action";
import { createIncidentTemplate } from "@/lib/incident-templates/create";
import { deleteIncidentTemplate } from "@/lib/incident-templates/delete";
import { updateIncidentTemplate } from "@/lib/incident-templates/update";

// Each action: one domain call, then refresh the admin pages that list templates.

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

const permission = "templates.manage";
const revalidate = { paths: ["/admin/templates", "/admin/incidents/new"] };

export const addTemplate = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => createIncidentTemplate(actor, templateFormInput(form)),
});

export const editTemplate = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, templateId: string) => updateIncidentTemplate(actor, templateId, templateFormInput(form)),
  // Back to the list, out of edit mode, where the saved template shows.
  redirectTo: () => "/admin/templates",
});

export const removeTemplate = adminAction({
  permission,
  revalidate,
  run: ({ actor }, templateId: string) => deleteIncidentTemplate(actor, templateId),
  // Deleting the template being edited leaves nothing to edit.
  redirectTo: () => "/admin/templates",
});
