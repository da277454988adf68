"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { addIncidentUpdate } from "@/lib/incidents/add-update";
import { createIncident } from "@/lib/incidents/create";
import { deleteIncidentUpdate, editIncidentUpdate } from "@/lib/incidents/edit-update";
import { publishPostmortem } from "@/lib/incidents/publish-postmortem";
import { resolveIncident } from "@/lib/incidents/resolve";
import { type FormState, failureState } from "../form-state";
import { incidentFormInput } from "./form-input";

export const openIncident = answeringStoreOutage(async function openIncident(_previous: FormState, form: FormData): Promise<FormState> {
  const session = await requireAdmin();
  const result = await createIncident({ actor: actorOf(session) }, incidentFormInput(form));
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  redirect(`/admin/incidents/${result.data.incident.id}`);
});

export const postUpdate = answeringStoreOutage(async function postUpdate(
  incidentId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const input = incidentFormInput(form);
  const result =
    input.status === "resolved" && form.get("restoreComponents") === "on"
      ? await resolveIncident({ actor: actorOf(session) }, incidentId, { ...input, restoreComponents: true })
      : await addIncidentUpdate({ actor: actorOf(session) }, incidentId, input);
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return {};
});

export const savePostmortem = answeringStoreOutage(async function savePostmortem(
  incidentId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const result = await publishPostmortem({ actor: actorOf(session) }, incidentId, {
    body: form.get("body"),
    expectedUpdatedAt: form.get("expectedUpdatedAt") || undefined,
  });
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return {};
});

export const fixUpdateText = answeringStoreOutage(async function fixUpdateText(
  updateId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const result = await editIncidentUpdate({ actor: actorOf(session) }, updateId, {
    message: form.get("message"),
    expectedUpdatedAt: form.get("expectedUpdatedAt"),
  });
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return {};
});

export const removeUpdate = answeringStoreOutage(async function removeUpdate(
  updateId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const result = await deleteIncidentUpdate({ actor: actorOf(session) }, updateId);
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return {};
});
