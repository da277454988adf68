import Link from "next/link";
import type { SubscribeFormState } from "./form-state";

/** After subscribing: "check your inbox", or the webhook's signing secret and manage link, shown this once. */
export function SubscribedNotice({ done }: { done: NonNullable<SubscribeFormState["done"]> }) {
  if (done.channel === "email") {
    return (
      <div
        role="status"
        className="rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
      >
        <p className="font-semibold">Check your inbox</p>
        <p>We sent a confirmation link to {done.email}. Open it to start receiving updates.</p>
      </div>
    );
  }
  if (done.channel === "chat") {
    return (
      <div
        role="status"
        className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
      >
        <p className="font-semibold">Subscribed: {done.label}</p>
        <p>
          Updates arrive there from now on. Change or cancel this subscription any time at its{" "}
          <Link href={done.managePath} className="font-medium underline">
            manage page
          </Link>{" "}
          (bookmark it: it is not shown again).
        </p>
      </div>
    );
  }
  return (
    <div
      role="status"
      className="space-y-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100"
    >
      <p className="font-semibold">Webhook subscribed</p>
      <p>Copy both now: they are not shown again.</p>
      <div>
        <label htmlFor="signing-secret" className="block font-medium">
          Signing secret (verify the Beacon-Signature header with it)
        </label>
        <input
          id="signing-secret"
          readOnly
          value={done.signingSecret}
          onFocus={(e) => e.currentTarget.select()}
          className="mt-1 w-full rounded-md border border-emerald-300 bg-white px-2 py-1.5 font-mono text-xs text-zinc-900 dark:border-emerald-800 dark:bg-zinc-900 dark:text-zinc-100"
        />
      </div>
      <p>
        Change or cancel this subscription any time at its{" "}
        <Link href={done.managePath} className="font-medium underline">
          manage page
        </Link>{" "}
        (bookmark it).
      </p>
    </div>
  );
}
