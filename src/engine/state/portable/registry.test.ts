import { describe, expect, it } from 'vitest';
import { loadModules, SERVICE_NAMES } from './registry.js';

const PORTABLE_MODULES = await loadModules();
const names = [...SERVICE_NAMES];

describe('the module registry', () => {
  it('names each module once, under its own name, and each signs its requests under its own name', () => {
    expect(PORTABLE_MODULES.map((m) => m.name)).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    const signing = PORTABLE_MODULES.map((m) => `${m.requests?.signingName ?? m.name} ${m.requests?.pathPrefix ?? ''}`);
    expect(new Set(signing).size).toBe(signing.length);
  });

  it('has modules depend on, and deliver into, modules it knows (or any service)', () => {
    for (const module of PORTABLE_MODULES) {
      for (const dependency of module.dependsOn) expect(names, `${module.name} depends on ${dependency}`).toContain(dependency);
      for (const target of module.requests?.deliversTo ?? []) expect([...names, '*'], `${module.name} delivers into ${target}`).toContain(target);
    }
  });

  it('reads the groups of JSON writes only for modules restored in part, each under its own target prefix', () => {
    const prefixes = PORTABLE_MODULES.flatMap((m) => (m.requests?.targetPrefix ? [m.requests.targetPrefix] : []));
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const module of PORTABLE_MODULES.filter((m) => m.requests?.groups)) {
      expect(module.partial, `${module.name} names groups it cannot restore`).toBeDefined();
    }
  });

  it('refuses an unknown service, naming the ones it knows', async () => {
    await expect(loadModules(['s3', 'sqs3'])).rejects.toThrow(`Unknown service(s): sqs3. Supported services: ${[...names].sort().join(', ')}.`);
  });
});
