import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-decreased',
  level: 'breaking',
  description: 'Request body maximum decreased.',
  kinds: ['max-decreased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
