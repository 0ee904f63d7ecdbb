import { Alert, Button, Flex, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Candidate } from './account-input';

/**
 * "Is it one of these?": existing customers that look like the one being created, best first, with
 * the reasons they match. Visible ones open in a new tab; the others belong to someone else.
 */
export function DuplicateCandidates({
  candidates,
  onCreateAnyway,
  creating,
  editing = false,
}: {
  candidates: Candidate[];
  onCreateAnyway(): void;
  creating: boolean;
  /** A rename of an existing customer: "save anyway" instead of "create anyway". */
  editing?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (candidates.length === 0) return null;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="duplicate-candidates"
      message={t('customers.duplicates.title')}
      description={
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t(editing ? 'customers.duplicates.editHint' : 'customers.duplicates.hint')}
          </Typography.Paragraph>
          <List
            size="small"
            dataSource={candidates}
            rowKey="accountId"
            renderItem={(c) => (
              <List.Item data-testid="duplicate-candidate">
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex justify="space-between" gap={8} wrap>
                    {c.visible ? (
                      <Link to={`/customers/${c.accountId}`} target="_blank" rel="noreferrer">
                        {c.name}
                      </Link>
                    ) : (
                      <Space size={4} wrap>
                        <Typography.Text>{c.name}</Typography.Text>
                        <Tag>{t('customers.duplicates.otherOwner')}</Tag>
                      </Space>
                    )}
                    <Typography.Text type="secondary">{t('customers.duplicates.score', { score: percent.format(c.score) })}</Typography.Text>
                  </Flex>
                  <Space size={4} wrap>
                    {c.reasons.map((r) => (
                      <Tag key={r.code} color="orange" data-testid="duplicate-reason">
                        {i18n.exists(`customers.reasons.${r.code}`) ? t(`customers.reasons.${r.code}`) : r.code}
                      </Tag>
                    ))}
                  </Space>
                </Flex>
              </List.Item>
            )}
          />
          <Button style={{ marginTop: 8 }} onClick={onCreateAnyway} loading={creating} data-testid="create-anyway">
            {t(editing ? 'customers.duplicates.saveAnyway' : 'customers.duplicates.createAnyway')}
          </Button>
        </>
      }
    />
  );
}
