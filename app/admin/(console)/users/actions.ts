"use server";
import { revalidatePath } from "next/cache";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { inviteAdmin } from "@/lib/users/invite";
import { changeAdminRole, removeAdmin } from "@/lib/users/manage";
import { type FormState, failureState, typedValues } from "../form-state";

export type InviteState = FormState & { invited?: { email: string; temporaryPassword: string } };

export const invite = answeringStoreOutage(async function invite(_previous: InviteState, form: FormData): Promise<InviteState> {
  const session = await requireAdmin({ role: "owner" });
  const result = await inviteAdmin(actorOf(session), typedValues(form));
  if (!result.ok) return failureState(result.error, form);
  revalidatePath("/admin/users");
  return { invited: result.data };
});

export async function setRole(userId: string, form: FormData) {
  const session = await requireAdmin({ role: "owner" });
  const result = await changeAdminRole(actorOf(session), userId, { role: form.get("role") });
  if (!result.ok) console.warn(`[beacon] role change refused: ${result.error.message}`);
  revalidatePath("/admin/users");
}

export async function remove(userId: string) {
  const session = await requireAdmin({ role: "owner" });
  const result = await removeAdmin(actorOf(session), userId);
  if (!result.ok) console.warn(`[beacon] removal refused: ${result.error.message}`);
  revalidatePath("/admin/users");
}
