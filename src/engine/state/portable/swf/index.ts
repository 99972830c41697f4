export { swf } from './swf.js';
