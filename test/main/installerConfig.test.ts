// electron-builder.yml, validated against electron-builder's own JSON schema (app-builder-lib/scheme.json),
// and checked for what an embassy install needs: every target, the seeds, the icons, asar.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../support/paths';

type Config = Record<string, unknown> & {
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  extraResources: { from: string; to: string }[];
};

let validate: (config: unknown) => boolean;
let errors: () => unknown;
let config: Config;

beforeAll(async () => {
  const schema = JSON.parse(await readFile(path.join(PROJECT_DIR, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  const compiled = ajv.compile(schema);
  validate = (value) => compiled(value);
  errors = () => compiled.errors;
  config = parse(await readFile(path.join(PROJECT_DIR, 'electron-builder.yml'), 'utf8')) as Config;
});

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's schema", () => {
    const valid = validate(config);
    expect(errors()).toBeNull();
    expect(valid).toBe(true);
  });

  it('the schema check can fail: a wrong type and an unknown option are refused', () => {
    expect(validate({ ...config, asar: 'yes please' })).toBe(false);
    expect(validate({ ...config, notAnOption: true })).toBe(false);
  });

  it('builds every installer, bundles the seeds and the icons, with asar, app id and product name', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.asar).toBe(true);
    expect(config.appId).toBe('org.attache.desk');
    expect(config.productName).toBe('Attaché');
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'seeds', to: 'seeds' }));
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) expect(existsSync(path.join(PROJECT_DIR, icon))).toBe(true);
  });
});
