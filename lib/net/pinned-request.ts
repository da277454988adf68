import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { TLSSocket } from "node:tls";

/** At most this much of a body is read for keyword and JSON assertions. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface HopRequest {
  url: URL;
  /** The address the SSRF guard approved: the connection goes there, whatever DNS says now. */
  address: string;
  family: 4 | 6;
  method: string;
  headers: Record<string, string>;
  body: string | null;
  readBody: boolean;
  signal: AbortSignal;
  /** A body longer than this is not read on: the request is aborted and fails with BodyTooLargeError. */
  abortAboveBytes?: number;
}

export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`The response is larger than ${Math.round(limitBytes / 1024 / 1024)} MB`);
  }
}

export interface HopResponse {
  statusCode: number;
  location: string | null;
  body: string;
  tlsExpiresAt: Date | null;
  headers: http.IncomingHttpHeaders;
}

/** One HTTP(S) request to a pinned address; the host name still goes in Host, SNI and the certificate check. */
export function requestOnce(hop: HopRequest): Promise<HopResponse> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    // Node asks for all addresses when it races IPv4 and IPv6 (autoSelectFamily).
    if ((options as { all?: boolean }).all) callback(null, [{ address: hop.address, family: hop.family }]);
    else callback(null, hop.address, hop.family);
  };
  const transport = hop.url.protocol === "https:" ? https : http;
  return new Promise<HopResponse>((resolve, reject) => {
    const request = transport.request(
      hop.url,
      {
        method: hop.method,
        headers: { "user-agent": "Beacon-Monitor/1", ...hop.headers },
        lookup: pinned,
        agent: false, // no pooled socket: every check connects to the address just checked
        signal: hop.signal,
      },
      (response) => {
        const tlsExpiresAt = certificateExpiry(response.socket as TLSSocket);
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          if (hop.abortAboveBytes !== undefined && size + chunk.length > hop.abortAboveBytes) {
            // Stop reading at once: a huge body costs neither memory nor the rest of the download.
            reject(new BodyTooLargeError(hop.abortAboveBytes));
            request.destroy();
            return;
          }
          if (!hop.readBody || size >= (hop.abortAboveBytes ?? MAX_BODY_BYTES)) return;
          chunks.push(chunk);
          size += chunk.length;
        });
        response.on("end", () =>
          resolve({
            statusCode: response.statusCode ?? 0,
            location: response.headers.location ?? null,
            body: Buffer.concat(chunks)
              .subarray(0, hop.abortAboveBytes ?? MAX_BODY_BYTES)
              .toString("utf8"),
            tlsExpiresAt,
            headers: response.headers,
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(hop.body ?? undefined);
  });
}

function certificateExpiry(socket: TLSSocket): Date | null {
  if (typeof socket?.getPeerCertificate !== "function") return null;
  const validTo = socket.getPeerCertificate()?.valid_to;
  return validTo ? new Date(validTo) : null;
}
