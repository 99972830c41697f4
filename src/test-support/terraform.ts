import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

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
  'cloudwatch',
  'cloudwatchlogs',
  'dynamodb',
  'eventbridge',
  'iam',
  'kinesis',
  'kms',
  'lambda',
  's3',
  'secretsmanager',
  'sfn',
  'sns',
  'sqs',
  'ssm',
  'sts',
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
    throw new Error('terraform is not on PATH. The fidelity tests run Terraform 1.11 with the hashicorp/aws provider 5.100; install it from https://developer.hashicorp.com/terraform/install.');
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

/** A copy of a stack with its own state, run against one instance after another, or several at once when only planned. */
export class TerraformWorkspace {
  private constructor(readonly dir: string) {}

  /** Copies `stack` (a folder of .tf files) and runs `terraform init` from the local provider. */
  static async create(stack: string, files: Record<string, Buffer | string> = {}): Promise<TerraformWorkspace> {
    const dir = mkdtempSync(join(tmpdir(), 'tf-stack-'));
    mkdirSync(PLUGIN_CACHE, { recursive: true });
    cpSync(stack, dir, { recursive: true });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, 'emulator.tf'), emulatorProvider());
    const workspace = new TerraformWorkspace(dir);
    await workspace.must(['init', '-input=false', '-no-color', `-plugin-dir=${pluginDir()}`]);
    return workspace;
  }

  /** `terraform apply` against `endpoint`; fails with Terraform's output unless it succeeds. */
  async apply(endpoint: string): Promise<void> {
    await this.must(['apply', '-auto-approve', '-input=false', '-no-color'], endpoint);
  }

  /** `terraform plan -detailed-exitcode` against `endpoint`: exit 0 when it plans no change, 2 when it does. */
  plan(endpoint: string): Promise<TerraformRun> {
    return this.run(['plan', '-detailed-exitcode', '-input=false', '-no-color', '-lock=false'], endpoint);
  }

  private async must(args: string[], endpoint?: string): Promise<void> {
    const run = await this.run(args, endpoint);
    if (run.code !== 0) throw new Error(`terraform ${args[0]} in ${this.dir} failed (${run.code}):\n${run.output}`);
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
          maxBuffer: 64 * 1024 * 1024,
        },
        (error, stdout, stderr) => {
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: `${stdout}${stderr}` });
        },
      );
    });
  }
}
