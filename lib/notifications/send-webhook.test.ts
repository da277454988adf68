import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWebhook } from "./send-webhook";

// Subscribers choose webhook URLs: Beacon must not become a way to reach its own network or cloud metadata.
describe("postWebhook", () => {
  let hits = 0;
  const receiver = createServer((request, response) => {
    hits += 1;
    request.resume().on("end", () => response.writeHead(204).end());
  });
  let url = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  it("refuses cloud metadata without connecting, even when private networks are allowed", async () => {
    await expect(
      postWebhook("http://169.254.169.254/latest/meta-data", "{}", {}, { targets: { allowPrivateNetworks: true } }),
    ).rejects.toThrow(/webhook target refused: .*link-local/);
  });

  it("refuses a loopback receiver unless private networks are allowed", async () => {
    await expect(postWebhook(url, "{}", {}, { targets: { allowPrivateNetworks: false } })).rejects.toThrow(/private address/);
    expect(hits).toBe(0);
    await postWebhook(url, "{}", {}, { targets: { allowPrivateNetworks: true } });
    expect(hits).toBe(1);
  });
});
