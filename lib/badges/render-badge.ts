import { makeBadge } from "badge-maker";
import { type BadgeFace, LABEL_COLOR } from "./badge-palette";
import type { BadgeStyle, BadgeTheme } from "./badge-query";

// Pure rendering, reused by every badge (status, uptime, and later response time): face + look → bytes.

export interface BadgeLook {
  style?: BadgeStyle;
  theme?: BadgeTheme;
}

/** The badge as an SVG document, drawn by shields.io's own renderer. */
export function renderBadgeSvg(face: BadgeFace, look: BadgeLook = {}): string {
  return makeBadge({
    label: face.label,
    message: face.message,
    color: face.color,
    labelColor: LABEL_COLOR[look.theme ?? "light"],
    style: look.style ?? "flat",
  });
}
