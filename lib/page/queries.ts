import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db/boot";
import { PAGE_SETTINGS_ID, type PageSettingsView, pageSettingsOrDefault } from "./settings";

export type { PageSettingsView } from "./settings";

/** The page's name, URL, time zone, description and logo, read from the store (admin pages). */
export const getPageSettings = cache(async (): Promise<PageSettingsView> => {
  const prisma = await getPrisma();
  return pageSettingsOrDefault(await prisma.pageSettings.findUnique({ where: { id: PAGE_SETTINGS_ID } }));
});
