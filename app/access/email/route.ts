import { parseEnv } from "@/lib/env";
import { createMailer } from "@/lib/notifications/mailer";
import { sendSignInLink } from "@/lib/page-access/magic-link";
import { formText, ruleOfPage, signInAgain } from "@/lib/page-access/sign-in";
import { signInLocale } from "@/lib/page-access/sign-in-words";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

/** A reader of an email page asks for a sign-in link; the answer never says whether the address is allowed. */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  const rule = await ruleOfPage(formText(form, "page"));
  if (rule?.kind !== "email") return new Response("Not found\n", { status: 404 });
  const returnTo = formText(form, "next");
  const env = parseEnv();
  if (!env.smtp) return signInAgain(request, rule, returnTo, (t) => t("noMailServer"), 503);
  const mailer = createMailer(env.smtp);
  try {
    const publicUrl = env.publicUrl ?? (await readPublicModel()).page.url;
    const locale = signInLocale(returnTo, request.headers.get("accept-language"));
    await sendSignInLink(rule, formText(form, "email"), returnTo, { mailer, publicUrl, now: new Date(), locale });
  } catch (error) {
    console.error("[beacon] could not send a page sign-in link:", (error as Error).message);
    return signInAgain(request, rule, returnTo, (t) => t("linkNotSent"), 503);
  } finally {
    mailer.close();
  }
  // Never says whether the address is allowed.
  return signInAgain(request, rule, returnTo, (t) => t("linkSent"), 200);
}
