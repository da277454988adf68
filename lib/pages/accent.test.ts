import { describe, expect, it } from "vitest";
import { accentProperties, accentTextOn, contrastRatio, textOnAccent } from "./accent";

const rgb = (hex: string) => [1, 3, 5].map((k) => Number.parseInt(hex.slice(k, k + 2), 16)) as [number, number, number];

describe("a page's accent colour", () => {
  it("puts white text on a dark accent and black text on a light one", () => {
    expect(textOnAccent("#0055ff")).toBe("#ffffff");
    expect(textOnAccent("#1e3a8a")).toBe("#ffffff");
    expect(textOnAccent("#facc15")).toBe("#000000"); // yellow
    expect(textOnAccent("#a3e635")).toBe("#000000"); // lime
    expect(textOnAccent("#ffffff")).toBe("#000000");
    expect(textOnAccent("#000000")).toBe("#ffffff");
  });

  it("the chosen text always reaches at least 4.5:1 on any accent of a sample", () => {
    for (const accent of ["#0055ff", "#facc15", "#ef4444", "#10b981", "#7c3aed", "#f97316", "#777777", "#ff00ff"]) {
      expect(contrastRatio(rgb(textOnAccent(accent)), rgb(accent))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keeps a dark enough accent as link colour, and darkens or lightens one that is not", () => {
    expect(accentTextOn("#1d4ed8", "#fafafa")).toBe("#1d4ed8");
    const yellowOnLight = accentTextOn("#facc15", "#fafafa");
    expect(yellowOnLight).not.toBe("#facc15");
    expect(contrastRatio(rgb(yellowOnLight), rgb("#fafafa"))).toBeGreaterThanOrEqual(4.5);
    const navyOnDark = accentTextOn("#1e3a8a", "#09090b");
    expect(contrastRatio(rgb(navyOnDark), rgb("#09090b"))).toBeGreaterThanOrEqual(4.5);
    expect(accentTextOn("#facc15", "#09090b")).toBe("#facc15"); // yellow already reads on dark
  });

  it("gives the page root's custom properties, or none without a valid accent", () => {
    expect(accentProperties("#FACC15")).toMatchObject({ "--accent": "#facc15", "--accent-contrast": "#000000" });
    expect(accentProperties(null)).toBeNull();
    expect(accentProperties("red")).toBeNull();
  });
});
