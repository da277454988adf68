import { parseEnv } from "@/lib/env";
import { PRIVATE_PAGE_HEADERS } from "@/lib/page-access/decide";
import { PENDING_COOKIE, PENDING_SECONDS } from "@/lib/page-access/oidc-pending";
import { startOidcSignIn } from "@/lib/page-access/oidc-sign-in";
import { ruleOfPage, signInAgain } from "@/lib/page-access/sign-in";
import { currentViewerKey } from "@/lib/page-access/viewer-key";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

/** Sends a reader of a single sign-on page to the provider. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const rule = await ruleOfPage(url.searchParams.get("page") ?? "");
  if (rule?.kind !== "oidc") return new Response("Not found\n", { status: 404 });
  const returnTo = url.searchParams.get("next") ?? "/";
  const env = parseEnv();
  try {
    const publicUrl = env.publicUrl ?? (await readPublicModel()).page.url;
    const started = await startOidcSignIn(rule, returnTo, publicUrl, await currentViewerKey(), Date.now());
    const secure = publicUrl.startsWith("https:") ? "; Secure" : "";
    return new Response(null, {
      status: 302,
      headers: {
        location: started.url,
        // Lax: the provider's redirect back is a top-level GET, which carries it.
        "set-cookie": `${PENDING_COOKIE}=${started.cookie}; Path=/access/oidc; Max-Age=${PENDING_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
        ...PRIVATE_PAGE_HEADERS,
      },
    });
  } catch (error) {
    console.error("[beacon] could not start single sign-on:", (error as Error).message);
    return signInAgain(request, rule, returnTo, (t) => t("providerUnreachable"), 503);
  }
}
