// A real HTTP server in front of a route handler, so a real client (Alertmanager) can call it in a test.
import { createServer, type Server } from "node:http";

export interface RouteServer {
  url: string;
  /** Every answer the handler gave, in order (status and JSON body). */
  answers: { status: number; body: unknown }[];
  close(): Promise<void>;
}

export async function startRouteServer(handle: (request: Request, pathname: string) => Promise<Response>): Promise<RouteServer> {
  const answers: RouteServer["answers"] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = `http://127.0.0.1${req.url}`;
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(key, value);
    const request = new Request(url, { method: req.method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined });
    const response = await handle(request, new URL(url).pathname);
    const text = await response.text();
    answers.push({ status: response.status, body: text ? JSON.parse(text) : null });
    res.writeHead(response.status, { "content-type": "application/json" });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    answers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
