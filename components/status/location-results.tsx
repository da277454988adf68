import type { LocationLatestView } from "@/lib/status/status-page-view";

// Where a component is checked from several places: what each place saw last. Plain HTML (a details element), so
// it opens without JavaScript on the light public pages.

function resultOf(location: LocationLatestView): { label: string; className: string } {
  if (location.offline) return { label: "Offline", className: "text-zinc-600 dark:text-zinc-400" };
  if (location.ok === null) return { label: "No result yet", className: "text-zinc-600 dark:text-zinc-400" };
  return location.ok
    ? { label: "Up", className: "text-emerald-700 dark:text-emerald-400" }
    : { label: "Down", className: "text-red-700 dark:text-red-400" };
}

/** Each probe location's last result and response time for one component. */
export function LocationResults({ componentName, locations }: { componentName: string; locations: LocationLatestView[] }) {
  const down = locations.filter((l) => !l.offline && l.ok === false).length;
  return (
    <details className="mt-2 text-xs" data-location-results>
      <summary className="cursor-pointer font-medium text-sky-700 hover:underline dark:text-sky-400">
        Checked from {locations.length} locations{down > 0 ? ` (${down} failing)` : ""}
      </summary>
      <table className="mt-2 w-full max-w-md text-left">
        <caption className="sr-only">{componentName}: last result from each location</caption>
        <thead className="text-zinc-600 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Location
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Last result
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Latency
            </th>
          </tr>
        </thead>
        <tbody className="text-zinc-800 dark:text-zinc-200">
          {locations.map((location) => {
            const result = resultOf(location);
            return (
              <tr key={location.name} className="border-t border-zinc-200 dark:border-zinc-800" data-location={location.name}>
                <th scope="row" className="break-all py-1 pr-3 font-normal">
                  {location.name}
                </th>
                <td className={`py-1 pr-3 font-medium ${result.className}`}>{result.label}</td>
                <td className="py-1 text-right tabular-nums">
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
