import { sortedRecord } from '../kit/index.js';
function storedAttributes(attributes) {
    if (!attributes)
        return undefined;
    const stored = Object.entries(attributes).map(([name, a]) => [
        name,
        a.BinaryValue !== undefined
            ? { DataType: a.DataType, BinaryValue: Buffer.from(a.BinaryValue).toString('base64') }
            : { DataType: a.DataType, StringValue: a.StringValue },
    ]);
    return sortedRecord(Object.fromEntries(stored));
}
/** A received message of `queue` as the pod holds it: body, attributes, and the system attributes a send can set. */
export function messageData(queue, m) {
    return {
        queue,
        body: m.Body ?? '',
        attributes: storedAttributes(m.MessageAttributes),
        groupId: m.Attributes?.MessageGroupId,
        deduplicationId: m.Attributes?.MessageDeduplicationId,
        traceHeader: m.Attributes?.AWSTraceHeader,
    };
}
/** The SendMessageBatch entry that puts a message of the pod back. */
export function messageEntry(m) {
    return {
        MessageBody: m.body,
        MessageAttributes: m.attributes
            ? Object.fromEntries(Object.entries(m.attributes).map(([name, a]) => [
                name,
                a.BinaryValue !== undefined
                    ? { DataType: a.DataType, BinaryValue: Buffer.from(a.BinaryValue, 'base64') }
                    : { DataType: a.DataType, StringValue: a.StringValue },
            ]))
            : undefined,
        MessageGroupId: m.groupId,
        MessageDeduplicationId: m.deduplicationId,
        MessageSystemAttributes: m.traceHeader ? { AWSTraceHeader: { DataType: 'String', StringValue: m.traceHeader } } : undefined,
    };
}
/** What an entry counts towards a batch's size limit: its body and its attributes' names, types and values. */
export function entrySize(entry) {
    let size = Buffer.byteLength(entry.MessageBody ?? '');
    for (const [name, a] of Object.entries(entry.MessageAttributes ?? {})) {
        size += Buffer.byteLength(name) + Buffer.byteLength(a.DataType ?? '');
        size += a.BinaryValue ? a.BinaryValue.length : Buffer.byteLength(a.StringValue ?? '');
    }
    return size;
}
