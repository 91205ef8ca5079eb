-- CreateTable
CREATE TABLE "checklist_ticks" (
    "userId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "checklist_ticks_pkey" PRIMARY KEY ("userId","moduleId","itemId")
);

-- CreateTable
CREATE TABLE "quiz_results" (
    "userId" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "bestScore" INTEGER NOT NULL,
    "lastScore" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL,
    "lastAttemptAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "quiz_results_pkey" PRIMARY KEY ("userId","moduleId")
);

-- AddForeignKey
ALTER TABLE "checklist_ticks" ADD CONSTRAINT "checklist_ticks_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quiz_results" ADD CONSTRAINT "quiz_results_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
