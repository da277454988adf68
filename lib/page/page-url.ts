import "server-only";
import { parseEnv } from "@/lib/env";
import { getPageSettings } from "./queries";

/**
 * The page's public URL, without a trailing slash: BEACON_PUBLIC_URL, else the page settings' URL. Every absolute
 * URL Beacon builds starts here, never from the request's URL (behind a proxy that is Next's internal address).
 */
export async function pageBaseUrl(): Promise<string> {
  const base = parseEnv().publicUrl ?? (await getPageSettings()).url;
  return base.replace(/\/+$/, "");
}

/** An absolute URL on the page for `path` (which starts with a slash). */
export async function pageUrlFor(path: string): Promise<string> {
  return `${await pageBaseUrl()}${path}`;
}
