import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Previous/next over a Relay connection, with the total the connection reports. */
export function CursorPager(props: { page: number; totalCount?: number; hasPrevious: boolean; hasNext: boolean; onPrevious(): void; onNext(): void }) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">
        {props.totalCount !== undefined ? t('common.total', { count: props.totalCount }) : null}
      </Typography.Text>
      <Space>
        <Button icon={<LeftOutlined />} disabled={!props.hasPrevious} onClick={props.onPrevious}>
          {t('common.previous')}
        </Button>
        <Typography.Text>{t('common.page', { page: props.page })}</Typography.Text>
        <Button disabled={!props.hasNext} onClick={props.onNext}>
          {t('common.next')} <RightOutlined />
        </Button>
      </Space>
    </Flex>
  );
}
