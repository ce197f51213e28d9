import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { passwordRules, securityPolicyView, updateSecurityPolicyInput } from '@cwp/contracts/security-policy.contract';
import { requireAuth, requirePermission } from '../../plugins/auth-plugin.ts';
import { passwordRulesOf, type SecurityPolicyStore } from './security-policy.service.ts';

export function securityPolicyRoutes(app: FastifyInstance, deps: { policies: SecurityPolicyStore }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { policies } = deps;

  r.get('/api/security/policy', { schema: { tags: ['security'], summary: '安全策略 Security policy', response: { 200: securityPolicyView } } }, async (request) => {
    requirePermission(request, 'policy:manage');
    return policies.current();
  });

  r.put(
    '/api/security/policy',
    { schema: { tags: ['security'], summary: '修改安全策略 Change the security policy', body: updateSecurityPolicyInput, response: { 200: securityPolicyView } } },
    async (request) => {
      const actor = requirePermission(request, 'policy:manage');
      return policies.save(actor, request.body);
    },
  );

  // Anyone about to set a password (including at a forced change) is told the rules it must meet.
  r.get('/api/auth/password-rules', { schema: { tags: ['auth'], summary: '密码规则 Password rules', response: { 200: passwordRules } } }, async (request) => {
    requireAuth(request);
    return passwordRulesOf(await policies.current());
  });
}
