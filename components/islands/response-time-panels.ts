// "Response time" under a monitored component: the button appears with this script, and the chart's bundle
// (React and Recharts, about 110 KB) is fetched only when a reader opens it.

/** The chart bundle's URL, set by the build (scripts/build-islands.ts). */
const CHART_SRC = process.env.BEACON_CHART_SRC ?? "";

export function enhanceResponseTimePanels(root: ParentNode) {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-response-time]")) {
    const panel = document.getElementById(button.getAttribute("aria-controls") ?? "");
    if (!panel) continue;
    const arrow = button.querySelector("span");
    let mounted: Promise<unknown> | null = null;
    button.hidden = false;
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      arrow?.classList.toggle("rotate-90", open);
      panel.hidden = !open;
      if (open && !mounted) {
        const { componentId = "", componentName = "" } = button.dataset;
        const chart: Promise<typeof import("./response-time-chart-island")> = import(CHART_SRC);
        mounted = chart.then(({ mountResponseTimeChart }) => mountResponseTimeChart(panel, componentId, componentName));
      }
    });
  }
}
