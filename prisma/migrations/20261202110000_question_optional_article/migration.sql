-- A question imported without an article (lib/interchange) has no article: "articleId" may be null.
-- SQLite can't drop a NOT NULL in place, so the table is rebuilt as Prisma does it.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT,
    "key" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "prompt" TEXT NOT NULL,
    "bodyJson" JSONB NOT NULL,
    "difficulty" REAL NOT NULL,
    "sentence" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'generated',
    "createdById" TEXT,
    "copiedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Question_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("id", "articleId", "key", "type", "status", "version", "prompt", "bodyJson", "difficulty", "sentence", "start", "end", "origin", "createdById", "copiedFromId", "createdAt", "updatedAt") SELECT "id", "articleId", "key", "type", "status", "version", "prompt", "bodyJson", "difficulty", "sentence", "start", "end", "origin", "createdById", "copiedFromId", "createdAt", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_articleId_status_idx" ON "Question"("articleId", "status");
CREATE INDEX "Question_createdById_idx" ON "Question"("createdById");
CREATE INDEX "Question_copiedFromId_idx" ON "Question"("copiedFromId");
CREATE UNIQUE INDEX "Question_articleId_key_key" ON "Question"("articleId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
