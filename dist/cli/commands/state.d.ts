import { Command } from 'commander';
import { type Io } from '../output.js';
/** `state`: the running instance itself, not a pod. */
export declare function stateCommand(io: Io): Command;
