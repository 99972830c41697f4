import * as SSM from '@aws-sdk/client-ssm';
import { all, clientConfig, keyed, plain, read, tagObject, type DumpTarget, type Json } from './read.js';

/** Every parameter by name: its description entry, its value decrypted, its history and tags. */
export async function dumpSsm(target: DumpTarget, region: string): Promise<Json> {
  const ssm = new SSM.SSMClient(clientConfig(target, region));
  const parameters = await all<SSM.ParameterMetadata>(
    (NextToken) => ssm.send(new SSM.DescribeParametersCommand({ NextToken, MaxResults: 50 })),
    'Parameters',
    'NextToken',
  );
  return keyed(
    parameters,
    (p) => p.Name!,
    async (described) => {
      const Name = described.Name!;
      const history = await all<SSM.ParameterHistory>(
        (NextToken) => ssm.send(new SSM.GetParameterHistoryCommand({ Name, NextToken, WithDecryption: true })),
        'Parameters',
        'NextToken',
      ).catch((error: Error) => [{ error: error.name }]);
      return {
        described: plain(described),
        parameter: ((await read(ssm, new SSM.GetParameterCommand({ Name, WithDecryption: true }))) as any).Parameter ?? null,
        history: history.map((h: any) => ({ Version: h.Version ?? null, Value: h.Value ?? null, Labels: h.Labels ?? [] })),
        tags: tagObject(((await read(ssm, new SSM.ListTagsForResourceCommand({ ResourceType: 'Parameter', ResourceId: Name }))) as any).TagList),
      };
    },
  );
}
