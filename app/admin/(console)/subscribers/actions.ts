"use server";
import { adminAction } from "@/lib/admin-actions/admin-action";
import { removeSubscriber } from "@/lib/subscriptions/remove";
import { sendTestMessage } from "@/lib/subscriptions/send-test";

export const removeSubscriberAction = adminAction({
  permission: "subscribers.remove",
  revalidate: { paths: ["/admin/subscribers"] },
  run: ({ actor }, subscriberId: string) => removeSubscriber(actor, subscriberId),
});

export const sendTestMessageAction = adminAction({
  permission: "subscribers.test",
  revalidate: { paths: ["/admin/deliveries"] },
  run: ({ actor }, subscriberId: string) => sendTestMessage(actor, subscriberId),
});
