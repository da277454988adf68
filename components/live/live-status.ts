// Pure rules of the live-update leaf, kept apart from React so they are tested on their own.

export const LIVE_STATUS_URL = "/api/v2/status.json";

/** status.json of the page open in this browser: under its /p/<slug> when it was opened there (lib/pages). */
export function liveStatusUrl(pathname: string | undefined): string {
  const page = pathname ? /^\/p\/[^/]+(?=\/|$)/.exec(pathname)?.[0] : undefined;
  return `${page ?? ""}${LIVE_STATUS_URL}`;
}
export const LIVE_REFRESH_MS = 5_000;
const MAX_RETRY_MS = 30_000;

/** A change of `page.updated_at` after the first check means the page shows something stale. */
export function hasPageChanged(seen: string | null, current: string | null): boolean {
  return seen !== null && current !== null && seen !== current;
}

/** After a failed check: 5 s, 10 s, … up to 30 s, so a long outage neither hammers Beacon nor stops the retries. */
export function retryDelayMs(retryCount: number): number {
  return Math.min(MAX_RETRY_MS, LIVE_REFRESH_MS * Math.max(1, retryCount));
}

/** "14:03:05" in the viewer's zone (or the one given). */
export function formatCheckedAt(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", timeZone }).format(at);
}

export function pageVersionOf(body: unknown): string | null {
  const page = (body as { page?: { updated_at?: unknown } } | null)?.page;
  return typeof page?.updated_at === "string" ? page.updated_at : null;
}

/** Beacon answers from its last known state while its store is unreachable, and says so with `stale`. */
export function isStaleDocument(body: unknown): boolean {
  return typeof body === "object" && body !== null && "stale" in body;
}

/** When the last known state was current, for a document served while the store is unreachable; else null. */
export function staleAsOf(body: unknown): string | null {
  if (!isStaleDocument(body)) return null;
  const asOf = (body as { stale?: { status_as_of?: unknown } }).stale?.status_as_of;
  return typeof asOf === "string" ? asOf : null;
}

export interface LiveStatus {
  version: string | null;
  /** True while Beacon cannot reach its store: live updates are paused. */
  storeUnreachable: boolean;
  /** When the last known state Beacon serves meanwhile was current, when it says. */
  staleAsOf: string | null;
  /** On a static mirror (front-server/mirror): when it was exported, the time the page shows instead of the poll's. */
  mirrorExportedAt: string | null;
}

/** A mirror's status.json carries `mirror.exported_at`; Beacon's own never does. */
export function mirrorExportedAt(body: unknown): string | null {
  const at = (body as { mirror?: { exported_at?: unknown } } | null)?.mirror?.exported_at;
  return typeof at === "string" ? at : null;
}

/** Reads status.json's answer: a live document, the last known state (`stale`), or 503 store_unavailable. */
export function liveStatusOf(httpStatus: number, body: unknown): LiveStatus | null {
  if (httpStatus === 503 && (body as { error?: { code?: unknown } } | null)?.error?.code === "store_unavailable") {
    return { version: null, storeUnreachable: true, staleAsOf: null, mirrorExportedAt: null };
  }
  if (httpStatus < 200 || httpStatus > 299) return null;
  const asOf = staleAsOf(body);
  return { version: pageVersionOf(body), storeUnreachable: asOf !== null, staleAsOf: asOf, mirrorExportedAt: mirrorExportedAt(body) };
}

/** The notice the server put at the top of the page while the store was unreachable (lib/public-surface). */
export const STORE_NOTICE_ID = "beacon-store-notice";
