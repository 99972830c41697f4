import { execFileSync } from 'node:child_process';

/**
 * Checks once, before any test, that the real servers and clients the tests use are installed,
 * and says how to get them when not: tests never skip for lack of a server.
 */
export default function setup(): void {
  try {
    execFileSync('python3', ['-c', 'import moto.server'], { stdio: 'pipe' });
  } catch {
    throw new Error('moto is not importable by python3. Install it: pip install "moto[server]" (.ci/run does).');
  }
  try {
    execFileSync('aws', ['--version'], { stdio: 'pipe' });
  } catch {
    throw new Error('The AWS CLI (aws) is not on PATH. Install it: pip install awscli (.ci/run does).');
  }
}
