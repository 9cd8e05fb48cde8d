import { createServer } from 'node:http'
import { route } from './routes/pets.js'

const port = Number(process.env.PORT ?? 8080)
createServer((req, res) => route(req, res)).listen(port, () => console.log(`pets-service on :${port}`))
