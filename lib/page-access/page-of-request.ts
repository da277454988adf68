import { PAGE_SETTINGS_ID } from "@/lib/page/settings";
import { PAGE_HEADER } from "@/lib/page-addressing/addressing";

// Which page a public request reads: the one the front server resolved from its Host or /p/<slug> prefix and put in
// the internal page header (front-server/page-key.ts, which drops any header a client sent), else the default page.

export type PageOfRequest = (url: string, headers: Record<string, string | string[] | undefined>) => string;

export const resolvedPageOf: PageOfRequest = (_url, headers) => {
  const pageId = headers[PAGE_HEADER];
  return typeof pageId === "string" && pageId ? pageId : PAGE_SETTINGS_ID;
};
