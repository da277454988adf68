import { describe, expect, it } from "vitest";
import { INCIDENT_STATUS_LABEL, MAINTENANCE_STATUS_LABEL } from "@/lib/core/status-vocabulary";
import { bodyHtml, formatFeedTime, labelUpdates, updateHtml } from "./update-html";

const at = (iso: string) => new Date(iso);

describe("labelUpdates", () => {
  it("labels an update whose status did not change as Update, and returns them newest first", () => {
    const labelled = labelUpdates(
      [
        { status: "investigating", body: "a", displayAt: at("2025-11-24T06:00:00Z") },
        { status: "investigating", body: "b", displayAt: at("2025-11-24T06:02:00Z") },
        { status: "identified", body: "c", displayAt: at("2025-11-24T06:05:00Z") },
        { status: "identified", body: "d", displayAt: at("2025-11-24T06:07:00Z") },
        { status: "resolved", body: "e", displayAt: at("2025-11-24T06:30:00Z") },
      ],
      INCIDENT_STATUS_LABEL,
    );
    expect(labelled.map((u) => [u.label, u.body])).toEqual([
      ["Resolved", "e"],
      ["Update", "d"],
      ["Identified", "c"],
      ["Update", "b"],
      ["Investigating", "a"],
    ]);
  });

  it("uses Statuspage's maintenance words", () => {
    const labelled = labelUpdates(
      [
        { status: "scheduled", body: "", displayAt: at("2025-11-20T00:00:00Z") },
        { status: "in_progress", body: "", displayAt: at("2025-11-25T22:00:00Z") },
        { status: "verifying", body: "", displayAt: at("2025-11-25T23:00:00Z") },
        { status: "completed", body: "", displayAt: at("2025-11-25T23:30:00Z") },
      ],
      MAINTENANCE_STATUS_LABEL,
    );
    expect(labelled.map((u) => u.label)).toEqual(["Completed", "Verifying", "In progress", "Scheduled"]);
  });
});

describe("update HTML", () => {
  it("renders Statuspage's paragraph with the time in the page's time zone", () => {
    const update = { label: "Identified", body: "Found it.", displayAt: at("2025-11-24T06:02:00Z") };
    expect(updateHtml(update, "UTC")).toBe("<p><small>Nov 24, 06:02 UTC</small><br><strong>Identified</strong> - Found it.</p>");
    expect(formatFeedTime(update.displayAt, "Europe/Berlin")).toBe("Nov 24, 07:02 GMT+1");
  });

  it("keeps a <script> typed in a body as inert text", () => {
    const html = bodyHtml(`<script>alert("x")</script> & <img src=x onerror=alert(1)>`);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
  });

  it("turns line breaks into <br> and shows markdown as typed", () => {
    expect(bodyHtml("**Step 1**\r\nrestart\n\n- done\n")).toBe("**Step 1**<br>restart<br><br>- done");
  });
});
