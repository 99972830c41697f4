// The tests start servers with the engine's own process code (an `instance: 'moto'` run uses it too).
export { freePort, startServer, type Server } from '../engine/target/server-process.js';
