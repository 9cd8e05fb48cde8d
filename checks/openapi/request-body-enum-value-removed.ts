import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-enum-value-removed',
  level: 'breaking',
  description: 'Request body enum value removed.',
  kinds: ['enum-value-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info',
  differences:
    'oasdiff reports this id as info; we judge it by direction (request): clients that worked before can fail after this change.'
})
