import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { buildAtom } from "./build-atom";
import { buildRss } from "./build-rss";
import { buildHistoryChannel } from "./history-entries";
import type { FeedHistory } from "./model";

const history: FeedHistory = {
  page: { name: "Acme", url: "https://status.acme.test", timeZone: "UTC", updatedAt: new Date("2025-01-01T00:00:00Z") },
  incidents: [
    {
      id: "i1",
      name: "API <b>down</b> & slow",
      startedAt: new Date("2025-11-24T06:00:00Z"),
      updates: [
        { status: "investigating", body: "<script>alert(1)</script>", displayAt: new Date("2025-11-24T06:00:00Z") },
        { status: "investigating", body: "Still looking ]]> here", displayAt: new Date("2025-11-24T06:02:00Z") },
        { status: "resolved", body: "Fixed.\nAll good.", displayAt: new Date("2025-11-24T07:00:00Z") },
      ],
    },
  ],
  maintenances: [],
};

const parser = new Parser();
const formats = [
  ["Atom", buildAtom],
  ["RSS", buildRss],
] as const;

describe.each(formats)("the %s history feed", (format, build) => {
  const xml = build(buildHistoryChannel(history));

  it("carries each update newest first with its label", async () => {
    const [item] = (await parser.parseString(xml)).items;
    const content: string = item.content ?? item["content:encoded"];
    const labels = [...content.matchAll(/<strong>([^<]+)<\/strong>/g)].map((m) => m[1]);
    expect(labels).toEqual(["Resolved", "Update", "Investigating"]);
    expect(content).toContain("<small>Nov 24, 07:00 UTC</small><br><strong>Resolved</strong> - Fixed.<br>All good.");
  });

  it("keeps a <script> in a body inert: escaped text, even after the XML is parsed", async () => {
    expect(xml).not.toMatch(/<script/i);
    const [item] = (await parser.parseString(xml)).items;
    const content: string = item.content ?? item["content:encoded"];
    expect(content).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(content).toContain("Still looking ]]&gt; here");
  });

  it("is the same bytes for the same history, so its ETag holds", () => {
    expect(build(buildHistoryChannel(history))).toBe(xml);
  });

  it("names the page and links to it and to itself", async () => {
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe("Acme status history");
    expect(feed.link).toBe("https://status.acme.test/");
    expect(feed.feedUrl).toBe(`https://status.acme.test/history.${format === "Atom" ? "atom" : "rss"}`);
  });
});

describe("titles", () => {
  it("are escaped in Atom, which declares them HTML, and plain text in RSS", async () => {
    const channel = buildHistoryChannel(history);
    expect((await parser.parseString(buildAtom(channel))).items[0].title).toBe("API &lt;b&gt;down&lt;/b&gt; &amp; slow");
    expect((await parser.parseString(buildRss(channel))).items[0].title).toBe("API <b>down</b> & slow");
  });
});
