import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-max-items-decreased',
  level: 'breaking',
  description: 'Request body max items decreased.',
  kinds: ['max-items-decreased'],
  direction: 'request',
  subject: 'body',
  oasdiff: null
})
