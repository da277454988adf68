import type { SlaReport } from "@/lib/sla/monthly-uptime";

// One row per component, one column per month: uptime with maintenance excluded, "—" where nothing was measured.

const cellTone = (percent: number | null) => {
  if (percent === null) return "text-zinc-400 dark:text-zinc-500";
  if (percent >= 99.9) return "text-emerald-700 dark:text-emerald-400";
  if (percent >= 99) return "text-amber-700 dark:text-amber-400";
  return "text-red-700 dark:text-red-400";
};

export function SlaTable({ report }: { report: SlaReport }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm tabular-nums">
        <caption className="sr-only">Monthly uptime per component, scheduled maintenance excluded</caption>
        <thead>
          <tr className="border-b border-zinc-200 text-left dark:border-zinc-800">
            <th scope="col" className="px-3 py-2 font-medium">
              Component
            </th>
            {report.months.map((month) => (
              <th key={month} scope="col" className="px-2 py-2 text-right font-medium whitespace-nowrap">
                {month}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.componentId} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {row.componentName}
                <span className="ml-2 text-xs font-normal text-zinc-500">{row.source === "monitors" ? "monitors" : "status history"}</span>
              </th>
              {row.months.map((m) => (
                <td key={m.month} className={`px-2 py-2 text-right ${cellTone(m.uptimePercent)}`}>
                  {m.uptimePercent === null ? "—" : `${m.uptimePercent.toFixed(3)} %`}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
