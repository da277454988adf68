"use client";
import { useState } from "react";
import { FieldError, inputClass } from "@/components/admin/form-controls";
import { MonitorField } from "./monitor-field";

// Where a monitor runs: the Beacon processes, chosen probe locations, or every location; and its quorum.

export function PlacementFields({
  formId,
  errors,
  values: v,
  locations,
}: {
  formId: string;
  errors: Record<string, string[]>;
  values: Record<string, string>;
  locations: { id: string; name: string }[];
}) {
  const [placement, setPlacement] = useState(v.placement || "builtin");
  const chosen = new Set((v.locationIds ?? "").split(",").filter(Boolean));
  return (
    <fieldset className="space-y-3" aria-describedby={`${formId}-placement-error`}>
      <legend className="text-sm font-medium">Where it runs</legend>
      <select
        id={`${formId}-placement`}
        name="placement"
        aria-label="Where it runs"
        value={placement}
        onChange={(e) => setPlacement(e.target.value)}
        className={`${inputClass} max-w-md`}
      >
        <option value="builtin">Built-in (the Beacon processes)</option>
        <option value="locations" disabled={locations.length === 0}>
          On chosen probe locations
        </option>
        <option value="all" disabled={locations.length === 0}>
          On every probe location
        </option>
      </select>
      {locations.length === 0 && <p className="text-xs text-zinc-600 dark:text-zinc-400">Add probe locations on Admin → Probes first.</p>}
      {placement === "locations" && (
        <div className="flex flex-wrap gap-4 text-sm">
          {locations.map((l) => (
            <label key={l.id} className="flex items-center gap-2">
              <input type="checkbox" name="locationIds" value={l.id} defaultChecked={chosen.has(l.id)} /> {l.name}
            </label>
          ))}
        </div>
      )}
      {placement !== "builtin" && (
        <MonitorField
          formId={formId}
          errors={errors}
          name="quorum"
          type="number"
          label="Fails when at least this many locations fail (quorum)"
          value={v.quorum}
          hint="Blank: a majority of the locations reporting"
          className="max-w-md"
        />
      )}
      <FieldError id={`${formId}-placement-error`} errors={[...(errors.placement ?? []), ...(errors.locationIds ?? [])]} />
    </fieldset>
  );
}
