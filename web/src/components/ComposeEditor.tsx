'use client';
import { useEffect, useRef, useState } from 'react';
import CodeMirror, { EditorView, type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { LineMark } from '@/lib/stack';

/** The app's theme (html[data-theme]), followed as the toggle changes it. */
function useTheme(): 'light' | 'dark' {
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  useEffect(() => {
    const el = document.documentElement;
    const read = () => setTheme(el.dataset.theme === 'dark' ? 'dark' : 'light');
    read();
    const mo = new MutationObserver(read);
    mo.observe(el, { attributes: true, attributeFilter: ['data-theme'] });
    return () => mo.disconnect();
  }, []);
  return theme;
}

const look = EditorView.theme({
  '&': { fontSize: '13px', border: '1px solid var(--border)', borderRadius: 'var(--radius)' },
  '.cm-content, .cm-gutters': { fontFamily: 'var(--mono)' },
});

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
  const theme = useTheme();
  const [extensions] = useState(() => [
    yaml(),
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
        theme={theme}
        extensions={extensions}
        minHeight="260px"
        maxHeight="560px"
        basicSetup={{ foldGutter: false, autocompletion: false }}
      />
    </div>
  );
}
