import "server-only";
import { pageUrlFor } from "@/lib/page/page-url";

/** The full push URL for a heartbeat path, on the page's public URL (see lib/page/page-url.ts). */
export function heartbeatUrl(path: string): Promise<string> {
  return pageUrlFor(path.startsWith("/") ? path : `/${path}`);
}
