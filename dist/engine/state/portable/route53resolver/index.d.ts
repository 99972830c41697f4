export { route53resolver } from './route53resolver.js';
