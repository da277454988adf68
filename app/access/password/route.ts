import { requestClientAddress } from "@/lib/net/request-client-address";
import { pagePasswordMatches } from "@/lib/page-access/password-hash";
import { pagePasswordThrottle } from "@/lib/page-access/password-throttle";
import { formText, ruleOfPage, signedInResponse, signInAgain } from "@/lib/page-access/sign-in";

export const dynamic = "force-dynamic";

/** A reader of a password page sends the shared password; throttled per client address, works while the store is down. */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  const rule = await ruleOfPage(formText(form, "page"));
  if (rule?.kind !== "password") return new Response("Not found\n", { status: 404 });
  const returnTo = formText(form, "next");
  const address = requestClientAddress(request.headers);
  const throttle = pagePasswordThrottle();
  const wait = throttle.waitSeconds(address);
  if (wait > 0)
    return signInAgain(request, rule, returnTo, (t) => t("tooManyPasswords", { count: Math.ceil(wait / 60) }), 429, {
      "retry-after": String(wait),
    });
  if (!(await pagePasswordMatches(formText(form, "password"), rule.passwordHash))) {
    throttle.recordFailure(address);
    return signInAgain(request, rule, returnTo, (t) => t("wrongPassword"), 401);
  }
  return signedInResponse(rule, "password", returnTo);
}
