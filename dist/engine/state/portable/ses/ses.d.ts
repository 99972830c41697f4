import type { ServiceModule } from '../../module.js';
/**
 * SES: identities (addresses and domains, with DKIM, notification topics, feedback forwarding
 * and MAIL FROM domain), templates, configuration sets with their event destinations, receipt
 * rule sets with their rules in order, and which one is active (v1 API); identities only SESv2
 * lists, contact lists with their contacts, dedicated IP pools, the suppression list and its
 * settings (SESv2, see `sesv2.ts`).
 */
export declare const ses: ServiceModule;
