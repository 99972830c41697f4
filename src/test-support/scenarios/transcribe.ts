import * as Transcribe from '@aws-sdk/client-transcribe';
import { expect } from 'vitest';
import type { Emulator } from '../emulators.js';
import { emptyServices, loadState, saveState, sdkConfig, tempHome } from '../engine.js';
import { scenarioOf, servedOrNot } from './scenario.js';

const services = { services: 'transcribe' };

/** A call centre's speech settings: a vocabulary of phrases, one from a file in S3, and a job transcribing a call. */
async function seedSpeech(t: Transcribe.TranscribeClient): Promise<boolean> {
  const vocabularies = await servedOrNot(
    t.send(new Transcribe.CreateVocabularyCommand({ VocabularyName: 'places', LanguageCode: 'en-US', Phrases: ['Seattle', 'Los-Angeles'] })),
  );
  if (vocabularies)
    await t.send(
      new Transcribe.CreateVocabularyCommand({ VocabularyName: 'products', LanguageCode: 'en-GB', VocabularyFileUri: 's3://speech/products.txt' }),
    );
  await t.send(
    new Transcribe.StartTranscriptionJobCommand({
      TranscriptionJobName: 'call-1',
      LanguageCode: 'en-US',
      Media: { MediaFileUri: 's3://speech/call-1.wav' },
      OutputBucketName: 'speech',
    }),
  );
  return vocabularies !== undefined;
}

/** What a user reads back: the vocabularies' names and languages (their state and dates are the emulator's), and the jobs' names. */
async function speechState(t: Transcribe.TranscribeClient) {
  const listed = await servedOrNot(t.send(new Transcribe.ListVocabulariesCommand({})));
  const vocabularies = (listed?.Vocabularies ?? [])
    .map((v) => ({ name: v.VocabularyName, language: v.LanguageCode }))
    .sort((a, b) => a.name!.localeCompare(b.name!));
  const jobs = ((await t.send(new Transcribe.ListTranscriptionJobsCommand({}))).TranscriptionJobSummaries ?? []).map((j) => j.TranscriptionJobName);
  return { vocabularies, jobs };
}

async function roundTrip(endpoint: string, emulator: Emulator) {
  const t = new Transcribe.TranscribeClient(sdkConfig(endpoint));
  try {
    const home = tempHome();
    await saveState(endpoint, home, 'empty', services);
    // MiniStack serves transcription jobs only, no vocabularies.
    const vocabularies = await seedSpeech(t);
    expect(vocabularies).toBe(emulator !== 'ministack');
    const before = await speechState(t);
    expect(before.jobs).toEqual(['call-1']);
    const saved = await saveState(endpoint, home, 'speech', services);
    expect(saved.resources).toEqual(vocabularies ? { transcribe: 2 } : {});
    // Phrases cannot be read back, and jobs are not carried: both said.
    const warned = saved.warnings.map((w) => w.resource).sort();
    expect(warned).toEqual(vocabularies ? ['transcription jobs in us-east-1', 'vocabularies in us-east-1'] : ['transcription jobs in us-east-1']);
    await emptyServices(endpoint, home, 'empty', services.services);
    expect(await speechState(t)).toEqual({ vocabularies: [], jobs: [] });
    await loadState(endpoint, home, 'speech', services);
    expect(await speechState(t)).toEqual({ ...before, jobs: [] });
  } finally {
    t.destroy();
  }
}

export const transcribeScenario = scenarioOf(
  'transcribe',
  'restores custom vocabularies with their language; transcription jobs are not carried',
  roundTrip,
);
