"use server";
import { adminAction, EVERY_PAGE } from "@/lib/admin-actions/admin-action";
import { rotateReadToken, updatePageAccess } from "@/lib/page-access/update-access";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};
const SECRET_FIELDS = new Set(["password", "oidcClientSecret"]);

/** Owners only: who may read the page. Bound to the page's id, so each page gets its own form. */
export const savePageAccess = adminAction({
  permission: "page-settings.edit",
  revalidate: { paths: [EVERY_PAGE] },
  run: ({ actor, form }, pageId: string) =>
    updatePageAccess(actor, pageId, {
      kind: text(form, "kind"),
      password: text(form, "password"),
      cidrs: text(form, "cidrs"),
      allowedEmails: text(form, "allowedEmails"),
      allowedDomains: text(form, "allowedDomains"),
      oidcIssuer: text(form, "oidcIssuer"),
      oidcClientId: text(form, "oidcClientId"),
      oidcClientSecret: text(form, "oidcClientSecret"),
      oidcGroupClaim: text(form, "oidcGroupClaim"),
      oidcGroup: text(form, "oidcGroup"),
    }),
  keep: (form) =>
    Object.fromEntries([...form.entries()].filter(([name, value]) => typeof value === "string" && !SECRET_FIELDS.has(name))) as Record<
      string,
      string
    >,
});

/** A new read token for the page's badges and feeds, shown once. */
export const rotatePageReadToken = adminAction({
  permission: "page-settings.edit",
  run: ({ actor }, pageId: string) => rotateReadToken(actor, pageId),
  respond: ({ token }) => ({ token }),
});
