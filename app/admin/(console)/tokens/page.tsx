import type { Metadata } from "next";
import { ApiTokenList } from "@/components/admin/api-token-list";
import { CreateApiTokenForm } from "@/components/admin/create-api-token-form";
import { Card, SectionHeading } from "@/components/ui/card";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { API_SCOPE_DESCRIPTIONS, API_SCOPES } from "@/lib/api-tokens/scopes";
import { requireAdmin } from "@/lib/auth/session";
import { getPageSettings } from "@/lib/page/queries";
import { createToken, revokeToken } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  await requireAdmin({ permission: "api-tokens.manage" });
  const [tokens, page] = await Promise.all([listApiTokens(), getPageSettings()]);
  const scopes = API_SCOPES.map((value) => ({ value, description: API_SCOPE_DESCRIPTIONS[value] }));
  return (
    <>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">API tokens</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Tokens let scripts post incident updates and set component statuses through the write API (
          <a href="/api/openapi.json" className="text-sky-700 underline dark:text-sky-400">
            OpenAPI document
          </a>
          ). Send one as <code className="font-mono">Authorization: Bearer bcn_…</code>.
        </p>
      </div>
      <section aria-labelledby="create-token-heading">
        <SectionHeading id="create-token-heading">Create a token</SectionHeading>
        <Card className="p-5 sm:p-6">
          <CreateApiTokenForm create={createToken} scopes={scopes} />
        </Card>
      </section>
      <section aria-labelledby="tokens-heading">
        <SectionHeading id="tokens-heading">Tokens</SectionHeading>
        <Card className="p-2 sm:p-3">
          <ApiTokenList tokens={tokens} timeZone={page.timeZone} revoke={revokeToken} />
        </Card>
      </section>
    </>
  );
}
