/**
 * What a function or one of its aliases holds beside its configuration: its URL and how it is
 * invoked asynchronously (both per qualifier), and the function's reserved concurrency. Each is
 * read into the record's shape and put back as exactly the pod's.
 */
import * as Lambda from '@aws-sdk/client-lambda';
import { sortBy, unlessMissing } from '../kit/index.js';

/** A function URL's settings; its address is the instance's to draw. */
export type UrlConfig = {
  authType: string;
  invokeMode?: string;
  cors?: {
    allowCredentials?: boolean;
    allowHeaders?: string[];
    allowMethods?: string[];
    allowOrigins?: string[];
    exposeHeaders?: string[];
    maxAge?: number;
  };
};

/** How Lambda invokes a function asynchronously: retries, event age, destinations. */
export type InvokeConfig = {
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
  onSuccess?: string;
  onFailure?: string;
};

/** What a function (unqualified) or an alias holds of these. */
export type QualifiedSettings = {
  url?: UrlConfig;
  invokeConfig?: InvokeConfig;
};

/** The qualifier a function ARN names (`…:function:NAME:QUALIFIER`); undefined for the function itself. */
function qualifierOfArn(arn: string | undefined): string | undefined {
  return arn?.split(':')[7];
}

function sortedList(items: string[] | undefined): string[] | undefined {
  return items && items.length > 0 ? sortBy(items, (item) => item) : undefined;
}

/**
 * The URL of the function or its alias `Qualifier`. moto keeps one URL per function whatever the
 * qualifier, answering with the function's ARN: a URL counts for the qualifier its ARN names.
 */
async function urlOf(
  lambda: Lambda.LambdaClient,
  FunctionName: string,
  Qualifier?: string,
): Promise<Lambda.GetFunctionUrlConfigResponse | undefined> {
  const got = await unlessMissing(lambda.send(new Lambda.GetFunctionUrlConfigCommand({ FunctionName, Qualifier })));
  return got && qualifierOfArn(got.FunctionArn) === Qualifier ? got : undefined;
}

async function invokeConfigOf(lambda: Lambda.LambdaClient, FunctionName: string, Qualifier?: string) {
  const got = await unlessMissing(lambda.send(new Lambda.GetFunctionEventInvokeConfigCommand({ FunctionName, Qualifier })));
  return got && qualifierOfArn(got.FunctionArn) === Qualifier ? got : undefined;
}

/** The URL and asynchronous invocation settings of the function, or of its alias `Qualifier`. */
export async function qualifiedSettings(lambda: Lambda.LambdaClient, FunctionName: string, Qualifier?: string): Promise<QualifiedSettings> {
  const [url, invoke] = await Promise.all([urlOf(lambda, FunctionName, Qualifier), invokeConfigOf(lambda, FunctionName, Qualifier)]);
  const cors = url?.Cors;
  return {
    url: url && {
      authType: url.AuthType!,
      // As the instance reports it: moto reports none for a URL made without one.
      invokeMode: url.InvokeMode,
      cors: cors && {
        allowCredentials: cors.AllowCredentials || undefined,
        allowHeaders: sortedList(cors.AllowHeaders),
        allowMethods: sortedList(cors.AllowMethods),
        allowOrigins: sortedList(cors.AllowOrigins),
        exposeHeaders: sortedList(cors.ExposeHeaders),
        maxAge: cors.MaxAge || undefined,
      },
    },
    invokeConfig: invoke && {
      maximumRetryAttempts: invoke.MaximumRetryAttempts,
      maximumEventAgeInSeconds: invoke.MaximumEventAgeInSeconds,
      onSuccess: invoke.DestinationConfig?.OnSuccess?.Destination,
      onFailure: invoke.DestinationConfig?.OnFailure?.Destination,
    },
  };
}

/** Makes the URL and asynchronous invocation settings of the function (or its alias) the pod's. */
export async function putQualifiedSettings(
  lambda: Lambda.LambdaClient,
  FunctionName: string,
  wanted: QualifiedSettings,
  Qualifier?: string,
): Promise<void> {
  const [url, invoke] = await Promise.all([urlOf(lambda, FunctionName, Qualifier), invokeConfigOf(lambda, FunctionName, Qualifier)]);
  if (wanted.url) {
    const c = wanted.url.cors;
    const input = {
      FunctionName,
      Qualifier,
      AuthType: wanted.url.authType as Lambda.FunctionUrlAuthType,
      // Left out when the pod has none, unless the URL streams now and must go back to the default.
      InvokeMode: (wanted.url.invokeMode ?? (url?.InvokeMode === 'RESPONSE_STREAM' ? 'BUFFERED' : undefined)) as Lambda.InvokeMode | undefined,
      Cors: c && {
        AllowCredentials: c.allowCredentials ?? false,
        AllowHeaders: c.allowHeaders,
        AllowMethods: c.allowMethods,
        AllowOrigins: c.allowOrigins,
        ExposeHeaders: c.exposeHeaders,
        MaxAge: c.maxAge,
      },
    };
    if (url) await lambda.send(new Lambda.UpdateFunctionUrlConfigCommand(input));
    else await lambda.send(new Lambda.CreateFunctionUrlConfigCommand(input));
  } else if (url) {
    await lambda.send(new Lambda.DeleteFunctionUrlConfigCommand({ FunctionName, Qualifier }));
  }
  const w = wanted.invokeConfig;
  if (w) {
    const destination = (arn: string | undefined) => (arn ? { Destination: arn } : undefined);
    await lambda.send(
      new Lambda.PutFunctionEventInvokeConfigCommand({
        FunctionName,
        Qualifier,
        MaximumRetryAttempts: w.maximumRetryAttempts,
        MaximumEventAgeInSeconds: w.maximumEventAgeInSeconds,
        // None when the config had none: an empty one reads back as `{}` where none was given.
        ...(w.onSuccess || w.onFailure ? { DestinationConfig: { OnSuccess: destination(w.onSuccess), OnFailure: destination(w.onFailure) } } : {}),
      }),
    );
  } else if (invoke) {
    await lambda.send(new Lambda.DeleteFunctionEventInvokeConfigCommand({ FunctionName, Qualifier }));
  }
}

/** The function's reserved concurrency; undefined when it has none. */
export async function reservedConcurrency(lambda: Lambda.LambdaClient, FunctionName: string): Promise<number | undefined> {
  const got = await unlessMissing(lambda.send(new Lambda.GetFunctionConcurrencyCommand({ FunctionName })));
  return got?.ReservedConcurrentExecutions ?? undefined;
}

export async function putReservedConcurrency(lambda: Lambda.LambdaClient, FunctionName: string, wanted: number | undefined): Promise<void> {
  if (wanted !== undefined) {
    await lambda.send(new Lambda.PutFunctionConcurrencyCommand({ FunctionName, ReservedConcurrentExecutions: wanted }));
  } else if ((await reservedConcurrency(lambda, FunctionName)) !== undefined) {
    await lambda.send(new Lambda.DeleteFunctionConcurrencyCommand({ FunctionName }));
  }
}
