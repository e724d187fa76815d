import { useState } from 'react';
import type { Comment, CommentId, NodeId } from '../../core/model';
import { useEditor } from '../EditorContext';
import { newCommentId } from '../actions/ids';
import { mayChangeComment } from '../../core/policy/roles';
import { getUserName } from '../presence/identity';
import { getParticipantId } from '../workshop/participant';

function CommentItem({ comment, replies, onReply, onResolve, mayResolve }: {
  comment: Comment; replies: Comment[]; onReply: (parent: CommentId, text: string) => void; onResolve: (c: Comment) => void; mayResolve: boolean;
}) {
  const [reply, setReply] = useState('');
  return (
    <li className={`comment${comment.resolved ? ' resolved' : ''}`}>
      <div className="comment-meta"><strong>{comment.author}</strong> · {new Date(comment.createdAt).toLocaleString()}</div>
      <div className="comment-text">{comment.text}</div>
      <ul className="replies">
        {replies.map((r) => (
          <li key={r.id} className="comment"><div className="comment-meta"><strong>{r.author}</strong></div><div className="comment-text">{r.text}</div></li>
        ))}
      </ul>
      <div className="comment-actions">
        <input aria-label="Reply" placeholder="Reply…" value={reply} onChange={(e) => setReply(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && reply.trim()) {
              onReply(comment.id, reply.trim());
              setReply('');
            }
          }} />
        {mayResolve && <button onClick={() => onResolve(comment)}>{comment.resolved ? 'Reopen' : 'Resolve'}</button>}
      </div>
    </li>
  );
}

/** Comments on one statement or inference: add, reply, resolve (with a comment link, one's own threads only). */
export function CommentThread({ target }: { target: NodeId }) {
  const editor = useEditor();
  const comments = editor.useState((s) => s.map.comments);
  const role = editor.useState((s) => s.role);
  const me = getParticipantId();
  const [text, setText] = useState('');
  const mine = comments.filter((c) => c.target === target);
  const roots = mine.filter((c) => !c.parent);
  const add = (body: string, parent?: CommentId) => editor.store.dispatch([{
    type: 'addComment',
    comment: { id: newCommentId(), target, author: getUserName() || 'Anonymous', owner: me, text: body, createdAt: new Date().toISOString(), ...(parent && { parent }) },
  }]);
  return (
    <section className="comments" aria-label="Comments">
      <label>Comments ({roots.filter((c) => !c.resolved).length} open)</label>
      <ul className="comment-list">
        {roots.map((c) => (
          <CommentItem key={c.id} comment={c} replies={mine.filter((r) => r.parent === c.id)}
            onReply={(parent, body) => add(body, parent)} mayResolve={mayChangeComment(role, me, c, c)}
            onResolve={(cm) => editor.store.dispatch([{ type: 'updateComment', id: cm.id, patch: { resolved: !cm.resolved } }])} />
        ))}
      </ul>
      <textarea aria-label="New comment" placeholder="Add a comment…" value={text} rows={2} onChange={(e) => setText(e.target.value)} />
      <button disabled={!text.trim()} onClick={() => { add(text.trim()); setText(''); }}>Comment</button>
    </section>
  );
}
