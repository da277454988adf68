import { describe, expect, it } from "vitest";
import { BADGE_PATHS, badgeEmbed } from "./badge-snippets";

describe("badgeEmbed", () => {
  it("gives absolute Markdown and HTML that link the badge to the status page", () => {
    const embed = badgeEmbed("https://status.example.com/", BADGE_PATHS.status("backend-api"), "Backend API status");
    expect(embed.imageUrl).toBe("https://status.example.com/badge/backend-api.svg");
    expect(embed.markdown).toBe("[![Backend API status](https://status.example.com/badge/backend-api.svg)](https://status.example.com)");
    expect(embed.html).toBe(
      '<a href="https://status.example.com"><img src="https://status.example.com/badge/backend-api.svg" alt="Backend API status"></a>',
    );
    expect(embed.shieldsUrl).toBe(
      `https://img.shields.io/endpoint?url=${encodeURIComponent("https://status.example.com/badge/backend-api.json")}`,
    );
  });

  it("points the uptime badge's shields URL at uptime.json", () => {
    expect(badgeEmbed("https://s.example", BADGE_PATHS.uptime("api"), "API uptime").shieldsUrl).toContain(
      encodeURIComponent("https://s.example/badge/api/uptime.json"),
    );
  });

  it("escapes a name that would break the HTML or the Markdown", () => {
    const embed = badgeEmbed("https://s.example", BADGE_PATHS.page, 'Q&A "[beta]" <b>');
    expect(embed.html).toContain('alt="Q&amp;A &quot;[beta]&quot; &lt;b&gt;"');
    expect(embed.markdown).toContain('[![Q&A "\\[beta\\]" <b>]');
  });
});
