// Worker thread bootstrap: loads the TypeScript entry through tsx's API. (Node 20 doesn't apply
// `--import tsx` given in a worker's execArgv to the worker's own entry file.)
import { tsImport } from "tsx/esm/api";

await tsImport("./worker.ts", import.meta.url);
