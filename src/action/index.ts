/**
 * The GitHub Action: one bundle (dist/action/index.js, built by rolldown) with the two entry points
 * action.yml runs, dist/action/main.js and dist/action/post.js.
 */
export { run as runMain } from './main.js';
export { run as runPost } from './post.js';
