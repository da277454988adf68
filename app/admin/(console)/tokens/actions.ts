"use server";
import { revalidatePath } from "next/cache";
import { answeringStoreOutage } from "@/app/admin/(console)/store-outage";
import { createApiToken } from "@/lib/api-tokens/create";
import { revokeApiToken } from "@/lib/api-tokens/revoke";
import { actorOf, requireAdmin } from "@/lib/auth/session";
import { type CreateTokenFormState, createTokenFormInput, type RevokeTokenFormState } from "./form-state";

export const createToken = answeringStoreOutage(async function createToken(
  _previous: CreateTokenFormState,
  form: FormData,
): Promise<CreateTokenFormState> {
  const session = await requireAdmin({ role: "owner" });
  const input = createTokenFormInput(form);
  const result = await createApiToken(actorOf(session), input);
  if (!result.ok) return { error: result.error.message, fieldErrors: result.error.fields, values: input };
  revalidatePath("/admin/tokens");
  const { token, plaintext } = result.data;
  return { created: { id: token.id, name: token.name, plaintext } };
}, createTokenFormInput);

export const revokeToken = answeringStoreOutage(async function revokeToken(
  tokenId: string,
  _previous: RevokeTokenFormState,
  _form: FormData,
): Promise<RevokeTokenFormState> {
  const session = await requireAdmin({ role: "owner" });
  const result = await revokeApiToken(actorOf(session), tokenId);
  if (!result.ok) return { error: result.error.message };
  revalidatePath("/admin/tokens");
  return {};
});
