import { describe, expect, it } from "vitest";
import { withStaleNotice } from "./stale-notice";

const asOf = new Date("2026-11-24T06:02:30Z");

describe("withStaleNotice", () => {
  it("puts the notice first in the page's body, with the time of the last known state", () => {
    const page = withStaleNotice("text/html; charset=utf-8", Buffer.from('<html><body class="x"><main>ok</main>'), asOf)!.toString();
    expect(page).toMatch(/^<html><body class="x"><div id="beacon-store-notice" role="status"/);
    expect(page).toContain('Status as of <time datetime="2026-11-24T06:02:30.000Z">06:02 UTC</time> — live updates paused');
    expect(page).toContain("<main>ok</main>");
  });

  it("adds the stale field the v2 schemas allow to an API document, keeping everything else", () => {
    const document = JSON.parse(withStaleNotice("application/json", Buffer.from('{"page":{"id":"p"},"components":[]}'), asOf)!.toString());
    expect(document).toEqual({
      page: { id: "p" },
      components: [],
      stale: { status_as_of: "2026-11-24T06:02:30.000Z", message: "Status as of 06:02 UTC — live updates paused" },
    });
  });

  it("serves badges, feeds, scripts and HTML fragments unchanged", () => {
    expect(withStaleNotice("image/svg+xml", Buffer.from("<svg/>"), asOf)).toBeNull();
    expect(withStaleNotice("text/html", Buffer.from("<p>no body</p>"), asOf)).toBeNull();
    expect(withStaleNotice("application/json", Buffer.from("[1,2]"), asOf)).toBeNull();
    expect(withStaleNotice("application/json", Buffer.from('{"schemaVersion":1,"label":"status"}'), asOf)).toBeNull();
  });
});

describe("withStaleNotice in the page's language", () => {
  it("writes the notice in the language of <html lang>", () => {
    const page = withStaleNotice("text/html", Buffer.from('<html lang="de" dir="ltr"><body><main>ok</main>'), asOf)!.toString();
    expect(page).toContain('<time datetime="2026-11-24T06:02:30.000Z">06:02 UTC</time>');
    expect(page).not.toContain("live updates paused");
    const arabic = withStaleNotice("text/html", Buffer.from('<html lang="ar" dir="rtl"><body>'), asOf)!.toString();
    expect(arabic).not.toContain("Status as of");
  });
});
