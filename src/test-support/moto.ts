// The tests' moto is the engine's embedded moto: one way to start it, used by `instance: 'moto'` too.
export { startEmbeddedMoto as startMoto, type EmbeddedMoto as Moto } from '../engine/target/embedded-moto.js';
