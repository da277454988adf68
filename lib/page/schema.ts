import { z } from "zod";

// What an admin may send about the page's own settings.

export const PAGE_NAME_MAX_CHARS = 100;
export const PAGE_DESCRIPTION_MAX_CHARS = 1000;
export const PAGE_LOGO_URL_MAX_CHARS = 500;

const LOGO_URL_ERROR = "logoUrl must be an http or https address, e.g. https://example.com/logo.png";
const httpUrl = z.url({ protocol: /^https?$/, error: LOGO_URL_ERROR });

let timeZones: string[] | undefined;

/** Every IANA time zone the runtime knows, plus "UTC", which some runtimes leave out of the list. */
export function supportedTimeZones(): string[] {
  timeZones ??= ["UTC", ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC")];
  return timeZones;
}

export const pageSettingsInput = z.object({
  name: z
    .string({ error: "name is required" })
    .trim()
    .min(1, { error: "name is required" })
    .max(PAGE_NAME_MAX_CHARS, { error: `name must be at most ${PAGE_NAME_MAX_CHARS} characters` }),
  url: z.url({ protocol: /^https?$/, error: "url must be an http or https address, e.g. https://status.example.com" }),
  timeZone: z.string({ error: "timeZone is required" }).refine((zone) => supportedTimeZones().includes(zone), {
    error: "timeZone must be an IANA time zone, e.g. Europe/London or UTC",
  }),
  // A blank description clears it.
  description: z
    .string({ error: "description must be text" })
    .trim()
    .max(PAGE_DESCRIPTION_MAX_CHARS, { error: `description must be at most ${PAGE_DESCRIPTION_MAX_CHARS} characters` })
    .nullable()
    .optional()
    .transform((text) => text || null),
  // A blank logo URL clears it, and the header shows the plain mark again.
  logoUrl: z
    .string({ error: "logoUrl must be text" })
    .trim()
    .max(PAGE_LOGO_URL_MAX_CHARS, { error: `logoUrl must be at most ${PAGE_LOGO_URL_MAX_CHARS} characters` })
    .refine((text) => text === "" || httpUrl.safeParse(text).success, { error: LOGO_URL_ERROR })
    .nullable()
    .optional()
    .transform((text) => text || null),
  // The public SLA table: off unless asked for.
  showSlaTable: z.boolean({ error: "showSlaTable must be true or false" }).default(false),
});
export type PageSettingsInput = z.output<typeof pageSettingsInput>;
