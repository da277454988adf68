import "server-only";
import QRCode from "qrcode";
import { getPrisma } from "@/lib/db/boot";

// TOTP two-factor sign-in (better-auth's twoFactor plugin, lib/auth/auth.ts): what the account page needs around it.

/** Whether the admin's sign-in asks for a code from an authenticator app. */
export async function isTwoFactorEnabled(userId: string): Promise<boolean> {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { twoFactorEnabled: true } });
  return user?.twoFactorEnabled ?? false;
}

/** The otpauth:// URI as a QR code an authenticator app scans: an SVG image as a data: URL. */
export async function otpauthQrDataUrl(otpauthUri: string): Promise<string> {
  const svg = await QRCode.toString(otpauthUri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
