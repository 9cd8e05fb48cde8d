import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'response-header-became-nullable',
  level: 'breaking',
  description: 'Response header became nullable.',
  kinds: ['became-nullable'],
  direction: 'response',
  subject: 'header',
  oasdiff: null,
  differences:
    'oasdiff reports response-body-became-nullable and response-property-became-nullable as errors; we do the same for headers.'
})
