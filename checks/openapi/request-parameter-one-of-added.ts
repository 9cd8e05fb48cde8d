import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-one-of-added',
  level: 'info',
  description: 'Request parameter oneOf member added.',
  kinds: ['one-of-added'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
