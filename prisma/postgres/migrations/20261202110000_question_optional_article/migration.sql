-- A question imported without an article (lib/interchange) has no article.
-- AlterTable
ALTER TABLE "Question" ALTER COLUMN "articleId" DROP NOT NULL;
