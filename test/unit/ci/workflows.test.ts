// The hosted-CI workflows cannot run here, so they are checked offline: they parse, every action is pinned to a full
// commit SHA (with its version in a comment), every job states least-privilege permissions, secrets never reach
// pull-request runs, and every script they call exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadYaml } from './yaml';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const workflowDir = join(root, '.github', 'workflows');
const files = readdirSync(workflowDir).filter((name) => /\.ya?ml$/.test(name));
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps?: Step[];
  if?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

function read(name: string): { text: string; workflow: Workflow } {
  const text = readFileSync(join(workflowDir, name), 'utf8');
  return { text, workflow: loadYaml(text) as Workflow };
}

describe.each(files)('%s', (name) => {
  const { text, workflow } = read(name);

  it('parses, with read-only default permissions and explicit permissions on every job', () => {
    expect(workflow.jobs).toBeTypeOf('object');
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [id, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, `job ${id}`).toBeTypeOf('object');
      const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write');
      for (const [scope] of writes) expect(['contents', 'pages', 'id-token'], `${id} writes ${scope}`).toContain(scope);
    }
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
  });

  it('pins every action to a full commit SHA with its version in a comment', () => {
    const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect(ref, ref).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      expect(rest, `${ref} version comment`).toMatch(/#\s*v\d+(\.\d+){0,2}/);
    }
  });

  it('gives secrets to no pull-request run', () => {
    for (const line of text.split('\n').filter((entry) => entry.includes('secrets.'))) {
      expect(line, line.trim()).toMatch(/github\.event_name != 'pull_request' &&/);
    }
  });

  it('calls only npm scripts and files that exist', () => {
    for (const [, script] of text.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts)).toContain(script);
    for (const [, file] of text.matchAll(/node ((?:test|main|simulator)\/[\w./-]+\.m?js)/g)) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });
});

describe('the release workflow', () => {
  const { workflow } = read('release.yml');

  it('builds on Windows, macOS and Linux with the current Node LTS', () => {
    const build = workflow.jobs.build as Job & { strategy: { matrix: { os: string[] } } };
    expect(build.strategy.matrix.os.sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest']);
    const setupNode = build.steps?.find((step) => step.uses?.startsWith('actions/setup-node@')) as
      (Step & { with: { 'node-version': string } }) | undefined;
    expect(setupNode?.with['node-version']).toBe('lts/*');
  });

  it('runs the README test command, the packaged-app smoke test and electron-builder, in that order', () => {
    const runs = (workflow.jobs.build.steps ?? []).map((step) => step.run ?? '').join('\n');
    const order = ['npm test', 'electron-builder --publish never', 'packaged-executable.mjs', 'npm run test:electron'];
    const positions = order.map((needle) => runs.indexOf(needle));
    expect(
      positions.every((position) => position >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect(positions[0]).toBeLessThan(positions[1]);
    expect(positions[1]).toBeLessThan(positions[2]);
  });

  it('creates a draft release only for version tags, with contents: write there alone', () => {
    const release = workflow.jobs.release;
    expect(release.if).toContain("startsWith(github.ref, 'refs/tags/v')");
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(release.steps?.map((step) => step.run ?? '').join('\n')).toMatch(/gh release create .*--draft/s);
  });
});
