import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SlaReport } from "@/lib/sla/monthly-uptime";
import { publicSlaTable } from "@/lib/sla/public-table";
import en from "@/messages/en.json";
import { SlaTable } from "./sla-table";

const report: SlaReport = {
  generatedAt: new Date("2026-11-24T12:00:00Z"),
  months: ["2026-10", "2026-11"],
  rows: [
    {
      componentId: "api",
      componentName: "API",
      source: "monitors",
      months: [
        { month: "2026-10", uptimePercent: 99.95 },
        { month: "2026-11", uptimePercent: 100 },
      ],
    },
    {
      componentId: "web",
      componentName: "Web",
      source: "status_history",
      months: [
        { month: "2026-10", uptimePercent: null },
        { month: "2026-11", uptimePercent: 99.5 },
      ],
    },
    {
      componentId: "internal",
      componentName: "Internal",
      source: "monitors",
      months: [
        { month: "2026-10", uptimePercent: 90 },
        { month: "2026-11", uptimePercent: 90 },
      ],
    },
  ],
};
const components = [
  { id: "web", name: "Web", showcase: true },
  { id: "api", name: "API", showcase: true },
  { id: "internal", name: "Internal", showcase: false },
];

describe("publicSlaTable", () => {
  it("shows the page's showcase components in page order, month by month", () => {
    expect(publicSlaTable(report, components)).toEqual({
      months: [
        { key: "2026-10", label: "Oct 2026" },
        { key: "2026-11", label: "Nov 2026" },
      ],
      rows: [
        { componentId: "web", name: "Web", uptimePercent: [null, 99.5] },
        { componentId: "api", name: "API", uptimePercent: [99.95, 100] },
      ],
    });
  });

  it("is nothing without a report or a component to show", () => {
    expect(publicSlaTable(null, components)).toBeNull();
    expect(publicSlaTable(report, [{ id: "internal", name: "Internal", showcase: false }])).toBeNull();
  });
});

describe("SlaTable", () => {
  // Its words come from the reader's messages (next-intl), English here.
  const html = renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: "en", messages: en, timeZone: "UTC" } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(SlaTable, { table: publicSlaTable(report, components)! }),
    ),
  );

  it("is a table with column and row headers, percentages and a spoken 'not measured'", () => {
    expect(html).toContain('<th scope="col"');
    expect(html.match(/<th scope="row"[^>]*>(.*?)<\/th>/g)?.map((th) => th.replace(/<[^>]+>/g, ""))).toEqual(["Web", "API"]);
    expect(html).toContain("99.95%");
    expect(html).toContain("100%");
    expect(html).toContain('<span class="sr-only">not measured</span>');
    expect(html).toContain('<time dateTime="2026-10">Oct 2026</time>');
  });

  it("scrolls sideways inside its own keyboard-reachable region, with dark-mode colours", () => {
    expect(html).toMatch(/<section aria-label="[^"]+" tabindex="0" class="[^"]*overflow-x-auto/);
    expect(html).toContain("dark:bg-zinc-950");
  });
});
