import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as incidentMarkdown } from "@/app/api/markdown/incidents/[id]/route";
import { GET as indexMd } from "@/app/index.md/route";
import { GET as llmsTxt } from "@/app/llms.txt/route";
import { getPrisma } from "@/lib/db/boot";
import { getStatusPage } from "@/lib/status/queries";
import { DATABASE_KINDS, openDemoDatabase } from "@/lib/testing/databases";

// /index.md, /llms.txt and /incidents/<id>.md against the BMAD-DEPLOY-001 demo, read the way an agent reads them.

const seededAt = new Date("2026-11-24T12:00:00Z");
const readAt = new Date("2026-11-24T13:00:00Z");
const params = (id: string) => ({ params: Promise.resolve({ id }) });
/** A rough token count (about four characters per token for English text). */
const tokens = (text: string) => Math.ceil(text.length / 4);

describe.each(DATABASE_KINDS)("markdown views on %s", (kind) => {
  let dispose: () => Promise<void>;
  let incidentId: string;
  beforeAll(async () => {
    ({ dispose } = await openDemoDatabase(kind, seededAt));
    incidentId = (await (await getPrisma()).incident.findFirstOrThrow({ orderBy: { startedAt: "asc" } })).id;
  });
  afterAll(() => dispose());
  beforeEach(() => vi.useFakeTimers({ toFake: ["Date"], now: readAt }));
  afterEach(() => vi.useRealTimers());

  it("/index.md summarises the page in a few hundred tokens: overall status, every component, incidents with links", async () => {
    const response = await indexMd();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const body = await response.text();
    const view = await getStatusPage(readAt);
    expect(body.startsWith(`# ${view.page.name}\n\n> ${view.overall.description} · as of `)).toBe(true);
    const componentNames = view.sections.flatMap((s) => (s.kind === "group" ? s.components : [s.component])).map((c) => c.name);
    for (const name of componentNames) expect(body).toContain(`- ${name}: `);
    expect(body).toContain(`/incidents/${incidentId}.md)`);
    expect(tokens(body)).toBeLessThan(800);
  });

  it("/llms.txt names the page, its current status and where to read more", async () => {
    const response = await llmsTxt();
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const body = await response.text();
    expect(body).toMatch(/^# .+\n\n> Public status page\. Current status: .+\(as of 2026-11-24 13:00 UTC\)\.\n/);
    expect(body).toContain("/index.md)");
    expect(body).toContain("## Optional");
    expect(tokens(body)).toBeLessThan(500);
  });

  it("/incidents/<id>.md carries the incident's facts, every update and the postmortem", async () => {
    const response = await incidentMarkdown(new Request("http://localhost/incidents/x.md"), params(incidentId));
    expect(response.status).toBe(200);
    const body = await response.text();
    const incident = await (await getPrisma()).incident.findUniqueOrThrow({ where: { id: incidentId }, include: { updates: true } });
    expect(body.startsWith(`# ${incident.name}\n\n**Status:** `)).toBe(true);
    for (const update of incident.updates) expect(body).toContain(update.body.trim().split("\n")[0]);
    if (incident.postmortemPublishedAt) expect(body).toContain("## Postmortem");
  });

  it("/incidents/<unknown>.md answers 404 in markdown", async () => {
    const response = await incidentMarkdown(new Request("http://localhost/incidents/nope.md"), params("nope"));
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/^# Incident not found/);
  });
});
