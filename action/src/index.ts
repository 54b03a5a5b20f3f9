/** The Action's entry (bundled to dist/action/index.js): nothing but run(). */
import { run } from './main.js';

await run();
