"use server";
import { adminAction, adminFormAction } from "@/lib/admin-actions/admin-action";
import { typedValues } from "@/lib/admin-actions/form-state";
import { setEditorPages } from "@/lib/editor-pages/set-pages";
import { inviteAdmin } from "@/lib/users/invite";
import { changeAdminRole, removeAdmin } from "@/lib/users/manage";

const permission = "users.manage";
const revalidate = { paths: ["/admin/users"] };

export const invite = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => inviteAdmin(actor, typedValues(form)),
  respond: (invited) => invited,
});

export const setRole = adminFormAction({
  permission,
  revalidate,
  what: "role change",
  run: ({ actor, form }, userId: string) => changeAdminRole(actor, userId, { role: form.get("role") }),
});

export const remove = adminFormAction({
  permission,
  revalidate,
  what: "removal",
  run: ({ actor }, userId: string) => removeAdmin(actor, userId),
});

export const setPages = adminFormAction({
  permission,
  revalidate,
  what: "page limit change",
  run: ({ actor, form }, userId: string) =>
    setEditorPages(actor, userId, {
      pageIds: [...form.keys()].filter((key) => key.startsWith("page:")).map((key) => key.slice("page:".length)),
    }),
});
