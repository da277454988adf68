import { LocalTime } from "@/components/time/local-time";
import type { AuditEntryView } from "@/lib/audit/queries";

const ACTOR_KIND = { user: "user", token: "API token", system: "Beacon" } as const;

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="text-xs font-medium uppercase tracking-wide text-zinc-500">{label}</p>
      <pre className="mt-1 max-h-96 overflow-auto rounded-lg bg-zinc-100 p-3 text-xs dark:bg-zinc-950">
        {value === null || value === undefined ? "—" : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** One audit entry: who, when and what, with the record before and after behind a disclosure. */
export function AuditEntryRow({ entry, timeZone }: { entry: AuditEntryView; timeZone: string }) {
  return (
    <li className="space-y-2 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p>
          <span className="font-semibold">{entry.actorLabel}</span>{" "}
          <span className="text-xs text-zinc-500">({ACTOR_KIND[entry.actorType]})</span>{" "}
          <code className="rounded bg-zinc-100 px-1 py-0.5 dark:bg-zinc-800">{entry.action}</code>{" "}
          <span className="text-zinc-600 dark:text-zinc-400">
            {entry.entityType}
            {entry.entityId ? ` ${entry.entityId}` : ""}
          </span>
        </p>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          <LocalTime iso={entry.createdAt.toISOString()} pageTimeZone={timeZone} />
        </p>
      </div>
      <details>
        <summary className="cursor-pointer text-xs text-zinc-600 dark:text-zinc-400">Before and after</summary>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          <Json label="Before" value={entry.before} />
          <Json label="After" value={entry.after} />
        </div>
      </details>
    </li>
  );
}
