import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-length-decreased',
  level: 'breaking',
  description: 'Request parameter max length decreased.',
  kinds: ['max-length-decreased'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: 'error'
})
