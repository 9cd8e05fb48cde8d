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
    'oasdiff reports this id as error; we judge it by direction (response): no client that worked before fails because of this change alone.'
})
