import type { Target } from '../target/target.js';
/**
 * The instance's session: an id it draws each time it starts, so a record that outlives a
 * restart (persistence) shows it. LocalStack reports one (`session_id` of `/_localstack/info`);
 * moto and MiniStack report none (moto keeps no state across a restart, so the record goes with
 * the rest). Undefined when there is none, or the instance does not say within 5 s.
 */
export declare function instanceSession(target: Target): Promise<string | undefined>;
