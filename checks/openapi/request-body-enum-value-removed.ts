import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'request-body-enum-value-removed',
  level: 'breaking',
  description: 'Request body enum value removed.',
  kinds: ['enum-value-removed'],
  direction: 'request',
  subject: 'body',
  oasdiff: 'info',
  differences:
    'oasdiff reports an enum value removed from a whole request body as info; a client sending that value is rejected, exactly as for a property, so we call it breaking.'
})
