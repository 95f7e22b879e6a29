// @ts-check
/**
 * Local Serverless Framework (osls) plugin: builds the handler bundles
 * (infra/bundle.cjs) before anything packages or runs them, so that
 * `serverless package`, `deploy`, `deploy function`, `invoke local` and
 * `offline` never use a stale `.build/`.
 *
 * When the functions run on this machine (serverless-offline, invoke local),
 * it also replaces each environment value that is a CloudFormation reference
 * (TABLE_NAME, COGNITO_*: they only exist in a deployed stack) with the
 * variable of the same name from the shell, or '' when unset, and adds the
 * local-only variables from the shell. serverless.yml never names those, so
 * a package or deployment cannot carry them, whatever the shell holds.
 */
const { bundle } = require('./bundle.cjs');

/**
 * @typedef {object} PluginLog
 * @property {(message: string) => void} notice
 * @property {(message: string) => void} warning
 * @property {(message: string) => void} verbose
 */

/**
 * @typedef {object} ServerlessInstance
 * @property {{
 *   provider: { environment?: Record<string, unknown> },
 *   functions?: Record<string, { environment?: Record<string, unknown> }>,
 * }} service
 * @property {{ commands: string[] }} processedInput
 */

/** Variables that only make sense on a developer's machine (see functions/config.ts). */
const LOCAL_ONLY = ['LOCAL_DEV', 'DYNAMODB_ENDPOINT', 'LOCAL_JWKS_FILE'];

class ServerlessBundlePlugin {
  /**
   * @param {ServerlessInstance} serverless
   * @param {Record<string, unknown>} _options
   * @param {{ log: PluginLog }} utils
   */
  constructor(serverless, _options, utils) {
    this.serverless = serverless;
    this.log = utils.log;
    const build = () => this.build();
    this.hooks = {
      // Note: before any command's own hooks: invoke local resolves the environment in its first one.
      initialize: () => {
        if (this.runsLocally()) this.useLocalEnvironment();
      },
      'before:package:createDeploymentArtifacts': build,
      'before:deploy:function:packageFunction': build,
      'before:invoke:local:invoke': build,
      // `serverless offline start` runs offline:start:init; plain `serverless offline` runs offline:start.
      'before:offline:start:init': build,
      'before:offline:start': build,
    };
  }

  /** serverless-offline and invoke local run the functions on this machine. */
  runsLocally() {
    const [command, subcommand] = this.serverless.processedInput.commands;
    return command === 'offline' || (command === 'invoke' && subcommand === 'local');
  }

  async build() {
    const started = Date.now();
    const sizes = await bundle();
    const summary = Object.values(sizes)
      .map(({ file, bytes }) => `${file} ${(bytes / 1024).toFixed(0)} KiB`)
      .join(', ');
    this.log.notice(`Bundled ${summary} in ${Date.now() - started} ms`);
  }

  useLocalEnvironment() {
    const { service } = this.serverless;
    const environment = (service.provider.environment ??= {});
    // Note: a function's own variables (the bus, the WebSocket endpoint) are references too.
    const functionEnvironments = Object.values(service.functions ?? {}).map(
      (f) => f.environment ?? {},
    );
    for (const variables of [environment, ...functionEnvironments]) {
      for (const [name, value] of Object.entries(variables)) {
        if (typeof value === 'string') continue;
        variables[name] = process.env[name] ?? '';
        this.log.verbose(`${name}: taken from the shell (a CloudFormation reference in AWS)`);
      }
    }
    for (const name of LOCAL_ONLY) environment[name] = process.env[name] ?? '';
  }
}

module.exports = ServerlessBundlePlugin;
