import { z } from "zod";

// The probe API's payloads and the admin's location form: one definition each.

export const LOCATION_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export const createLocationInput = z.object({
  name: z
    .string({ error: "name is required" })
    .trim()
    .toLowerCase()
    .regex(LOCATION_NAME_PATTERN, { error: "name must be 1-40 lowercase letters, digits or dashes, e.g. eu-west" }),
});

export const MAX_RESULTS_PER_BATCH = 1_000;
export const MAX_ASSIGNMENTS_PER_PULL = 1_000;

export const pullInput = z.object({
  version: z.string().max(40).default("unknown"),
  max: z.number().int().min(1).max(MAX_ASSIGNMENTS_PER_PULL).default(200),
  /** How far ahead of its due time a check may be handed out: the probe starts it on time itself. */
  horizonMs: z.number().int().min(0).max(10_000).default(2_000),
});

const probeResult = z.object({
  monitorId: z.string().min(1).max(40),
  dueAt: z.iso.datetime({ offset: true }).transform((text) => new Date(text)),
  startedAt: z.iso.datetime({ offset: true }).transform((text) => new Date(text)),
  ok: z.boolean(),
  degraded: z.string().max(500).nullable().default(null),
  responseTimeMs: z.number().int().min(0).max(600_000).nullable(),
  statusCode: z.number().int().min(100).max(599).nullable().default(null),
  error: z.string().max(1_000).nullable(),
});
export type ProbeResultInput = z.output<typeof probeResult>;

export const pushInput = z.object({
  /** Chosen by the probe once per batch and kept across retries: a retried upload is recognised. */
  batchId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "batchId must be 8-64 letters, digits, - or _" }),
  version: z.string().max(40).default("unknown"),
  results: z.array(probeResult).max(MAX_RESULTS_PER_BATCH),
});
export type PushInput = z.output<typeof pushInput>;
