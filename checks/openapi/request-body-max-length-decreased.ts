import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-length-decreased',
  level: 'breaking',
  description: 'Request body max length decreased.',
  kinds: ['max-length-decreased'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'error'
})
