export { lambda } from './lambda.js';
