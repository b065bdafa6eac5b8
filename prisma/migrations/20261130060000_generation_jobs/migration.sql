-- Generation off the request path (issue 12, defect 1): a paste becomes a job the generation
-- worker runs while its page shows the progress; the article it stores stays hidden until whole.
ALTER TABLE "Article" ADD COLUMN "complete" BOOLEAN NOT NULL DEFAULT true;

CREATE TABLE "GenerationJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdById" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT,
    "published" TEXT,
    "rawText" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "error" TEXT,
    "articleId" TEXT,
    "articleSlug" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "GenerationJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "GenerationJob_createdById_createdAt_idx" ON "GenerationJob"("createdById", "createdAt");
CREATE INDEX "GenerationJob_status_createdAt_idx" ON "GenerationJob"("status", "createdAt");
