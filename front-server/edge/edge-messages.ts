import type { PageAccessRule } from "@/lib/page-access/access-rule";
import type { PageRoutes } from "@/lib/page-addressing/addressing";
import type { PreparedResponse } from "../prepared-response";

// What the primary process (Next, the store, the prepared surface) tells its edge workers: a response to keep for a
// URL, that one is no longer held (the primary's bounded cache let it go), or that everything they hold is out of
// date (the model changed, or the store went down, or came back); which page each request is for (lib/pages);
// and who may read each page, with the key that checks viewer cookies: workers gate without asking anyone.
export type EdgeMessage =
  | { type: "entry"; key: string; response: PreparedResponse }
  | { type: "forget"; key: string }
  | { type: "clear" }
  | { type: "access"; rules: PageAccessRule[]; viewerKey: string | undefined }
  | { type: "pages"; routes: PageRoutes };

export function isEdgeMessage(value: unknown): value is EdgeMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === "entry" || type === "forget" || type === "clear" || type === "access" || type === "pages";
}
