import type { Command } from 'commander';
/**
 * Adds `completion <bash|zsh|fish|powershell>`, which prints the shell's completion script, and
 * the hidden command the script calls on TAB. Commands, options and choices come from the
 * program itself; remote names, local pods, strategies and services are completed as values.
 */
export declare function addCompletion(program: Command): void;
