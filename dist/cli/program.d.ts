import { Command } from 'commander';
import type { Io } from './output.js';
export declare function buildProgram(io: Io): Command;
