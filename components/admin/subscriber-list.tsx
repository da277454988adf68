import type { FormActionFor } from "@/lib/admin-actions/form-state";
import type { SubscriberView } from "@/lib/subscriptions/queries";
import { formatInstant } from "@/lib/time/format";
import { DeleteAction, TestMessageAction } from "./inline-action";

export function SubscriberList({
  subscribers,
  timeZone,
  remove,
  sendTest,
}: {
  subscribers: SubscriberView[];
  timeZone: string;
  remove: FormActionFor<[subscriberId: string]>;
  sendTest: FormActionFor<[subscriberId: string]>;
}) {
  if (subscribers.length === 0) return <p className="p-3 text-sm text-zinc-600 dark:text-zinc-400">No subscribers.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase text-zinc-600 dark:text-zinc-400">
        <tr>
          <th scope="col" className="p-2">
            Subscriber
          </th>
          <th scope="col" className="p-2">
            Receives
          </th>
          <th scope="col" className="p-2">
            State
          </th>
          <th scope="col" className="p-2">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {subscribers.map((s) => (
          <tr key={s.id} className="align-top">
            <td className="break-all p-2">
              <span className="font-medium">{s.target}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                {s.channel === "email" ? "Email" : s.channel === "webhook" ? `Webhook · ${s.webhookFormat}` : "Chat"} · since{" "}
                {formatInstant(s.createdAt, "date", timeZone)}
              </span>
            </td>
            <td className="p-2">{s.scope}</td>
            <td className="p-2">{s.confirmedAt ? "Confirmed" : "Awaiting confirmation"}</td>
            <td className="space-y-2 p-2">
              {s.confirmedAt && <TestMessageAction action={sendTest.bind(null, s.id)} />}
              <DeleteAction action={remove.bind(null, s.id)} what="subscriber" consequence={`${s.target} will receive nothing more.`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
