-- The columns that hold JSON become Prisma `Json` columns (issue 13, item 4): JSONB on SQLite, as
-- Prisma declares them. The stored text is copied as it is — Prisma writes and reads a Json value on
-- SQLite as the same JSON text — so no value changes. Every value the app stores in them is an
-- object or an array; the loaders in lib/data/loaders.ts check their shapes when they are read.
-- Attempt.optionOrder loses its '{}' default: every writer sets it (Prisma would write a Json
-- default on SQLite as `DEFAULT {}`, which SQLite rejects).
-- Each table is rebuilt the way Prisma does it (foreign keys off, copy, drop, rename).

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source" TEXT,
    "byline" TEXT,
    "published" TEXT,
    "rawText" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "blocksJson" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "complete" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Article_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("id", "slug", "title", "source", "byline", "published", "rawText", "wordCount", "blocksJson", "createdById", "createdAt", "complete") SELECT "id", "slug", "title", "source", "byline", "published", "rawText", "wordCount", "blocksJson", "createdById", "createdAt", "complete" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE INDEX "Article_createdById_idx" ON "Article"("createdById");
CREATE TABLE "new_Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "markStart" INTEGER,
    "markEnd" INTEGER,
    "contradicted" BOOLEAN NOT NULL DEFAULT false,
    "dataJson" JSONB NOT NULL,
    CONSTRAINT "Fact_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Fact" ("id", "articleId", "key", "kind", "label", "start", "end", "markStart", "markEnd", "contradicted", "dataJson") SELECT "id", "articleId", "key", "kind", "label", "start", "end", "markStart", "markEnd", "contradicted", "dataJson" FROM "Fact";
DROP TABLE "Fact";
ALTER TABLE "new_Fact" RENAME TO "Fact";
CREATE UNIQUE INDEX "Fact_articleId_key_key" ON "Fact"("articleId", "key");
CREATE TABLE "new_ArticleIssue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "sourcesJson" JSONB NOT NULL,
    CONSTRAINT "ArticleIssue_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ArticleIssue" ("id", "articleId", "kind", "message", "sourcesJson") SELECT "id", "articleId", "kind", "message", "sourcesJson" FROM "ArticleIssue";
DROP TABLE "ArticleIssue";
ALTER TABLE "new_ArticleIssue" RENAME TO "ArticleIssue";
CREATE INDEX "ArticleIssue_articleId_idx" ON "ArticleIssue"("articleId");
CREATE TABLE "new_Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
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
CREATE TABLE "new_QuestionVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "bodyJson" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QuestionVersion" ("id", "questionId", "version", "bodyJson", "createdAt") SELECT "id", "questionId", "version", "bodyJson", "createdAt" FROM "QuestionVersion";
DROP TABLE "QuestionVersion";
ALTER TABLE "new_QuestionVersion" RENAME TO "QuestionVersion";
CREATE UNIQUE INDEX "QuestionVersion_questionId_version_key" ON "QuestionVersion"("questionId", "version");
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "articleId" TEXT,
    "assignmentId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "activeKey" TEXT,
    "questionOrder" JSONB NOT NULL,
    "optionOrder" JSONB NOT NULL,
    "feedbackMode" TEXT NOT NULL DEFAULT 'after_submit',
    "oneAtATime" BOOLEAN NOT NULL DEFAULT false,
    "currentIndex" INTEGER NOT NULL DEFAULT 0,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" DATETIME,
    "submittedAt" DATETIME,
    "score" REAL,
    "maxScore" REAL,
    CONSTRAINT "Attempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attempt_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE NO ACTION ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("id", "userId", "articleId", "assignmentId", "status", "activeKey", "questionOrder", "optionOrder", "feedbackMode", "oneAtATime", "currentIndex", "startedAt", "deadline", "submittedAt", "score", "maxScore") SELECT "id", "userId", "articleId", "assignmentId", "status", "activeKey", "questionOrder", "optionOrder", "feedbackMode", "oneAtATime", "currentIndex", "startedAt", "deadline", "submittedAt", "score", "maxScore" FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE UNIQUE INDEX "Attempt_activeKey_key" ON "Attempt"("activeKey");
CREATE INDEX "Attempt_userId_status_idx" ON "Attempt"("userId", "status");
CREATE INDEX "Attempt_articleId_idx" ON "Attempt"("articleId");
CREATE INDEX "Attempt_assignmentId_idx" ON "Attempt"("assignmentId");
CREATE INDEX "Attempt_status_deadline_idx" ON "Attempt"("status", "deadline");
CREATE TABLE "new_Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "questionVersion" INTEGER NOT NULL,
    "answerJson" JSONB NOT NULL,
    "score" REAL,
    "correct" BOOLEAN,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "timeMs" INTEGER,
    "checkedAt" DATETIME,
    CONSTRAINT "Response_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Response_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Response" ("id", "attemptId", "questionId", "questionVersion", "answerJson", "score", "correct", "answeredAt", "timeMs", "checkedAt") SELECT "id", "attemptId", "questionId", "questionVersion", "answerJson", "score", "correct", "answeredAt", "timeMs", "checkedAt" FROM "Response";
DROP TABLE "Response";
ALTER TABLE "new_Response" RENAME TO "Response";
CREATE INDEX "Response_questionId_idx" ON "Response"("questionId");
CREATE UNIQUE INDEX "Response_attemptId_questionId_key" ON "Response"("attemptId", "questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
