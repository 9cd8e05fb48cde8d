import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-min-items-decreased',
  level: 'info',
  description: 'Request body min items decreased.',
  kinds: ['min-items-decreased'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
