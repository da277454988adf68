import { useTranslations } from "next-intl";
import type { LocationLatestView } from "@/lib/status/status-page-view";

// Where a component is checked from several places: what each place saw last. Plain HTML (a details element), so
// it opens without JavaScript on the light public pages.

function resultOf(location: LocationLatestView): { label: "offline" | "noResultYet" | "up" | "down"; className: string } {
  if (location.offline) return { label: "offline", className: "text-zinc-600 dark:text-zinc-400" };
  if (location.ok === null) return { label: "noResultYet", className: "text-zinc-600 dark:text-zinc-400" };
  return location.ok
    ? { label: "up", className: "text-emerald-700 dark:text-emerald-400" }
    : { label: "down", className: "text-red-700 dark:text-red-400" };
}

/** Each probe location's last result and response time for one component. */
export function LocationResults({ componentName, locations }: { componentName: string; locations: LocationLatestView[] }) {
  const t = useTranslations("locations");
  const down = locations.filter((l) => !l.offline && l.ok === false).length;
  return (
    <details className="mt-2 text-xs" data-location-results>
      <summary className="cursor-pointer font-medium text-sky-700 hover:underline dark:text-sky-400">
        {t("checkedFrom", { count: locations.length })}
        {down > 0 && ` ${t("failing", { count: down })}`}
      </summary>
      <table className="mt-2 w-full max-w-md text-start">
        <caption className="sr-only">{t("caption", { component: componentName })}</caption>
        <thead className="text-zinc-600 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-1 pe-3 font-medium">
              {t("location")}
            </th>
            <th scope="col" className="py-1 pe-3 font-medium">
              {t("lastResult")}
            </th>
            <th scope="col" className="py-1 text-end font-medium">
              {t("latency")}
            </th>
          </tr>
        </thead>
        <tbody className="text-zinc-800 dark:text-zinc-200">
          {locations.map((location) => {
            const result = resultOf(location);
            return (
              <tr key={location.name} className="border-t border-zinc-200 dark:border-zinc-800" data-location={location.name}>
                <th scope="row" className="break-all py-1 pe-3 font-normal">
                  {location.name}
                </th>
                <td className={`py-1 pe-3 font-medium ${result.className}`}>{t(result.label)}</td>
                <td className="py-1 text-end tabular-nums">
                  {location.responseTimeMs === null || location.offline ? "—" : `${location.responseTimeMs} ms`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
