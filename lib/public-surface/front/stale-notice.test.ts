import { describe, expect, it } from "vitest";
import { STORE_NOTICE_SLOT, withStaleNotice } from "./stale-notice";

const asOf = new Date("2026-11-24T06:02:30Z");

describe("withStaleNotice", () => {
  it("fills the page's notice slot with the time of the last known state", () => {
    const page = withStaleNotice("text/html; charset=utf-8", Buffer.from(`<body>${STORE_NOTICE_SLOT}<main>ok</main>`), asOf)!.toString();
    expect(page).toContain('role="status"');
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

  it("serves badges, feeds, scripts and pages without a slot unchanged", () => {
    expect(withStaleNotice("image/svg+xml", Buffer.from("<svg/>"), asOf)).toBeNull();
    expect(withStaleNotice("text/html", Buffer.from("<p>no slot</p>"), asOf)).toBeNull();
    expect(withStaleNotice("application/json", Buffer.from("[1,2]"), asOf)).toBeNull();
  });
});
