/** What the CLI hands each command: the working directory and where to print. Commands return the exit code. */
export interface CommandContext {
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}
