import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { JunctionNode as JunctionNodeType } from './projection';
import { useHandlesFollowDirection } from './useHandlesFollowDirection';

/** The joint of an inference: where linked premises meet, and what an undercut points at. */
export const JunctionNode = memo(function JunctionNode({ id, data, selected }: NodeProps<JunctionNodeType>) {
  useHandlesFollowDirection(id, data.direction);
  const vertical = data.direction === 'TB';
  return (
    <div className={`junction ${data.inference.polarity}${selected ? ' selected' : ''}`} title={data.inference.label ?? 'Inference'}>
      <Handle type="target" position={vertical ? Position.Bottom : Position.Right} className="handle junction-handle" isConnectableStart={false} />
      <Handle type="source" position={vertical ? Position.Top : Position.Left} className="handle junction-handle" isConnectableStart={false} />
    </div>
  );
});
