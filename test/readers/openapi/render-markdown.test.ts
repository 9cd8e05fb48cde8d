import { describe, expect, it } from '@jest/globals'
import { renderMarkdown } from '../../../src/readers/openapi/render.js'

describe('openapi-diff --format markdown', () => {
  it('keeps a path written to forge Markdown inside its table cell, as text', () => {
    const markdown = renderMarkdown({
      breaking: true,
      changes: [
        {
          id: 'api-path-removed-without-deprecation',
          level: 'breaking',
          operation: 'GET /pets|\n## ✅ no breaking change <img src=x>',
          location: '#/paths',
          message: 'api path removed without deprecation',
          file: 'openapi.yaml',
          line: 3
        }
      ]
    })
    const rows = markdown.split('\n').filter((line) => line.startsWith('| breaking'))
    expect(rows).toEqual([
      '| breaking | `api-path-removed-without-deprecation` | GET /pets\\| ## ✅ no breaking change \\<img src=x\\> | api path removed without deprecation | openapi.yaml:3 |'
    ])
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toEqual([
      '### OpenAPI changes: ❌ breaking'
    ])
  })
})
