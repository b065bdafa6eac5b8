// Starts Factdeck for the browser tests exactly as `npm start` does, on a fresh database.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dataDir = path.resolve(root, process.env.E2E_DATA_DIR || path.join("e2e", ".data"));
rmSync(dataDir, { recursive: true, force: true });

const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PORT: process.env.E2E_PORT ?? "3100",
    HOSTNAME: "127.0.0.1",
    DATABASE_URL: `file:${path.join(dataDir, "e2e.db")}`,
    FACTDECK_DATA_DIR: dataDir,
  },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
