import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam } from '@cwp/contracts/common.contract';
import {
  answerInput,
  attendanceSheet,
  correction,
  correctionInput,
  monthQuery,
  punchInput,
  report,
  reportInput,
  reportsQuery,
  scheduleInput,
  schedulesQuery,
  schedulesView,
  sheetQuery,
  workerMonth,
} from '@cwp/contracts/attendance.contract';
import type { Db } from '../../db/database.ts';
import { requireAuth, requirePermission } from '../../plugins/auth-plugin.ts';
import { requestCorrection } from './attendance-corrections.service.ts';
import { exportAttendanceSheet } from './attendance-export.service.ts';
import * as attendance from './attendance.service.ts';
import * as reports from './reports.service.ts';

/** Attendance (schedules, punches, monthly sheet, 补卡) and 请示报告 (A9.2). */
export function attendanceRoutes(app: FastifyInstance, deps: { db: Db }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const tags = ['attendance'];

  r.get('/api/attendance/schedules', { schema: { tags, summary: '作息时间 Work schedules of a unit', querystring: schedulesQuery, response: { 200: schedulesView } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return attendance.listSchedules({ db, actor, org: request.query.org });
  });
  r.post('/api/attendance/schedules', { schema: { tags, summary: '设置作息时间 Set a schedule from a date', body: scheduleInput, response: { 200: schedulesView } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return attendance.setSchedule({ db, actor, input: request.body });
  });
  r.post('/api/attendance/punch', { schema: { tags, summary: '签到或签退 Check in or out (server time)', body: punchInput, response: { 200: workerMonth } } }, async (request) => {
    const { actor } = requireAuth(request);
    return attendance.punch({ db, actor, input: request.body });
  });
  r.get('/api/workers/:id/attendance', { schema: { tags, summary: '人员月度考勤 A worker’s month', params: idParam, querystring: monthQuery, response: { 200: workerMonth } } }, async (request) => {
    const actor = requirePermission(request, 'workers:read');
    return attendance.workerMonth({ db, actor, workerId: request.params.id, month: request.query.month });
  });
  r.get('/api/attendance/sheet', { schema: { tags, summary: '社区月度考勤表 Monthly sheet of a community', querystring: sheetQuery, response: { 200: attendanceSheet } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return attendance.attendanceSheet({ db, actor, org: request.query.org, month: request.query.month });
  });
  r.get('/api/attendance/sheet.xlsx', { schema: { tags, summary: '导出考勤表 Export the monthly sheet (.xlsx)', querystring: sheetQuery } }, async (request, reply) => {
    const actor = requirePermission(request, 'daily:manage');
    const { buffer, fileName } = await exportAttendanceSheet({ db, actor, org: request.query.org, month: request.query.month });
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="attendance-${request.query.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    return reply.send(buffer);
  });
  r.post('/api/attendance/corrections', { schema: { tags, summary: '申请补卡 Ask to correct a missing punch', body: correctionInput, response: { 200: correction } } }, async (request) => {
    const { actor } = requireAuth(request);
    return requestCorrection({ db, actor, input: request.body });
  });

  r.post('/api/reports', { schema: { tags, summary: '提交请示或报告 File a request or report to the street', body: reportInput, response: { 200: report } } }, async (request) => {
    const { actor } = requireAuth(request);
    return reports.fileReport({ db, actor, input: request.body });
  });
  r.get('/api/reports', { schema: { tags, summary: '请示报告（未答复、逾期）Requests and reports of a unit', querystring: reportsQuery, response: { 200: z.array(report) } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return reports.listReports({ db, actor, ...request.query });
  });
  r.get('/api/reports/mine', { schema: { tags, summary: '我提交的请示报告 What I filed', response: { 200: z.array(report) } } }, async (request) => {
    const { actor } = requireAuth(request);
    return reports.myReports(db, actor);
  });
  r.get('/api/reports/:id', { schema: { tags, summary: '一件请示报告 One request or report', params: idParam, response: { 200: report } } }, async (request) => {
    const { actor } = requireAuth(request);
    return reports.getReport(db, actor, request.params.id);
  });
  r.post('/api/reports/:id/answer', { schema: { tags, summary: '街道答复 The street answers', params: idParam, body: answerInput, response: { 200: report } } }, async (request) => {
    const actor = requirePermission(request, 'daily:manage');
    return reports.answerReport({ db, actor, id: request.params.id, input: request.body });
  });
}
