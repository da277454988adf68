"use server";
import { adminAction, EVERY_PAGE } from "@/lib/admin-actions/admin-action";
import type { DoneNotice } from "@/lib/admin-actions/form-state";
import { translationsFormInput } from "@/lib/i18n/translations-form";
import { addIncidentUpdate } from "@/lib/incidents/add-update";
import { createIncident } from "@/lib/incidents/create";
import { deleteIncident } from "@/lib/incidents/delete";
import { editIncident } from "@/lib/incidents/edit";
import { deleteIncidentUpdate, editIncidentUpdate } from "@/lib/incidents/edit-update";
import { publishDraftIncident } from "@/lib/incidents/publish-draft";
import { publishPostmortem } from "@/lib/incidents/publish-postmortem";
import { recordPastIncident } from "@/lib/incidents/record-past";
import { resolveIncident } from "@/lib/incidents/resolve";
import { incidentFormInput, pastIncidentFormInput, selectedComponentIds } from "./form-input";

const permission = "incidents.manage";
const revalidate = { paths: [EVERY_PAGE] };

/** Where an incident shows in public: its own page, which the status page and history link to. */
const onPublicPage = (incidentId: string, message: string): DoneNotice => ({
  message,
  href: `/incidents/${incidentId}`,
  linkLabel: "Open the public incident page",
});

export const openIncident = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => createIncident({ actor }, incidentFormInput(form)),
  redirectTo: ({ incident }) => `/admin/incidents/${incident.id}`,
});

export const postUpdate = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, incidentId: string) => {
    const input = incidentFormInput(form);
    return input.status === "resolved" && form.get("restoreComponents") === "on"
      ? resolveIncident({ actor }, incidentId, { ...input, restoreComponents: true })
      : addIncidentUpdate({ actor }, incidentId, input);
  },
  respond: ({ incident, update }) =>
    onPublicPage(
      incident.id,
      `Posted — live on the status page${update.deliverNotifications ? "; subscribers are being notified" : " (subscribers not notified)"}.`,
    ),
});

export const savePostmortem = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, incidentId: string) =>
    publishPostmortem({ actor }, incidentId, { body: form.get("body"), expectedUpdatedAt: form.get("expectedUpdatedAt") || undefined }),
  respond: (incident) => onPublicPage(incident.id, "Published — the postmortem is live on the incident's public page."),
});

export const fixUpdateText = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, updateId: string) =>
    editIncidentUpdate({ actor }, updateId, {
      message: form.get("message"),
      expectedUpdatedAt: form.get("expectedUpdatedAt"),
      translations: translationsFormInput(form, ["message"]),
    }),
  respond: (update) => onPublicPage(update.incidentId, "Saved — the status page shows the corrected text."),
});

export const removeUpdate = adminAction({
  permission,
  revalidate,
  run: ({ actor }, updateId: string) => deleteIncidentUpdate({ actor }, updateId),
});

export const saveIncidentDetails = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, incidentId: string) =>
    editIncident({ actor }, incidentId, {
      name: form.get("name"),
      impact: form.get("impact"),
      componentIds: selectedComponentIds(form),
      expectedUpdatedAt: form.get("expectedUpdatedAt") || undefined,
      translations: translationsFormInput(form, ["name"]),
    }),
  respond: (incident) => onPublicPage(incident.id, "Saved — the status page and the API show the new details."),
});

export const removeIncident = adminAction({
  permission: "incidents.delete",
  revalidate,
  run: ({ actor }, incidentId: string) => deleteIncident({ actor }, incidentId),
  redirectTo: () => "/admin/incidents?deleted=1",
});

export const recordPast = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => recordPastIncident({ actor }, pastIncidentFormInput(form)),
  redirectTo: (incident) => `/admin/incidents/${incident.id}`,
});

/** One click: a draft an alert rule opened goes public, and only now are subscribers told. */
export const publishDraft = adminAction({
  permission,
  revalidate,
  run: ({ actor }, incidentId: string) => publishDraftIncident({ actor }, incidentId, {}),
});
