// A page's accent colour made safe to show: the text put on it (white or black, whichever contrasts more, by WCAG
// relative luminance), and link colours derived from it that keep 4.5:1 against the light and the dark background.
// Plain functions: the public pages set the result as CSS custom properties on the page root (app/globals.css).

const LIGHT_BACKGROUND = "#fafafa"; // bg-zinc-50, the page's light background
const DARK_BACKGROUND = "#09090b"; // bg-zinc-950, its dark one
const TEXT_CONTRAST = 4.5; // WCAG AA for body text

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hexOf = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour to put on the accent: white or black, whichever contrasts more. */
export function textOnAccent(accentHex: string): "#ffffff" | "#000000" {
  const accent = rgbOf(accentHex);
  if (!accent) return "#ffffff";
  return contrastRatio(accent, [255, 255, 255]) >= contrastRatio(accent, [0, 0, 0]) ? "#ffffff" : "#000000";
}

/** The accent as link text on `backgroundHex`: itself when it contrasts enough, else mixed toward black or white until it does. */
export function accentTextOn(accentHex: string, backgroundHex: string): string {
  const accent = rgbOf(accentHex);
  const background = rgbOf(backgroundHex);
  if (!accent || !background) return accentHex;
  const toward: Rgb = relativeLuminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 0; step <= 20; step++) {
    const t = step / 20;
    const mixed = accent.map((c, k) => c + (toward[k] - c) * t) as Rgb;
    if (contrastRatio(mixed, background) >= TEXT_CONTRAST) return hexOf(mixed);
  }
  return hexOf(toward);
}

export interface AccentProperties {
  "--accent": string;
  "--accent-contrast": string;
  "--accent-link-light": string;
  "--accent-link-dark": string;
}

/** The custom properties a page root carries for its accent; null without one (or with a malformed one). */
export function accentProperties(accentColor: string | null | undefined): AccentProperties | null {
  if (!accentColor || !rgbOf(accentColor)) return null;
  const accent = accentColor.toLowerCase();
  return {
    "--accent": accent,
    "--accent-contrast": textOnAccent(accent),
    "--accent-link-light": accentTextOn(accent, LIGHT_BACKGROUND),
    "--accent-link-dark": accentTextOn(accent, DARK_BACKGROUND),
  };
}
