import { LocalTime } from "@/components/time/local-time";
import type { LocationBreakdownRow } from "@/lib/probes/location-breakdown";

/** Each probe location's own view of a monitor over 24 h: checks, failures, uptime, response times, last result. */
export function LocationBreakdownTable({ rows, timeZone }: { rows: LocationBreakdownRow[]; timeZone: string }) {
  const ms = (value: number | null) => (value === null ? "—" : `${value} ms`);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Results per probe location, last 24 hours</caption>
        <thead>
          <tr>
            <th className="p-2">Location</th>
            <th className="p-2">Checks</th>
            <th className="p-2">Failed</th>
            <th className="p-2">Uptime</th>
            <th className="p-2">p50</th>
            <th className="p-2">p95</th>
            <th className="p-2">Last result</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.locationId} className="border-t border-zinc-200 dark:border-zinc-800">
              <th scope="row" className="p-2 font-medium">
                {row.name}
                {row.offline && <span className="ml-2 text-xs text-amber-700 dark:text-amber-400">offline</span>}
              </th>
              <td className="p-2">{row.checks}</td>
              <td className="p-2">{row.failed}</td>
              <td className="p-2">{row.uptimePercent === null ? "—" : `${row.uptimePercent}%`}</td>
              <td className="p-2">{ms(row.p50Ms)}</td>
              <td className="p-2">{ms(row.p95Ms)}</td>
              <td className="p-2">
                {row.last ? (
                  <>
                    {row.last.ok ? "passed" : `failed${row.last.error ? `: ${row.last.error}` : ""}`} ·{" "}
                    <LocalTime iso={row.last.startedAt.toISOString()} pageTimeZone={timeZone} />
                  </>
                ) : (
                  "no result yet"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
