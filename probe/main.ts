// `npm run probe -- --url https://status.example.com --token bcn_… --location eu-west`: a remote probe. It needs no
// database and makes only outbound connections to Beacon; see README "Remote probes".
import { parseArgs } from "node:util";
import { createProbeAgent } from "./probe-agent";
import { createProbeClient } from "./probe-client";

const PROBE_VERSION = "beacon-probe/0.1.0";

const { values } = parseArgs({
  options: {
    url: { type: "string" },
    token: { type: "string" },
    location: { type: "string" },
    "allow-private-networks": { type: "boolean", default: false },
    "max-buffered": { type: "string", default: "50000" },
    "max-concurrent": { type: "string", default: "256" },
  },
});
const token = values.token ?? process.env.BEACON_PROBE_TOKEN;
if (!values.url || !token || !values.location) {
  console.error("usage: npm run probe -- --url https://status.example.com --token bcn_… --location eu-west");
  console.error("       (the token may also come from BEACON_PROBE_TOKEN; --allow-private-networks lets checks reach private addresses)");
  process.exit(2);
}

const agent = createProbeAgent({
  client: createProbeClient(values.url, token, PROBE_VERSION),
  location: values.location,
  policy: { allowPrivateNetworks: values["allow-private-networks"] || process.env.BEACON_MONITOR_ALLOW_PRIVATE_NETWORKS === "true" },
  maxBufferedResults: Number(values["max-buffered"]),
  maxConcurrentChecks: Number(values["max-concurrent"]),
});
agent.start();
console.log(`[probe] ${PROBE_VERSION} checking for location ${values.location} against ${values.url}`);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    // Checks in flight finish and everything buffered is sent once more before exiting.
    void agent.stop().then(() => process.exit(0));
  });
}
