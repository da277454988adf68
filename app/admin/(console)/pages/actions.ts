"use server";
import { adminAction, adminFormAction, EVERY_PAGE } from "@/lib/admin-actions/admin-action";
import { pageInputOfForm } from "@/lib/pages/page-form";
import { createPage, deletePage, updatePage } from "@/lib/pages/write-pages";

// Owners only, like the page settings: a page's domains and address go into its links, feeds and mails.

export const createPageAction = adminAction({
  permission: "page-settings.edit",
  revalidate: { paths: [EVERY_PAGE] },
  run: ({ actor, form }) => createPage(actor, pageInputOfForm(form)),
  redirectTo: (page) => `/admin/pages/${page.id}?saved=1`,
});

export const updatePageAction = adminAction({
  permission: "page-settings.edit",
  revalidate: { paths: [EVERY_PAGE] },
  run: ({ actor, form }, id: string) => updatePage(actor, id, pageInputOfForm(form)),
  redirectTo: (page) => `/admin/pages/${page.id}?saved=1`,
});

export const deletePageAction = adminFormAction({
  what: "removing a page",
  permission: "page-settings.edit",
  revalidate: { paths: [EVERY_PAGE] },
  run: ({ actor }, id: string) => deletePage(actor, id),
  redirectTo: () => "/admin/pages",
});
