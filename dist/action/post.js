// The post step of action.yml.
import { runPost } from './index.js';

await runPost();
