import { describe, expect, it } from '@jest/globals'
import { planOwners } from '../../../src/reports/release/owners.js'
import { githubRepositoryUrl, normaliseRepositoryUrl } from '../../../src/reports/release/repository-url.js'

describe('planOwners', () => {
  it('reads every Owner: line of the plan sections, in order, without duplicates', () => {
    const body = [
      '## Feature flag plan',
      '- Flag: `x`',
      '- Owner: @payments-team',
      '## Rollback plan',
      '* **Owners:** @payments-oncall, @alice and @payments-team'
    ].join('\n')
    expect(planOwners(body)).toEqual(['@payments-team', '@payments-oncall', '@alice'])
  })

  it('finds no owner in a body without Owner: lines, or without a body', () => {
    expect(planOwners('Owned by nobody in particular.\nOwnership: later')).toEqual([])
    expect(planOwners(undefined)).toEqual([])
  })
})

describe('githubRepositoryUrl', () => {
  it.each([
    ['git@github.com:acme/pets.git', 'https://github.com/acme/pets'],
    ['https://github.com/acme/pets', 'https://github.com/acme/pets'],
    ['https://token@github.com/acme/pets.git', 'https://github.com/acme/pets'],
    ['ssh://git@github.com/acme/pets.git', 'https://github.com/acme/pets']
  ])('turns the remote %s into %s', (remote, url) => {
    expect(githubRepositoryUrl(remote)).toBe(url)
  })

  it('ignores remotes that are not on github.com', () => {
    expect(githubRepositoryUrl('https://gitlab.com/acme/pets.git')).toBeUndefined()
    expect(githubRepositoryUrl('/srv/git/pets.git')).toBeUndefined()
    expect(githubRepositoryUrl(undefined)).toBeUndefined()
  })

  it('accepts an http(s) --repo-url without its trailing slash and refuses anything else', () => {
    expect(normaliseRepositoryUrl('https://ghe.example.com/acme/pets/')).toBe(
      'https://ghe.example.com/acme/pets'
    )
    expect(normaliseRepositoryUrl('javascript:alert(1)')).toBeUndefined()
  })
})
