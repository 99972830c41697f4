import * as Transcribe from '@aws-sdk/client-transcribe';
import { clientOf, collect, eachRegion, on, recordKind, regionsWhere, restoreRecords, sortBy, sortedTags, unlessMissing, unlessUnimplemented, } from '../kit/index.js';
const client = clientOf(Transcribe.TranscribeClient);
const VOCABULARY = recordKind('vocabulary');
const FILTER = recordKind('vocabulary-filter');
/**
 * What a restored vocabulary or filter holds, since Transcribe takes none without content; no
 * call shows it (a restored vocabulary's download link is as made up as the original's).
 */
const PLACEHOLDER = ['placeholder'];
/** The listings and calls of vocabularies and filters, which Transcribe names apart. */
const LISTS = {
    vocabulary: {
        kind: VOCABULARY,
        list: (t) => unlessUnimplemented(t, 'ListVocabularies', () => collect(Transcribe.paginateListVocabularies({ client: t }, {}), (p) => p.Vocabularies?.map((v) => ({ name: v.VocabularyName, language: v.LanguageCode })))),
        delete: (t, name) => t.send(new Transcribe.DeleteVocabularyCommand({ VocabularyName: name })),
        create: (t, d) => t.send(new Transcribe.CreateVocabularyCommand({
            VocabularyName: d.name,
            LanguageCode: d.language,
            Phrases: PLACEHOLDER,
            Tags: d.tags,
        })),
    },
    filter: {
        kind: FILTER,
        list: (t) => unlessUnimplemented(t, 'ListVocabularyFilters', () => collect(Transcribe.paginateListVocabularyFilters({ client: t }, {}), (p) => p.VocabularyFilters?.map((v) => ({ name: v.VocabularyFilterName, language: v.LanguageCode })))),
        delete: (t, name) => t.send(new Transcribe.DeleteVocabularyFilterCommand({ VocabularyFilterName: name })),
        create: (t, d) => t.send(new Transcribe.CreateVocabularyFilterCommand({
            VocabularyFilterName: d.name,
            LanguageCode: d.language,
            Words: PLACEHOLDER,
            Tags: d.tags,
        })),
    },
};
async function listed(t, list) {
    return sortBy((await list.list(t)) ?? [], (v) => v.name);
}
async function jobs(t) {
    const names = await unlessUnimplemented(t, 'ListTranscriptionJobs', () => collect(Transcribe.paginateListTranscriptionJobs({ client: t }, {}), (p) => p.TranscriptionJobSummaries?.map((j) => j.TranscriptionJobName)));
    return sortBy(names ?? [], (n) => n);
}
/** Its tags; none where the instance does not serve them (moto, LocalStack). */
async function tagsOf(context, t, region, resource) {
    const ResourceArn = `arn:aws:transcribe:${region}:${context.account}:${resource}`;
    const found = await unlessUnimplemented(t, 'ListTagsForResource', () => t.send(new Transcribe.ListTagsForResourceCommand({ ResourceArn })));
    return sortedTags(found?.Tags, (tag) => tag.Key);
}
/**
 * Vocabularies, then filters. Transcription jobs are not saved: started again on an emulator, a
 * job transcribes nothing (moto makes its status up; LocalStack downloads speech models to run
 * it), and its transcript is in S3 already. A save says so.
 */
const capture = eachRegion(async function* (context, region) {
    const t = client(context, region);
    const [vocabularies, filters] = [await listed(t, LISTS.vocabulary), await listed(t, LISTS.filter)];
    for (const v of vocabularies)
        yield VOCABULARY.record(region, v.name, { ...v, tags: await tagsOf(context, t, region, `vocabulary/${v.name}`) });
    for (const f of filters)
        yield FILTER.record(region, f.name, { ...f, tags: await tagsOf(context, t, region, `vocabulary-filter/${f.name}`) });
    if (vocabularies.length + filters.length > 0) {
        context.warn(`vocabularies in ${region}`, 'their phrases and words are not saved: Transcribe gives them only as a download link, which the emulators make up; they are restored with their name, language and tags');
    }
    const found = await jobs(t);
    if (found.length > 0) {
        context.warn(`transcription jobs in ${region}`, `not saved (${found.join(', ')}): a job started again would transcribe its media anew; its transcript stays in its S3 bucket`);
    }
});
const regionsWithState = regionsWhere(async (context, region) => {
    const t = client(context, region);
    // Each asked alone: MiniStack serves only jobs, moto and LocalStack no filters.
    const found = await Promise.all([
        unlessUnimplemented(t, 'ListVocabularies', () => t.send(new Transcribe.ListVocabulariesCommand({ MaxResults: 1 }))).then((r) => r?.Vocabularies),
        unlessUnimplemented(t, 'ListVocabularyFilters', () => t.send(new Transcribe.ListVocabularyFiltersCommand({ MaxResults: 1 }))).then((r) => r?.VocabularyFilters),
        unlessUnimplemented(t, 'ListTranscriptionJobs', () => t.send(new Transcribe.ListTranscriptionJobsCommand({ MaxResults: 1 }))).then((r) => r?.TranscriptionJobSummaries),
    ]);
    return found.some((items) => (items?.length ?? 0) > 0);
});
/** Jobs too: a loaded instance runs none of the pod's. Their transcripts stay in S3. */
async function clear(context, region) {
    const t = client(context, region);
    for (const TranscriptionJobName of await jobs(t))
        await unlessMissing(t.send(new Transcribe.DeleteTranscriptionJobCommand({ TranscriptionJobName })));
    for (const list of Object.values(LISTS)) {
        for (const v of await listed(t, list))
            await unlessMissing(list.delete(t, v.name));
    }
}
/** Made with placeholder content; one of the same name and language that the instance has stays, content, tags and all. */
async function restoreList(t, list, existing, d) {
    const language = existing.get(d.name);
    if (language === d.language)
        return;
    if (language !== undefined)
        await list.delete(t, d.name);
    await list.create(t, d);
}
/** Transcribe: custom vocabularies and vocabulary filters with their language and tags (not their phrases or words). Transcription jobs are not kept. */
export const transcribe = {
    name: 'transcribe',
    dependsOn: [],
    capture,
    regionsWithState,
    clear,
    restore: async (context, region, records) => {
        const t = client(context, region);
        const existing = async (list) => new Map((await listed(t, list)).map((v) => [v.name, v.language]));
        const [vocabularies, filters] = [await existing(LISTS.vocabulary), await existing(LISTS.filter)];
        await restoreRecords(context, records, 4, on(VOCABULARY, (d) => restoreList(t, LISTS.vocabulary, vocabularies, d)), on(FILTER, (d) => restoreList(t, LISTS.filter, filters, d)));
    },
    requests: { signingName: 'transcribe', targetPrefix: 'Transcribe' },
};
