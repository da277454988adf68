// The one script public pages carry (built by scripts/build-islands.ts, served from prepared bytes). Public HTML
// is complete without it; each island only enhances markup the server rendered, and the chart loads its own bundle
// when a reader opens it.
import { enhanceLivePage } from "./live-page";
import { enhanceLocalTimes } from "./local-times";
import { enhanceResponseTimePanels } from "./response-time-panels";
import { enhanceUptimeBars } from "./uptime-bars";

/** Enhances a part of the page (all of it at start; the new <main> after a live refresh). */
export function enhance(root: ParentNode) {
  enhanceLocalTimes(root);
  enhanceUptimeBars(root);
  enhanceResponseTimePanels(root);
}

enhance(document);
enhanceLivePage(enhance);
