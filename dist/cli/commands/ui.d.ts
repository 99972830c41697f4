import { Command } from 'commander';
import type { Io } from '../output.js';
export declare function uiCommand(io: Io): Command;
