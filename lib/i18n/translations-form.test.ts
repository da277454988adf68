import { describe, expect, it } from "vitest";
import { translationsFormInput } from "./translations-form";

describe("translationsFormInput", () => {
  it("gathers translations.<locale>.<field> into the API's shape, reading only the named fields", () => {
    const form = new FormData();
    form.set("translations.de.name", "Ausfall");
    form.set("translations.de.message", "Wir prüfen.");
    form.set("translations.ja.message", "");
    form.set("translations.xx.message", "ignored: not a shipped language");
    expect(translationsFormInput(form, ["name", "message"])).toEqual({
      de: { name: "Ausfall", message: "Wir prüfen." },
      ja: { message: "" },
    });
    expect(translationsFormInput(form, ["message"])).toEqual({ de: { message: "Wir prüfen." }, ja: { message: "" } });
  });

  it("is undefined for a form without language tabs, so an edit leaves translations as they are", () => {
    expect(translationsFormInput(new FormData(), ["name"])).toBeUndefined();
  });
});
