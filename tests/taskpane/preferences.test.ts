/** @jest-environment jsdom */
type PreferencesModule = typeof import('../../src/taskpane/preferences');

/** A fresh copy of the module, as a new session would load it. */
function freshModule(): PreferencesModule {
  let loaded: PreferencesModule | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual('../../src/taskpane/preferences') as PreferencesModule;
  });
  return loaded as PreferencesModule;
}

beforeEach(() => window.localStorage.clear());

describe('preferences', () => {
  test('defaults when nothing was saved', () => {
    expect(freshModule().loadPreferences()).toEqual({ unitName: '', profileId: null, userProfiles: [] });
  });

  test('remembered across sessions, in localStorage under the keys office-js-helpers used', () => {
    const first = freshModule();
    first.savePreferences({ unitName: '青川县市场监督管理局' });
    first.savePreferences({ profileId: 'rule-of-law-annual' });
    expect(first.preferencesArePersistent()).toBe(true);
    expect(JSON.parse(window.localStorage.getItem('@report-assistant/preferences') ?? 'null')).toEqual({
      unitName: '青川县市场监督管理局',
      profileId: 'rule-of-law-annual',
      userProfiles: [],
    });
    expect(freshModule().loadPreferences()).toEqual({ unitName: '青川县市场监督管理局', profileId: 'rule-of-law-annual', userProfiles: [] });
  });

  test('report types loaded from files are kept as their JSON, with the choice', () => {
    const first = freshModule();
    const profile = { id: 'work-safety-annual', name: { 'zh-CN': '安全生产', 'en-US': 'Work safety' } };
    first.savePreferences({ userProfiles: [profile], profileId: 'work-safety-annual' });
    expect(freshModule().loadPreferences()).toEqual({ unitName: '', profileId: 'work-safety-annual', userProfiles: [profile] });
  });

  test('unreadable or mistyped data falls back to defaults', () => {
    window.localStorage.setItem('@report-assistant/preferences', '{"unitName": 42, "profileId": ["x"], "userProfiles": {"id": "x"}}');
    expect(freshModule().loadPreferences()).toEqual({ unitName: '', profileId: null, userProfiles: [] });
    window.localStorage.setItem('@report-assistant/preferences', 'not json');
    expect(freshModule().loadPreferences()).toEqual({ unitName: '', profileId: null, userProfiles: [] });
  });

  test('without localStorage, preferences last for the session', () => {
    const spy = jest.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      const prefs = freshModule();
      expect(prefs.loadPreferences()).toEqual({ unitName: '', profileId: null, userProfiles: [] });
      prefs.savePreferences({ unitName: '东城交通支队' });
      expect(prefs.loadPreferences().unitName).toBe('东城交通支队');
      expect(prefs.preferencesArePersistent()).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });

  test('a write that fails moves preferences to memory', () => {
    const prefs = freshModule();
    prefs.loadPreferences();
    const spy = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    try {
      prefs.savePreferences({ unitName: '某某县司法局' });
      expect(prefs.loadPreferences().unitName).toBe('某某县司法局');
      expect(prefs.preferencesArePersistent()).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });
});
