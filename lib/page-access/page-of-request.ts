import { PAGE_SETTINGS_ID } from "@/lib/page/settings";

// Which page a public request reads. One page today (the settings row, the "default page"); with several pages
// this is where the Host header and /p/<slug> pick one, and every gate follows.

export type PageOfRequest = (url: string, headers: Record<string, string | string[] | undefined>) => string;

export const defaultPageOf: PageOfRequest = () => PAGE_SETTINGS_ID;
