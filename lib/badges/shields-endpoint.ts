import { type BadgeFace, LABEL_COLOR } from "./badge-palette";
import type { BadgeStyle } from "./badge-query";
import type { BadgeLook } from "./render-badge";

// The JSON face of a badge, so a README already on shields.io can show Beacon's status through its endpoint badge.

/** The only keys shields.io's endpoint badge accepts (https://shields.io/badges/endpoint-badge). */
export const SHIELDS_ENDPOINT_KEYS = [
  "schemaVersion",
  "label",
  "message",
  "color",
  "labelColor",
  "isError",
  "style",
  "cacheSeconds",
] as const;

export type ShieldsEndpoint = {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
  labelColor: string;
  cacheSeconds: number;
  isError?: true;
  style?: BadgeStyle;
};

// Shields ignores anything under its own 300 s floor, so asking for less would only mislead.
const SHIELDS_CACHE_SECONDS = 300;

/** The same badge for `https://img.shields.io/endpoint?url=…`; `isError` keeps shields from recolouring a failure. */
export function renderShieldsEndpoint(face: BadgeFace, look: BadgeLook = {}, isError = false): ShieldsEndpoint {
  return {
    schemaVersion: 1,
    label: face.label,
    message: face.message,
    color: face.color,
    labelColor: LABEL_COLOR[look.theme ?? "light"],
    cacheSeconds: SHIELDS_CACHE_SECONDS,
    ...(isError ? { isError: true as const } : {}),
    ...(look.style ? { style: look.style } : {}),
  };
}
