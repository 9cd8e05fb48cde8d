import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-decreased',
  level: 'info',
  description: 'Request body minimum decreased.',
  kinds: ['min-decreased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
