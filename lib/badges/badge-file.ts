// The last path segment of a badge URL: "<name>.svg" for the image, "<name>.json" for shields' endpoint badge.

export type BadgeFormat = "svg" | "json";

export const BADGE_CONTENT_TYPE: Record<BadgeFormat, string> = {
  svg: "image/svg+xml; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/** "backend-api.svg" → { name: "backend-api", format: "svg" }; null for any other extension or an empty name. */
export function parseBadgeFile(file: string): { name: string; format: BadgeFormat } | null {
  const match = /^(.+)\.(svg|json)$/.exec(file);
  return match ? { name: match[1], format: match[2] as BadgeFormat } : null;
}
