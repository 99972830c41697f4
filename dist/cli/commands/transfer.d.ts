import { Command } from 'commander';
import { type Io } from '../output.js';
export declare function exportCommand(io: Io): Command;
export declare function importCommand(io: Io): Command;
