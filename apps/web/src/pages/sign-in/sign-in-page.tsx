import { LockOutlined, MailOutlined, ShopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { tokenStore } from '../../app/auth/token-store';
import { LANGUAGES } from '../../app/i18n/i18n';
import { fieldErrors, toFormFields } from '../../shared/lib/graphql-errors';
import { useErrorMessage } from '../../shared/lib/use-server-errors';

interface SignInValues {
  tenant: string;
  email: string;
  password: string;
}
const FIELDS = ['tenant', 'email', 'password'] as const;

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { status, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const describe = useErrorMessage();
  const [form] = Form.useForm<SignInValues>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (status === 'signedIn') return <Navigate to={from} replace />;

  const onFinish = async (values: SignInValues) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await signIn({ tenant: values.tenant.trim(), email: values.email.trim(), password: values.password });
      navigate(from, { replace: true });
    } catch (error) {
      const byField = fieldErrors(error, FIELDS);
      if (Object.keys(byField).length > 0) form.setFields(toFormFields(byField) as Parameters<typeof form.setFields>[0]);
      else setFailure(describe(error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f7fa' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 24 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('signIn.title')}
          </Typography.Title>
          <Segmented
            size="small"
            value={i18n.language}
            onChange={(lng) => void i18n.changeLanguage(String(lng))}
            options={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`) }))}
          />
        </Flex>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="sign-in-error" />}
        <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ tenant: tokenStore.tenant() ?? '' }} requiredMark={false}>
          <Form.Item name="tenant" label={t('signIn.tenant')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input prefix={<ShopOutlined />} placeholder={t('signIn.tenantPlaceholder')} autoComplete="organization" />
          </Form.Item>
          <Form.Item name="email" label={t('signIn.email')} rules={[{ required: true, message: t('validation.required') }, { type: 'email', message: t('validation.email') }]}>
            <Input prefix={<MailOutlined />} autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('validation.required') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
