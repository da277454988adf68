import net from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy";

// An echo server stands in for Postgres: whatever reaches it comes back.
let echo: net.Server;
let proxy: TcpProxy;

beforeEach(async () => {
  echo = net.createServer((socket) => socket.pipe(socket));
  await new Promise<void>((resolve) => echo.listen(0, "127.0.0.1", resolve));
  proxy = await startTcpProxy({ port: (echo.address() as net.AddressInfo).port });
});

afterEach(async () => {
  await proxy.close();
  await new Promise((resolve) => echo.close(resolve));
});

function connect(): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port: proxy.port }, () => resolve(socket));
    socket.once("error", reject);
  });
}

/** The next bytes the socket receives, or "silence" after `ms`, or "closed". */
function nextReply(socket: net.Socket, ms = 300): Promise<string> {
  return new Promise((resolve) => {
    const done = (value: string) => {
      clearTimeout(timer);
      socket.off("data", onData);
      socket.off("close", onClose);
      resolve(value);
    };
    const onData = (chunk: Buffer) => done(chunk.toString());
    const onClose = () => done("closed");
    const timer = setTimeout(() => done("silence"), ms);
    socket.on("data", onData);
    socket.on("close", onClose);
  });
}

describe("TCP proxy", () => {
  it("forwards bytes both ways while open", async () => {
    const socket = await connect();
    socket.write("ping");
    expect(await nextReply(socket)).toBe("ping");
    socket.destroy();
  });

  it("cut closes open connections and new ones, like a stopped server", async () => {
    const socket = await connect();
    const reply = nextReply(socket, 1_000);
    proxy.cut();
    expect(await reply).toBe("closed");
    const late = await connect();
    expect(await nextReply(late, 1_000)).toBe("closed");
  });

  it("freeze keeps connections open but silent, and restore delivers what was held", async () => {
    const socket = await connect();
    proxy.freeze();
    socket.write("held");
    expect(await nextReply(socket)).toBe("silence");
    expect(proxy.openConnections).toBe(1);
    proxy.restore();
    expect(await nextReply(socket, 1_000)).toBe("held");
    socket.destroy();
  });

  it("freeze accepts new connections but never forwards them until restore", async () => {
    proxy.freeze();
    const socket = await connect();
    socket.write("late");
    expect(await nextReply(socket)).toBe("silence");
    proxy.restore();
    expect(await nextReply(socket, 1_000)).toBe("late");
    socket.destroy();
  });

  it("restore after a cut lets new connections through again", async () => {
    proxy.cut();
    proxy.restore();
    const socket = await connect();
    socket.write("back");
    expect(await nextReply(socket)).toBe("back");
    socket.destroy();
  });
});
