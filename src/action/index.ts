/**
 * The GitHub Action: one bundle (dist/action/index.js, built by ncc) with the two entry points
 * action.yml runs, dist/action/main.js and dist/action/post.js.
 */
export { runMain } from './main.js';
export { runPost } from './post.js';
