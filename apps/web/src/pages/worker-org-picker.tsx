import type { RenderOrgPicker } from '../features/workers/components/worker-form-sections.tsx';
import { OrgTreeSelect } from '../features/org/components/org-tree-select.tsx';

/**
 * The worker form asks for a street and a community picker; the org feature provides them
 * (features do not import each other, so the page wires them together).
 */
export const renderWorkerOrgPicker: RenderOrgPicker = ({ level, rootCode, disabled, placeholder }) => (
  <OrgTreeSelect
    key={`${level}:${rootCode}`}
    rootCode={rootCode}
    selectableLevels={[level]}
    leafLevel={level}
    hideRoot={level === 'community'}
    disabled={disabled}
    placeholder={placeholder}
    allowClear
    style={{ width: '100%' }}
    data-testid={`${level}-picker`}
  />
);
