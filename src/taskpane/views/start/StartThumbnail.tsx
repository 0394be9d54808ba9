import { MODEL_COLUMNS, TEMPLATES } from '../../../core/template';
import type { TemplateKind } from '../../../core/template/types';
import { v } from '../../shell/shellClasses';

/** viewBox units: an A4 page, 210 x 297 mm, scaled by 1/3.5. */
const W = 60;
const H = 85;
const MARGIN = { left: 30 / 3.5, right: 15 / 3.5, top: 20 / 3.5 };

/**
 * A small picture of the template's first page, drawn from its spec: the title, the photo frame (individual),
 * one line per text field, the summary heading and lines of text, and the models table with its columns.
 * Decorative: the radio label next to it names the template.
 */
export function StartThumbnail({ kind, width = 60 }: { kind: TemplateKind; width?: number }) {
  const spec = TEMPLATES[kind];
  const left = MARGIN.left;
  const right = W - MARGIN.right;
  const textWidth = right - left;
  const ink = { fill: v('colorNeutralForeground3') };
  const faint = { fill: v('colorNeutralStroke1') };
  const shapes: JSX.Element[] = [];
  let y = MARGIN.top;

  // Title, centred.
  shapes.push(<rect key="title" x={left + textWidth * 0.2} y={y} width={textWidth * 0.6} height={2} style={ink} />);
  y += 5;

  const hasPhoto = spec.fields.some((f) => f.kind === 'picture');
  const textFields = spec.fields.filter((f) => f.kind === 'text' || f.kind === 'year');
  const fieldsTop = y;
  let fieldLeft = left;
  if (hasPhoto) {
    shapes.push(
      <rect key="photo" x={left} y={y} width={8} height={12} style={{ fill: 'none', stroke: v('colorNeutralForeground3'), strokeWidth: 0.6 }} />,
    );
    fieldLeft = left + 11;
  }
  textFields.forEach((f, i) => {
    shapes.push(<rect key={`f-${f.id}`} x={fieldLeft} y={fieldsTop + 1 + i * 3.5} width={(right - fieldLeft) * 0.9} height={1.4} style={ink} />);
  });
  y = Math.max(fieldsTop + textFields.length * 3.5, hasPhoto ? fieldsTop + 12 : fieldsTop) + 4;

  // Summary heading and its lines.
  shapes.push(<rect key="h-summary" x={left} y={y} width={textWidth * 0.55} height={1.6} style={ink} />);
  y += 3.5;
  for (let i = 0; i < 6; i++) {
    shapes.push(<rect key={`l-${i}`} x={left + (i === 0 ? 2 : 0)} y={y} width={i === 5 ? textWidth * 0.6 : textWidth - (i === 0 ? 2 : 0)} height={1} style={faint} />);
    y += 2.4;
  }
  y += 2;

  // Models heading and table: one column per spec column, at its relative width.
  shapes.push(<rect key="h-models" x={left} y={y} width={textWidth * 0.7} height={1.6} style={ink} />);
  y += 3.5;
  const rows = 3;
  const rowHeight = 4;
  const tableStyle = { fill: 'none', stroke: v('colorNeutralForeground3'), strokeWidth: 0.4 };
  shapes.push(<rect key="table" x={left} y={y} width={textWidth} height={rows * rowHeight} style={tableStyle} />);
  for (let r = 1; r < rows; r++) {
    shapes.push(<line key={`r-${r}`} x1={left} x2={right} y1={y + r * rowHeight} y2={y + r * rowHeight} style={tableStyle} />);
  }
  let x = left;
  MODEL_COLUMNS.slice(0, -1).forEach((c) => {
    x += (textWidth * c.widthPct) / 100;
    shapes.push(<line key={`c-${c.id}`} x1={x} x2={x} y1={y} y2={y + rows * rowHeight} style={tableStyle} />);
  });

  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width={width}
      height={(width * H) / W}
      aria-hidden="true"
      focusable="false"
      data-testid={`thumbnail-${kind}`}
      style={{ flex: 'none' }}
    >
      <rect x={0.5} y={0.5} width={W - 1} height={H - 1} rx={1} style={{ fill: v('colorNeutralBackground1'), stroke: v('colorNeutralStroke1'), strokeWidth: 0.6 }} />
      {shapes}
    </svg>
  );
}
