import { parseEnv } from "@/lib/env";
import { createMailer } from "@/lib/notifications/mailer";
import { sendSignInLink } from "@/lib/page-access/magic-link";
import { formText, ruleOfPage, signInAgain } from "@/lib/page-access/sign-in";
import { readPublicModel } from "@/lib/public-model/hold";

export const dynamic = "force-dynamic";

const SENT = "If this address may read the page, a sign-in link is on its way. Check your mail.";

/** A reader of an email page asks for a sign-in link; the answer never says whether the address is allowed. */
export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  const rule = await ruleOfPage(formText(form, "page"));
  if (rule?.kind !== "email") return new Response("Not found\n", { status: 404 });
  const returnTo = formText(form, "next");
  const env = parseEnv();
  if (!env.smtp) return signInAgain(rule, returnTo, "Sign-in links cannot be sent: this Beacon has no mail server set up.", 503);
  const mailer = createMailer(env.smtp);
  try {
    const publicUrl = env.publicUrl ?? (await readPublicModel()).page.url;
    await sendSignInLink(rule, formText(form, "email"), returnTo, { mailer, publicUrl, now: new Date() });
  } catch (error) {
    console.error("[beacon] could not send a page sign-in link:", (error as Error).message);
    return signInAgain(rule, returnTo, "The sign-in link could not be sent just now. Try again in a moment.", 503);
  } finally {
    mailer.close();
  }
  return signInAgain(rule, returnTo, SENT, 200);
}
