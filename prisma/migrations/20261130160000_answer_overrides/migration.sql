-- A teacher's change to the mark of one graded answer, with who, when, why and the scores before
-- and after (issue 14, results). Also the points ledger's adjustment entry: PointsEntry stays as
-- grading wrote it, and an override's points are its pointsDelta (lib/results/override.ts).
CREATE TABLE "AnswerOverride" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "attemptId" TEXT NOT NULL,
    "responseId" TEXT,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "teacherId" TEXT,
    "classId" TEXT,
    "reason" TEXT NOT NULL,
    "oldScore" REAL NOT NULL,
    "newScore" REAL NOT NULL,
    "oldCorrect" BOOLEAN NOT NULL,
    "newCorrect" BOOLEAN NOT NULL,
    "oldAttemptScore" REAL NOT NULL,
    "newAttemptScore" REAL NOT NULL,
    "pointsDelta" INTEGER NOT NULL,
    "awardedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AnswerOverride_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnswerOverride_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AnswerOverride_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AnswerOverride_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AnswerOverride_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE INDEX "AnswerOverride_attemptId_createdAt_idx" ON "AnswerOverride"("attemptId", "createdAt");
CREATE INDEX "AnswerOverride_responseId_idx" ON "AnswerOverride"("responseId");
CREATE INDEX "AnswerOverride_userId_awardedAt_idx" ON "AnswerOverride"("userId", "awardedAt");
CREATE INDEX "AnswerOverride_classId_awardedAt_idx" ON "AnswerOverride"("classId", "awardedAt");
