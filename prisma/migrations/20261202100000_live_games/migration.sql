-- Live games (lib/live): a hosted game, its players, and one answer per player per question.
CREATE TABLE "LiveGame" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pin" TEXT,
    "hostId" TEXT NOT NULL,
    "setId" TEXT,
    "articleId" TEXT,
    "title" TEXT NOT NULL,
    "questionsJson" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'lobby',
    "questionIndex" INTEGER NOT NULL DEFAULT -1,
    "openedAt" DATETIME,
    "closesAt" DATETIME,
    "questionSeconds" INTEGER NOT NULL DEFAULT 20,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "LiveGame_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "LivePlayer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "nicknameKey" TEXT NOT NULL,
    "userId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "score" INTEGER NOT NULL DEFAULT 0,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "correctCount" INTEGER NOT NULL DEFAULT 0,
    "kickedAt" DATETIME,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LivePlayer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LivePlayer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

CREATE TABLE "LiveAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "gameId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "questionIndex" INTEGER NOT NULL,
    "responseJson" TEXT NOT NULL,
    "fraction" REAL NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "elapsedMs" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LiveAnswer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveAnswer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "LivePlayer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE UNIQUE INDEX "LiveGame_pin_key" ON "LiveGame"("pin");
CREATE INDEX "LiveGame_hostId_createdAt_idx" ON "LiveGame"("hostId", "createdAt");
CREATE UNIQUE INDEX "LivePlayer_tokenHash_key" ON "LivePlayer"("tokenHash");
CREATE INDEX "LivePlayer_gameId_score_idx" ON "LivePlayer"("gameId", "score");
CREATE INDEX "LivePlayer_userId_idx" ON "LivePlayer"("userId");
CREATE UNIQUE INDEX "LivePlayer_gameId_nicknameKey_key" ON "LivePlayer"("gameId", "nicknameKey");
CREATE INDEX "LiveAnswer_gameId_questionIndex_idx" ON "LiveAnswer"("gameId", "questionIndex");
CREATE UNIQUE INDEX "LiveAnswer_playerId_questionIndex_key" ON "LiveAnswer"("playerId", "questionIndex");
