import "server-only";
import { randomBytes } from "node:crypto";
import { getPrisma } from "@/lib/db/boot";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Mailer } from "@/lib/notifications/mailer";
import type { PageAccessRule } from "./access-rule";
import { emailAllowed, normaliseEmail } from "./email-allow";
import { hashReadToken } from "./read-token";
import { safeReturnPath } from "./refusal";
import { signInWords } from "./sign-in-words";

// kind "email": a reader types an address; only an allowed one is sent a link, and the answer is the same either
// way (no one learns who is allowed). The link holds a random token kept only as a hash, used once, short-lived.

export const LINK_MINUTES = 15;
/** Links one address may be sent per LINK_MINUTES: a stranger cannot flood an allowed reader's inbox. */
export const LINKS_PER_ADDRESS = 5;

export interface LinkDeps {
  mailer: Mailer;
  /** Where links point (BEACON_PUBLIC_URL or the page's URL). */
  publicUrl: string;
  now: Date;
  /** The language of the mail: the reader's, as the sign-in page had it. */
  locale?: Locale;
}

const hashLink = (token: string) => hashReadToken(token);

/** Sends a sign-in link when `email` may read the page; true when one was sent (never told to the reader). */
export async function sendSignInLink(rule: PageAccessRule, rawEmail: string, returnTo: string, deps: LinkDeps): Promise<boolean> {
  const email = normaliseEmail(rawEmail);
  if (rule.kind !== "email" || email.length > 320 || !emailAllowed(email, rule.allowedEmails, rule.allowedDomains)) return false;
  const prisma = await getPrisma();
  const since = new Date(deps.now.getTime() - LINK_MINUTES * 60_000);
  const recent = await prisma.pageAccessLink.count({ where: { pageId: rule.pageId, email, createdAt: { gte: since } } });
  if (recent >= LINKS_PER_ADDRESS) return false;
  const token = randomBytes(32).toString("base64url");
  await prisma.pageAccessLink.create({
    data: {
      pageId: rule.pageId,
      email,
      tokenHash: hashLink(token),
      expiresAt: new Date(deps.now.getTime() + LINK_MINUTES * 60_000),
      createdAt: deps.now,
    },
  });
  const link = `${deps.publicUrl.replace(/\/$/, "")}/access/link?token=${token}&next=${encodeURIComponent(safeReturnPath(returnTo))}`;
  const t = signInWords(deps.locale ?? DEFAULT_LOCALE);
  const intro = t("mailIntro", { count: LINK_MINUTES });
  await deps.mailer.send({
    to: email,
    subject: t("mailSubject"),
    text: `${intro}\n\n${link}\n\n${t("mailIgnore")}\n`,
    html: `<p>${intro}</p><p><a href="${link}">${t("linkHeading")}</a></p><p>${t("mailIgnore")}</p>`,
    messageId: `<${randomBytes(12).toString("hex")}@beacon.page-access>`,
    headers: { "Auto-Submitted": "auto-generated" },
  });
  return true;
}

/** Uses a link once: the page and address it was sent for, when it is unused, unexpired and still allowed. */
export async function redeemSignInLink(token: string, rules: (pageId: string) => Promise<PageAccessRule | undefined>, now: Date) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const prisma = await getPrisma();
  const used = await prisma.pageAccessLink.updateManyAndReturn({
    where: { tokenHash: hashLink(token), usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const link = used[0];
  if (!link) return null;
  const rule = await rules(link.pageId);
  // Who may read could have changed since the link was sent.
  if (rule?.kind !== "email" || !emailAllowed(link.email, rule.allowedEmails, rule.allowedDomains)) return null;
  return { rule, email: link.email };
}
