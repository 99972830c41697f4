// The main step of action.yml.
import { runMain } from './index.js';

await runMain();
