import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { forEachLimit } from '../engine/util/concurrency.js';

/** Where a machine image keeps Terraform providers for use without a registry. */
const PLUGIN_DIRS = [
  '/opt/tf-plugins',
  join(homedir(), '.terraform.d', 'plugins'),
  '/usr/local/share/terraform/plugins',
  '/usr/share/terraform/plugins',
];

/**
 * The folder holding `registry.terraform.io/hashicorp/aws` (`terraform init -plugin-dir`), so no
 * registry is asked: `LOCALSTACK_PODS_TF_PLUGIN_DIR`, or the first of PLUGIN_DIRS that has it.
 */
function pluginDir(): string | undefined {
  const candidates = process.env.LOCALSTACK_PODS_TF_PLUGIN_DIR ? [process.env.LOCALSTACK_PODS_TF_PLUGIN_DIR] : PLUGIN_DIRS;
  return candidates.find((dir) => existsSync(join(dir, 'registry.terraform.io', 'hashicorp', 'aws')));
}

/**
 * Where `terraform init` keeps the provider once for every workspace (a link in each): without
 * it, each workspace gets a copy of the provider's 700 MB.
 */
const PLUGIN_CACHE = join(tmpdir(), 'localstack-pods-terraform-plugins');

/** The services the stacks use, by the provider's endpoint names: every one goes to the instance. */
const ENDPOINTS = [
  'acm',
  'apigateway',
  'apigatewayv2',
  'cloudformation',
  'cloudwatch',
  'cloudwatchlogs',
  'configservice',
  'dynamodb',
  'ec2',
  'es',
  'eventbridge',
  'firehose',
  'iam',
  'kinesis',
  'kms',
  'lambda',
  'opensearch',
  'redshift',
  'resourcegroups',
  'route53',
  's3',
  'scheduler',
  'secretsmanager',
  'ses',
  'sfn',
  'sns',
  'sqs',
  'ssm',
  'sts',
  'swf',
  'transcribe',
];

/**
 * The account the stacks run in, on every emulator: moto's default, and the access key id
 * LocalStack takes as the account. One account on both keeps the ARNs in Terraform's state
 * true when a pod saved on one emulator is loaded into the other.
 */
export const TERRAFORM_ACCOUNT = '123456789012';

/** Fails, saying how to get it, when Terraform or the provider is missing: the tests never skip. */
export function requireTerraform(): void {
  try {
    execFileSync('terraform', ['version'], { stdio: 'pipe' });
  } catch {
    throw new Error(
      'terraform is not on PATH. The fidelity tests run Terraform 1.11 with the hashicorp/aws provider 5.100; install it from https://developer.hashicorp.com/terraform/install.',
    );
  }
  if (!pluginDir()) {
    const looked = process.env.LOCALSTACK_PODS_TF_PLUGIN_DIR ?? PLUGIN_DIRS.join(', ');
    throw new Error(
      `The hashicorp/aws provider was not found under registry.terraform.io in ${looked}. Mirror it into one (terraform providers mirror DIR) or name its folder in LOCALSTACK_PODS_TF_PLUGIN_DIR.`,
    );
  }
}

/**
 * The provider as tflocal configures it for an emulator: every endpoint the instance, path-style
 * S3, no real-AWS checks. A second configuration, `aws.west` in us-west-2, serves the stacks that
 * place resources in a second region (multi-Region keys' replicas). The instance is a variable,
 * so one workspace can be planned against several instances at once.
 */
function emulatorProvider(): string {
  const endpoints = ENDPOINTS.map((service) => `    ${service} = var.emulator_endpoint`).join('\n');
  const provider = (settings: string) => `provider "aws" {
${settings}
  access_key                  = "${TERRAFORM_ACCOUNT}"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
  s3_use_path_style           = true
  endpoints {
${endpoints}
  }
}
`;
  return `variable "emulator_endpoint" {
  type = string
}

${provider('  region                      = "us-east-1"')}
${provider('  alias                       = "west"\n  region                      = "us-west-2"')}`;
}

export interface TerraformRun {
  readonly code: number;
  readonly output: string;
}

/** What a plan says of one stack: whether it plans no change, and Terraform's words about it. */
export interface StackPlan {
  readonly clean: boolean;
  readonly output: string;
}

/**
 * Resources Terraform works on at once. Higher than its default of 10: the stacks are
 * independent, and Terraform mostly waits on the instance (queue attributes, function states).
 */
const PARALLELISM = 24;

/** Stacks planned at once alone, when the plan of them all cannot tell them apart (it failed). */
const SINGLE_PLANS_AT_ONCE = 4;

/**
 * Many stacks as one configuration, each a module under its own name, with one state: one
 * provider start and one refresh serve every stack, where a workspace per stack starts the
 * provider (and loads its schema) once per stack and command. A plan still says which stacks
 * it would change, from the resources' module addresses.
 */
export class TerraformWorkspace {
  private constructor(
    readonly dir: string,
    readonly stacks: readonly string[],
  ) {}

  /**
   * Copies each stack (a folder of .tf files under `stacksDir`) into the workspace with `files`
   * beside its own, declares it as a module, and runs `terraform init` from the local provider.
   */
  static async create(stacksDir: string, stacks: readonly string[], files: Record<string, Buffer | string> = {}): Promise<TerraformWorkspace> {
    const dir = mkdtempSync(join(tmpdir(), 'tf-stacks-'));
    mkdirSync(PLUGIN_CACHE, { recursive: true });
    const modules = stacks.map((stack) => {
      const copy = join(dir, 'stacks', stack);
      cpSync(join(stacksDir, stack), copy, { recursive: true });
      for (const [name, content] of Object.entries(files)) writeFileSync(join(copy, name), content);
      return moduleBlock(stack, usesWestProvider(copy));
    });
    writeFileSync(join(dir, 'emulator.tf'), emulatorProvider());
    writeFileSync(join(dir, 'stacks.tf'), modules.join('\n'));
    const workspace = new TerraformWorkspace(dir, stacks);
    const init = await workspace.run(['init', '-input=false', '-no-color', `-plugin-dir=${pluginDir()}`]);
    if (init.code !== 0) throw new Error(`terraform init in ${dir} failed (${init.code}):\n${init.output}`);
    return workspace;
  }

  /**
   * `terraform apply` of `stacks` (all by default) against `endpoint`. Terraform goes on past a
   * resource the instance refuses, so a failure is returned, not thrown: the stacks it concerns
   * show it in their next plan, the others are applied.
   */
  async apply(endpoint: string, stacks: readonly string[] = this.stacks): Promise<TerraformRun> {
    return this.run(['apply', '-auto-approve', '-input=false', '-no-color', `-parallelism=${PARALLELISM}`, ...this.targets(stacks)], endpoint);
  }

  /** `-target` options for `stacks`: none when they are all of the workspace's. */
  private targets(stacks: readonly string[]): string[] {
    return stacks.length === this.stacks.length ? [] : stacks.map((stack) => `-target=module.${stack}`);
  }

  /** The errors in Terraform's `output` that concern `stack`'s resources. */
  static errorsOf(output: string, stack: string): string {
    return output
      .split(/^(?=Error: )/m)
      .filter((part) => part.startsWith('Error: ') && part.includes(`module.${stack}.`))
      .join('')
      .trim();
  }

  /**
   * Plans `stacks` (all by default) against `endpoint`, and says for each whether it plans no
   * change. When the plan fails (a resource Terraform cannot read), each stack is planned
   * alone, so one stack's error is not another's.
   */
  async plan(endpoint: string, stacks: readonly string[] = this.stacks): Promise<Map<string, StackPlan>> {
    const together = await this.planOf(endpoint, stacks);
    if (typeof together !== 'string') return together;
    const alone = new Map<string, StackPlan>();
    await forEachLimit(stacks, SINGLE_PLANS_AT_ONCE, async (stack) => {
      const plan = await this.planOf(endpoint, [stack]);
      alone.set(stack, typeof plan === 'string' ? { clean: false, output: plan } : plan.get(stack)!);
    });
    return alone;
  }

  /** The plan of `stacks` by stack, or Terraform's output when it could not plan them. */
  private async planOf(endpoint: string, stacks: readonly string[]): Promise<Map<string, StackPlan> | string> {
    const planFile = join(this.dir, `${randomUUID()}.tfplan`);
    const args = [
      'plan',
      '-detailed-exitcode',
      '-input=false',
      '-no-color',
      '-lock=false',
      `-parallelism=${PARALLELISM}`,
      `-out=${planFile}`,
      ...this.targets(stacks),
    ];
    const planned = await this.run(args, endpoint);
    try {
      if (planned.code !== 0 && planned.code !== 2) return `terraform plan failed (${planned.code}):\n${planned.output}`;
      const [text, json] = await Promise.all([this.run(['show', '-no-color', planFile]), this.run(['show', '-json', planFile])]);
      const changed = changedResources(JSON.parse(json.output) as PlanJson);
      const blocks = resourceBlocks(text.output);
      return new Map(
        stacks.map((stack) => {
          const prefix = `module.${stack}.`;
          const changes = changed.filter((address) => address.startsWith(prefix));
          const said = blocks.filter((block) => block.address.startsWith(prefix)).map((block) => block.text);
          return [
            stack,
            { clean: changes.length === 0, output: [`${stack} plans to change: ${changes.join(', ') || 'nothing'}`, ...said].join('\n') },
          ];
        }),
      );
    } finally {
      rmSync(planFile, { force: true });
    }
  }

  private run(args: string[], endpoint?: string): Promise<TerraformRun> {
    return new Promise((resolve) => {
      execFile(
        'terraform',
        endpoint ? [...args, `-var=emulator_endpoint=${endpoint}`] : args,
        {
          cwd: this.dir,
          env: {
            ...process.env,
            TF_IN_AUTOMATION: '1',
            CHECKPOINT_DISABLE: '1',
            TF_CLI_CONFIG_FILE: '/dev/null',
            TF_PLUGIN_CACHE_DIR: PLUGIN_CACHE,
            TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE: 'true',
          },
          maxBuffer: 512 * 1024 * 1024,
        },
        (error, stdout, stderr) => {
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
        },
      );
    });
  }
}

/** A stack that places resources with `aws.west` declares it (`configuration_aliases`) and is given it. */
function usesWestProvider(stackDir: string): boolean {
  return readdirSync(stackDir)
    .filter((file) => file.endsWith('.tf'))
    .some((file) => readFileSync(join(stackDir, file), 'utf8').includes('configuration_aliases'));
}

function moduleBlock(stack: string, west: boolean): string {
  const providers = west ? '{ aws = aws, aws.west = aws.west }' : '{ aws = aws }';
  return `module "${stack}" {\n  source    = "./stacks/${stack}"\n  providers = ${providers}\n}\n`;
}

interface PlanJson {
  resource_changes?: { address: string; change: { actions: string[] } }[];
}

/** The addresses of the resources a plan would create, change or destroy (reads of data sources are no change). */
function changedResources(plan: PlanJson): string[] {
  return (plan.resource_changes ?? [])
    .filter(({ change }) => change.actions.some((action) => action !== 'no-op' && action !== 'read'))
    .map(({ address }) => address);
}

/**
 * The paragraphs of a plan's text about single resources (`  # module.x.aws_y.z will be
 * updated in-place` and the indented lines after it), with the resource's address.
 */
function resourceBlocks(text: string): { address: string; text: string }[] {
  const blocks: { address: string; lines: string[] }[] = [];
  let current: { address: string; lines: string[] } | undefined;
  for (const line of text.split('\n')) {
    const heading = /^ {2}# (\S+)/.exec(line);
    if (heading) blocks.push((current = { address: heading[1]!, lines: [line] }));
    else if (current && (line === '' || line.startsWith(' '))) current.lines.push(line);
    else current = undefined;
  }
  return blocks.map(({ address, lines }) => ({ address, text: lines.join('\n').trimEnd() }));
}
