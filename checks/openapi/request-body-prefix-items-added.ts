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
    'oasdiff reports this id as info; we judge it by direction (request): clients that worked before can fail after this change.'
})
