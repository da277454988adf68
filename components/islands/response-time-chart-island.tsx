import { createRoot } from "react-dom/client";
import { ResponseTimeChart } from "@/components/monitors/response-time-chart";

// The chart's own bundle, loaded when a reader opens it: the one place public pages run React in the browser.
export function mountResponseTimeChart(panel: HTMLElement, componentId: string, componentName: string) {
  createRoot(panel).render(<ResponseTimeChart componentId={componentId} componentName={componentName} />);
}
