"use server";
import { adminAction } from "@/lib/admin-actions/admin-action";
import { removeSubscriber } from "@/lib/subscriptions/remove";

export const removeSubscriberAction = adminAction({
  permission: "subscribers.remove",
  revalidate: { paths: ["/admin/subscribers"] },
  run: ({ actor }, subscriberId: string) => removeSubscriber(actor, subscriberId),
});
