/**
 * What the CLI hands each command: the working directory, where to print, and the clock. Commands return the exit
 * code and touch no process globals, so tests drive them with their own context.
 */
export interface CommandContext {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Milliseconds of a wall clock (`Date.now` in the CLI). */
  now?: () => number;
  /** Redraws a one-line status on an interactive terminal ('' clears it); absent when stderr is not a terminal. */
  status?: (text: string) => void;
}
