import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { publicSurfaceBridge, publishViewerKey } from "@/lib/public-surface/bridge";
import { getInstanceSecret } from "@/lib/secrets/instance-secret";
import { viewerKeyOf } from "./viewer-cookie";

const RETRY_MS = 5_000;

/**
 * Gives the front server the key for viewer cookies: from BEACON_AUTH_SECRET at once, otherwise from the store's
 * auth secret once it answers (tried again until it does). Held in memory from then on, so signed-in viewers keep
 * reading a private page while the store is down; without BEACON_AUTH_SECRET, a start while the store is down
 * refuses them until it answers.
 */
export async function startViewerKey(): Promise<void> {
  const secret = parseEnv().authSecret;
  if (secret) return publishViewerKey(viewerKeyOf(secret));
  try {
    publishViewerKey(viewerKeyOf(await getInstanceSecret(await getPrisma(), "auth")));
  } catch {
    setTimeout(() => void startViewerKey(), RETRY_MS).unref();
  }
}

/** The key now, for Next's own routes (sign-in): from the bridge, or derived again. */
export async function currentViewerKey(): Promise<string> {
  const held = publicSurfaceBridge().viewerKey;
  if (held) return held;
  const secret = parseEnv().authSecret;
  return viewerKeyOf(secret ?? (await getInstanceSecret(await getPrisma(), "auth")));
}
