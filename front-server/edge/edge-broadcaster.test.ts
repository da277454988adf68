import type { Worker } from "node:cluster";
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { prepareResponse } from "../prepared-response";
import { EdgeBroadcaster } from "./edge-broadcaster";
import type { EdgeMessage } from "./edge-messages";

function fakeWorker() {
  const received: EdgeMessage[] = [];
  const worker = Object.assign(new EventEmitter(), {
    isConnected: () => true,
    send: (message: EdgeMessage) => void received.push(message),
  });
  return { worker: worker as unknown as Worker, received };
}

const page = (text: string) => prepareResponse(200, { "content-type": "text/html" }, Buffer.from(text));

describe("EdgeBroadcaster", () => {
  it("sends each response to every worker once, and again only when it changed", () => {
    const edge = new EdgeBroadcaster();
    const a = fakeWorker();
    const b = fakeWorker();
    edge.add(a.worker);
    edge.add(b.worker);
    const v1 = page("v1");
    edge.offer("/", v1);
    edge.offer("/", v1);
    edge.offer("/", page("v2"));
    expect(a.received.map((m) => m.type === "entry" && m.response.body.toString())).toEqual(["v1", "v2"]);
    expect(b.received).toHaveLength(2);
  });

  it("tells workers to drop everything after a change, and a re-render only refreshes what they hold", () => {
    const edge = new EdgeBroadcaster();
    const w = fakeWorker();
    edge.add(w.worker);
    edge.offer("/", page("v1"));
    edge.clear();
    edge.refresh("/", page("rendered in the background"));
    expect(w.received.map((m) => m.type)).toEqual(["entry", "clear"]);
    edge.offer("/", page("v2"));
    edge.refresh("/", page("v3"));
    expect(w.received.map((m) => m.type)).toEqual(["entry", "clear", "entry", "entry"]);
  });

  it("gives a worker that starts later everything the others hold", () => {
    const edge = new EdgeBroadcaster();
    edge.offer("/badge.svg", page("badge"));
    const late = fakeWorker();
    edge.add(late.worker);
    expect(late.received).toMatchObject([{ type: "entry", key: "/badge.svg" }]);
  });
});
