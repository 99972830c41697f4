import type { ServiceModule } from '../../module.js';
export declare const cloudformation: ServiceModule;
