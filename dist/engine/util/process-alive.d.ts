/** Whether a process of this machine runs under `pid` (one of another user's counts). */
export declare function isAlive(pid: number): boolean;
