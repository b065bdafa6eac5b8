-- Live games (issue 16): a signed-in student's points from a game, the leaderboard ledger's third source.
CREATE TABLE "LivePointsEntry" (
    "id" TEXT NOT NULL,
    "gameId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "awardedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LivePointsEntry_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "LivePointsEntry_gameId_userId_key" ON "LivePointsEntry"("gameId", "userId");
CREATE INDEX "LivePointsEntry_userId_awardedAt_idx" ON "LivePointsEntry"("userId", "awardedAt");

ALTER TABLE "LivePointsEntry" ADD CONSTRAINT "LivePointsEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
