/** The pane's and the CLI's two languages; Chinese first, as the product's users read it. */
export type Lang = 'zh-CN' | 'en-US';

export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];

/** A text in both languages. */
export type Localized<T = string> = Record<Lang, T>;
