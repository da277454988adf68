import { formatInstant } from "@/lib/time/format";
import { describeCheck, formatResponseTime } from "./format-check";

export interface CheckRow {
  id: string;
  dueAt: Date;
  startedAt: Date;
  ok: boolean;
  responseTimeMs: number | null;
  statusCode: number | null;
  error: string | null;
  note: string | null;
}

/** The newest checks, newest first: when, result, response time, and how late it started. */
export function RecentChecksTable({ checks, timeZone }: { checks: CheckRow[]; timeZone: string }) {
  if (checks.length === 0) return <p className="text-sm text-zinc-600 dark:text-zinc-400">No checks yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-zinc-600 dark:text-zinc-400">
          <tr>
            <th className="py-1 pr-3 font-medium">Started</th>
            <th className="py-1 pr-3 font-medium">Result</th>
            <th className="py-1 pr-3 font-medium">Details</th>
            <th className="py-1 pr-3 font-medium">Response</th>
            <th className="py-1 font-medium">Late by</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
          {checks.map((check) => (
            <tr key={check.id}>
              <td className="py-1.5 pr-3 whitespace-nowrap">{formatInstant(check.startedAt, "datetime", timeZone)}</td>
              <td
                className={`py-1.5 pr-3 font-medium ${check.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}
              >
                {check.ok ? "OK" : "Failed"}
              </td>
              <td className="py-1.5 pr-3 text-zinc-700 dark:text-zinc-300">{describeCheck(check)}</td>
              <td className="py-1.5 pr-3 tabular-nums">{formatResponseTime(check.responseTimeMs)}</td>
              <td className="py-1.5 tabular-nums">{Math.max(0, check.startedAt.getTime() - check.dueAt.getTime())} ms</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
