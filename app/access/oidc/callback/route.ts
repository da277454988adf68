import { parseEnv } from "@/lib/env";
import { PENDING_COOKIE } from "@/lib/page-access/oidc-pending";
import { callbackUrlOf, finishOidcSignIn } from "@/lib/page-access/oidc-sign-in";
import { ruleOfPage, signedInResponse, signInAgain } from "@/lib/page-access/sign-in";
import { cookieValue } from "@/lib/page-access/viewer-cookie";
import { currentViewerKey } from "@/lib/page-access/viewer-key";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

const NOTICES = { expired: "oidcExpired", refused: "oidcRefused", failed: "oidcFailed" } as const;

/** The provider sends the reader back here with a code. */
export async function GET(request: Request) {
  const env = parseEnv();
  const publicUrl = env.publicUrl ?? (await readPublicModel()).page.url;
  // The code is exchanged with the redirect URI the provider saw, whatever Host this request came in on.
  const callback = new URL(callbackUrlOf(publicUrl));
  callback.search = new URL(request.url).search;
  const finished = await finishOidcSignIn(
    callback,
    cookieValue(request.headers.get("cookie"), PENDING_COOKIE),
    ruleOfPage,
    await currentViewerKey(),
    Date.now(),
  );
  if (!finished.ok) {
    const rule = (await readPublicModel()).page.access;
    return signInAgain(request, rule, "/", (t) => t(NOTICES[finished.reason]), finished.reason === "refused" ? 403 : 400);
  }
  const rule = await ruleOfPage(finished.pending.pageId);
  if (!rule) return new Response("Not found\n", { status: 404 });
  const response = await signedInResponse(rule, finished.subject, finished.pending.next);
  response.headers.append("set-cookie", `${PENDING_COOKIE}=; Path=/access/oidc; Max-Age=0; HttpOnly; SameSite=Lax`);
  return response;
}
