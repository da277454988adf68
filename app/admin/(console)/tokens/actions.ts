"use server";
import { adminAction } from "@/lib/admin-actions/admin-action";
import { createApiToken } from "@/lib/api-tokens/create";
import { revokeApiToken } from "@/lib/api-tokens/revoke";
import { createTokenFormInput } from "./form-input";

const permission = "api-tokens.manage";
const revalidate = { paths: ["/admin/tokens"] };

export const createToken = adminAction({
  permission,
  revalidate,
  run: ({ actor, form }) => createApiToken(actor, createTokenFormInput(form)),
  // The new token, in plaintext this once; it lives only in this response.
  respond: ({ token, plaintext }) => ({ id: token.id, name: token.name, plaintext }),
  keep: createTokenFormInput,
});

export const revokeToken = adminAction({
  permission,
  revalidate,
  run: ({ actor }, tokenId: string) => revokeApiToken(actor, tokenId),
});
