"use client";
import { useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import useSWR from "swr";
import type { LocationResponseSeries } from "@/lib/monitors/location-response-times";
import type { ResponseTimePoint, ResponseTimeRange } from "@/lib/monitors/response-time-range";
import { LOCATION_COLORS, locationChartRows, locationKey } from "./location-chart-rows";
import { ToggleButtons } from "./toggle-buttons";

const RANGES: { value: ResponseTimeRange; label: string }[] = [
  { value: "24h", label: "24 h" },
  { value: "7d", label: "7 d" },
  { value: "30d", label: "30 d" },
];
// Mid-tone sky and violet: readable on white and on zinc-900 alike.
const P50_COLOR = "#0ea5e9";
const P95_COLOR = "#a855f7";
/** Every line drawn alike: no dots, gaps left as gaps, no animation. */
const LINE_LOOK = { strokeWidth: 2, dot: false, connectNulls: false, isAnimationActive: false } as const;

const VIEWS = [
  { value: "all", label: "All locations" },
  { value: "each", label: "Each location" },
] as const;
type View = (typeof VIEWS)[number]["value"];

interface Series {
  granularity: "hour" | "day";
  points: ResponseTimePoint[];
  /** Absent from documents of older servers. */
  locations?: LocationResponseSeries[];
}

async function fetchSeries(url: string): Promise<Series> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

function tickLabel(iso: string, granularity: "hour" | "day", range: ResponseTimeRange): string {
  const options: Intl.DateTimeFormatOptions =
    granularity === "day" || range === "7d" ? { month: "short", day: "numeric" } : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  return new Intl.DateTimeFormat(undefined, options).format(new Date(iso));
}

/** p50 and p95 response times of a component's monitors over 24 h, 7 d or 30 d (hourly or daily rollups). */
export function ResponseTimeChart({ componentId, componentName }: { componentId: string; componentName: string }) {
  const [range, setRange] = useState<ResponseTimeRange>("24h");
  const [view, setView] = useState<View>("all");
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const url = `/api/v2/components/${encodeURIComponent(componentId)}/response-times.json?range=${range}`;
  const { data, error, isLoading } = useSWR(url, fetchSeries, { refreshInterval: 60_000, keepPreviousData: true });
  const locations = data?.locations ?? [];
  // Per location only where the document has it (hourly ranges, several places); else the series of all of them.
  const perLocation = view === "each" && locations.length > 0;
  const measured = perLocation
    ? locations.some((l) => l.points.some((p) => p.p50Ms !== null))
    : (data?.points.some((p) => p.p50Ms !== null) ?? false);
  const toggle = (key: string) =>
    setHidden((before) => {
      const next = new Set(before);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <figure className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">
          {componentName} response time (ms), {perLocation ? "median per location" : "median and 95th percentile"}
        </figcaption>
        <div className="flex flex-wrap gap-2">
          {locations.length > 0 && <ToggleButtons label="Locations" options={VIEWS} value={view} onChange={setView} />}
          <ToggleButtons label="Time range" options={RANGES} value={range} onChange={setRange} />
        </div>
      </div>
      <div className="h-44 text-zinc-500 dark:text-zinc-400">
        {error ? (
          <p className="text-sm">Response times could not be loaded.</p>
        ) : isLoading && !data ? (
          <p className="text-sm">Loading…</p>
        ) : !measured ? (
          <p className="text-sm">No response times measured in this period.</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart<object>
              data={perLocation ? locationChartRows(locations) : data!.points}
              margin={{ top: 4, right: 8, bottom: 0, left: -16 }}
            >
              <CartesianGrid stroke="currentColor" strokeOpacity={0.15} vertical={false} />
              <XAxis
                dataKey="start"
                tickFormatter={(iso: string) => tickLabel(iso, data!.granularity, range)}
                tick={{ fill: "currentColor", fontSize: 11 }}
                stroke="currentColor"
                minTickGap={24}
              />
              <YAxis tick={{ fill: "currentColor", fontSize: 11 }} stroke="currentColor" width={48} allowDecimals={false} />
              <Tooltip
                labelFormatter={(iso) => new Date(String(iso)).toLocaleString()}
                formatter={(value, name) => [value === null || value === undefined ? "—" : `${value} ms`, name]}
                contentStyle={{
                  backgroundColor: "var(--color-zinc-800, #27272a)",
                  border: "none",
                  borderRadius: 8,
                  color: "#f4f4f5",
                  fontSize: 12,
                }}
                labelStyle={{ color: "#f4f4f5" }}
              />
              <Legend
                wrapperStyle={{ fontSize: 11, cursor: perLocation ? "pointer" : undefined }}
                onClick={perLocation ? (entry) => toggle(String(entry.dataKey)) : undefined}
              />
              {perLocation ? (
                locations.map((l, index) => (
                  <Line
                    key={l.location}
                    type="monotone"
                    dataKey={locationKey(index)}
                    name={l.location}
                    hide={hidden.has(locationKey(index))}
                    stroke={LOCATION_COLORS[index % LOCATION_COLORS.length]}
                    {...LINE_LOOK}
                  />
                ))
              ) : (
                <>
                  <Line type="monotone" dataKey="p50Ms" name="p50" stroke={P50_COLOR} {...LINE_LOOK} />
                  <Line type="monotone" dataKey="p95Ms" name="p95" stroke={P95_COLOR} {...LINE_LOOK} />
                </>
              )}
            </LineChart>
          </ResponsiveContainer>
        )}
      </div>
    </figure>
  );
}
