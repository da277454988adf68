import "server-only";
import path from "node:path";
import { z } from "zod";
import { type MirrorSettings, mirrorEnvSchema, mirrorSettingsOf } from "@/lib/mirror/mirror-settings";
import { parseTrustedProxies } from "@/lib/net/client-address";

const blankAsUnset = (value: unknown) => (value === "" ? undefined : value);

const envSchema = z.object({
  DATABASE_URL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  BEACON_DATA_DIR: z.preprocess(blankAsUnset, z.string().default("./data")),
  BEACON_SEED_DEMO: z.preprocess(blankAsUnset, z.enum(["true", "false"]).default("true")),
  BEACON_PUBLIC_URL: z.preprocess(
    blankAsUnset,
    z.string().url("must be the page's public URL, e.g. https://status.example.com").optional(),
  ),
  BEACON_AUTH_SECRET: z.preprocess(blankAsUnset, z.string().min(32, "must be at least 32 characters").optional()),
  BEACON_ADMIN_EMAIL: z.preprocess(blankAsUnset, z.string().email("must be an email address").optional()),
  BEACON_ADMIN_PASSWORD: z.preprocess(blankAsUnset, z.string().min(12, "must be at least 12 characters").optional()),
  BEACON_DB_CONNECT_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().positive().default(5_000)),
  BEACON_DB_STATEMENT_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().positive().default(10_000)),
  BEACON_MONITOR_ALLOW_PRIVATE_NETWORKS: z.preprocess(blankAsUnset, z.enum(["true", "false"]).default("false")),
  BEACON_MONITOR_QUIET_PERIOD_SECONDS: z.preprocess(blankAsUnset, z.coerce.number().int().nonnegative().default(300)),
  BEACON_MONITOR_RAW_RETENTION_DAYS: z.preprocess(blankAsUnset, z.coerce.number().int().positive().default(30)),
  BEACON_PROBE_OFFLINE_AFTER_SECONDS: z.preprocess(blankAsUnset, z.coerce.number().int().min(5).max(86_400).default(60)),
  BEACON_TRUSTED_PROXIES: z.preprocess(
    blankAsUnset,
    z
      .string()
      .optional()
      .superRefine((value, context) => {
        try {
          parseTrustedProxies(value);
        } catch (error) {
          context.addIssue({ code: "custom", message: `${(error as Error).message}; use comma-separated CIDRs, e.g. 10.0.0.0/8,::1` });
        }
      }),
  ),
  BEACON_SMTP_HOST: z.preprocess(blankAsUnset, z.string().optional()),
  BEACON_SMTP_PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(65535).optional()),
  BEACON_SMTP_USER: z.preprocess(blankAsUnset, z.string().optional()),
  BEACON_SMTP_PASSWORD: z.preprocess(blankAsUnset, z.string().optional()),
  BEACON_SMTP_FROM: z.preprocess(blankAsUnset, z.string().optional()),
  BEACON_SMTP_SECURE: z.preprocess(blankAsUnset, z.enum(["true", "false"]).optional()),
  BEACON_TELEGRAM_API_URL: z.preprocess(blankAsUnset, z.string().url("must be a URL, e.g. https://api.telegram.org").optional()),
  BEACON_ADMIN_WEBHOOK_URL: z.preprocess(
    blankAsUnset,
    z.string().url("must be an http(s) URL that receives operator reminders").optional(),
  ),
  BEACON_REMINDER_QUIET_MINUTES: z.preprocess(blankAsUnset, z.coerce.number().int().min(5).max(10_080).default(60)),
  BEACON_REMINDER_MAINTENANCE_LEAD_MINUTES: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(10_080).default(60)),
  BEACON_METRICS_TOKEN: z.preprocess(blankAsUnset, z.string().min(16, "must be at least 16 characters").optional()),
  BEACON_METRICS_PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(65535).optional()),
  ...mirrorEnvSchema.shape,
});

export type BeaconEnv = {
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  publicUrl: string | undefined;
  authSecret: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Health checks (lib/monitor-runner): private targets, incident quiet period, raw-result retention. */
  monitor: { allowPrivateNetworks: boolean; quietPeriodSeconds: number; rawRetentionDays: number; probeOfflineAfterSeconds: number };
  /** BEACON_TRUSTED_PROXIES: CIDRs whose X-Forwarded-For hops are believed (read by the front server, see server.ts). */
  trustedProxies: string | undefined;
  /** Outgoing mail for subscriptions; undefined (no BEACON_SMTP_HOST and BEACON_SMTP_FROM) turns email subscriptions off. */
  smtp: SmtpSettings | undefined;
  /** Prometheus /metrics: off unless a bearer token or a separate port is set. */
  metrics: { token: string | undefined; port: number | undefined };
  /** Telegram's Bot API root (BEACON_TELEGRAM_API_URL; a self-hosted Bot API server, or a fake in tests). */
  telegramApiUrl: string | undefined;
  /** Operator reminders (lib/reminders): after how long without an update, how long before a maintenance, and the admin webhook. */
  reminders: { quietMinutes: number; maintenanceLeadMinutes: number; adminWebhookUrl: string | undefined };
  /** The static mirror's targets (BEACON_MIRROR_*; exported by the front server, front-server/mirror); undefined: off. */
  mirror: MirrorSettings | undefined;
};
export type SmtpSettings = { host: string; port: number; secure: boolean; user?: string; password?: string; from: string };

/** Parses the environment; a bad setting fails loudly with its name. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): BeaconEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid Beacon configuration — ${problems.join("; ")}`);
  }
  const e = result.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.BEACON_DATA_DIR),
    seedDemo: e.BEACON_SEED_DEMO === "true",
    connectTimeoutMs: e.BEACON_DB_CONNECT_TIMEOUT_MS,
    statementTimeoutMs: e.BEACON_DB_STATEMENT_TIMEOUT_MS,
    publicUrl: e.BEACON_PUBLIC_URL?.replace(/\/$/, ""),
    authSecret: e.BEACON_AUTH_SECRET,
    adminEmail: e.BEACON_ADMIN_EMAIL,
    adminPassword: e.BEACON_ADMIN_PASSWORD,
    monitor: {
      allowPrivateNetworks: e.BEACON_MONITOR_ALLOW_PRIVATE_NETWORKS === "true",
      quietPeriodSeconds: e.BEACON_MONITOR_QUIET_PERIOD_SECONDS,
      rawRetentionDays: e.BEACON_MONITOR_RAW_RETENTION_DAYS,
      probeOfflineAfterSeconds: e.BEACON_PROBE_OFFLINE_AFTER_SECONDS,
    },
    trustedProxies: e.BEACON_TRUSTED_PROXIES,
    smtp:
      e.BEACON_SMTP_HOST && e.BEACON_SMTP_FROM
        ? {
            host: e.BEACON_SMTP_HOST,
            port: e.BEACON_SMTP_PORT ?? (e.BEACON_SMTP_SECURE === "true" ? 465 : 587),
            secure: e.BEACON_SMTP_SECURE === "true",
            user: e.BEACON_SMTP_USER,
            password: e.BEACON_SMTP_PASSWORD,
            from: e.BEACON_SMTP_FROM,
          }
        : undefined,
    metrics: { token: e.BEACON_METRICS_TOKEN, port: e.BEACON_METRICS_PORT },
    telegramApiUrl: e.BEACON_TELEGRAM_API_URL?.replace(/\/$/, ""),
    reminders: {
      quietMinutes: e.BEACON_REMINDER_QUIET_MINUTES,
      maintenanceLeadMinutes: e.BEACON_REMINDER_MAINTENANCE_LEAD_MINUTES,
      adminWebhookUrl: e.BEACON_ADMIN_WEBHOOK_URL,
    },
    mirror: mirrorSettingsOf(source),
  };
}
