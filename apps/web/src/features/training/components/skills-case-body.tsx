import { Typography } from 'antd';

/** Section headings as Chinese case write-ups number them: 一、… （二）… 3. … */
const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])/;
const isHeading = (line: string) => line.length <= 30 && HEADING.test(line) && !/[。；！？.;!?]$/.test(line);

/**
 * A case's text for reading aloud and discussing in class: every line the author wrote is its own paragraph
 * (blank lines only separate), numbered section lines read as headings, body paragraphs get the customary
 * two-character indent.
 */
export function SkillsCaseBody({ content }: { content: string }) {
  const lines = content
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <div data-testid="case-content" style={{ fontSize: 16, lineHeight: 1.9 }}>
      {lines.map((line, i) =>
        isHeading(line) ? (
          <Typography.Title key={i} level={5} style={{ marginTop: i ? 20 : 0 }}>
            {line}
          </Typography.Title>
        ) : (
          <Typography.Paragraph key={i} style={{ textIndent: '2em', marginBottom: 12, fontSize: 16 }}>
            {line}
          </Typography.Paragraph>
        ),
      )}
    </div>
  );
}
