// Text with marked ranges, rendered as React text nodes: article text never becomes HTML.
// `current` (an index into ranges) marks the match the reader has stepped to.
export function Highlighted({ text, ranges, current }: { text: string; ranges: [number, number][]; current?: number }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], index) => {
    if (start < at) return;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={index} className={index === current ? 'current' : undefined} aria-current={index === current ? 'true' : undefined}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
