import { Command } from 'commander';
import { addRemote, deleteRemote, listRemotes, maskUrl } from '../../engine/index.js';
import { formatTable, printJson } from '../output.js';
export function remoteCommand(io) {
    const remote = new Command('remote').summary('manage named remotes (where pods are stored)');
    remote
        .command('add')
        .description('Names a remote URL. Secrets stay out of remotes.json: write {placeholders}, filled from the environment at use time,\n' +
        'e.g. s3://bucket/prefix?access_key_id={access_key_id}&secret_access_key={secret_access_key}')
        .argument('<name>', 'remote name')
        .argument('<url>', 'remote URL, e.g. file:///abs/dir')
        .action(async (name, url) => {
        const added = await addRemote(name, url);
        io.out.write(`Remote \`${added.name}\` added: ${maskUrl(added.url)}\n`);
    });
    remote
        .command('delete')
        .description('Forgets a named remote (the pods in it stay).')
        .argument('<name>', 'remote name')
        .action(async (name) => {
        await deleteRemote(name);
        io.out.write(`Remote \`${name}\` deleted\n`);
    });
    remote
        .command('list')
        .description('Lists the named remotes.')
        .option('--json', 'print the result as JSON')
        .action(async (values) => {
        const remotes = (await listRemotes()).map((r) => ({ name: r.name, url: maskUrl(r.url) }));
        if (values.json)
            return printJson(io, remotes);
        io.out.write(formatTable(['NAME', 'URL'], remotes.map((r) => [r.name, r.url])));
    });
    return remote;
}
