import { describe, expect, it } from "vitest";
import { runShutdownSteps, type ShutdownStep } from "./shutdown";

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("runShutdownSteps", () => {
  it("runs every step side by side and waits for all of them", async () => {
    const done: string[] = [];
    const steps = new Map<string, ShutdownStep>([
      [
        "front server",
        async () => {
          await wait(30);
          done.push("front server");
        },
      ],
      [
        "background jobs",
        async () => {
          await wait(10);
          done.push("background jobs");
        },
      ],
    ]);
    const startedAt = Date.now();
    await runShutdownSteps(steps, { log: () => undefined });
    expect(done).toEqual(["background jobs", "front server"]);
    expect(Date.now() - startedAt).toBeLessThan(200);
  });

  it("a failing step is logged and the others still run", async () => {
    const lines: string[] = [];
    let ran = false;
    const steps = new Map<string, ShutdownStep>([
      ["front server", () => Promise.reject(new Error("disk full"))],
      [
        "background jobs",
        async () => {
          ran = true;
        },
      ],
    ]);
    await runShutdownSteps(steps, { log: (line) => lines.push(line) });
    expect(ran).toBe(true);
    expect(lines).toContain("[beacon] shutdown: front server failed: disk full");
  });

  it("gives up on a step that overruns the bound", async () => {
    const lines: string[] = [];
    const steps = new Map<string, ShutdownStep>([["background jobs", () => new Promise<void>(() => {})]]);
    await runShutdownSteps(steps, { boundMs: 20, log: (line) => lines.push(line) });
    expect(lines).toEqual(["[beacon] shutdown: gave up after 20 ms on background jobs"]);
  });
});
