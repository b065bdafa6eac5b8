-- CreateTable
CREATE TABLE "WeeklyPoints" (
    "weekStart" DATETIME NOT NULL,
    "userId" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("weekStart", "userId"),
    CONSTRAINT "WeeklyPoints_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "WeeklyPoints_weekStart_points_idx" ON "WeeklyPoints"("weekStart", "points");

-- Backfill from the ledger. Prisma's SQLite adapter stores DateTime as ISO 8601 text with an
-- explicit offset ('2026-01-05T00:00:00.000+00:00'); SQLite's date functions read that as UTC.
-- 'weekday 0' moves forward to the Sunday ending the ISO week (or stays on a Sunday), and
-- '-6 days' steps back to its Monday; the result is written in the same text form the adapter
-- writes, so rows from here and from afterAttemptGraded compare equal.
INSERT INTO "WeeklyPoints" ("weekStart", "userId", "points")
SELECT strftime('%Y-%m-%dT00:00:00.000+00:00', "awardedAt", 'weekday 0', '-6 days') AS "weekStart", "userId", SUM("points")
FROM "PointsEntry"
GROUP BY 1, 2;
