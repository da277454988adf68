import { describe, expect, it } from "vitest";
import { readSvg } from "@/lib/testing/read-svg";
import { BADGE_COLOR, LABEL_COLOR, statusFace } from "./badge-palette";
import { BADGE_STYLES } from "./badge-query";
import { renderBadgeSvg } from "./render-badge";

describe("renderBadgeSvg", () => {
  it("draws a well-formed SVG whose text and accessible name carry the label and message", async () => {
    const svg = await readSvg(renderBadgeSvg(statusFace("Backend API", "operational")));
    expect(svg.root).toBe("svg");
    expect(svg.attributes).toMatchObject({ xmlns: "http://www.w3.org/2000/svg", role: "img", "aria-label": "Backend API: operational" });
    expect(svg.title).toBe("Backend API: operational");
    expect(svg.texts).toContain("Backend API");
    expect(svg.texts).toContain("operational");
  });

  it("fills the message with the status colour and the label with shields' grey", async () => {
    const svg = await readSvg(renderBadgeSvg(statusFace("status", "major_outage")));
    expect(svg.fills).toContain(BADGE_COLOR.major_outage);
    expect(svg.fills).toContain(LABEL_COLOR.light);
  });

  it("uses a darker label colour for the dark theme", async () => {
    const svg = await readSvg(renderBadgeSvg(statusFace("status", "operational"), { theme: "dark" }));
    expect(svg.fills).toContain(LABEL_COLOR.dark);
    expect(svg.fills).not.toContain(LABEL_COLOR.light);
  });

  it.each(BADGE_STYLES)("renders the %s style as a well-formed SVG with the message", async (style) => {
    const svg = await readSvg(renderBadgeSvg(statusFace("status", "partial_outage"), { style }));
    expect(svg.root).toBe("svg");
    expect(svg.texts.map((t) => t.toLowerCase())).toContain("partial outage");
  });

  it("styles differ in their drawing, so the style parameter is honoured", () => {
    const drawings = BADGE_STYLES.map((style) => renderBadgeSvg(statusFace("status", "operational"), { style }));
    expect(new Set(drawings).size).toBe(BADGE_STYLES.length);
  });

  it("escapes markup in a label so a hostile label cannot break or script the SVG", async () => {
    const raw = renderBadgeSvg(statusFace('<script>alert(1)</script> & "x"', "operational"));
    expect(raw).not.toContain("<script>");
    const svg = await readSvg(raw);
    expect(svg.texts).toContain('<script>alert(1)</script> & "x"');
  });
});
