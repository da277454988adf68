-- Who may read a page (lib/page-access). One row per page; no row is a public page.
CREATE TABLE "PageAccess" (
    "pageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'public',
    "epoch" INTEGER NOT NULL DEFAULT 0,
    "passwordHash" TEXT,
    "cidrs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "allowedEmails" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "allowedDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "oidcIssuer" TEXT,
    "oidcClientId" TEXT,
    "oidcClientSecretSealed" TEXT,
    "oidcGroupClaim" TEXT,
    "oidcGroup" TEXT,
    "readTokenHash" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "PageAccess_pkey" PRIMARY KEY ("pageId"),
    CONSTRAINT "PageAccess_kind_check" CHECK ("kind" IN ('public', 'password', 'email', 'ip', 'oidc'))
);
ALTER TABLE "PageAccess" ADD CONSTRAINT "PageAccess_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "PageSettings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The rule is part of the public model (the gate answers while the store is down), so a write re-reads the page.
CREATE TRIGGER "PageAccess_public_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PageAccess"
  FOR EACH STATEMENT EXECUTE FUNCTION "beacon_notify_public_change"();

CREATE TABLE "PageAccessLink" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PageAccessLink_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PageAccessLink_tokenHash_key" ON "PageAccessLink"("tokenHash");
CREATE INDEX "PageAccessLink_pageId_email_createdAt_idx" ON "PageAccessLink"("pageId", "email", "createdAt");
ALTER TABLE "PageAccessLink" ADD CONSTRAINT "PageAccessLink_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "PageSettings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
