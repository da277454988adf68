import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record";
import { type MutationResult, succeeded, validationFailed } from "@/lib/core/result";
import { getPrisma } from "@/lib/db/boot";
import { generateApiToken } from "@/lib/secrets/token-secret";
import { type ApiTokenView, toApiTokenView } from "./queries";
import { createApiTokenInput } from "./schema";

export interface CreatedApiToken {
  token: ApiTokenView;
  /** The only time the token exists in plaintext: show it once, never store or log it. */
  plaintext: string;
}

/** Creates an API token owned by the signed-in user `actor`; only its hash is kept. */
export async function createApiToken(actor: Actor, rawInput: unknown): Promise<MutationResult<CreatedApiToken>> {
  if (actor.type !== "user" || !actor.id) throw new Error("API tokens are created by a signed-in user");
  const createdById = actor.id;
  const parsed = createApiTokenInput.safeParse(rawInput);
  if (!parsed.success) return validationFailed(parsed.error);
  const { name, scopes } = parsed.data;
  const secret = generateApiToken();
  const prisma = await getPrisma();

  return prisma.$transaction(async (tx): Promise<MutationResult<CreatedApiToken>> => {
    const row = await tx.apiToken.create({
      data: { name, scopes, tokenHash: secret.tokenHash, prefix: secret.prefix, createdById },
      include: { createdBy: { select: { email: true } } },
    });
    const token = toApiTokenView(row);
    await recordAudit(tx, {
      actor,
      action: "api_token.create",
      entityType: "api_token",
      entityId: token.id,
      before: null,
      after: { id: token.id, name, prefix: token.prefix, scopes },
    });
    return succeeded({ token, plaintext: secret.plaintext });
  });
}
