import { s as RealAwsRefusedError } from "./errors.js";
// src/engine/target/guard.ts
/**
* The domains AWS serves its APIs under, in every partition: commercial, China, the European
* Sovereign Cloud, the ISO partitions, and the dual-stack and function-URL domains.
*/
const AWS_DOMAINS = [
	"amazonaws.com",
	"amazonaws.com.cn",
	"amazonwebservices.com.cn",
	"amazonaws.eu",
	"api.aws",
	"on.aws",
	"c2s.ic.gov",
	"sc2s.sgov.gov",
	"cloud.adc-e.uk",
	"csp.hci.ic.gov"
];
/**
* Whether `endpoint` is one of AWS's own hosts. The host is compared as DNS resolves it: case
* and trailing dots (`sqs.us-east-1.amazonaws.com.` is the same host) do not hide it.
*/
function isRealAws(endpoint) {
	const host = new URL(endpoint).hostname.toLowerCase().replace(/\.+$/, "");
	return AWS_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
/** Throws unless the load targets an emulator, or the user allowed real AWS explicitly. */
function refuseRealAws(endpoint, allowRealAws) {
	if (isRealAws(endpoint) && !allowRealAws) throw new RealAwsRefusedError(`Refusing to load into ${endpoint}: it is real AWS, and a load deletes and overwrites resources. Pass --allow-real-aws (LOCALSTACK_PODS_ALLOW_REAL_AWS=true) if you really mean it.`);
}
export { refuseRealAws as n, isRealAws as t };
