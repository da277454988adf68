import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// kind "password": one shared password per page, kept as an scrypt hash (in the store and in the public model, so a
// reader can sign in while the store is down).

const KEY_LENGTH = 32;
const COST = 16_384;

const derive = (password: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { N: COST, r: 8, p: 1 }, (error, key) => (error ? reject(error) : resolve(key))),
  );

export async function hashPagePassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${COST}$${salt.toString("base64url")}$${(await derive(password, salt)).toString("base64url")}`;
}

export async function pagePasswordMatches(password: string, hash: string | null): Promise<boolean> {
  const [scheme, cost, salt, key] = hash?.split("$") ?? [];
  if (scheme !== "scrypt" || Number(cost) !== COST || !salt || !key || password.length > 1024) return false;
  const expected = Buffer.from(key, "base64url");
  const given = await derive(password, Buffer.from(salt, "base64url"));
  return expected.length === given.length && timingSafeEqual(expected, given);
}
