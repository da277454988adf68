import "server-only";
import { getPrisma } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { publicSurfaceBridge } from "@/lib/public-surface/bridge";
import type { PageAccessRule } from "./access-rule";
import { PRIVATE_PAGE_HEADERS } from "./decide";
import { safeReturnPath, signInPage } from "./refusal";
import { accessRuleOf } from "./rule-of-row";
import { type SignInTranslator, signInLocale, signInWords } from "./sign-in-words";
import { signViewer, VIEWER_COOKIE_SECONDS, viewerCookieName } from "./viewer-cookie";
import { currentViewerKey } from "./viewer-key";

// What every way in shares: the page's rule (from the model, so signing in works while the store is down), the
// signed viewer cookie, and the sign-in page again with a notice when it did not work.

/** From the model the front server holds (so it answers while the store is down); without one, from the store. */
export async function ruleOfPage(pageId: string): Promise<PageAccessRule | undefined> {
  const rules = publicSurfaceBridge().accessRules;
  if (rules) return rules.get(pageId);
  if (!pageId) return undefined;
  const prisma = await getPrisma();
  const page = await prisma.pageSettings.findUnique({ where: { id: pageId }, select: { id: true, access: true } });
  return page ? accessRuleOf(page.id, page.access) : undefined;
}

/** A 303 back to the page, carrying the viewer cookie for it. */
export async function signedInResponse(rule: PageAccessRule, subject: string, returnTo: string, now = Date.now()): Promise<Response> {
  const value = signViewer(await currentViewerKey(), {
    pageId: rule.pageId,
    epoch: rule.epoch,
    subject,
    expiresAt: now + VIEWER_COOKIE_SECONDS * 1000,
  });
  const secure = parseEnv().publicUrl?.startsWith("https:") ? "; Secure" : "";
  return new Response(null, {
    status: 303,
    headers: {
      location: safeReturnPath(returnTo),
      "set-cookie": `${viewerCookieName(rule.pageId)}=${value}; Path=/; Max-Age=${VIEWER_COOKIE_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
      ...PRIVATE_PAGE_HEADERS,
    },
  });
}

/** The sign-in page again, with what happened (`notice` picks its words from the `access` messages). */
export function signInAgain(
  request: Request,
  rule: PageAccessRule,
  returnTo: string,
  notice: (t: SignInTranslator) => string,
  status: number,
  extra: Record<string, string> = {},
): Response {
  const locale = signInLocale(returnTo, request.headers.get("accept-language"));
  return new Response(signInPage(rule.kind, rule.pageId, returnTo, notice(signInWords(locale)), locale), {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      ...PRIVATE_PAGE_HEADERS,
      ...extra,
    },
  });
}

export const formText = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
