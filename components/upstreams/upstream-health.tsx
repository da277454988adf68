import type { ReactNode } from "react";

/** How an upstream's polling goes: last good read, the error of the last failure, and when it is read next. */
export function UpstreamHealth({
  upstream,
}: {
  upstream: {
    lastSuccessAt: Date | null;
    lastError: string | null;
    consecutiveFailures: number;
    nextPollAt: Date;
    intervalSeconds: number;
  };
}): ReactNode {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-zinc-600 dark:text-zinc-400">Last read</dt>
      <dd>{upstream.lastSuccessAt ? upstream.lastSuccessAt.toISOString().replace(/\.\d{3}Z$/, "Z") : "never"}</dd>
      <dt className="text-zinc-600 dark:text-zinc-400">Polling</dt>
      <dd>
        every {upstream.intervalSeconds} s; next {upstream.nextPollAt.toISOString().replace(/\.\d{3}Z$/, "Z")}
      </dd>
      {upstream.lastError && (
        <>
          <dt className="text-red-700 dark:text-red-400">Failing</dt>
          <dd className="text-red-700 dark:text-red-400">
            {upstream.lastError} ({upstream.consecutiveFailures} in a row; backing off)
          </dd>
        </>
      )}
    </dl>
  );
}
