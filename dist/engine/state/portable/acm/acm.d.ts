import type { ServiceModule } from '../../module.js';
/**
 * ACM: imported certificates with their chain and private key (where the instance exports
 * imported keys), requested ones requested again, and the tags of both.
 */
export declare const acm: ServiceModule;
