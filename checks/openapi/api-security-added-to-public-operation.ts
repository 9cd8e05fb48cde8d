import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-security-added-to-public-operation',
  level: 'breaking',
  description:
    'A security requirement was added to an operation that needed none: anonymous clients are rejected.',
  kinds: ['api-security-added-to-public-operation'],
  oasdiff: null,
  differences:
    'oasdiff has no such id: it reports any added security requirement as info (api-security-added). A requirement added to an operation that needed none rejects every anonymous client, so we call it breaking.'
})
