-- Real relations for ids that were bare strings, Restrict where a delete would take grades with it,
-- and the dead columns of ArticleIssue dropped (issue 13, item 4). SQLite can't alter a foreign key,
-- so each changed table is rebuilt the way Prisma does it: a new table, the rows copied, the old
-- table dropped and the new one renamed, with foreign keys off meanwhile. Every row is kept.
--
-- - Question.createdById → User, Question.copiedFromId → Question, PointsEntry.classId → Class,
--   TeacherInvite.createdById → User, TeacherRequest.decidedById → User, GenerationJob.articleId →
--   Article: all SET NULL on delete (the row stays; who or what it pointed at is gone). An id that
--   already pointed at nothing becomes NULL while copying, so the new keys hold from the start.
-- - Assignment.set, Attempt.assignment, Attempt.article and Response.question: CASCADE → NO ACTION,
--   which restricts. Deleting a set cascaded to its assignments, their attempts, answers and points
--   ledger rows, while User.points and WeeklyPoints kept the points: now the database refuses a
--   delete that would leave such rows without their parent. NO ACTION rather than RESTRICT only
--   because SQLite (and PostgreSQL) check it at the end of the statement: a delete that removes the
--   children too in the same statement (the users of a whole class at once) still goes through.
-- - ArticleIssue.factKeys (written, never read) and ArticleIssue.approved (never used) dropped.
-- - The new foreign keys get an index, like every other one a query follows.

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ArticleIssue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "sourcesJson" TEXT NOT NULL,
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
    "bodyJson" TEXT NOT NULL,
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
INSERT INTO "new_Question" ("id", "articleId", "key", "type", "status", "version", "prompt", "bodyJson", "difficulty", "sentence", "start", "end", "origin", "createdById", "copiedFromId", "createdAt", "updatedAt") SELECT "id", "articleId", "key", "type", "status", "version", "prompt", "bodyJson", "difficulty", "sentence", "start", "end", "origin", CASE WHEN "createdById" IN (SELECT "id" FROM "User") THEN "createdById" END, CASE WHEN "copiedFromId" IN (SELECT "id" FROM "Question") THEN "copiedFromId" END, "createdAt", "updatedAt" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE INDEX "Question_articleId_status_idx" ON "Question"("articleId", "status");
CREATE INDEX "Question_createdById_idx" ON "Question"("createdById");
CREATE INDEX "Question_copiedFromId_idx" ON "Question"("copiedFromId");
CREATE UNIQUE INDEX "Question_articleId_key_key" ON "Question"("articleId", "key");
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "setId" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "dueAt" DATETIME,
    "timeLimitSec" INTEGER,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "shuffleQuestions" BOOLEAN NOT NULL DEFAULT false,
    "shuffleOptions" BOOLEAN NOT NULL DEFAULT false,
    "feedbackMode" TEXT NOT NULL DEFAULT 'after_submit',
    "oneAtATime" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_setId_fkey" FOREIGN KEY ("setId") REFERENCES "QuestionSet" ("id") ON DELETE NO ACTION ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("id", "classId", "setId", "opensAt", "dueAt", "timeLimitSec", "attemptsAllowed", "shuffleQuestions", "shuffleOptions", "feedbackMode", "oneAtATime", "createdAt") SELECT "id", "classId", "setId", "opensAt", "dueAt", "timeLimitSec", "attemptsAllowed", "shuffleQuestions", "shuffleOptions", "feedbackMode", "oneAtATime", "createdAt" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classId_idx" ON "Assignment"("classId");
CREATE INDEX "Assignment_setId_idx" ON "Assignment"("setId");
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "articleId" TEXT,
    "assignmentId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "activeKey" TEXT,
    "questionOrder" TEXT NOT NULL,
    "optionOrder" TEXT NOT NULL DEFAULT '{}',
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
    "answerJson" TEXT NOT NULL,
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
CREATE TABLE "new_PointsEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "classId" TEXT,
    "points" INTEGER NOT NULL,
    "awardedAt" DATETIME NOT NULL,
    CONSTRAINT "PointsEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PointsEntry_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PointsEntry_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PointsEntry" ("id", "userId", "attemptId", "classId", "points", "awardedAt") SELECT "id", "userId", "attemptId", CASE WHEN "classId" IN (SELECT "id" FROM "Class") THEN "classId" END, "points", "awardedAt" FROM "PointsEntry";
DROP TABLE "PointsEntry";
ALTER TABLE "new_PointsEntry" RENAME TO "PointsEntry";
CREATE UNIQUE INDEX "PointsEntry_attemptId_key" ON "PointsEntry"("attemptId");
CREATE INDEX "PointsEntry_awardedAt_userId_points_idx" ON "PointsEntry"("awardedAt", "userId", "points");
CREATE INDEX "PointsEntry_userId_awardedAt_idx" ON "PointsEntry"("userId", "awardedAt");
CREATE INDEX "PointsEntry_classId_awardedAt_idx" ON "PointsEntry"("classId", "awardedAt");
CREATE TABLE "new_TeacherInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "maxUses" INTEGER NOT NULL DEFAULT 1,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeacherInvite_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_TeacherInvite" ("id", "code", "label", "maxUses", "uses", "expiresAt", "revokedAt", "createdById", "createdAt") SELECT "id", "code", "label", "maxUses", "uses", "expiresAt", "revokedAt", CASE WHEN "createdById" IN (SELECT "id" FROM "User") THEN "createdById" END, "createdAt" FROM "TeacherInvite";
DROP TABLE "TeacherInvite";
ALTER TABLE "new_TeacherInvite" RENAME TO "TeacherInvite";
CREATE UNIQUE INDEX "TeacherInvite_code_key" ON "TeacherInvite"("code");
CREATE INDEX "TeacherInvite_createdById_idx" ON "TeacherInvite"("createdById");
CREATE TABLE "new_TeacherRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    CONSTRAINT "TeacherRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeacherRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_TeacherRequest" ("id", "userId", "status", "createdAt", "decidedAt", "decidedById") SELECT "id", "userId", "status", "createdAt", "decidedAt", CASE WHEN "decidedById" IN (SELECT "id" FROM "User") THEN "decidedById" END FROM "TeacherRequest";
DROP TABLE "TeacherRequest";
ALTER TABLE "new_TeacherRequest" RENAME TO "TeacherRequest";
CREATE UNIQUE INDEX "TeacherRequest_userId_key" ON "TeacherRequest"("userId");
CREATE INDEX "TeacherRequest_status_createdAt_idx" ON "TeacherRequest"("status", "createdAt");
CREATE INDEX "TeacherRequest_decidedById_idx" ON "TeacherRequest"("decidedById");
CREATE TABLE "new_GenerationJob" (
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
    CONSTRAINT "GenerationJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GenerationJob_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_GenerationJob" ("id", "createdById", "title", "source", "published", "rawText", "status", "error", "articleId", "articleSlug", "createdAt", "startedAt", "finishedAt") SELECT "id", "createdById", "title", "source", "published", "rawText", "status", "error", CASE WHEN "articleId" IN (SELECT "id" FROM "Article") THEN "articleId" END, "articleSlug", "createdAt", "startedAt", "finishedAt" FROM "GenerationJob";
DROP TABLE "GenerationJob";
ALTER TABLE "new_GenerationJob" RENAME TO "GenerationJob";
CREATE INDEX "GenerationJob_createdById_createdAt_idx" ON "GenerationJob"("createdById", "createdAt");
CREATE INDEX "GenerationJob_status_createdAt_idx" ON "GenerationJob"("status", "createdAt");
CREATE INDEX "GenerationJob_articleId_idx" ON "GenerationJob"("articleId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
