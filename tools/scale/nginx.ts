import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nginx configuration that ships (docker-compose.yml mounts it); the scale test and the bench run it as is. */
export const NGINX_TEMPLATE = fileURLToPath(new URL('deploy/nginx/yorisoi.conf.template', projectRoot()));

/** The project's root, whether this runs compiled (dist/tools/scale) or from source (tools/scale, under Jest). */
function projectRoot(): URL {
  return new URL(import.meta.url.includes('/dist/tools/') ? '../../../' : '../../', import.meta.url);
}

/** The variables of the template, as docker-compose.yml sets them for the nginx image. */
export interface NginxTemplateVariables {
  readonly NGINX_PORT: string;
  readonly API_SERVERS: string;
  readonly NGINX_RESOLVER: string;
  readonly MAX_BODY_SIZE: string;
}

/**
 * Renders the template as the official nginx image does (envsubst over the variables it is
 * given): `${NAME}` for a given name is replaced, every other `$` is left to nginx.
 */
export function renderNginxTemplate(template: string, variables: NginxTemplateVariables): string {
  return template.replace(/\$\{([A-Z_][A-Z0-9_]*)\}/g, (whole, name: string) =>
    Object.hasOwn(variables, name) ? variables[name as keyof NginxTemplateVariables] : whole,
  );
}

export interface RunningNginx {
  readonly port: number;
  readonly url: string;
  /** What nginx wrote to its error log so far. */
  errorLog(): string;
  stop(): Promise<void>;
}

export interface StartNginxOptions {
  readonly port: number;
  /** The api processes behind it, as host:port. */
  readonly upstreams: readonly string[];
  readonly maxBodySize?: string;
  readonly nginxPath?: string;
}

/** Where Debian's nginx package puts the binary (apt-get install nginx). */
export const DEFAULT_NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export function nginxAvailable(path = DEFAULT_NGINX): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts nginx in the foreground with the shipped template inside a minimal main configuration
 * of its own (pid, logs and temporary files in a temporary folder), and waits until it listens.
 */
export async function startNginx(options: StartNginxOptions): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(os.tmpdir(), 'yorisoi-nginx-'));
  for (const folder of ['logs', 'temp']) mkdirSync(join(prefix, folder));
  // Worker processes of a root master run as another user: they must reach the temporary files.
  chmodSync(prefix, 0o755);
  chmodSync(join(prefix, 'temp'), 0o777);
  const site = renderNginxTemplate(readFileSync(NGINX_TEMPLATE, 'utf8'), {
    NGINX_PORT: `127.0.0.1:${options.port}`,
    API_SERVERS: options.upstreams.map((upstream) => `server ${upstream} max_fails=1 fail_timeout=2s;`).join(' '),
    NGINX_RESOLVER: '127.0.0.1',
    MAX_BODY_SIZE: options.maxBodySize ?? '26m',
  });
  writeFileSync(join(prefix, 'yorisoi.conf'), site);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(prefix, 'temp', kind)};`),
      `  include ${join(prefix, 'yorisoi.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(options.nginxPath ?? DEFAULT_NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const errorLog = () => {
    try {
      return stderr + readFileSync(join(prefix, 'logs', 'error.log'), 'utf8');
    } catch {
      return stderr;
    }
  };
  const deadline = Date.now() + 10_000;
  while (!(await listening(options.port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx did not start: ${errorLog().trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port: options.port,
    url: `http://127.0.0.1:${options.port}`,
    errorLog,
    async stop() {
      if (child.exitCode === null) {
        // SIGQUIT: nginx's graceful stop; SIGKILL if it has not gone within five seconds.
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
