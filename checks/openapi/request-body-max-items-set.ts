import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-items-set',
  level: 'warning',
  description: 'Request body max items set.',
  kinds: ['max-items-set'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
