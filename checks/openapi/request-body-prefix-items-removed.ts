import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-prefix-items-removed',
  level: 'info',
  description: 'Request body prefixItems removed.',
  kinds: ['prefix-items-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error',
  differences:
    'oasdiff reports this id as error; we judge it by direction (request): no client that worked before fails because of this change alone.'
})
