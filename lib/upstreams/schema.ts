import { z } from "zod";
import { DEFAULT_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS } from "./poll-schedule";

// What an admin may send about upstreams: the forms and the tests parse with these.

const checkbox = (field: string) =>
  z.preprocess(
    (v) => (v === "on" || v === "true" ? true : v === "" || v === "false" || v === undefined ? false : v),
    z.boolean({ error: `${field} must be true or false` }),
  );

const intervalSeconds = z.coerce
  .number({ error: "intervalSeconds must be a number of seconds" })
  .int({ error: "intervalSeconds must be a whole number of seconds" })
  .min(MIN_INTERVAL_SECONDS, { error: `intervalSeconds must be at least ${MIN_INTERVAL_SECONDS}` })
  .max(3600, { error: "intervalSeconds must be at most 3600" });

const name = z.string({ error: "name must be text" }).trim().max(100, { error: "name must be at most 100 characters" });

export const addUpstreamInput = z.object({
  url: z
    .string({ error: "url is required" })
    .trim()
    .min(1, { error: "url is required" })
    .max(500, { error: "url must be at most 500 characters" })
    .url({ error: "url must be the page's address, e.g. https://www.githubstatus.com" })
    .refine((u) => /^https?:\/\//i.test(u), { error: "url must start with http:// or https://" }),
  /** Blank: the name the page gives itself. */
  name: name.optional().transform((n) => n || null),
  intervalSeconds: intervalSeconds.default(DEFAULT_INTERVAL_SECONDS),
  openIncidents: checkbox("openIncidents").default(false),
  notifySubscribers: checkbox("notifySubscribers").default(false),
});

export const updateUpstreamInput = z.object({
  name: name.min(1, { error: "name is required" }),
  intervalSeconds,
  openIncidents: checkbox("openIncidents"),
  notifySubscribers: checkbox("notifySubscribers"),
});

/** What a new mirroring component shows: `component:<id>`, `group:<id>` or `page`. */
export const addMirrorInput = z.object({
  upstreamId: z.string({ error: "upstreamId is required" }).min(1, { error: "upstreamId is required" }),
  target: z
    .string({ error: "target is required" })
    .regex(/^(page|component:.+|group:.+)$/, { error: "target must be page, component:<id> or group:<id>" }),
  /** Blank: "<Vendor> <upstream name>". */
  componentName: name.optional().transform((n) => n || null),
  /** Blank: the "Providers" group. */
  groupId: z
    .string()
    .optional()
    .transform((id) => id || null),
});

export const setSilencedInput = z.object({
  mirrorId: z.string({ error: "mirrorId is required" }).min(1, { error: "mirrorId is required" }),
  silenced: checkbox("silenced"),
});
