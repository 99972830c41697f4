/** The records SQS state is saved as: queues, each followed by its messages in queue order. */
import { recordKind } from '../kit/index.js';
/** Queues, by name. */
export const QUEUE = recordKind('queue');
/** Messages, by queue and place in it (see `messageId`). */
export const MESSAGE = recordKind('message');
/** The id of the `index`th message (from 1) of a queue: padded, so ids sort in queue order. */
export function messageId(queue, index) {
    return `${queue}/${String(index).padStart(8, '0')}`;
}
