import type { Change, RepoSource } from '../../engine/types.js'
import { UnreadableFileError } from '../../engine/errors.js'

/** Texts longer than this are refused: GitHub caps a pull request body at 65,536 characters and release notes at 125,000. */
export const MAX_TEXT_CHARS = 131_072

export type ChangeText =
  | { kind: 'text'; text: string; origin: string; file?: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'problem'; message: string; file?: string }

/**
 * The text a text check reads: the file `file` at head when set, otherwise the pull request
 * description or the release notes. A deployment has no text of its own, so it is skipped unless
 * `file` is set. An unreadable or oversized text is a problem to report, never an empty pass.
 */
export async function readChangeText(
  change: Change,
  source: RepoSource,
  file: string | undefined,
  what: string
): Promise<ChangeText> {
  let text: string | undefined
  let origin: string
  if (file) {
    if (/^([A-Za-z]:|\/)/.test(file) || file.split(/[\\/]/).includes('..') || file.includes('\\'))
      return {
        kind: 'problem',
        message: `The \`file\` option "${file}" is not a repository-relative path; write it like "docs/release-plan.md" (no leading "/", no "..", forward slashes).`
      }
    origin = file
    try {
      text = await source.readFile(file, change.head)
    } catch (error) {
      if (error instanceof UnreadableFileError)
        return {
          kind: 'problem',
          message: `${error.message} Write the ${what} in ${file} as UTF-8 Markdown.`,
          file
        }
      throw error
    }
    if (text === undefined)
      return {
        kind: 'problem',
        message: `The ${what} file ${file} does not exist at ${change.head}. Add it, or remove the \`file\` option to read the ${change.event === 'release' ? 'release notes' : 'pull request description'}.`,
        file
      }
  } else if (change.event === 'deployment') {
    return {
      kind: 'skip',
      reason: `A deployment carries no description; the ${what} is checked on the pull request and the release (set \`file\` to check a file on deployments).`
    }
  } else {
    origin = change.event === 'release' ? 'release notes' : 'pull request description'
    text = change.body ?? ''
  }
  if (text.length > MAX_TEXT_CHARS) {
    return {
      kind: 'problem',
      message: `The ${origin} is ${text.length.toLocaleString('en-US')} characters long; this check reads at most ${MAX_TEXT_CHARS.toLocaleString('en-US')} (GitHub allows 65,536 in a pull request description). Shorten it and keep the ${what} in it, or link the long material.`,
      file
    }
  }
  return { kind: 'text', text, origin, file }
}
