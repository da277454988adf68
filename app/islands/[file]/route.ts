import { publicResponse } from "@/lib/http/public-response";
import { readIslandFile } from "@/lib/islands/islands-output";

// Every island file's name carries its content's hash, so a browser keeps it for a year.
const IMMUTABLE = "public, max-age=31536000, immutable";

/** The scripts public pages carry (components/islands/), served like every public response: prepared, br/gzip. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const bytes = await readIslandFile((await params).file);
  if (!bytes) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return publicResponse(request, bytes, {
    contentType: "application/javascript; charset=utf-8",
    cacheControl: IMMUTABLE,
    headers: { "x-content-type-options": "nosniff" },
  });
}
