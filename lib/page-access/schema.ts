import { z } from "zod";
import { ACCESS_KINDS } from "./access-rule";
import { normaliseDomain, normaliseEmail } from "./email-allow";
import { invalidCidrs } from "./ip-allowlist";

// Who may read a page, as an owner sets it in Admin → Page settings → Access. Blank secret fields keep the
// stored one; lists are one entry per line (or comma-separated).

const lines = z
  .string()
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/[\n,]/)
      .map((entry) => entry.trim())
      .filter(Boolean),
  );
const optionalText = (max: number) =>
  z
    .string()
    .max(max)
    .optional()
    .transform((text) => text?.trim() || null);

export const pageAccessInput = z
  .object({
    kind: z.enum(ACCESS_KINDS),
    password: z
      .string()
      .max(200)
      .optional()
      .transform((text) => text || null),
    cidrs: lines,
    allowedEmails: lines.transform((list) => list.map(normaliseEmail)),
    allowedDomains: lines.transform((list) => list.map(normaliseDomain)),
    oidcIssuer: optionalText(500),
    oidcClientId: optionalText(300),
    oidcClientSecret: z
      .string()
      .max(1000)
      .optional()
      .transform((text) => text || null),
    oidcGroupClaim: optionalText(100),
    oidcGroup: optionalText(200),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (input.password !== null && input.password.length < 8) issue("password", "At least 8 characters");
    const badCidrs = invalidCidrs(input.cidrs);
    if (badCidrs.length) issue("cidrs", `Not an address or CIDR range: ${badCidrs.slice(0, 3).join(", ")}`);
    if (input.kind === "ip" && input.cidrs.length === 0) issue("cidrs", "Add at least one address or range");
    for (const email of input.allowedEmails)
      if (!z.email().safeParse(email).success) issue("allowedEmails", `Not an email address: ${email}`);
    for (const domain of input.allowedDomains)
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) issue("allowedDomains", `Not a domain: ${domain}`);
    if (input.kind === "email" && input.allowedEmails.length + input.allowedDomains.length === 0)
      issue("allowedEmails", "Add at least one address or domain");
    if (input.kind === "oidc") {
      if (!input.oidcIssuer || !/^https?:\/\/\S+$/.test(input.oidcIssuer)) issue("oidcIssuer", "The provider's issuer URL");
      if (!input.oidcClientId) issue("oidcClientId", "The client id the provider gave Beacon");
      if ((input.oidcGroupClaim === null) !== (input.oidcGroup === null))
        issue("oidcGroup", "Give both the claim and the group, or neither");
    }
  });

export type PageAccessInput = z.output<typeof pageAccessInput>;
