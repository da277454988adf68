"use server";
import { revalidatePath } from "next/cache";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { removeSubscriber } from "@/lib/subscriptions/remove";
import type { FormState } from "../form-state";

export const removeSubscriberAction = answeringStoreOutage(async function removeSubscriberAction(
  subscriberId: string,
  _previous: FormState,
  _form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const result = await removeSubscriber(actorOf(session), subscriberId);
  if (!result.ok) return { error: result.error.message };
  revalidatePath("/admin/subscribers");
  return {};
});
