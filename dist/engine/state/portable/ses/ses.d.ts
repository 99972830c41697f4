import type { ServiceModule } from '../../module.js';
/**
 * SES (v1 API): identities (addresses and domains, with DKIM, notification topics, feedback
 * forwarding and MAIL FROM domain), templates, configuration sets with their event
 * destinations, receipt rule sets with their rules in order, and which one is active.
 */
export declare const ses: ServiceModule;
