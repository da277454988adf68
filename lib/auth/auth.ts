import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { twoFactor } from "better-auth/plugins/two-factor";
import { getPrisma } from "@/lib/db/boot";
import { parseEnv } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { getInstanceSecret } from "@/lib/secrets/instance-secret";

export const SESSION_HOURS = 12;

async function createAuth() {
  const prisma = await getPrisma();
  const env = parseEnv();
  return betterAuth({
    appName: "Beacon",
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    secret: env.authSecret ?? (await getInstanceSecret(prisma, "auth")),
    baseURL: env.publicUrl,
    trustedOrigins: env.publicUrl ? [env.publicUrl] : [],
    // Accounts are created by owners (invites) and by the first start, never by public sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12, revokeSessionsOnPasswordReset: true },
    user: { additionalFields: { role: { type: "string", input: false, defaultValue: "editor" } } },
    session: { expiresIn: SESSION_HOURS * 3600, updateAge: 3600 },
    // Sign-in throttling is Beacon's own (per account and per IP, shared by all instances): lib/auth/sign-in-throttle.ts.
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: env.publicUrl?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => crypto.randomUUID() },
      // Sessions record the address the front server vouches for, never a client-written X-Forwarded-For.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    // TOTP two-factor, opt-in per admin from their account page; enabling it takes a code from the app.
    plugins: [twoFactor({ issuer: "Beacon" }), nextCookies()], // nextCookies last: it sets the cookies the others made
  });
}

type Auth = Awaited<ReturnType<typeof createAuth>>;
const holder = globalThis as typeof globalThis & { __beaconAuth?: Promise<Auth> };

/** better-auth, configured on the process's database (created on first use). */
export function getAuth(): Promise<Auth> {
  holder.__beaconAuth ??= createAuth().catch((error) => {
    holder.__beaconAuth = undefined;
    throw error;
  });
  return holder.__beaconAuth;
}
