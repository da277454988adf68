import type { FormActionFor } from "@/lib/admin-actions/form-state";
import type { DeliveryView } from "@/lib/notifications/queries";
import { formatInstant } from "@/lib/time/format";
import { InlineAction } from "./inline-action";

const STATE_STYLE = {
  pending: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  delivered: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  failed: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
} as const;

export function DeliveryList({
  deliveries,
  timeZone,
  retry,
}: {
  deliveries: DeliveryView[];
  timeZone: string;
  retry: FormActionFor<[deliveryId: string]>;
}) {
  if (deliveries.length === 0) return <p className="p-3 text-sm text-zinc-600 dark:text-zinc-400">No deliveries.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase text-zinc-600 dark:text-zinc-400">
        <tr>
          <th scope="col" className="p-2">
            Event
          </th>
          <th scope="col" className="p-2">
            To
          </th>
          <th scope="col" className="p-2">
            State
          </th>
          <th scope="col" className="p-2">
            Attempts
          </th>
          <th scope="col" className="p-2">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
        {deliveries.map((d) => (
          <tr key={d.id} className="align-top">
            <td className="p-2">
              <span className="font-mono text-xs">{d.event}</span>
              <span className="block text-xs text-zinc-600 dark:text-zinc-400">{formatInstant(d.createdAt, "datetime", timeZone)}</span>
              <span className="block font-mono text-xs text-zinc-500 dark:text-zinc-400" title="Idempotency key (Beacon-Delivery-Id)">
                {d.id}
              </span>
            </td>
            <td className="break-all p-2">{d.recipient}</td>
            <td className="p-2">
              <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATE_STYLE[d.state]}`}>{d.state}</span>
              {d.state === "delivered" && d.deliveredAt && (
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">{formatInstant(d.deliveredAt, "datetime", timeZone)}</span>
              )}
              {d.state === "pending" && d.attempts > 0 && (
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  next try {formatInstant(d.nextAttemptAt, "time", timeZone)}
                </span>
              )}
              {d.lastError && d.state !== "delivered" && (
                <span className="block text-xs text-red-700 dark:text-red-400">{d.lastError}</span>
              )}
            </td>
            <td className="p-2">{d.attempts}</td>
            <td className="p-2">
              {d.state !== "delivered" && (
                <InlineAction action={retry.bind(null, d.id)} label={`Retry delivery ${d.id} now`}>
                  Retry
                </InlineAction>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
