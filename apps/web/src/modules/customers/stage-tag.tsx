import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LifecycleStage } from '../../gql/graphql';

const COLORS: Record<LifecycleStage, string | undefined> = { PROSPECT: 'blue', CUSTOMER: 'green', INACTIVE: undefined, CHURNED: 'red', UNKNOWN: undefined };

export function StageTag({ stage }: { stage: LifecycleStage }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[stage]}>{t(`customers.stages.${stage}`)}</Tag>;
}
