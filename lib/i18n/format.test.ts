import { describe, expect, it } from "vitest";
import { readerFormatter } from "./format";

// One fixed instant and clock: 2026-03-03 14:00 UTC, 15:00 in Berlin, 23:00 in Tokyo.
const at = new Date("2026-03-03T14:00:00Z");
const now = new Date("2026-03-03T17:00:00Z");

describe("readerFormatter", () => {
  it("writes German dates, relative times, uptime and durations", () => {
    const format = readerFormatter({ locale: "de", timeZone: "Europe/Berlin", now });
    expect(format.instant(at, "date")).toBe("3. März 2026");
    expect(format.instant(at, "datetime")).toMatch(/^3\. März 2026, 15:00 (MEZ|GMT\+1)$/);
    expect(format.instant(at, "month")).toBe("März 2026");
    expect(format.relative(at)).toBe("vor 3 Stunden");
    expect(format.uptimePercent(99.97)).toBe("99,97\u00a0%");
    expect(format.uptimePercent(100)).toBe("100\u00a0%");
    expect(format.duration(2 * 3_600_000 + 5 * 60_000)).toMatch(/^2 Std\.,? 5 Min\.$/);
  });

  it("writes Japanese dates in the reader's zone", () => {
    const format = readerFormatter({ locale: "ja", timeZone: "Asia/Tokyo", now });
    expect(format.instant(at, "date")).toBe("2026年3月3日");
    expect(format.instant(at, "time")).toMatch(/^23:00 (JST|GMT\+9)$/);
    expect(format.relative(at)).toBe("3 時間前");
    expect(format.uptimePercent(99.5)).toBe("99.50%");
  });

  it("writes Arabic with Arabic words and the percent sign it uses", () => {
    const format = readerFormatter({ locale: "ar", timeZone: "UTC", now });
    expect(format.relative(at)).toMatch(/^قبل (3|٣) ساعات$/);
    expect(format.instant(at, "month")).toMatch(/^مارس (2026|٢٠٢٦)$/);
    expect(format.uptimePercent(99.97)).toMatch(/(99\.97|٩٩٫٩٧).*(%|٪)/);
  });

  it("says 'now' within 45 seconds of the injected clock, either way", () => {
    expect(readerFormatter({ locale: "en", timeZone: "UTC", now }).relative(new Date(now.getTime() - 30_000))).toBe("now");
    expect(readerFormatter({ locale: "de", timeZone: "UTC", now }).relative(new Date(now.getTime() + 30_000))).toBe("jetzt");
  });

  // French puts a (narrow, depending on the ICU version) no-break space before units: compared as plain spaces.
  it("keeps the two largest units of a duration", () => {
    const format = readerFormatter({ locale: "fr", timeZone: "UTC", now });
    const plain = (text: string) => text.replace(/\s/g, " ");
    expect(plain(format.duration(42_000))).toBe("42 s");
    expect(plain(format.duration(3 * 86_400_000 + 3_600_000 + 59_000))).toBe("3 j 1 h");
    expect(plain(format.duration(-5))).toBe("0 s");
  });
});
