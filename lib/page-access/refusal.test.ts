import { describe, expect, it } from "vitest";
import { refusalOf, safeReturnPath, signInPage } from "./refusal";
import { signInLocale } from "./sign-in-words";

describe("what a reader without access gets", () => {
  it("an HTML sign-in page for the page's kind, a bare 401 for machines, all private and never indexed", () => {
    const page = refusalOf({ access: "refuse", status: 401, answer: "sign-in" }, "password", "page", "/", "/history");
    expect(page.status).toBe(401);
    expect(page.body).toContain('action="/access/password"');
    expect(page.body).toContain('value="/history"');
    expect(page.headers["cache-control"]).toBe("private, no-store");
    expect(page.headers["x-robots-tag"]).toBe("noindex");
    const json = refusalOf({ access: "refuse", status: 401, answer: "machine" }, "password", "page", "/api/v2/summary.json", "/");
    expect(JSON.parse(json.body)).toEqual({ error: { code: "unauthorized", message: "This status page is private." } });
    expect(
      refusalOf({ access: "refuse", status: 401, answer: "machine" }, "email", "page", "/badge.svg", "/").headers["content-type"],
    ).toMatch(/svg/);
  });

  it("returns only to a path on this site", () => {
    expect(safeReturnPath("/incidents/x")).toBe("/incidents/x");
    expect(safeReturnPath("//evil.com")).toBe("/");
    expect(safeReturnPath("/\\evil.com")).toBe("/");
    expect(safeReturnPath("https://evil.com")).toBe("/");
    expect(safeReturnPath(null)).toBe("/");
  });

  it("asks in the reader's language: the ?lang= of the page asked for, else the browser's, else English", () => {
    expect(signInLocale("/history?lang=ja", "de-DE,de;q=0.9")).toBe("ja");
    expect(signInLocale("/history", "de-DE,de;q=0.9,en;q=0.5")).toBe("de");
    expect(signInLocale("/", "xx")).toBe("en");
    const german = signInPage("password", "page", "/", "Dieses Passwort ist nicht richtig.", "de");
    expect(german).toContain('<html lang="de" dir="ltr">');
    expect(german).toContain("Diese Statusseite ist privat");
    expect(german).toContain("<button>Seite öffnen</button>");
    const arabic = refusalOf({ access: "refuse", status: 401, answer: "sign-in" }, "email", "page", "/", "/?lang=ar", "ar");
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.body).toContain("صفحة الحالة هذه خاصة");
  });
});
