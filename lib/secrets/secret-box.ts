import "server-only";
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getInstanceSecret } from "@/lib/secrets/instance-secret";

// Webhook signing secrets must be readable to sign, so they are stored sealed (AES-256-GCM) under a key
// derived from an instance secret that lives in the store, shared by every instance.

const KEY_NAME = "subscriptions.webhook-secret-key";

async function key(prisma: PrismaClient): Promise<Buffer> {
  return createHash("sha256")
    .update(await getInstanceSecret(prisma, KEY_NAME), "utf8")
    .digest();
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export async function sealSecret(prisma: PrismaClient, plaintext: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", await key(prisma), iv);
  const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export async function openSecret(prisma: PrismaClient, sealed: string): Promise<string> {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || data === undefined) throw new Error("sealed secret has an unknown format");
  const decipher = createDecipheriv("aes-256-gcm", await key(prisma), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
