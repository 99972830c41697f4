export { cloudformation } from './cloudformation.js';
