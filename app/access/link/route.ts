import { localeDirection } from "@/lib/i18n/locales";
import { PRIVATE_PAGE_HEADERS } from "@/lib/page-access/decide";
import { redeemSignInLink } from "@/lib/page-access/magic-link";
import { safeReturnPath } from "@/lib/page-access/refusal";
import { formText, ruleOfPage, signedInResponse } from "@/lib/page-access/sign-in";
import { signInLocale, signInWords } from "@/lib/page-access/sign-in-words";

export const dynamic = "force-dynamic";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page in the language of the page the link returns to (its `?lang=`), else the reader's browser's. */
function html(request: Request, returnTo: string, body: (t: ReturnType<typeof signInWords>) => string, status = 200) {
  const locale = signInLocale(returnTo, request.headers.get("accept-language"));
  const t = signInWords(locale);
  return new Response(
    `<!doctype html><html lang="${locale}" dir="${localeDirection(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("linkTitle")}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}button{font:inherit}</style></head><body><main>${body(t)}</main></body></html>`,
    {
      status,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
        "referrer-policy": "no-referrer",
        ...PRIVATE_PAGE_HEADERS,
      },
    },
  );
}

/** The mailed link shows a button rather than signing in: mail scanners that open links must not use it up. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const token = escapeHtml(url.searchParams.get("token") ?? "");
  const returnTo = safeReturnPath(url.searchParams.get("next"));
  const next = escapeHtml(returnTo);
  return html(
    request,
    returnTo,
    (t) =>
      `<h1>${t("linkHeading")}</h1><form method="post" action="/access/link"><input type="hidden" name="token" value="${token}"><input type="hidden" name="next" value="${next}"><button>${t("openPage")}</button></form>`,
  );
}

export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  const redeemed = await redeemSignInLink(formText(form, "token"), ruleOfPage, new Date());
  if (!redeemed)
    return html(
      request,
      safeReturnPath(formText(form, "next")),
      (t) => `<h1>${t("linkExpiredHeading")}</h1><p>${t("linkExpiredBody")}</p>`,
      410,
    );
  return signedInResponse(redeemed.rule, redeemed.email, formText(form, "next"));
}
