import type { Lang } from '../core/i18n/lang';
import type { Profile } from '../core/profile';

/** A plan's item as the profile names it: a part by its id, a table as "part/table". */
export function planItemName(profile: Profile, lang: Lang, ref: string): string {
  const [partId, tableId] = ref.split('/');
  const part = profile.parts.find((p) => p.id === partId);
  if (tableId === undefined) return part?.name[lang] ?? ref;
  return part?.tables?.find((table) => table.id === tableId)?.name[lang] ?? ref;
}
