import "server-only";
import { INVALID_TEXT_MESSAGE, invalidTextPath } from "@/lib/http/valid-text";
import { errorResponse } from "./json-response";

// Bodies are read against a cap, so a client can't make the server buffer more than a postmortem's worth.

export const MAX_JSON_BODY_BYTES = 256 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

const tooLarge = (maxBytes: number): JsonBody => ({
  ok: false,
  response: errorResponse(413, {
    code: "payload_too_large",
    message: `The request body must be at most ${Math.floor(maxBytes / 1024)} KiB`,
  }),
});
const badRequest = (message: string): JsonBody => ({ ok: false, response: errorResponse(400, { code: "bad_request", message }) });

async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** 422 naming the field whose text the store could not keep (a NUL byte, a lone surrogate). */
function invalidText(path: (string | number)[]): JsonBody {
  const field = path.length > 0 ? path.join(".") : "body";
  const message = `${field} ${INVALID_TEXT_MESSAGE}`;
  return { ok: false, response: errorResponse(422, { code: "validation", message, fields: { [field]: [message] } }) };
}

/**
 * The request's JSON body: 413 over the cap, 400 when it is empty, not UTF-8 or not JSON, 422 when a string in it
 * holds a NUL byte or a lone surrogate (JSON escapes can carry both).
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);
  const bytes = await readCapped(request, maxBytes);
  if (bytes === null) return tooLarge(maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return badRequest("The request body must be UTF-8 JSON");
  }
  if (text.trim() === "") return badRequest("The request body must be a JSON object");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return badRequest("The request body is not valid JSON");
  }
  const invalid = invalidTextPath(value);
  return invalid ? invalidText(invalid) : { ok: true, value };
}
