"use server";
import { adminAction } from "@/lib/admin-actions/admin-action";
import { retryDelivery } from "@/lib/notifications/retry";

export const retryDeliveryAction = adminAction({
  permission: "deliveries.manage",
  revalidate: { paths: ["/admin/deliveries"] },
  run: ({ actor }, deliveryId: string) => retryDelivery(actor, deliveryId),
});
