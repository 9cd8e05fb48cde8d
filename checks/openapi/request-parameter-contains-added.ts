import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-contains-added',
  level: 'breaking',
  description: 'Request parameter contains added.',
  kinds: ['contains-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
