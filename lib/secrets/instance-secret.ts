import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A secret generated once per installation and kept in the store, so every instance shares it. */
export async function getInstanceSecret(prisma: PrismaClient, name: string): Promise<string> {
  const existing = await prisma.instanceSecret.findUnique({ where: { name } });
  if (existing) return existing.value;
  await prisma.instanceSecret.createMany({ data: [{ name, value: randomBytes(32).toString("hex") }], skipDuplicates: true });
  return (await prisma.instanceSecret.findUniqueOrThrow({ where: { name } })).value;
}
