import "server-only";
import { parseEnv } from "@/lib/env";

/** The full push URL for a heartbeat path: on BEACON_PUBLIC_URL when set, else on the origin the request came to. */
export function heartbeatUrl(path: string, requestUrl: string): string {
  const base = parseEnv().publicUrl ?? new URL(requestUrl).origin;
  return new URL(path, `${base}/`).toString();
}
