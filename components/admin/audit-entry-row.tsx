import { LocalTime } from "@/components/time/local-time";
import { auditDiff, auditRecordName } from "@/lib/audit/diff";
import type { AuditEntryView } from "@/lib/audit/queries";
import { countNoun } from "@/lib/text/count-noun";

const ACTOR_KIND = { user: "user", token: "API token", system: "Beacon" } as const;
const VALUE_CLASS = "whitespace-pre-wrap break-words [overflow-wrap:anywhere] align-top px-2 py-1 font-mono text-xs";

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="text-xs font-medium uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{label}</p>
      <pre className="mt-1 max-h-96 overflow-auto rounded-lg bg-zinc-100 p-3 text-xs dark:bg-zinc-950">
        {value === null || value === undefined ? "—" : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

/** One audit entry: who did what to which record (by name), the fields that changed, and the raw record on demand. */
export function AuditEntryRow({ entry, timeZone }: { entry: AuditEntryView; timeZone: string }) {
  const name = auditRecordName(entry.before, entry.after);
  const changes = auditDiff(entry.before, entry.after);
  return (
    <li className="space-y-2 px-4 py-3 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="min-w-0 break-words">
          <span className="font-semibold">{entry.actorLabel}</span>{" "}
          <span className="text-xs text-zinc-600 dark:text-zinc-400">({ACTOR_KIND[entry.actorType]})</span>{" "}
          <code className="rounded bg-zinc-100 px-1 py-0.5 dark:bg-zinc-800">{entry.action}</code>{" "}
          <span className="text-zinc-600 dark:text-zinc-400">{entry.entityType}</span>
          {name && <span className="font-medium"> “{name}”</span>}
          {entry.entityId && <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-400">({entry.entityId})</span>}
        </p>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          <LocalTime iso={entry.createdAt.toISOString()} pageTimeZone={timeZone} />
        </p>
      </div>
      <details>
        <summary className="cursor-pointer text-xs text-zinc-600 dark:text-zinc-400">
          {changes.length === 0 ? "No field changed" : `${countNoun(changes.length, "field")} changed`}
        </summary>
        {changes.length > 0 && (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full table-fixed border-collapse text-left">
              <thead className="text-xs text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th className="w-1/4 px-2 py-1 font-medium">Field</th>
                  <th className="px-2 py-1 font-medium">Before</th>
                  <th className="px-2 py-1 font-medium">After</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
                {changes.map((change) => (
                  <tr key={change.field}>
                    <th scope="row" className={`${VALUE_CLASS} font-medium`}>
                      {change.field}
                    </th>
                    <td className={`${VALUE_CLASS} text-red-800 dark:text-red-300`}>
                      {change.before === null ? "—" : <del className="no-underline">{change.before}</del>}
                    </td>
                    <td className={`${VALUE_CLASS} text-green-800 dark:text-green-300`}>
                      {change.after === null ? "—" : <ins className="no-underline">{change.after}</ins>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <details className="mt-2">
          <summary className="cursor-pointer text-xs text-zinc-600 dark:text-zinc-400">Whole record, before and after (JSON)</summary>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            <Json label="Before" value={entry.before} />
            <Json label="After" value={entry.after} />
          </div>
        </details>
      </details>
    </li>
  );
}
