import { Command } from 'commander';
import type { Io } from './output.js';
/** The CLI's commands; `silentErrors` keeps Commander from printing its own usage errors (the caller reports them). */
export declare function buildProgram(io: Io, { silentErrors }?: {
    silentErrors?: boolean;
}): Command;
