/** The start of a sentence about a text: "The pull request description has", "The release notes have". */
export function theOrigin(origin: string): string {
  if (origin === 'release notes') return 'The release notes have'
  if (origin === 'pull request description') return 'The pull request description has'
  return `The file ${origin} has`
}
