// TEST-ONLY: a reading thread that starts, says it is ready, and never answers (as one stuck on a hostile file).
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', () => undefined);
