import { describe, expect, it } from "vitest";
import { objectNameOf } from "./mirror-names";

describe("objectNameOf", () => {
  it("names each public URL by its path, the front page index.html, and a query before the extension", () => {
    expect(objectNameOf("/")).toBe("index.html");
    expect(objectNameOf("/history")).toBe("history");
    expect(objectNameOf("/history?page=2")).toBe("history@page=2");
    expect(objectNameOf("/incidents/abc")).toBe("incidents/abc");
    expect(objectNameOf("/incidents/abc.md")).toBe("incidents/abc.md");
    expect(objectNameOf("/badge.svg?style=for-the-badge&label=api")).toBe("badge@style=for-the-badge&label=api.svg");
    expect(objectNameOf("/badge/api/uptime.json?days=7")).toBe("badge/api/uptime@days=7.json");
    expect(objectNameOf("/history.atom?component=api")).toBe("history@component=api.atom");
    expect(objectNameOf("/embed?theme=dark")).toBe("embed@theme=dark");
  });
});
