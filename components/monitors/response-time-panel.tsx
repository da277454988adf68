"use client";
import { useId, useState } from "react";
import { ResponseTimeChart } from "./response-time-chart";

/** "Response time" under a monitored component: the chart loads only once a reader opens it. */
export function ResponseTimePanel({ componentId, componentName }: { componentId: string; componentName: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="mt-2">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        className="flex items-center gap-1 text-xs font-medium text-sky-700 hover:underline dark:text-sky-400"
      >
        <span aria-hidden className={`inline-block transition-transform ${open ? "rotate-90" : ""}`}>
          ›
        </span>
        Response time
      </button>
      {open && (
        <div id={panelId} className="mt-2">
          <ResponseTimeChart componentId={componentId} componentName={componentName} />
        </div>
      )}
    </div>
  );
}
