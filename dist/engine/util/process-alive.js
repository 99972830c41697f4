/** Whether a process of this machine runs under `pid` (one of another user's counts). */
export function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
