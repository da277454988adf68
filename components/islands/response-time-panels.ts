// "Response time" under a monitored component: the button appears with this script, and the chart's bundle
// (React and Recharts, about 110 KB) is fetched only when a reader opens it.

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
        mounted = import("./response-time-chart-island").then(({ mountResponseTimeChart }) =>
          mountResponseTimeChart(panel, componentId, componentName),
        );
      }
    });
  }
}
