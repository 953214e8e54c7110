// TEST-ONLY: a reading thread that starts, says it is ready, and dies on its first request (as one would
// on a parser's fatal fault).
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', () => process.exit(3));
