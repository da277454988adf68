import { z } from "zod";
import { PAGE_DESCRIPTION_MAX_CHARS, PAGE_LOGO_URL_MAX_CHARS, PAGE_NAME_MAX_CHARS, supportedTimeZones } from "@/lib/page/schema";

// What an admin (form or write API) may send about a page: its name and look, its address, its selection.

const LOGO_URL_ERROR = "logoUrl must be an http or https address, e.g. https://example.com/logo.png";
const httpUrl = z.url({ protocol: /^https?$/, error: LOGO_URL_ERROR });
/** Lower case: the addresses /p/<slug> and the keys of prepared pages (front-server/page-key.ts) are made of it. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
/** A host name: letters, digits and hyphens in dot-separated labels, no port, no scheme. */
const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const MAX_DOMAINS = 20;
const ids = (field: string) =>
  z
    .array(
      z
        .string({ error: `${field} must be a list of ids` })
        .min(1)
        .max(64),
      { error: `${field} must be a list of ids` },
    )
    .max(1000)
    .default([]);
const blankIsNull = (text: string | null | undefined) => text || null;

export const pageInput = z
  .object({
    name: z
      .string({ error: "name is required" })
      .trim()
      .min(1, { error: "name is required" })
      .max(PAGE_NAME_MAX_CHARS, {
        error: `name must be at most ${PAGE_NAME_MAX_CHARS} characters`,
      }),
    slug: z
      .string({ error: "slug is required" })
      .trim()
      .regex(SLUG, { error: "slug must be lower-case letters, digits and hyphens (at most 63), e.g. internal" }),
    timeZone: z
      .string({ error: "timeZone is required" })
      .default("UTC")
      .refine((zone) => supportedTimeZones().includes(zone), { error: "timeZone must be an IANA time zone, e.g. Europe/London or UTC" }),
    description: z
      .string({ error: "description must be text" })
      .trim()
      .max(PAGE_DESCRIPTION_MAX_CHARS, { error: `description must be at most ${PAGE_DESCRIPTION_MAX_CHARS} characters` })
      .nullish()
      .transform(blankIsNull),
    logoUrl: z
      .string({ error: "logoUrl must be text" })
      .trim()
      .max(PAGE_LOGO_URL_MAX_CHARS, { error: `logoUrl must be at most ${PAGE_LOGO_URL_MAX_CHARS} characters` })
      .refine((text) => text === "" || httpUrl.safeParse(text).success, { error: LOGO_URL_ERROR })
      .nullish()
      .transform(blankIsNull),
    accentColor: z
      .string({ error: "accentColor must be text" })
      .trim()
      .refine((text) => text === "" || /^#[0-9a-fA-F]{6}$/.test(text), { error: "accentColor must be a colour like #0055ff" })
      .nullish()
      .transform((text) => (text ? text.toLowerCase() : null)),
    defaultLanguage: z
      .string({ error: "defaultLanguage must be text" })
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: "defaultLanguage must be a language tag, e.g. en or de-CH" })
      .default("en"),
    followBrowserLanguage: z.boolean({ error: "followBrowserLanguage must be true or false" }).default(true),
    domains: z
      .array(
        z
          .string({ error: "domains must be a list of host names" })
          .trim()
          .toLowerCase()
          .regex(HOST, { error: "each domain must be a host name like status.example.com (no scheme, no port)" }),
        {
          error: "domains must be a list of host names",
        },
      )
      .max(MAX_DOMAINS, { error: `at most ${MAX_DOMAINS} domains` })
      .default([])
      .transform((list) => [...new Set(list)]),
    canonicalDomain: z.string({ error: "canonicalDomain must be text" }).trim().toLowerCase().nullish().transform(blankIsNull),
    showAllComponents: z.boolean({ error: "showAllComponents must be true or false" }).default(false),
    componentIds: ids("componentIds"),
    groupIds: ids("groupIds"),
    incidentIds: ids("incidentIds"),
  })
  .refine((page) => page.canonicalDomain === null || page.domains.includes(page.canonicalDomain), {
    error: "canonicalDomain must be one of the page's domains",
    path: ["canonicalDomain"],
  });
export type PageInput = z.output<typeof pageInput>;
