import { StackEditorView } from '@/components/StackDetail';

export default function NewStackPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>New stack</h1>
          <div className="sub">Paste a compose file, see the plan, deploy</div>
        </div>
      </div>
      <StackEditorView stack={null} />
    </>
  );
}
