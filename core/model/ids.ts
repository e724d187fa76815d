/** Ids in files and documents: letters, digits and `_ . : -`, at most 128 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,127}$/;

export const isValidId = (s: string): boolean => ID_PATTERN.test(s);

/**
 * On the canvas an inference is drawn as a junction node whose node id is `inference:<id>`.
 * The selection and everything in the model use the inference's own id; these convert at the
 * canvas boundary.
 */
export const JUNCTION_PREFIX = 'inference:';
export const toJunctionId = (inferenceId: string): string => `${JUNCTION_PREFIX}${inferenceId}`;
/** True when a canvas or selection id names an inference's junction (`inference:<id>`). */
export const isJunctionId = (id: string): boolean => id.startsWith(JUNCTION_PREFIX);
/** The inference id a canvas node id names, or undefined when it names a statement. */
export const fromJunctionId = (nodeId: string): string | undefined =>
  nodeId.startsWith(JUNCTION_PREFIX) ? nodeId.slice(JUNCTION_PREFIX.length) : undefined;
/** A selected or canvas id as a model id (junction ids become inference ids). */
export const toModelId = (id: string): string => fromJunctionId(id) ?? id;
