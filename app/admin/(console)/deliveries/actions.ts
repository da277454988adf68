"use server";
import { revalidatePath } from "next/cache";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { retryDelivery } from "@/lib/notifications/retry";
import type { FormState } from "../form-state";

export const retryDeliveryAction = answeringStoreOutage(async function retryDeliveryAction(
  deliveryId: string,
  _previous: FormState,
  _form: FormData,
): Promise<FormState> {
  const session = await requireAdmin();
  const result = await retryDelivery(actorOf(session), deliveryId);
  if (!result.ok) return { error: result.error.message };
  revalidatePath("/admin/deliveries");
  return {};
});
