import type { Scenario } from '../../sim';
import { en, type MessageKey } from '../i18n/en';
import type { Text } from './text';

const hasKey = (k: string): k is MessageKey => Object.hasOwn(en, k);

/** A service's or group's display name: its label, else its id. */
export function elementName(list: readonly { id: string; label?: string }[], id: string): string {
  return list.find((e) => e.id === id)?.label ?? id;
}

/**
 * The label of any metric key in the UI language, with service and group names from the
 * scenario ("Detox: occupancy"); unknown keys show as themselves.
 */
export function metricLabel(key: string, scenario: Pick<Scenario, 'services' | 'groups'>, { t }: Pick<Text, 't'>): string {
  const own = `results.metric.${key}`;
  if (hasKey(own)) return t(own);
  const match = /^(services|groups)\.(.+)\.([^.]+)$/.exec(key);
  if (!match) return key;
  const [, kind, id, name] = match as unknown as [string, 'services' | 'groups', string, string];
  const generic = `results.metric.${kind}.${name}`;
  if (!hasKey(generic)) return key;
  return kind === 'services'
    ? t(generic, { service: elementName(scenario.services, id) })
    : t(generic, { group: elementName(scenario.groups, id) });
}
