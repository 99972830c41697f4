import { Command } from 'commander';
import { type Io } from '../output.js';
export declare function versionsCommand(io: Io): Command;
