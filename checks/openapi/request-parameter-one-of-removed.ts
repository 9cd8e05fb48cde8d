import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-one-of-removed',
  level: 'breaking',
  description: 'Request parameter oneOf member removed.',
  kinds: ['one-of-removed'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
