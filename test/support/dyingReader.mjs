// TEST-ONLY: a reading thread that dies on its first request (as one would on a parser's fatal fault).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => process.exit(3));
