import * as Lambda from '@aws-sdk/client-lambda';
import { all, clientConfig, keyed, parsed, read, type DumpTarget, type Json } from './read.js';

/**
 * Every function by name: its configuration, tags, policy, versions, aliases, URL, event invoke
 * and concurrency settings, its event source mappings (keyed by source: their UUIDs are drawn);
 * every layer's versions.
 */
export async function dumpLambda(target: DumpTarget, region: string): Promise<Json> {
  const lambda = new Lambda.LambdaClient(clientConfig(target, region));
  const functions = await all<Lambda.FunctionConfiguration>(
    (Marker) => lambda.send(new Lambda.ListFunctionsCommand({ Marker })),
    'Functions',
    'NextMarker',
  );
  const layers = await all<Lambda.LayersListItem>((Marker) => lambda.send(new Lambda.ListLayersCommand({ Marker })), 'Layers', 'NextMarker');
  return {
    functions: await keyed(
      functions,
      (f) => f.FunctionName!,
      async ({ FunctionName }) => {
        const got = (await read(lambda, new Lambda.GetFunctionCommand({ FunctionName }))) as any;
        const policy = (await read(lambda, new Lambda.GetPolicyCommand({ FunctionName }))) as any;
        const versions = await all<Lambda.FunctionConfiguration>(
          (Marker) => lambda.send(new Lambda.ListVersionsByFunctionCommand({ FunctionName, Marker })),
          'Versions',
          'NextMarker',
        );
        const aliases = await all<Lambda.AliasConfiguration>(
          (Marker) => lambda.send(new Lambda.ListAliasesCommand({ FunctionName, Marker })),
          'Aliases',
          'NextMarker',
        );
        const mappings = await all<Lambda.EventSourceMappingConfiguration>(
          (Marker) => lambda.send(new Lambda.ListEventSourceMappingsCommand({ FunctionName, Marker })),
          'EventSourceMappings',
          'NextMarker',
        );
        return {
          configuration: got.Configuration ?? got,
          code: got.Code ?? null,
          tags: got.Tags ?? null,
          concurrency: got.Concurrency ?? null,
          policy: policy.Policy ? parsed(policy.Policy) : policy,
          versions: await keyed(
            versions,
            (v) => v.Version!,
            (v) => v,
          ),
          aliases: await keyed(
            aliases,
            (a) => a.Name!,
            (a) => a,
          ),
          url: await read(lambda, new Lambda.GetFunctionUrlConfigCommand({ FunctionName })),
          eventInvoke: await read(lambda, new Lambda.GetFunctionEventInvokeConfigCommand({ FunctionName })),
          provisioned: await read(lambda, new Lambda.ListProvisionedConcurrencyConfigsCommand({ FunctionName })),
          recursion: await read(lambda, new Lambda.GetFunctionRecursionConfigCommand({ FunctionName })),
          mappings: await keyed(
            mappings,
            (m) => m.EventSourceArn ?? JSON.stringify(m.SelfManagedEventSource ?? m.UUID),
            (m) => m,
          ),
        };
      },
    ),
    layers: await keyed(
      layers,
      (l) => l.LayerName!,
      async ({ LayerName }) => {
        const versions = await all<Lambda.LayerVersionsListItem>(
          (Marker) => lambda.send(new Lambda.ListLayerVersionsCommand({ LayerName, Marker })),
          'LayerVersions',
          'NextMarker',
        );
        return keyed(
          versions,
          (v) => String(v.Version),
          async ({ Version: VersionNumber }) => {
            const version = (await read(lambda, new Lambda.GetLayerVersionCommand({ LayerName, VersionNumber }))) as any;
            const policy = (await read(lambda, new Lambda.GetLayerVersionPolicyCommand({ LayerName, VersionNumber }))) as any;
            return { ...version, policy: policy.Policy ? parsed(policy.Policy) : policy };
          },
        );
      },
    ),
  };
}
