-- CreateEnum
CREATE TYPE "LiveGameStatus" AS ENUM ('lobby', 'question', 'ended');

-- CreateTable
CREATE TABLE "LiveGame" (
    "id" TEXT NOT NULL,
    "pin" TEXT,
    "hostId" TEXT NOT NULL,
    "setId" TEXT,
    "articleId" TEXT,
    "title" TEXT NOT NULL,
    "questionsJson" JSONB NOT NULL,
    "status" "LiveGameStatus" NOT NULL DEFAULT 'lobby',
    "questionIndex" INTEGER NOT NULL DEFAULT -1,
    "openedAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "questionSeconds" INTEGER NOT NULL DEFAULT 20,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "LiveGame_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LivePlayer" (
    "id" TEXT NOT NULL,
    "gameId" TEXT NOT NULL,
    "nickname" TEXT NOT NULL,
    "nicknameKey" TEXT NOT NULL,
    "userId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "score" INTEGER NOT NULL DEFAULT 0,
    "streak" INTEGER NOT NULL DEFAULT 0,
    "correctCount" INTEGER NOT NULL DEFAULT 0,
    "kickedAt" TIMESTAMP(3),
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LivePlayer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveAnswer" (
    "id" TEXT NOT NULL,
    "gameId" TEXT NOT NULL,
    "playerId" TEXT NOT NULL,
    "questionIndex" INTEGER NOT NULL,
    "responseJson" JSONB NOT NULL,
    "fraction" DOUBLE PRECISION NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "points" INTEGER NOT NULL,
    "elapsedMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LiveGame_pin_key" ON "LiveGame"("pin");

-- CreateIndex
CREATE INDEX "LiveGame_hostId_createdAt_idx" ON "LiveGame"("hostId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_tokenHash_key" ON "LivePlayer"("tokenHash");

-- CreateIndex
CREATE INDEX "LivePlayer_gameId_score_idx" ON "LivePlayer"("gameId", "score");

-- CreateIndex
CREATE INDEX "LivePlayer_userId_idx" ON "LivePlayer"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LivePlayer_gameId_nicknameKey_key" ON "LivePlayer"("gameId", "nicknameKey");

-- CreateIndex
CREATE INDEX "LiveAnswer_gameId_questionIndex_idx" ON "LiveAnswer"("gameId", "questionIndex");

-- CreateIndex
CREATE UNIQUE INDEX "LiveAnswer_playerId_questionIndex_key" ON "LiveAnswer"("playerId", "questionIndex");

-- AddForeignKey
ALTER TABLE "LiveGame" ADD CONSTRAINT "LiveGame_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivePlayer" ADD CONSTRAINT "LivePlayer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LivePlayer" ADD CONSTRAINT "LivePlayer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveAnswer" ADD CONSTRAINT "LiveAnswer_gameId_fkey" FOREIGN KEY ("gameId") REFERENCES "LiveGame"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveAnswer" ADD CONSTRAINT "LiveAnswer_playerId_fkey" FOREIGN KEY ("playerId") REFERENCES "LivePlayer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

