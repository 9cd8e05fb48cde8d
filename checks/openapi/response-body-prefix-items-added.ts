import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-body-prefix-items-added',
  level: 'info',
  description: 'Response body prefixItems added.',
  kinds: ['prefix-items-added'],
  direction: 'response',
  subject: 'body',
  oasdiff: 'error',
  differences:
    'oasdiff compares prefixItems member by member; we report the keyword appearing (a new constraint: breaking in requests) or disappearing (breaking in responses).'
})
