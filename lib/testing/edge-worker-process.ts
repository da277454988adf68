// A real edge worker for tests: forked by node:cluster from a test (the primary), with `--import tsx`.
import { startEdgeWorker } from "@/front-server/edge/start-edge-worker";

startEdgeWorker({ port: 0, hostname: "127.0.0.1", primaryPort: 9, edgeToken: "test-edge-token", trustedProxies: [] });
