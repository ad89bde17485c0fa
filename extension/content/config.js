// Where the extension's settings come from.

/**
 * The config JSON the user saved (chrome.storage.local key `config`), or null for the defaults.
 * Never rejects: unreadable storage means the defaults.
 * @returns {Promise<string|null>}
 */
export async function loadStoredConfig() {
  try {
    const { config } = await chrome.storage.local.get('config');
    if (typeof config === 'string') return config.trim() ? config : null;
    return config == null ? null : JSON.stringify(config);
  } catch (error) {
    console.warn('Reply Guide could not read its settings:', error);
    return null;
  }
}
