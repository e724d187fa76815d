import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { JunctionNode as JunctionNodeType } from './projection';

/** The joint of an inference: where linked premises meet, and what an undercut points at. */
export const JunctionNode = memo(function JunctionNode({ data, selected }: NodeProps<JunctionNodeType>) {
  const vertical = data.direction === 'TB';
  return (
    <div className={`junction ${data.inference.polarity}${selected ? ' selected' : ''}`} title={data.inference.label ?? 'Inference'}>
      <Handle type="target" position={vertical ? Position.Bottom : Position.Right} className="handle junction-handle" isConnectableStart={false} />
      <Handle type="source" position={vertical ? Position.Top : Position.Left} className="handle junction-handle" isConnectableStart={false} />
    </div>
  );
});
