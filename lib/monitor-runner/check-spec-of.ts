import "server-only";
import type { Monitor, PrismaClient } from "@/lib/generated/prisma/client";
import { openSecret } from "@/lib/secrets/secret-box";
import type { CheckSpec } from "./check-spec";

/** A stored monitor as the spec its check runs (the Postgres connection string opened from its sealed form). */
export async function checkSpecOf(prisma: PrismaClient, monitor: Monitor): Promise<CheckSpec> {
  const connectionString = monitor.connectionSealed ? await openSecret(prisma, monitor.connectionSealed) : null;
  return {
    kind: monitor.kind,
    url: monitor.url,
    method: monitor.method,
    requestHeaders: monitor.requestHeaders,
    requestBody: monitor.requestBody,
    expectedStatusCodes: monitor.expectedStatusCodes,
    keyword: monitor.keyword,
    keywordAbsent: monitor.keywordAbsent,
    jsonPath: monitor.jsonPath,
    jsonExpected: monitor.jsonExpected,
    followRedirects: monitor.followRedirects,
    host: monitor.host,
    port: monitor.port,
    timeoutMs: monitor.timeoutMs,
    intervalSeconds: monitor.intervalSeconds,
    dnsRecordType: monitor.dnsRecordType,
    dnsResolver: monitor.dnsResolver,
    expectedValue: monitor.expectedValue,
    tlsExpiryWarnDays: monitor.tlsExpiryWarnDays,
    connectionString,
  };
}
