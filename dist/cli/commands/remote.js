import { Command } from 'commander';
import { namedRemotes } from '../../engine/config-file.js';
import { maskUrl } from '../../engine/store/url.js';
import { remoteBook } from '../engine.js';
import { projectConfig } from '../options.js';
import { formatTable, printJson } from '../output.js';
export function remoteCommand(io) {
    const remote = new Command('remote').summary('manage named remotes (where pods are stored)');
    remote
        .command('add')
        .summary('name a remote URL')
        .description('Names a remote URL. Secrets stay out of remotes.json: write {placeholders}, filled from the environment at use time,\n' +
        'e.g. s3://bucket/prefix?access_key_id={access_key_id}&secret_access_key={secret_access_key}')
        .argument('<name>', 'remote name')
        .argument('<url>', 'remote URL, e.g. file:///abs/dir')
        .action(async (name, url) => {
        const { addRemote } = await remoteBook();
        const added = await addRemote(name, url);
        io.out.write(`Remote \`${added.name}\` added: ${maskUrl(added.url)}\n`);
    });
    remote
        .command('delete')
        .summary('forget a named remote')
        .description('Forgets a named remote (the pods in it stay).')
        .argument('<name>', 'remote name')
        .action(async (name) => {
        const { deleteRemote } = await remoteBook();
        await deleteRemote(name);
        io.out.write(`Remote \`${name}\` deleted\n`);
    });
    remote
        .command('list')
        .summary('list the named remotes')
        .description("Lists the named remotes: the project config file's, then remotes.json's.")
        .option('--json', 'print the result as JSON')
        .action(async (values) => {
        const remotes = await namedRemotes(projectConfig());
        if (values.json)
            return printJson(io, remotes);
        io.out.write(formatTable(['NAME', 'URL', 'FROM'], remotes.map((r) => [r.name, r.url, r.from])));
    });
    return remote;
}
