import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { configConfOptions } from '../../../core/store/config-file';
import { tempDir } from './temp-dir';

describe('configConfOptions', () => {
  it('gives conf a schema that passes the JSON Schema meta-schema in strict mode', () => {
    const options = configConfOptions(tempDir());

    // Without `validateSchema: false` conf's validator checks the schema itself, and throws.
    const conf = new Conf({ ...options, ajvOptions: { strict: true } });

    expect(conf.store).toEqual({ schemaVersion: 1, profiles: {}, settings: {} });
  });

  it('makes conf reject a profile of the wrong shape on write', () => {
    const conf = new Conf(configConfOptions(tempDir()));
    const bad = { schemaVersion: 1, settings: {}, profiles: { prod: { name: 'prod' } } };

    expect(() => {
      conf.store = bad as never;
    }).toThrow(/Config schema violation: `profiles\/prod` must have required property 'serverUrl'/);
  });

  it('keeps settings this version does not know', () => {
    const conf = new Conf(configConfOptions(tempDir()));

    conf.store = {
      schemaVersion: 1,
      profiles: {},
      settings: { theme: 'dark', notifications: true },
    };

    expect(conf.store.settings).toEqual({ theme: 'dark', notifications: true });
  });
});
