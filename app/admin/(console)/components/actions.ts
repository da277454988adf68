"use server";
import { adminAction, EVERY_PAGE } from "@/lib/admin-actions/admin-action";
import { createComponentGroup } from "@/lib/component-groups/create";
import { deleteComponentGroup } from "@/lib/component-groups/delete";
import { renameComponentGroup } from "@/lib/component-groups/rename";
import { moveComponentGroup } from "@/lib/component-groups/reorder";
import { createComponent } from "@/lib/components/create";
import { deleteComponent } from "@/lib/components/delete";
import type { MoveDirection } from "@/lib/components/ordering";
import { moveComponent } from "@/lib/components/reorder";
import { updateComponent } from "@/lib/components/update";

// Each action: one domain call, then refresh every page (the public page shows the components).

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

const permission = "components.manage";
const revalidate = { paths: [EVERY_PAGE] };

export const addComponent = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) =>
    createComponent(actor, {
      name: text(form, "name"),
      description: text(form, "description"),
      groupId: text(form, "groupId"),
      showcase: form.get("showcase") === "on",
    }),
});

export const editComponent = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, componentId: string) =>
    updateComponent(actor, componentId, {
      name: text(form, "name"),
      description: text(form, "description"),
      groupId: text(form, "groupId"),
    }),
});

export const setComponentShown = adminAction({
  permission,
  revalidate,
  run: ({ actor }, componentId: string, showcase: boolean) => updateComponent(actor, componentId, { showcase }),
});

export const moveComponentOnPage = adminAction({
  permission,
  revalidate,
  run: ({ actor }, componentId: string, direction: MoveDirection) => moveComponent(actor, componentId, { direction }),
});

export const removeComponent = adminAction({
  permission,
  revalidate,
  run: ({ actor }, componentId: string) => deleteComponent(actor, componentId),
});

export const addComponentGroup = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => createComponentGroup(actor, { name: text(form, "name"), description: text(form, "description") }),
});

export const editComponentGroup = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }, groupId: string) =>
    renameComponentGroup(actor, groupId, { name: text(form, "name"), description: text(form, "description") }),
});

export const moveComponentGroupOnPage = adminAction({
  permission,
  revalidate,
  run: ({ actor }, groupId: string, direction: MoveDirection) => moveComponentGroup(actor, groupId, { direction }),
});

export const removeComponentGroup = adminAction({
  permission,
  revalidate,
  run: ({ actor }, groupId: string) => deleteComponentGroup(actor, groupId),
});
