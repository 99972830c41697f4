import * as SWF from '@aws-sdk/client-swf';
import type { ServiceContext } from '../../module.js';
/**
 * Executions are not carried: started again, one gets a new run id and a fresh history, and its
 * decisions and activity tasks would run again. A save says how many it leaves behind.
 */
export declare function warnOfOpenExecutions(context: ServiceContext, s: SWF.SWFClient, domain: string): Promise<void>;
/** Ends the domain's open executions, since a loaded instance runs none of the pod's (they stay listed as closed, as SWF keeps history). */
export declare function terminateOpenExecutions(s: SWF.SWFClient, domain: string): Promise<void>;
