import { useLocale, useTranslations } from "next-intl";
import type { PublicSlaTable } from "@/lib/sla/public-table";
import { formatPercent } from "./format-percent";

/**
 * Monthly uptime per component on the public page. A wide table scrolls sideways inside its own focusable region,
 * so the page itself never does (390 px phones); the component names stay in view while it scrolls. The region is
 * positioned, so the screen-reader-only text in its cells (absolutely positioned) scrolls inside it, not the page.
 */
export function SlaTable({ table }: { table: PublicSlaTable }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <section aria-labelledby="sla-heading">
      <h2 id="sla-heading" className="mb-1 text-lg font-semibold text-zinc-900 dark:text-zinc-100">
        {t("sla.title")}
      </h2>
      <p id="sla-caption" className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        {t("sla.caption")}
      </p>
      {/* A scrolling region must be reachable by keyboard (axe: scrollable-region-focusable). */}
      <section
        aria-label={t("sla.regionLabel")}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
        tabIndex={0}
        className="relative max-w-full overflow-x-auto rounded-lg border border-zinc-200 focus:outline-2 focus:outline-sky-600 dark:border-zinc-800"
      >
        <table aria-describedby="sla-caption" className="min-w-full border-collapse text-sm tabular-nums">
          <thead className="bg-zinc-50 text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
            <tr>
              <th scope="col" className="sticky start-0 bg-zinc-50 px-3 py-2 text-start font-semibold dark:bg-zinc-900">
                {t("sla.componentColumn")}
              </th>
              {table.months.map((m) => (
                <th key={m.key} scope="col" className="whitespace-nowrap px-3 py-2 text-end font-semibold">
                  <time dateTime={m.key}>{m.label}</time>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 text-zinc-900 dark:divide-zinc-800 dark:text-zinc-100">
            {table.rows.map((row) => (
              <tr key={row.componentId}>
                <th scope="row" className="sticky start-0 bg-white px-3 py-2 text-start font-medium dark:bg-zinc-950">
                  {row.name}
                </th>
                {row.uptimePercent.map((value, i) => (
                  <td key={table.months[i].key} className="whitespace-nowrap px-3 py-2 text-end">
                    {value === null ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{t("common.notMeasured")}</span>
                      </>
                    ) : (
                      formatPercent(value, locale)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
