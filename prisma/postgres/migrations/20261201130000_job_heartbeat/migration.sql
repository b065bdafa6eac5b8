-- A job in reading or storing whose instance stopped renewing this is taken again by another instance.
ALTER TABLE "GenerationJob" ADD COLUMN "heartbeatAt" TIMESTAMP(3);
