import { Fragment, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type MutableRefObject, type ReactNode } from 'react';
import type { FakeParagraphView, FakeRun, FakeWord } from './fake-word';

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

/** A linked figure (an inline content control): visible as Word's bounding box would show it. */
const LINK_STYLE: CSSProperties = { background: '#e8f1fb', borderBottom: '1px dotted #0f6cbd', padding: '0 1px' };

/**
 * The sample document as Word would show it, redrawn whenever the task pane changes it. Clicking a paragraph
 * puts the cursor at its end, where the pane inserts "at the cursor". The document is one tab stop, as Word's
 * page is: focused, the arrow keys move the cursor from paragraph to paragraph (the selected one is outlined).
 */
export function DocumentView({ fake, label }: { fake: FakeWord; label: string }) {
  const [paragraphs, setParagraphs] = useState<FakeParagraphView[]>(() => fake.paragraphs());
  const selectedRef = useRef<HTMLParagraphElement | null>(null);
  // The pane's "select this paragraph" scrolls it into view; the writer's own click or key does not jump the page.
  const placedByWriter = useRef(false);
  useEffect(() => fake.subscribe(() => setParagraphs(fake.paragraphs())), [fake]);
  useEffect(() => {
    if (!placedByWriter.current) selectedRef.current?.scrollIntoView({ block: 'center' });
    else selectedRef.current?.scrollIntoView({ block: 'nearest' });
    placedByWriter.current = false;
  }, [paragraphs]);

  const placeCursor = (key: number) => {
    placedByWriter.current = true;
    fake.model.placeCursor(key, 'End');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const current = paragraphs.findIndex((p) => p.selected);
    const next = paragraphs[current < 0 ? 0 : Math.min(Math.max(current + (event.key === 'ArrowDown' ? 1 : -1), 0), paragraphs.length - 1)];
    if (next) placeCursor(next.key);
  };

  return (
    <article aria-label={label} className="preview-document" tabIndex={0} onKeyDown={onKeyDown}>
      {items(paragraphs).map((item) =>
        'paragraph' in item ? (
          <Paragraph key={item.paragraph.key} p={item.paragraph} selectedRef={selectedRef} onPlace={placeCursor} />
        ) : (
          <table key={`table-${item.table}`} className="preview-table" data-table={item.table}>
            <tbody>
              {item.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell) => (
                    <td key={cell.key}>
                      <Paragraph p={cell} selectedRef={selectedRef} onPlace={placeCursor} />
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

interface ParagraphProps {
  p: FakeParagraphView;
  selectedRef: MutableRefObject<HTMLParagraphElement | null>;
  onPlace: (key: number) => void;
}

// The click is a pointer shortcut; the document's arrow keys do the same from the keyboard.
function Paragraph({ p, selectedRef, onPlace }: ParagraphProps) {
  return (
    <p
      onClick={() => onPlace(p.key)}
      ref={p.selected ? selectedRef : undefined}
      data-index={p.index}
      data-selected={p.selected || undefined}
      aria-current={p.selected || undefined}
      data-tag={p.controls[0]?.tag}
      className={p.placeholder !== undefined ? 'preview-placeholder' : undefined}
      style={{
        fontFamily: `${p.font.name}, serif`,
        fontSize: HEADING_SIZES[p.styleBuiltIn] ?? (p.font.size && p.font.size >= 20 ? '1.4em' : '1em'),
        fontWeight: p.styleBuiltIn.startsWith('Heading') || p.font.bold ? 700 : 400,
        textAlign: ALIGN[p.alignment] ?? 'left',
      }}
    >
      {p.placeholder ?? (p.currentText ? <Runs runs={p.runs} marked={p.selectedText} /> : '\u00a0')}
    </p>
  );
}

/**
 * The text as it stands (tracked deletions and hidden text out), linked figures marked with their tags, and selected words
 * (`marked`, offsets in Word's text, deletions included) highlighted as Word highlights a selection.
 */
function Runs({ runs, marked }: { runs: readonly FakeRun[]; marked?: { start: number; length: number } }) {
  let offset = 0;
  return (
    <>
      {runs.map((run, i) => {
        const from = offset;
        offset += run.text.length;
        // Word does not show hidden text unless formatting marks are on.
        if (run.revision === 'deleted' || run.hidden) return null;
        const text = marked ? withMark(run.text, marked.start - from, marked.length) : run.text;
        return run.control ? (
          <span key={i} data-tag={run.control.tag} data-control-id={run.control.id} title={run.control.title || undefined} style={LINK_STYLE}>
            {text}
          </span>
        ) : (
          <Fragment key={i}>{text}</Fragment>
        );
      })}
    </>
  );
}

/** A run's text with the part of it that falls in [start, start + length) (relative to the run) in a <mark>. */
function withMark(text: string, start: number, length: number): ReactNode {
  const [from, to] = [Math.max(0, start), Math.min(text.length, start + length)];
  if (from >= to) return text;
  return (
    <>
      {text.slice(0, from)}
      <mark data-selected-words="">{text.slice(from, to)}</mark>
      {text.slice(to)}
    </>
  );
}
