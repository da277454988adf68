import "server-only";
import { unknownIdResponse } from "@/lib/api/json-response";
import { isValidText } from "@/lib/http/valid-text";
import { responseTimesResponse } from "@/lib/monitors/respond-response-times";
import type { PublicModel } from "@/lib/public-model/model";

/** /api/v2/components/<id>/response-times.json: an id no record can have is a 404 before the model is asked. */
export function componentResponseTimesResponse(request: Request, id: string, model: () => Promise<PublicModel>): Promise<Response> {
  if (!isValidText(id)) return Promise.resolve(unknownIdResponse());
  return responseTimesResponse(request, id, model);
}
