import { defineRule } from '../../src/openapi/rule.js'

export default defineRule({
  id: 'api-security-removed',
  level: 'breaking',
  description: 'A security alternative was removed: clients that authenticate that way are rejected.',
  kinds: ['api-security-removed'],
  oasdiff: 'info',
  differences:
    'oasdiff reports this as info. Removing an alternative locks out every client that authenticates that way, so we call it breaking.'
})
