import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ACM from '@aws-sdk/client-acm';
import * as AG from '@aws-sdk/client-api-gateway';
import { expect } from 'vitest';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { scenarioOf } from './scenario.js';

/** A self-signed certificate and its key, as a team imports one for a test domain. */
function selfSigned(domain: string): { certificate: string; key: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cert-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      `/CN=${domain}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    {
      stdio: 'pipe',
    },
  );
  return { certificate: readFileSync(join(dir, 'cert.pem'), 'utf8'), key: readFileSync(join(dir, 'key.pem'), 'utf8') };
}

async function certificateState(acm: ACM.ACMClient) {
  const listed = (await acm.send(new ACM.ListCertificatesCommand({}))).CertificateSummaryList ?? [];
  const described = [];
  for (const c of listed) {
    const d = (await acm.send(new ACM.DescribeCertificateCommand({ CertificateArn: c.CertificateArn }))).Certificate!;
    const tags = (await acm.send(new ACM.ListTagsForCertificateCommand({ CertificateArn: c.CertificateArn }))).Tags;
    described.push({
      arn: d.CertificateArn,
      domain: d.DomainName,
      names: d.SubjectAlternativeNames && [...d.SubjectAlternativeNames].sort(),
      type: d.Type,
      serial: d.Serial,
      tags,
    });
  }
  return described.sort((a, b) => a.domain!.localeCompare(b.domain!));
}

export const acmScenario = scenarioOf(
  'acm',
  'requests a requested certificate again under a new ARN that the API Gateway domain naming it follows, keeps an imported one where the key can be exported, and says which',
  async (endpoint) => {
    const acm = new ACM.ACMClient(sdkConfig(endpoint));
    const ag = new AG.APIGatewayClient(sdkConfig(endpoint));
    try {
      const home = tempHome();
      await saveState(endpoint, home, 'empty', { services: 'acm,apigateway' });
      const requested = await acm.send(
        new ACM.RequestCertificateCommand({
          DomainName: 'shop.test',
          SubjectAlternativeNames: ['shop.test', 'www.shop.test'],
          ValidationMethod: 'DNS',
          Tags: [{ Key: 'team', Value: 'web' }],
        }),
      );
      const own = selfSigned('internal.test');
      await acm.send(new ACM.ImportCertificateCommand({ Certificate: Buffer.from(own.certificate), PrivateKey: Buffer.from(own.key) }));
      await ag.send(
        new AG.CreateDomainNameCommand({
          domainName: 'certs.shop.test',
          regionalCertificateArn: requested.CertificateArn,
          endpointConfiguration: { types: ['REGIONAL'] },
        }),
      );
      const before = await certificateState(acm);

      const saved = await saveState(endpoint, home, 'certs', { services: 'acm,apigateway' });
      const importedKept = !saved.warnings.some((w) => w.message.includes('does not export its private key'));
      await emptyServices(endpoint, home, 'empty', 'acm,apigateway');
      expect(await certificateState(acm)).toEqual([]);
      const loaded = await loadState(endpoint, home, 'certs', { services: 'acm,apigateway' });

      const after = await certificateState(acm);
      const newArn = after.find((c) => c.domain === 'shop.test')!.arn!;
      expect(newArn).not.toBe(requested.CertificateArn);
      expect(loaded.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining(`requested again as ${newArn}`));
      const { arn: _, ...requestedAfter } = after.find((c) => c.domain === 'shop.test')!;
      const { arn: __, serial: ___, ...requestedBefore } = before.find((c) => c.domain === 'shop.test')!;
      expect({ ...requestedAfter, serial: undefined }).toEqual({ ...requestedBefore, serial: undefined });
      // The imported certificate comes back the same (serial and all) where its key could be exported.
      const importedAfter = after.find((c) => c.domain === 'internal.test');
      if (importedKept) expect(importedAfter?.serial).toBe(before.find((c) => c.domain === 'internal.test')!.serial);
      else expect(importedAfter).toBeUndefined();
      const domain = await ag.send(new AG.GetDomainNameCommand({ domainName: 'certs.shop.test' }));
      expect(domain.regionalCertificateArn).toBe(newArn);
    } finally {
      acm.destroy();
      ag.destroy();
    }
  },
);
