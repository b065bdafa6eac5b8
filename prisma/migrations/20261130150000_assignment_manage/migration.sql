-- Issue 14: a teacher can close an assignment early, reopen it, archive it (once students have
-- started, instead of deleting it) and give one student an extension.
ALTER TABLE "Assignment" ADD COLUMN "closedAt" DATETIME;
ALTER TABLE "Assignment" ADD COLUMN "archivedAt" DATETIME;

CREATE TABLE "AssignmentExtension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "extraTimeSec" INTEGER NOT NULL DEFAULT 0,
    "extraAttempts" INTEGER NOT NULL DEFAULT 0,
    "dueAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AssignmentExtension_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssignmentExtension_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "AssignmentExtension_assignmentId_userId_key" ON "AssignmentExtension"("assignmentId", "userId");
CREATE INDEX "AssignmentExtension_userId_idx" ON "AssignmentExtension"("userId");
