import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-parameter-max-length-unset',
  level: 'info',
  description: 'Request parameter max length removed.',
  kinds: ['max-length-unset'],
  direction: 'request',
  subject: 'parameter',
  oasdiff: null
})
