import { CORE_API_VERSION, SDK_VERSION, definePlugin, findPluginProblems, isCompatible, isRapportPlugin, type ChannelDriver, type PluginDefinition, type ReviewSourceDriver } from '../src/index.js';

function channel(code: string): ChannelDriver {
  return {
    code,
    displayName: `Network ${code}`,
    description: 'A test network',
    capabilities: { publish: true, reply: true, hide: false, delete: false, mentions: false, directMessages: false, webhooks: false, polling: true },
    limits: { maxLength: 280, maxMedia: 0, mediaTypes: [] },
    credentialsSchema: { type: 'object', properties: { token: { type: 'string' } } },
    verifyCredentials: async () => ({ accountId: '1', displayName: 'Me' }),
    publish: async () => ({ externalId: 'p1' }),
    sync: async () => ({ items: [], nextCursor: null }),
    reply: async () => ({ externalId: 'r1' }),
    classifyError: () => 'fatal',
  };
}

const valid: PluginDefinition = { name: '@acme/plugin-test', version: '1.2.3', compatibility: '^1.0.0', channels: [channel('net')] };

describe('definePlugin', () => {
  it('brands what it makes, and a spread copy of a plugin is not one', () => {
    const plugin = definePlugin(valid);
    expect(isRapportPlugin(plugin)).toBe(true);
    expect(isRapportPlugin({ ...plugin })).toBe(false);
    expect(isRapportPlugin(valid)).toBe(false);
    expect(findPluginProblems(plugin)).toEqual([]);
  });

  it('returns a frozen plugin with empty lists for what it does not provide', () => {
    const plugin = definePlugin(valid);
    expect(Object.isFrozen(plugin)).toBe(true);
    expect(Object.isFrozen(plugin.channels)).toBe(true);
    expect(plugin.channels.map((driver) => driver.code)).toEqual(['net']);
    expect(plugin.reviewSources).toEqual([]);
    expect(plugin.rules).toEqual([]);
  });

  it('names the plugin and the missing fields', () => {
    expect(() => definePlugin({ ...valid, version: '' })).toThrow(/Invalid Rapport plugin "@acme\/plugin-test":[\s\S]*version is required/);
    expect(() => definePlugin({ ...valid, name: '' })).toThrow(/"\(unnamed\)"[\s\S]*name is required/);
    expect(() => definePlugin({ ...valid, compatibility: 'soon' })).toThrow(/compatibility "soon" is not a semver range/);
  });

  it('rejects codes that are not lower-case kebab', () => {
    expect(() => definePlugin({ ...valid, channels: [channel('My_Net')] })).toThrow(/channels\[0\] \(My_Net\)\.code "My_Net" must match/);
  });

  it('rejects duplicate driver codes, across channels and review sources', () => {
    expect(() => definePlugin({ ...valid, channels: [channel('net'), channel('net')] })).toThrow(
      /channels\[1\] \(net\)\.code "net" is already used by another driver/,
    );
    const reviews: ReviewSourceDriver = {
      code: 'net',
      displayName: 'Reviews',
      ratingScale: { min: 1, max: 5 },
      credentialsSchema: {},
      capabilities: { reply: false, deleteReply: false, report: false, webhooks: false },
      verifyCredentials: async () => ({ accountId: '1', displayName: 'Me' }),
      sync: async () => ({ items: [], nextCursor: null }),
      classifyError: () => 'fatal',
    };
    expect(() => definePlugin({ ...valid, reviewSources: [reviews] })).toThrow(/reviewSources\[0\] \(net\)\.code "net" is already used/);
  });

  it('rejects missing driver methods and invalid schemas', () => {
    const broken = { ...channel('net'), publish: undefined, credentialsSchema: { type: 'nonsense' } } as unknown as ChannelDriver;
    const error = captureError(() => definePlugin({ ...valid, channels: [broken] }));
    expect(error.message).toContain('channels[0] (net).publish() is required');
    expect(error.message).toContain('channels[0] (net).credentialsSchema is not a valid JSON Schema');
  });

  it('requires a hiding driver to say which kinds of item the network hides, naming only real kinds', () => {
    const withCapabilities = (capabilities: Partial<ChannelDriver['capabilities']>) => ({ ...valid, channels: [{ ...channel('net'), capabilities: { ...channel('net').capabilities, ...capabilities } }] });
    expect(() => definePlugin(withCapabilities({ hide: true }))).toThrow(/channels\[0\] \(net\)\.capabilities\.hide is true: list the kinds .* in capabilities\.hideableKinds/);
    expect(() => definePlugin(withCapabilities({ hide: true, hideableKinds: ['comment', 'story' as never] }))).toThrow(/capabilities\.hideableKinds has unknown kinds: story/);
    expect(() => definePlugin(withCapabilities({ deletableKinds: ['comment'] }))).toThrow(/capabilities\.deletableKinds is set but capabilities\.delete is not true/);
    expect(definePlugin(withCapabilities({ hide: true, hideableKinds: ['comment', 'mention'], delete: true, deletableKinds: [] })).channels[0].capabilities.hideableKinds).toEqual(['comment', 'mention']);
  });

  it('requires an app-level webhook to have its three hooks and parseWebhook, which reads each channel\'s entries', () => {
    const hooks = { challenge: () => undefined, verify: () => true, accounts: () => [] };
    const error = captureError(() => definePlugin({ ...valid, channels: [{ ...channel('net'), appWebhook: { ...hooks, accounts: undefined } as never }] }));
    expect(error.message).toContain('channels[0] (net).appWebhook.accounts() is required');
    expect(error.message).toContain("channels[0] (net).appWebhook needs parseWebhook(), which reads each channel's entries of a delivery");
    expect(definePlugin({ ...valid, channels: [{ ...channel('net'), appWebhook: hooks, parseWebhook: () => [] }] }).channels[0].appWebhook).toBe(hooks);
  });
});

describe('compatibility', () => {
  it('checks a range against the core API version', () => {
    expect(SDK_VERSION).toBe('1.0.0');
    expect(isCompatible('^1.0.0', CORE_API_VERSION)).toBe(true);
    expect(isCompatible('^1.0.0', '1.4.0-rc.1')).toBe(true);
    expect(isCompatible('^2.0.0')).toBe(false);
    expect(isCompatible('not a range')).toBe(false);
  });
});

function captureError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
