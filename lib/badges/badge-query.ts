import { z } from "zod";

// What a badge URL may ask for. Unknown parameters are ignored (cache busters, trackers); a bad value is named.

export const BADGE_STYLES = ["flat", "flat-square", "plastic", "for-the-badge", "social"] as const;
export const BADGE_THEMES = ["light", "dark"] as const;
export const LABEL_MAX_CHARS = 100;
export const UPTIME_DAYS_DEFAULT = 30;
export const UPTIME_DAYS_MAX = 90;

export type BadgeStyle = (typeof BADGE_STYLES)[number];
export type BadgeTheme = (typeof BADGE_THEMES)[number];

const looksSchema = z.object({
  style: z.enum(BADGE_STYLES).optional(),
  label: z.string().max(LABEL_MAX_CHARS).optional(),
  theme: z.enum(BADGE_THEMES).optional(),
});

const uptimeSchema = looksSchema.extend({
  // Whole days only: "30", not "30.5" or "3e1".
  days: z
    .string()
    .regex(/^\d{1,2}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(UPTIME_DAYS_MAX))
    .optional(),
});

export interface BadgeQuery {
  /** Undefined when the URL did not ask: the shields JSON then leaves the style to the embedding URL. */
  style: BadgeStyle | undefined;
  label: string | undefined;
  theme: BadgeTheme;
}

export interface UptimeBadgeQuery extends BadgeQuery {
  days: number;
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; field: string; message: string };

function pick(params: URLSearchParams, keys: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key);
    if (value !== null) picked[key] = value;
  }
  return picked;
}

function failure(error: z.ZodError): { ok: false; field: string; message: string } {
  const field = String(error.issues[0]?.path[0] ?? "query");
  return { ok: false, field, message: `invalid ${field}` };
}

export function parseBadgeQuery(params: URLSearchParams): QueryResult<BadgeQuery> {
  const parsed = looksSchema.safeParse(pick(params, ["style", "label", "theme"]));
  if (!parsed.success) return failure(parsed.error);
  return { ok: true, value: { style: parsed.data.style, label: parsed.data.label, theme: parsed.data.theme ?? "light" } };
}

export function parseUptimeBadgeQuery(params: URLSearchParams): QueryResult<UptimeBadgeQuery> {
  const parsed = uptimeSchema.safeParse(pick(params, ["style", "label", "theme", "days"]));
  if (!parsed.success) return failure(parsed.error);
  const { style, label, theme, days } = parsed.data;
  return { ok: true, value: { style, label, theme: theme ?? "light", days: days ?? UPTIME_DAYS_DEFAULT } };
}
