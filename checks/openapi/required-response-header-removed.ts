import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'required-response-header-removed',
  level: 'breaking',
  description: 'A required response header was removed.',
  kinds: ['required-response-header-removed'],
  direction: 'response',
  subject: 'header',
  oasdiff: 'error'
})
