import { RealAwsRefusedError } from '../errors.js';
const REAL_AWS_HOST = /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|api\.aws)$/i;
/** Whether `endpoint` is one of AWS's own hosts. */
export function isRealAws(endpoint) {
    return REAL_AWS_HOST.test(new URL(endpoint).hostname);
}
/** Throws unless the load targets an emulator, or the user allowed real AWS explicitly. */
export function refuseRealAws(endpoint, allowRealAws) {
    if (isRealAws(endpoint) && !allowRealAws) {
        throw new RealAwsRefusedError(`Refusing to load into ${endpoint}: it is real AWS, and a load deletes and overwrites resources. Pass --allow-real-aws (LOCALSTACK_PODS_ALLOW_REAL_AWS=true) if you really mean it.`);
    }
}
