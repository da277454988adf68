import "server-only";
import { parseEnv } from "@/lib/env";

/** Email subscriptions need an SMTP server: without BEACON_SMTP_HOST and BEACON_SMTP_FROM they are off. */
export function emailSubscriptionsEnabled(): boolean {
  return parseEnv().smtp !== undefined;
}
