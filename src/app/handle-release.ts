import type { Context } from 'probot'
import { jobContext } from './app-context.js'
import type { AppDeps } from './deps.js'
import { queueRelease } from './jobs.js'

export const RELEASE_EVENTS = ['release.published', 'release.prereleased'] as const

/** A release was published: evaluate previous release tag → this tag, on the tag's commit. */
export function handleRelease(deps: AppDeps) {
  return async (context: Context<'release.published' | 'release.prereleased'>): Promise<void> => {
    const { release } = context.payload
    if (release.draft) {
      context.log.info(`Release ${release.tag_name} is a draft, not evaluating.`)
      return
    }
    const { tag_name, name, body, prerelease, published_at } = release
    await queueRelease(
      jobContext(context),
      deps,
      context.repo(),
      tag_name,
      { tag_name, name, body, prerelease, published_at },
      context.payload.repository.html_url
    )
  }
}
