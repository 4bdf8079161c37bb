'use client';
import { useEffect, useRef, useState } from 'react';
import CodeMirror, { EditorView, type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { tags as t } from '@lezer/highlight';
import type { LineMark } from '@/lib/stack';

/**
 * The editor drawn in the app's own colours (globals.css variables), so it follows the theme
 * toggle and keeps the contrast axe asks for in both themes (CodeMirror's one-dark did not).
 */
const look = EditorView.theme({
  '&': {
    fontSize: '13px',
    color: 'var(--text)',
    backgroundColor: 'var(--panel)',
    border: '1px solid var(--border)',
    borderRadius: 'var(--radius)',
  },
  '.cm-content, .cm-gutters': { fontFamily: 'var(--mono)' },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--panel-2)',
    color: 'var(--muted)',
    borderRight: '1px solid var(--border)',
  },
  // No fill on the active line: the token colours keep their contrast against the panel.
  '.cm-activeLine': { backgroundColor: 'transparent', boxShadow: 'inset 2px 0 var(--accent)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--border)', color: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--info-bg)',
  },
});

const colours = syntaxHighlighting(
  HighlightStyle.define([
    { tag: [t.propertyName, t.definition(t.propertyName)], color: 'var(--info)' },
    { tag: [t.string, t.special(t.string), t.attributeValue], color: 'var(--ok)' },
    { tag: [t.number, t.bool, t.null, t.atom], color: 'var(--bad)' },
    { tag: [t.keyword, t.meta, t.labelName, t.typeName], color: 'var(--warn)' },
    { tag: [t.comment, t.lineComment], color: 'var(--muted)', fontStyle: 'italic' },
    { tag: [t.punctuation, t.separator, t.squareBracket, t.brace], color: 'var(--muted)' },
  ]),
);

/**
 * A compose file in CodeMirror 6 with YAML highlighting; `marks` (errors and warnings with a line)
 * are shown in the lint gutter and underlined, and move with the text as it is edited.
 */
export function ComposeEditor({
  value,
  onChange,
  marks,
  readOnly,
  label,
}: {
  value: string;
  onChange: (v: string) => void;
  marks: LineMark[];
  readOnly?: boolean;
  label: string;
}) {
  const ref = useRef<ReactCodeMirrorRef>(null);
  const [extensions] = useState(() => [
    yaml(),
    colours,
    lintGutter(),
    look,
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': 'compose-editor' }),
  ]);
  useEffect(() => {
    const view = ref.current?.view;
    if (!view) return;
    const doc = view.state.doc;
    const diagnostics: Diagnostic[] = marks
      .filter((m) => m.line >= 1 && m.line <= doc.lines)
      .map((m) => {
        const line = doc.line(m.line);
        return { from: line.from, to: line.to, severity: m.severity, message: m.message };
      });
    view.dispatch(setDiagnostics(view.state, diagnostics));
  }, [marks, value]);
  return (
    <div data-testid="compose-editor-wrap">
      <CodeMirror
        ref={ref}
        value={value}
        onChange={onChange}
        readOnly={readOnly}
        editable={!readOnly}
        theme="none"
        extensions={extensions}
        minHeight="260px"
        maxHeight="560px"
        basicSetup={{ foldGutter: false, autocompletion: false }}
      />
    </div>
  );
}
