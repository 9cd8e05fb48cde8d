import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-items-decreased',
  level: 'breaking',
  description: 'Request parameter max items decreased.',
  kinds: ['max-items-decreased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
