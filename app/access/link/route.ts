import { PRIVATE_PAGE_HEADERS } from "@/lib/page-access/decide";
import { redeemSignInLink } from "@/lib/page-access/magic-link";
import { safeReturnPath } from "@/lib/page-access/refusal";
import { formText, ruleOfPage, signedInResponse } from "@/lib/page-access/sign-in";

export const dynamic = "force-dynamic";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const html = (body: string, status = 200) =>
  new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Sign in</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:28rem;margin:4rem auto;padding:0 1rem}button{font:inherit}</style></head><body><main>${body}</main></body></html>`,
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

/** The mailed link shows a button rather than signing in: mail scanners that open links must not use it up. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const token = escapeHtml(url.searchParams.get("token") ?? "");
  const next = escapeHtml(safeReturnPath(url.searchParams.get("next")));
  return html(
    `<h1>Sign in to the status page</h1><form method="post" action="/access/link"><input type="hidden" name="token" value="${token}"><input type="hidden" name="next" value="${next}"><button>Open the page</button></form>`,
  );
}

export async function POST(request: Request) {
  const form = await request.formData().catch(() => new FormData());
  const redeemed = await redeemSignInLink(formText(form, "token"), ruleOfPage, new Date());
  if (!redeemed)
    return html("<h1>This sign-in link no longer works</h1><p>It was used already or is too old. Ask for a new one on the page.</p>", 410);
  return signedInResponse(redeemed.rule, redeemed.email, formText(form, "next"));
}
