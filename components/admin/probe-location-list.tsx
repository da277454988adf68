import { LocalTime } from "@/components/time/local-time";
import type { FormActionFor } from "@/lib/admin-actions/form-state";
import type { ProbeLocationView } from "@/lib/probes/locations";
import { RevokeApiTokenButton } from "./revoke-api-token-button";

const cell = "px-3 py-2 align-top";

/** Each location with its probe's last contact and version; offline and revoked locations say so. */
export function ProbeLocationList({
  locations,
  timeZone,
  revoke,
}: {
  locations: ProbeLocationView[];
  timeZone: string;
  revoke: FormActionFor<[locationId: string]>;
}) {
  if (locations.length === 0) return <p className="p-3 text-sm text-zinc-600 dark:text-zinc-400">No probe locations yet.</p>;
  const when = (date: Date | null, none: string) => (date ? <LocalTime iso={date.toISOString()} pageTimeZone={timeZone} /> : none);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs uppercase text-zinc-600 dark:text-zinc-400">
          <tr>
            <th className={cell}>Location</th>
            <th className={cell}>State</th>
            <th className={cell}>Last contact</th>
            <th className={cell}>Probe version</th>
            <th className={cell}>Token</th>
            <th className={cell}>
              <span className="sr-only">Revoke</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {locations.map((location) => (
            <tr key={location.id} className={location.revokedAt ? "text-zinc-500" : undefined}>
              <td className={`${cell} font-mono font-medium`}>{location.name}</td>
              <td className={cell}>
                {location.revokedAt ? (
                  "Revoked"
                ) : location.offlineSince ? (
                  <span className="font-semibold text-red-700 dark:text-red-400">Offline since {when(location.offlineSince, "")}</span>
                ) : location.lastContactAt ? (
                  <span className="text-emerald-800 dark:text-emerald-300">Online</span>
                ) : (
                  "Waiting for its probe"
                )}
              </td>
              <td className={cell}>{when(location.lastContactAt, "Never")}</td>
              <td className={`${cell} font-mono text-xs`}>{location.probeVersion ?? "—"}</td>
              <td className={`${cell} font-mono text-xs`}>{location.tokenPrefix}…</td>
              <td className={cell}>
                {!location.revokedAt && <RevokeApiTokenButton revoke={revoke.bind(null, location.id)} name={`probe ${location.name}`} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
