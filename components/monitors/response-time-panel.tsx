/**
 * "Response time" under a monitored component. The button shows only with the response-time-panels island
 * (components/islands/response-time-panels.ts), which loads the chart's bundle once a reader opens it.
 */
export function ResponseTimePanel({ componentId, componentName }: { componentId: string; componentName: string }) {
  const panelId = `response-time-${componentId}`;
  return (
    <div className="mt-2">
      <button
        type="button"
        hidden
        aria-expanded={false}
        aria-controls={panelId}
        data-response-time
        data-component-id={componentId}
        data-component-name={componentName}
        className="flex items-center gap-1 text-xs font-medium text-sky-700 hover:underline dark:text-sky-400"
      >
        <span aria-hidden className="inline-block transition-transform">
          ›
        </span>
        Response time
      </button>
      <div id={panelId} hidden className="mt-2" />
    </div>
  );
}
