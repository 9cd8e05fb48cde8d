import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-prefix-items-added',
  level: 'breaking',
  description: 'Request body prefixItems added.',
  kinds: ['prefix-items-added'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info',
  differences:
    'oasdiff compares prefixItems member by member; we report the keyword appearing (a new constraint: breaking in requests) or disappearing (breaking in responses).'
})
