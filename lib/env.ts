import "server-only";
import path from "node:path";
import { z } from "zod";

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
  BEACON_PUBLIC_URL: z.preprocess(blankAsUnset, z.string().url("must be the page's public URL, e.g. https://status.example.com").optional()),
  BEACON_AUTH_SECRET: z.preprocess(blankAsUnset, z.string().min(32, "must be at least 32 characters").optional()),
  BEACON_ADMIN_EMAIL: z.preprocess(blankAsUnset, z.string().email("must be an email address").optional()),
  BEACON_ADMIN_PASSWORD: z.preprocess(blankAsUnset, z.string().min(12, "must be at least 12 characters").optional()),
  BEACON_DB_CONNECT_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().positive().default(5_000)),
  BEACON_DB_STATEMENT_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().positive().default(10_000)),
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
};

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
  };
}
