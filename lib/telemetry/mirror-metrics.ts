import { Gauge, type Registry } from "prom-client";
import { mirrorSignals } from "./mirror-signals";

// The static mirror's health on /metrics, read from its signals at scrape time, one series per target.

export function registerMirrorMetrics(registers: Registry[]) {
  const targets = () => Object.values(mirrorSignals().targets);
  new Gauge({
    name: "beacon_mirror_last_success_timestamp_seconds",
    help: "When an export last reached the static mirror target whole (Unix time); absent until one did",
    labelNames: ["target"],
    registers,
    collect() {
      this.reset();
      for (const t of targets()) if (t.lastSuccessAt !== null) this.set({ target: t.kind }, t.lastSuccessAt / 1000);
    },
  });
  new Gauge({
    name: "beacon_mirror_failing",
    help: "1 while exports to the static mirror target fail (the error is in /api/ready and the admin console), else 0",
    labelNames: ["target"],
    registers,
    collect() {
      this.reset();
      for (const t of targets()) this.set({ target: t.kind }, t.lastError === null ? 0 : 1);
    },
  });
  new Gauge({
    name: "beacon_mirror_consecutive_failures",
    help: "Exports to the static mirror target that failed in a row",
    labelNames: ["target"],
    registers,
    collect() {
      this.reset();
      for (const t of targets()) this.set({ target: t.kind }, t.consecutiveFailures);
    },
  });
  new Gauge({
    name: "beacon_mirror_objects",
    help: "Objects the static mirror target holds after the last successful export",
    labelNames: ["target"],
    registers,
    collect() {
      this.reset();
      for (const t of targets()) this.set({ target: t.kind }, t.objects);
    },
  });
  new Gauge({
    name: "beacon_mirror_last_error_info",
    help: "1, labelled with the last export error of a failing static mirror target (absent while it succeeds)",
    labelNames: ["target", "error"],
    registers,
    collect() {
      this.reset();
      for (const t of targets()) if (t.lastError !== null) this.set({ target: t.kind, error: t.lastError.slice(0, 200) }, 1);
    },
  });
}
