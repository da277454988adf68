import { describe, expect, it } from "vitest";
import { decideRound, type LocationResult, quorumOf } from "./quorum";

const up = (location: string, ms = 20): LocationResult => ({
  location,
  ok: true,
  degraded: false,
  responseTimeMs: ms,
  statusCode: 200,
  error: null,
});
const down = (location: string): LocationResult => ({
  location,
  ok: false,
  degraded: false,
  responseTimeMs: null,
  statusCode: null,
  error: "ECONNREFUSED: connection refused",
});

describe("quorum of reporting locations", () => {
  it("defaults to a majority of the locations that reported", () => {
    expect([1, 2, 3, 4, 5].map((n) => quorumOf(n, null))).toEqual([1, 2, 2, 3, 3]);
  });

  it("a configured quorum never asks for more locations than reported", () => {
    expect(quorumOf(3, 3)).toBe(3);
    expect(quorumOf(2, 3)).toBe(2);
  });

  it("one of three failing is not an outage (2 of 3 needed)", () => {
    const outcome = decideRound([up("eu"), up("us"), down("ap")], null);
    expect(outcome).toMatchObject({ ok: true, error: null });
  });

  it("two of three failing fail the round and name the failing locations", () => {
    const outcome = decideRound([down("us"), up("eu"), down("ap")], null);
    expect(outcome?.ok).toBe(false);
    expect(outcome?.error).toBe("failing from ap, us (2 of 3): ECONNREFUSED: connection refused");
  });

  it("with a quorum of 1 any failing location fails the round", () => {
    expect(decideRound([up("eu"), up("us"), down("ap")], 1)?.ok).toBe(false);
  });

  it("a round nobody reported decides nothing", () => {
    expect(decideRound([], null)).toBeNull();
  });

  it("degraded locations reaching the quorum make the round degraded, with the notice", () => {
    const soon = { ...up("eu"), degraded: true, error: "TLS certificate expires in 3 day(s)" };
    const outcome = decideRound([soon, { ...soon, location: "us" }, up("ap")], null);
    expect(outcome).toMatchObject({ ok: true, degraded: "degraded from eu, us (2 of 3): TLS certificate expires in 3 day(s)" });
  });

  it("the round's response time is the median of the locations that passed", () => {
    expect(decideRound([up("a", 10), up("b", 30), up("c", 200)], null)?.responseTimeMs).toBe(30);
  });
});
