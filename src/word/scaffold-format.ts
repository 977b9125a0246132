import type { PlannedBlock } from '../core/scaffold';

export type BuiltInParagraphStyle = 'Normal' | `Heading${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`;

export interface ScaffoldFormat {
  /** Built-in (locale-neutral) style: Word's navigation pane lists the Heading styles as the outline. */
  styleBuiltIn: BuiltInParagraphStyle;
  font: string;
  /** Points: 22 is 二号 (the title), 16 is 三号 (everything else). */
  size: number;
  bold: boolean;
  alignment: 'Left' | 'Centered' | 'Right' | 'Justified';
}

/** 三号仿宋 for body text, as GB/T 9704 sets it; Word substitutes a font the machine lacks but keeps its name. */
const BODY: ScaffoldFormat = { styleBuiltIn: 'Normal', font: '仿宋', size: 16, bold: false, alignment: 'Justified' };

/** Heading fonts by level in the usual 公文 practice: 一、 黑体, （一） 楷体, 1. and below 仿宋 bold. */
const HEADING_FONTS = ['黑体', '楷体'];

/** How an inserted paragraph looks, by the role it plays in the report. */
export function formatFor(block: PlannedBlock): ScaffoldFormat {
  switch (block.role) {
    case 'title':
      // 方正小标宋简体 is what offices install for titles; where it is missing Word shows a substitute.
      return { styleBuiltIn: 'Normal', font: '方正小标宋简体', size: 22, bold: false, alignment: 'Centered' };
    case 'heading': {
      const level = Math.min(Math.max(Math.round(block.level ?? 1), 1), 9) as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
      const font = HEADING_FONTS[level - 1];
      return { styleBuiltIn: `Heading${level}`, font: font ?? '仿宋', size: 16, bold: font === undefined, alignment: 'Left' };
    }
    case 'signature':
    case 'date':
      return { ...BODY, alignment: 'Right' };
    case 'addressee':
      return { ...BODY, alignment: 'Left' };
    case 'prompt':
      return BODY;
    case 'table':
      // The caption above a standard table: centred, bold, like the format's own table titles.
      return { ...BODY, bold: true, alignment: 'Centered' };
  }
}
