/**
 * A delivery that can never succeed as it stands (its webhook target is refused by the SSRF guard): it is marked
 * failed at once instead of being retried as if the failure were temporary.
 */
export class RefusedDeliveryError extends Error {
  override name = "RefusedDeliveryError";
}
