const BRAND_NAMES = {
    localstack: 'LocalStack',
    ministack: 'MiniStack',
    moto: 'moto',
    'aws-compatible': 'an AWS-compatible endpoint',
    aws: 'AWS',
};
/**
 * An instance as people name it: `LocalStack Pro 4.3.0`, `moto`. Only LocalStack's edition is
 * named, and not `community`: its editions are products of their own, while MiniStack fills
 * the field of LocalStack's health answer it imitates with a word of its own.
 */
export function instanceName(instance) {
    const brand = BRAND_NAMES[instance.brand] ?? instance.brand;
    const edition = instance.brand === 'localstack' && instance.edition && instance.edition !== 'community'
        ? instance.edition[0].toUpperCase() + instance.edition.slice(1)
        : undefined;
    return [brand, edition, instance.version].filter(Boolean).join(' ');
}
/**
 * What a front warns of before a pod goes into `loading`: another brand, or another version of
 * the same one. An edition alone is no difference (the AWS APIs a pod is captured through are the
 * same), nor is a version only one side reports: moto reports none, and a warning on every load
 * from moto into moto would teach people to pass over the one that matters.
 */
export function sourceMismatch(saved, loading) {
    const otherVersion = saved.version !== undefined && loading.version !== undefined && saved.version !== loading.version;
    if (saved.brand === loading.brand && !otherVersion)
        return undefined;
    const message = `saved from ${instanceName(saved)}, loading into ${instanceName(loading)}`;
    return { saved, loading, message };
}
