"use server";
import { revalidatePath } from "next/cache";
import { type FormState, failureState } from "@/app/admin/(console)/form-state";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { createComponentGroup } from "@/lib/component-groups/create";
import { deleteComponentGroup } from "@/lib/component-groups/delete";
import { renameComponentGroup } from "@/lib/component-groups/rename";
import { moveComponentGroup } from "@/lib/component-groups/reorder";
import { createComponent } from "@/lib/components/create";
import { deleteComponent } from "@/lib/components/delete";
import type { MoveDirection } from "@/lib/components/ordering";
import { moveComponent } from "@/lib/components/reorder";
import { updateComponent } from "@/lib/components/update";
import type { MutationResult } from "@/lib/core/result";

// Each action: guard, one domain call, then refresh every page (the public page shows the components).

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

function settle(result: MutationResult<unknown>, form: FormData): FormState {
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/", "layout");
  return {};
}

export const addComponent = answeringStoreOutage(async function addComponent(_previous: FormState, form: FormData): Promise<FormState> {
  const session = await requireAdmin();
  const input = {
    name: text(form, "name"),
    description: text(form, "description"),
    groupId: text(form, "groupId"),
    showcase: form.get("showcase") === "on",
  };
  return settle(await createComponent(actorOf(session), input), form);
});

export const editComponent = answeringStoreOutage(async function editComponent(
  componentId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const input = { name: text(form, "name"), description: text(form, "description"), groupId: text(form, "groupId") };
  return settle(await updateComponent(actorOf(session), componentId, input), form);
});

export const setComponentShown = answeringStoreOutage(async function setComponentShown(
  componentId: string,
  showcase: boolean,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  return settle(await updateComponent(actorOf(session), componentId, { showcase }), form);
});

export const moveComponentOnPage = answeringStoreOutage(async function moveComponentOnPage(
  componentId: string,
  direction: MoveDirection,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  return settle(await moveComponent(actorOf(session), componentId, { direction }), form);
});

export const removeComponent = answeringStoreOutage(async function removeComponent(
  componentId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  return settle(await deleteComponent(actorOf(session), componentId), form);
});

export const addComponentGroup = answeringStoreOutage(async function addComponentGroup(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const input = { name: text(form, "name"), description: text(form, "description") };
  return settle(await createComponentGroup(actorOf(session), input), form);
});

export const editComponentGroup = answeringStoreOutage(async function editComponentGroup(
  groupId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const input = { name: text(form, "name"), description: text(form, "description") };
  return settle(await renameComponentGroup(actorOf(session), groupId, input), form);
});

export const moveComponentGroupOnPage = answeringStoreOutage(async function moveComponentGroupOnPage(
  groupId: string,
  direction: MoveDirection,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  return settle(await moveComponentGroup(actorOf(session), groupId, { direction }), form);
});

export const removeComponentGroup = answeringStoreOutage(async function removeComponentGroup(
  groupId: string,
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  return settle(await deleteComponentGroup(actorOf(session), groupId), form);
});
