/** What a CLI command needs from the process: kept small so commands run in tests without spawning. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Directory that relative paths resolve against. */
  cwd: string
}
