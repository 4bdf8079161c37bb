/** Names operators type: nodes, services, containers. Docker's own rule for container names. */
export const NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;

export function checkName(name: string): string | null {
  if (!name) return 'must not be empty';
  if (name.length > 63) return `must be at most 63 characters (got ${name.length})`;
  if (!NAME_PATTERN.test(name))
    return 'must start with a letter or digit and use only letters, digits, "_", "." and "-"';
  return null;
}

/** Label keys: reverse-DNS style as Docker recommends; no spaces or control characters. */
export function checkLabelKey(key: string): string | null {
  if (!key) return 'label key must not be empty';
  if (key.length > 255) return 'label key must be at most 255 characters';
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(key))
    return `label key "${key}" may use only letters, digits, ".", "_", "/" and "-"`;
  return null;
}
