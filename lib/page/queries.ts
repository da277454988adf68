import "server-only";
import { cache } from "react";
import { getPrisma } from "@/lib/db/boot";

export interface PageSettingsView {
  name: string;
  url: string;
  timeZone: string;
  description: string | null;
  /** Shown in the public header instead of the plain mark when set. */
  logoUrl: string | null;
}

const FALLBACK: PageSettingsView = {
  name: "Status",
  url: "http://localhost:3000",
  timeZone: "UTC",
  description: null,
  logoUrl: null,
};

/** The page's name, URL, time zone, description and logo (defaults until an admin sets them). */
export const getPageSettings = cache(async (): Promise<PageSettingsView> => {
  const prisma = await getPrisma();
  const settings = await prisma.pageSettings.findFirst();
  return settings
    ? {
        name: settings.name,
        url: settings.url,
        timeZone: settings.timeZone,
        description: settings.description,
        logoUrl: settings.logoUrl,
      }
    : FALLBACK;
});
