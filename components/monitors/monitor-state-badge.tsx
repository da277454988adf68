import type { MonitorState } from "@/lib/generated/prisma/enums";

const STYLE: Record<MonitorState | "paused", { label: string; className: string }> = {
  up: { label: "Up", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200" },
  degraded: { label: "Degraded", className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  down: { label: "Down", className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" },
  unknown: { label: "No result yet", className: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200" },
  paused: { label: "Paused", className: "bg-zinc-200 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200" },
};

/** A monitor's state as a word and a colour (never colour alone). */
export function MonitorStateBadge({ state, enabled }: { state: MonitorState; enabled: boolean }) {
  const style = STYLE[enabled ? state : "paused"];
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${style.className}`}>{style.label}</span>;
}
