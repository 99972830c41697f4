import { createPrivateKey, randomBytes } from 'node:crypto';
import * as ACM from '@aws-sdk/client-acm';
import type { ServiceContext, ServiceModule } from '../../module.js';
import {
  clientOf,
  collect,
  eachRegion,
  isNamed,
  isUnimplemented,
  on,
  recordKind,
  regionsWhere,
  restoreRecords,
  sortBy,
  unlessMissing,
} from '../kit/index.js';

const client = clientOf(ACM.ACMClient);

type Tag = { Key: string; Value?: string };

/**
 * A certificate: an imported one with its body, chain and private key, when the instance lets
 * the key be exported; a requested one with what it was requested with. The instance draws a
 * certificate's ARN, so a load hands the new one to the modules restored after this one.
 */
type CertificateData = {
  arn: string;
  domain: string;
  imported?: { certificate: string; chain?: string; privateKey: string };
  requested?: {
    subjectAlternativeNames?: string[];
    validationMethod?: string;
    keyAlgorithm?: string;
    authority?: string;
    options?: ACM.CertificateOptions;
  };
  tags?: Tag[];
};

const CERTIFICATE = recordKind<CertificateData>('certificate');

async function certificates(acm: ACM.ACMClient): Promise<ACM.CertificateSummary[]> {
  // Without a filter, ACM lists only RSA 2048 certificates.
  const Includes = { keyTypes: Object.values(ACM.KeyAlgorithm) };
  return sortBy(
    await collect(ACM.paginateListCertificates({ client: acm }, { Includes }), (p) => p.CertificateSummaryList),
    (c) => c.CertificateArn!,
  );
}

/**
 * The key of an imported certificate, decrypted: ExportCertificate hands it out encrypted with a
 * passphrase of the save's own. Undefined where the instance exports no imported certificate.
 */
async function exportedKey(acm: ACM.ACMClient, arn: string): Promise<{ certificate: string; chain?: string; privateKey: string } | undefined> {
  const passphrase = randomBytes(24).toString('base64');
  try {
    const exported = await acm.send(new ACM.ExportCertificateCommand({ CertificateArn: arn, Passphrase: Buffer.from(passphrase) }));
    const privateKey = createPrivateKey({ key: exported.PrivateKey!, format: 'pem', passphrase }).export({ format: 'pem', type: 'pkcs8' }).toString();
    return { certificate: exported.Certificate!, chain: exported.CertificateChain || undefined, privateKey };
  } catch (error) {
    if (isNamed(error, ['ValidationException', 'RequestInProgressException']) || isUnimplemented(error)) return undefined;
    throw error;
  }
}

async function captureCertificate(context: ServiceContext, acm: ACM.ACMClient, arn: string): Promise<CertificateData | undefined> {
  const c = (await acm.send(new ACM.DescribeCertificateCommand({ CertificateArn: arn }))).Certificate!;
  const tags = (await acm.send(new ACM.ListTagsForCertificateCommand({ CertificateArn: arn }))).Tags as Tag[] | undefined;
  const base = { arn, domain: c.DomainName!, tags: tags && tags.length > 0 ? sortBy(tags, (t) => t.Key) : undefined };
  if (c.Type === 'IMPORTED') {
    const imported = await exportedKey(acm, arn);
    if (!imported) {
      context.warn(
        CERTIFICATE.label(arn),
        'not saved: it was imported, and the instance does not export its private key, without which it cannot be imported again',
      );
      return undefined;
    }
    return { ...base, imported };
  }
  const validation = c.DomainValidationOptions?.[0]?.ValidationMethod;
  const alternatives = c.SubjectAlternativeNames?.filter((name) => name !== c.DomainName);
  return {
    ...base,
    requested: {
      subjectAlternativeNames: alternatives && alternatives.length > 0 ? alternatives : undefined,
      validationMethod: validation,
      keyAlgorithm: c.KeyAlgorithm,
      authority: c.CertificateAuthorityArn,
      options: c.Options,
    },
  };
}

const capture = eachRegion(async function* (context, region) {
  const acm = client(context, region);
  for (const summary of await certificates(acm)) {
    const data = await captureCertificate(context, acm, summary.CertificateArn!);
    if (data) yield CERTIFICATE.record(region, data.arn, data);
  }
});

const regionsWithState = regionsWhere(async (context, region) => {
  const listed = await client(context, region).send(
    new ACM.ListCertificatesCommand({ MaxItems: 1, Includes: { keyTypes: Object.values(ACM.KeyAlgorithm) } }),
  );
  return (listed.CertificateSummaryList?.length ?? 0) > 0;
});

async function clear(context: ServiceContext, region: string): Promise<void> {
  const acm = client(context, region);
  for (const c of await certificates(acm)) await unlessMissing(acm.send(new ACM.DeleteCertificateCommand({ CertificateArn: c.CertificateArn })));
}

/** Imported again, or requested again (said so); either way under an ARN the instance draws. */
async function restoreCertificate(context: ServiceContext, acm: ACM.ACMClient, c: CertificateData): Promise<void> {
  await unlessMissing(acm.send(new ACM.DeleteCertificateCommand({ CertificateArn: c.arn })));
  let arn: string;
  if (c.imported) {
    const { certificate, chain, privateKey } = c.imported;
    const imported = await acm.send(
      new ACM.ImportCertificateCommand({
        Certificate: Buffer.from(certificate),
        CertificateChain: chain === undefined ? undefined : Buffer.from(chain),
        PrivateKey: Buffer.from(privateKey),
        Tags: c.tags,
      }),
    );
    arn = imported.CertificateArn!;
  } else {
    const r = c.requested!;
    const requested = await acm.send(
      new ACM.RequestCertificateCommand({
        DomainName: c.domain,
        SubjectAlternativeNames: r.subjectAlternativeNames,
        ValidationMethod: r.validationMethod as ACM.ValidationMethod | undefined,
        KeyAlgorithm: r.keyAlgorithm as ACM.KeyAlgorithm | undefined,
        CertificateAuthorityArn: r.authority,
        Options: r.options,
        Tags: c.tags,
      }),
    );
    arn = requested.CertificateArn!;
    context.warn(CERTIFICATE.label(c.arn), `requested again as ${arn}: a new certificate, with keys of its own, that the instance validates anew`);
  }
  if (arn !== c.arn) context.renamed(c.arn, arn);
}

/**
 * ACM: imported certificates with their chain and private key (where the instance exports
 * imported keys), requested ones requested again, and the tags of both.
 */
export const acm: ServiceModule = {
  name: 'acm',
  dependsOn: [],
  capture,
  regionsWithState,
  clear,
  restore: (context, region, records) => {
    const api = client(context, region);
    return restoreRecords(
      context,
      records,
      4,
      on(CERTIFICATE, (c) => restoreCertificate(context, api, c)),
    );
  },
  requests: { signingName: 'acm', targetPrefix: 'CertificateManager' },
};
