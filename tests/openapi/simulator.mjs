// Starts the simulator on a free loopback port for scripts/openapi-fuzz, prints its URL, and
// stops when its parent kills it (or after 10 minutes, so it never outlives a run).
import { startServer } from '../../www/server.mjs';

const sim = await startServer({ port: 0, host: '127.0.0.1', quiet: true, callMs: 5, timeScale: 0.001 });
process.stdout.write(`${sim.url}\n`);
const stop = async () => { await sim.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
setTimeout(stop, 10 * 60 * 1000).unref();
