import { join } from "node:path";
import { tmpdir } from "node:os";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
// src/engine/util/process-alive.ts
/** Whether a process of this machine runs under `pid` (one of another user's counts). */
function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === "EPERM";
	}
}
// src/engine/util/private-temp.ts
/**
* Temporary files hold what a save captured, decrypted secrets and parameters among it. They
* live in one directory per process that only its user can enter (0700), each file 0600; the
* directory goes when the process exits or is interrupted, and what a killed process left is
* removed by the next one that needs temporary files.
*/
const PREFIX = "localstack-pods-";
const OWN = /^localstack-pods-(\d+)-[A-Za-z0-9]{6}$/;
let current;
/** Removes the directories of processes that no longer run (killed before they could). */
function removeLeftovers(base) {
	for (const name of readdirSync(base)) {
		const pid = OWN.exec(name)?.[1];
		if (pid && Number(pid) !== process.pid && !isAlive(Number(pid))) rmSync(join(base, name), {
			recursive: true,
			force: true
		});
	}
}
function removeCurrent() {
	if (current) rmSync(current, {
		recursive: true,
		force: true
	});
	current = void 0;
}
/** An interruption removes the directory, then ends the process as the signal would have. */
function onSignal(signal) {
	removeCurrent();
	process.kill(process.pid, signal);
}
/** This process's private temporary directory, made on first use. */
function privateTempDir() {
	if (current) return current;
	const base = tmpdir();
	removeLeftovers(base);
	current = mkdtempSync(join(base, `${PREFIX}${process.pid}-`));
	process.once("exit", removeCurrent);
	for (const signal of [
		"SIGINT",
		"SIGTERM",
		"SIGHUP"
	]) if (process.listenerCount(signal) === 0) process.once(signal, onSignal);
	return current;
}
export { isAlive as n, privateTempDir as t };
