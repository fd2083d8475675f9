import { USER_ROLES, type UserRole } from '@claimline/contracts';
import { useUser } from '../../../lib/auth';
import { defineMessages, useI18n, useMessages } from '../../../lib/i18n';
import { useRoleLabel } from '../../../lib/domain-labels';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Spinner } from '../../../components/ui/spinner';
import { Table } from '../../../components/ui/table';
import { useUpdateUser, useUsers, type ManagedUser } from '../api/users';
import { CreateUserForm } from './create-user-form';

const messages = defineMessages({
  title: { en: 'Users', ar: 'المستخدمون' },
  email: { en: 'Email', ar: 'البريد الإلكتروني' },
  role: { en: 'Role', ar: 'الدور' },
  status: { en: 'Status', ar: 'الحالة' },
  created: { en: 'Created', ar: 'تاريخ الإنشاء' },
  actions: { en: 'Actions', ar: 'الإجراءات' },
  active: { en: 'Active', ar: 'نشط' },
  inactive: { en: 'Deactivated', ar: 'معطّل' },
  deactivate: { en: 'Deactivate', ar: 'تعطيل' },
  reactivate: { en: 'Reactivate', ar: 'إعادة التفعيل' },
  you: { en: '(you)', ar: '(أنت)' },
  roleOf: { en: 'Role of', ar: 'دور' },
  confirmDeactivate: { en: 'Deactivate {email}? They will be signed out.', ar: 'تعطيل {email}؟ سيُسجَّل خروجه.' },
  empty: { en: 'No users yet.', ar: 'لا يوجد مستخدمون بعد.' },
  emptyHint: { en: 'Add the first analyst with the form above.', ar: 'أضف أول محلل باستخدام النموذج أعلاه.' },
});

export function UsersPage() {
  const t = useMessages(messages);
  const { formatDate } = useI18n();
  const roleLabel = useRoleLabel();
  const { data: me } = useUser();
  const users = useUsers();
  const update = useUpdateUser();

  function handleRole(user: ManagedUser, role: UserRole) {
    update.mutate({ id: user.id, input: { role } });
  }

  function handleActive(user: ManagedUser) {
    if (user.active && !window.confirm(t.confirmDeactivate.replace('{email}', user.email))) return;
    update.mutate({ id: user.id, input: { active: !user.active } });
  }

  return (
    <section className="page">
      <div className="page-header">
        <h1>{t.title}</h1>
      </div>
      <CreateUserForm />
      <ErrorMessage error={update.error ?? users.error} />
      {users.isPending ? (
        <Spinner />
      ) : (users.data ?? []).length === 0 ? (
        <EmptyState title={t.empty}>{t.emptyHint}</EmptyState>
      ) : (
        <Table data-testid="users-table">
          <thead>
            <tr>
              <th>{t.email}</th>
              <th>{t.role}</th>
              <th>{t.status}</th>
              <th>{t.created}</th>
              <th>{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {(users.data ?? []).map((user) => {
              const self = user.id === me?.id;
              return (
                <tr key={user.id} data-testid={`user-row-${user.email}`}>
                  <td>
                    <bdi>{user.email}</bdi> {self ? <span className="muted">{t.you}</span> : null}
                  </td>
                  <td>
                    <select
                      aria-label={`${t.roleOf} ${user.email}`}
                      value={user.role}
                      disabled={self || update.isPending}
                      onChange={(event) => handleRole(user, event.target.value as UserRole)}
                      data-testid={`user-role-${user.email}`}
                    >
                      {USER_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {roleLabel(role)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {user.active ? <Badge tone="success">{t.active}</Badge> : <Badge tone="danger">{t.inactive}</Badge>}
                  </td>
                  <td>{formatDate(user.createdAt)}</td>
                  <td>
                    <Button
                      size="sm"
                      variant={user.active ? 'danger' : 'secondary'}
                      disabled={self || update.isPending}
                      onClick={() => handleActive(user)}
                      data-testid={`user-toggle-${user.email}`}
                    >
                      {user.active ? t.deactivate : t.reactivate}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}
