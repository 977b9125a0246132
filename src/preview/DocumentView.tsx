import { useEffect, useRef, useState, type CSSProperties, type MutableRefObject } from 'react';
import type { FakeParagraphView, FakeWord } from './fake-word';

const HEADING_SIZES: Record<string, string> = { Heading1: '1.15em', Heading2: '1.05em' };
const ALIGN: Record<string, CSSProperties['textAlign']> = { Centered: 'center', Right: 'right', Justified: 'justify', Left: 'left' };

/** Paragraphs in document order, a table's cells gathered into one item with its rows. */
type Item = { paragraph: FakeParagraphView } | { table: number; rows: FakeParagraphView[][] };

function items(paragraphs: readonly FakeParagraphView[]): Item[] {
  const out: Item[] = [];
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    if (!p.cell) out.push({ paragraph: p });
    else if (last && 'table' in last && last.table === p.cell.table) (last.rows[p.cell.row] ??= []).push(p);
    else out.push({ table: p.cell.table, rows: [[p]] });
  }
  return out;
}

/** The sample document as Word would show it, redrawn whenever the task pane changes it. */
export function DocumentView({ fake, label }: { fake: FakeWord; label: string }) {
  const [paragraphs, setParagraphs] = useState<FakeParagraphView[]>(() => fake.paragraphs());
  const selectedRef = useRef<HTMLParagraphElement | null>(null);
  useEffect(() => fake.subscribe(() => setParagraphs(fake.paragraphs())), [fake]);
  useEffect(() => selectedRef.current?.scrollIntoView({ block: 'center' }), [paragraphs]);

  return (
    <article aria-label={label} className="preview-document">
      {items(paragraphs).map((item) =>
        'paragraph' in item ? (
          <Paragraph key={item.paragraph.key} p={item.paragraph} selectedRef={selectedRef} />
        ) : (
          <table key={`table-${item.table}`} className="preview-table" data-table={item.table}>
            <tbody>
              {item.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell) => (
                    <td key={cell.key}>
                      <Paragraph p={cell} selectedRef={selectedRef} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </article>
  );
}

function Paragraph({ p, selectedRef }: { p: FakeParagraphView; selectedRef: MutableRefObject<HTMLParagraphElement | null> }) {
  return (
    <p
      ref={p.selected ? selectedRef : undefined}
      data-index={p.index}
      data-selected={p.selected || undefined}
      data-tag={p.controls[0]?.tag}
      className={p.placeholder !== undefined ? 'preview-placeholder' : undefined}
      style={{
        fontFamily: `${p.font.name}, serif`,
        fontSize: HEADING_SIZES[p.styleBuiltIn] ?? (p.font.size && p.font.size >= 20 ? '1.4em' : '1em'),
        fontWeight: p.styleBuiltIn.startsWith('Heading') || p.font.bold ? 700 : 400,
        textAlign: ALIGN[p.alignment] ?? 'left',
      }}
    >
      {p.placeholder ?? (p.currentText || '\u00a0')}
    </p>
  );
}
