import { Command } from 'commander';
import { type Io } from '../output.js';
/** `status`: where the running instance's state came from. */
export declare function statusCommand(io: Io): Command;
