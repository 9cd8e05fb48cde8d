import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-decreased',
  level: 'breaking',
  description: 'Request parameter maximum decreased.',
  kinds: ['max-decreased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
