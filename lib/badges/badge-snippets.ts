// Copy-paste embeds for a badge: absolute URLs from the page's public URL, linking back to the status page.

export interface BadgeEmbed {
  /** What the badge shows, for the admin list and the image's alt text. */
  title: string;
  /** Path on this server, for the admin preview. */
  path: string;
  imageUrl: string;
  markdown: string;
  html: string;
  /** shields.io's endpoint badge wrapping the JSON twin. */
  shieldsUrl: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

// Square brackets and backslashes would end or break the alt text of a Markdown image.
function escapeMarkdownAlt(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/** `path` is the badge's SVG path (e.g. "/badge/backend-api.svg"); its JSON twin is the same path ending in .json. */
export function badgeEmbed(pageUrl: string, path: string, title: string): BadgeEmbed {
  const base = pageUrl.replace(/\/+$/, "");
  const imageUrl = `${base}${path}`;
  const jsonUrl = imageUrl.replace(/\.svg$/, ".json");
  return {
    title,
    path,
    imageUrl,
    markdown: `[![${escapeMarkdownAlt(title)}](${imageUrl})](${base})`,
    html: `<a href="${escapeHtml(base)}"><img src="${escapeHtml(imageUrl)}" alt="${escapeHtml(title)}"></a>`,
    shieldsUrl: `https://img.shields.io/endpoint?url=${encodeURIComponent(jsonUrl)}`,
  };
}

/** Badge paths: components by their slug (fixed at creation), groups by id (their name, and so its slug, can change). */
export const BADGE_PATHS = {
  page: "/badge.svg",
  status: (ref: string) => `/badge/${encodeURIComponent(ref)}.svg`,
  uptime: (ref: string) => `/badge/${encodeURIComponent(ref)}/uptime.svg`,
};
