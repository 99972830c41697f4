export { route53 } from './route53.js';
