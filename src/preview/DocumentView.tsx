import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { FakeParagraphView, FakeWord } from './fake-word';

const HEADING_SIZES: Record<string, string> = { Heading1: '1.15em', Heading2: '1.05em' };
const ALIGN: Record<string, CSSProperties['textAlign']> = { Centered: 'center', Right: 'right', Justified: 'justify', Left: 'left' };

/** The sample document as Word would show it, redrawn whenever the task pane changes it. */
export function DocumentView({ fake, label }: { fake: FakeWord; label: string }) {
  const [paragraphs, setParagraphs] = useState<FakeParagraphView[]>(() => fake.paragraphs());
  const selectedRef = useRef<HTMLParagraphElement | null>(null);
  useEffect(() => fake.subscribe(() => setParagraphs(fake.paragraphs())), [fake]);
  useEffect(() => selectedRef.current?.scrollIntoView({ block: 'center' }), [paragraphs]);

  return (
    <article aria-label={label} className="preview-document">
      {paragraphs.map((p) => (
        <p
          key={p.key}
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
      ))}
    </article>
  );
}
