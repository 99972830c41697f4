export { logs } from './logs.js';
