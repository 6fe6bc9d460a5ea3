import { Alert, Button, Form, Typography, type FormListFieldData } from 'antd';
import { Select } from '../../../components/select';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  checkRoleCombination,
  errorMessage,
  ROLE_LABELS,
  ROLE_SCOPE,
  ROLES,
  type OrgOverviewDto,
  type Role,
} from '@xiezuo/domain';
import { useT } from '../../../app/i18n';
import { useHasAbility } from '../../auth/session-context';
import { useOrgOverview } from '../../org/api/use-org-overview.query';
import { hasDuplicateRole, needsScope, scopeOptions, type RoleRow } from '../utils/scope-options';
import './role-assignments.field.css';

type RowProps = {
  field: FormListFieldData;
  index: number;
  org: OrgOverviewDto | undefined;
  orgLoading: boolean;
  canRemove: boolean;
  onRemove: () => void;
};

function RoleRowFields({ field, index, org, orgLoading, canRemove, onRemove }: RowProps) {
  const { t, lang } = useT();
  const form = Form.useFormInstance();
  const role = Form.useWatch(['roles', field.name, 'role'], form) as Role | undefined;
  const scope = role ? ROLE_SCOPE[role] : 'tenant';
  const n = index + 1;
  return (
    <div className="xz-roles__row">
      <Form.Item
        name={[field.name, 'role']}
        label={`${t('users.form.role')} ${n}`}
        rules={[{ required: true, message: t('users.form.roleRequired') }]}
        className="xz-roles__role"
      >
        <Select
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
          placeholder={t('users.form.role')}
          onChange={() => form.setFieldValue(['roles', field.name, 'scopeId'], null)}
        />
      </Form.Item>
      <Form.Item
        name={[field.name, 'scopeId']}
        label={`${t('users.form.scope')} ${n}`}
        rules={needsScope(role) ? [{ required: true, message: t('users.form.scopeRequired') }] : []}
        className="xz-roles__scope"
      >
        {needsScope(role) ? (
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t(`scope.${scope}`)}
            loading={orgLoading}
            options={scopeOptions(scope, org, t('common.illustrative'))}
          />
        ) : (
          <Select disabled placeholder={t('users.form.scopeWholeTenant')} />
        )}
      </Form.Item>
      <Button
        className="xz-roles__remove"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={`${t('users.form.removeRole')} ${n}`}
        disabled={!canRemove}
        onClick={onRemove}
      />
    </div>
  );
}

/** One or more roles, each with the unit, working group or county it applies to (filled from `GET /api/org`). */
export function RoleAssignmentsField() {
  const { t, lang } = useT();
  const canReadOrg = useHasAbility('org.read');
  const org = useOrgOverview(null, canReadOrg);

  return (
    <fieldset className="xz-roles">
      <legend className="xz-roles__legend">{t('users.form.roles')}</legend>
      <Typography.Paragraph type="secondary" className="xz-roles__hint">
        {t('users.form.separationHint')}
      </Typography.Paragraph>
      {canReadOrg && org.error ? (
        <Alert type="warning" showIcon title={t('users.form.scopeUnavailable')} style={{ marginBottom: 8 }} />
      ) : null}
      <Form.List
        name="roles"
        rules={[
          {
            validator: async (_r, rows: RoleRow[] | undefined) => {
              const list = (rows ?? []).filter(Boolean);
              if (!list.some((r) => r.role)) throw new Error(t('users.form.atLeastOne'));
              const problem = checkRoleCombination(list.flatMap((r) => (r.role ? [r.role] : [])));
              if (problem) throw new Error(errorMessage(problem, lang));
              if (hasDuplicateRole(list)) throw new Error(t('users.form.duplicateRole'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <RoleRowFields
                key={field.key}
                field={field}
                index={index}
                org={org.data}
                orgLoading={canReadOrg && org.isPending}
                canRemove={fields.length > 1}
                onRemove={() => remove(field.name)}
              />
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: undefined, scopeId: null })} block>
              {t('users.form.addRole')}
            </Button>
            <div role="alert">
              <Form.ErrorList errors={errors} />
            </div>
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
