-- Editors limited to some pages (lib/pages/editor-scope.ts): an editor with rows here sees and changes only the
-- incidents, maintenance and components of these pages; an editor with none is unlimited. Owners are never limited.
CREATE TABLE "EditorPage" (
    "userId" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    CONSTRAINT "EditorPage_pkey" PRIMARY KEY ("userId", "pageId")
);
CREATE INDEX "EditorPage_pageId_idx" ON "EditorPage"("pageId");
ALTER TABLE "EditorPage" ADD CONSTRAINT "EditorPage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EditorPage" ADD CONSTRAINT "EditorPage_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "PageSettings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
