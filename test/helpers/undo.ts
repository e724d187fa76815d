// Per-user undo exactly as the client builds it (core/sync/undo.ts).
export { createUserUndo, undoTopStep } from '../../core/sync';
