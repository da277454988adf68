// A TCP proxy for resilience tests: put it between the app and Postgres, then cut or freeze the link like an outage would.
import net from "node:net";

export interface TcpProxy {
  /** The local port to connect to instead of the target's. */
  readonly port: number;
  /** Postgres stopped: every open connection is destroyed and new ones are refused (closed at once). */
  cut(): void;
  /** Postgres frozen (`kill -STOP`): sockets stay open but no byte moves either way; new connections are accepted and hang. */
  freeze(): void;
  /** Back to forwarding; bytes held while frozen are delivered, new connections reach the target again. */
  restore(): void;
  /** How many client connections are open through the proxy right now. */
  readonly openConnections: number;
  close(): Promise<void>;
}

type Mode = "open" | "cut" | "frozen";

interface Link {
  client: net.Socket;
  upstream: net.Socket | null;
  toUpstream: Buffer[];
  toClient: Buffer[];
}

/** Listens on 127.0.0.1 (a random port unless `listenPort` is given) and forwards to `target` (default Postgres on 127.0.0.1:5432). */
export async function startTcpProxy(target: { host?: string; port?: number } = {}, listenPort = 0): Promise<TcpProxy> {
  const host = target.host ?? "127.0.0.1";
  const targetPort = target.port ?? 5432;
  let mode: Mode = "open";
  const links = new Set<Link>();

  const destroy = (link: Link) => {
    link.client.destroy();
    link.upstream?.destroy();
    links.delete(link);
  };

  // While frozen nothing is read (the kernel holds the bytes), and anything already read waits in `held`.
  const forward = (from: net.Socket, to: () => net.Socket | null, held: Buffer[]) => {
    from.on("data", (chunk) => {
      const socket = to();
      if (mode === "frozen" || !socket) held.push(chunk);
      else socket.write(chunk);
    });
  };

  const connectUpstream = (link: Link) => {
    const upstream = net.connect({ host, port: targetPort });
    link.upstream = upstream;
    upstream.on("error", () => destroy(link));
    upstream.on("close", () => destroy(link));
    forward(upstream, () => link.client, link.toClient);
    for (const chunk of link.toUpstream.splice(0)) upstream.write(chunk);
  };

  const freezeLink = (link: Link) => {
    link.client.pause();
    link.upstream?.pause();
  };

  const thawLink = (link: Link) => {
    if (!link.upstream) connectUpstream(link);
    for (const chunk of link.toUpstream.splice(0)) link.upstream!.write(chunk);
    for (const chunk of link.toClient.splice(0)) link.client.write(chunk);
    link.client.resume();
    link.upstream!.resume();
  };

  const server = net.createServer((client) => {
    if (mode === "cut") {
      client.destroy();
      return;
    }
    const link: Link = { client, upstream: null, toUpstream: [], toClient: [] };
    links.add(link);
    client.on("error", () => destroy(link));
    client.on("close", () => destroy(link));
    forward(client, () => link.upstream, link.toUpstream);
    if (mode === "frozen")
      client.pause(); // accepted, never forwarded until restore()
    else connectUpstream(link);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listenPort, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    get openConnections() {
      return links.size;
    },
    cut() {
      mode = "cut";
      for (const link of [...links]) destroy(link);
    },
    freeze() {
      mode = "frozen";
      for (const link of links) freezeLink(link);
    },
    restore() {
      mode = "open";
      for (const link of links) thawLink(link);
    },
    async close() {
      for (const link of [...links]) destroy(link);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
