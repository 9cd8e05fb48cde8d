import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-length-decreased',
  level: 'info',
  description: 'Request body min length decreased.',
  kinds: ['min-length-decreased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info'
})
